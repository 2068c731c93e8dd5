// heldout19's expert review (issue 17, session 21): names the log prints fill the statement, the
// call a tool names in its own words is drafted, and a cross-Region inference profile's statement
// names the foundation model it routes to.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { profileModelArn } from '../../src/remedy/inferenceProfileModel.js'

const h19 = (id: string) => corpusText('heldout19.jsonl', id)
const resources = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())

describe('the call and the names the log prints', () => {
  it.each<[string, string, string, string]>([
    [
      // Review 2: the group is the apply's own, replaced with a new ID next time: any group.
      'h19-012 (rancher on Terraform): the default egress rule of a group the apply creates',
      h19('h19-012'),
      'ec2:RevokeSecurityGroupEgress',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:security-group/*'
    ],
    [
      'h19-011 (an EKS workshop on Terraform): the file system the mount target is for',
      h19('h19-011'),
      'elasticfilesystem:CreateMountTarget',
      'arn:aws:elasticfilesystem:<REGION>:<ACCOUNT_ID>:file-system/fs-07848258f41ad0ca1'
    ],
    [
      "h19-041 (ClickHouse's s3 table function): S3 named, the objects read",
      h19('h19-041'),
      's3:GetObject',
      'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'
    ],
    [
      'h19-005 (Cluster API Provider AWS): the VPC whose attributes it reads',
      h19('h19-005'),
      'ec2:DescribeVpcAttribute',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:vpc/vpc-0a42fc6644d299113'
    ],
    [
      'h19-062 (the EBS CSI driver): the volume a claim provisions',
      h19('h19-062'),
      'ec2:CreateVolume',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:volume/*'
    ]
  ])('%s', (_name, text, action, resource) => {
    const { f, statements } = analysedOne(text)
    expect(f.action ?? f.inferredAction).toBe(action)
    expect(resources(statements)).toContain(resource)
  })

  it('h19-020 (kubecost on EKS): the encoded refusal names the provisioner’s call, no Allow before decoding', () => {
    const { f, statements } = analysedOne(h19('h19-020'))
    expect(f.kind).toBe('encoded')
    expect(f.inferredAction).toBe('ec2:CreateVolume')
    expect(statements).toEqual([])
  })

  it.each([
    // Own counter-cases: the phrases in prose with no refusal, another group word.
    'Revoking default egress rule for Security Group (sg-0123456789abcdef0) took 2s',
    'failed to provision volume with StorageClass "gp2": waiting for a volume to be created'
  ])('own counter-case: %s is no finding', (text) => {
    expect(analysed(text).findings).toEqual([])
  })
})

describe('a cross-Region inference profile', () => {
  it.each([
    ['h19-045 (LiteLLM)', h19('h19-045'), 'anthropic.claude-haiku-4-5-20251001-v1:0'],
    ['h19-047 (Claude Code)', h19('h19-047'), 'anthropic.claude-sonnet-4-20250514-v1:0']
  ])('%s: the profile and the foundation model in any Region', (_name, text, model) => {
    const { statements, notes } = analysedOne(text)
    expect(resources(statements)).toContain(`arn:aws:bedrock:*::foundation-model/${model}`)
    expect(resources(statements).some((r) => r.includes(':inference-profile/us.'))).toBe(true)
    expect(notes).toMatch(/sends the call to the foundation model in one of its Regions/)
  })

  it.each([
    [
      'arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.amazon.nova-pro-v1:0',
      'arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1:0'
    ],
    [
      'arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0'
    ],
    // Own counter-cases: an application inference profile, a foundation model itself.
    ['arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abc123', null],
    ['arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0', null]
  ])('profileModelArn(%s) = %s', (arn, model) => {
    expect(profileModelArn(arn)).toBe(model)
  })
})

describe("a per-run name's stable prefix keeps its ARN's shape", () => {
  it('h19-004 (Cluster API Provider AWS): targetgroup/NAME-*/* passes the ARN format check', () => {
    const { statements, notes } = analysedOne(h19('h19-004'))
    expect(resources(statements)).toEqual([
      'arn:aws:elasticloadbalancing:eu-central-1:<ACCOUNT_ID>:targetgroup/apiserver-target-*/*'
    ])
    expect(notes).toMatch(/stable prefix/)
  })

  it('own: a run token in the last part keeps the plain prefix', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: codebuild:StartBuild on resource: arn:aws:codebuild:us-east-1:111122223333:project/deploy-20240101T101010 because no identity-based policy allows the codebuild:StartBuild action'
    )
    expect(resources(statements)).toEqual([
      'arn:aws:codebuild:us-east-1:111122223333:project/deploy-*'
    ])
  })
})

describe("CloudFormation's tagging refusal of a role it names itself", () => {
  it('h19-018 (a CDK custom resource role): the stack prefix, not the random suffix, and iam:TagRole', () => {
    const { f, statements } = analysedOne(h19('h19-018'))
    expect(f.traps).toContain('cfn-tagging')
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).toEqual(expect.arrayContaining(['iam:CreateRole', 'iam:TagRole']))
    expect(resources(statements)).toEqual([
      'arn:aws:iam::299703555757:role/noc-dmo-appsync-vpce-dev--*'
    ])
  })

  it('own counter-case: a hand-named role with twelve mixed characters and no digit keeps its name', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deployer/AWSCloudFormation is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/billing-ReportsRole-AbcdefGhijkl because no identity-based policy allows the iam:CreateRole action'
    )
    expect(resources(statements)).toContain(
      'arn:aws:iam::111122223333:role/billing-ReportsRole-AbcdefGhijkl'
    )
  })
})

// heldout19 review 2 of h19-047: a Bedrock client invokes both ways; the one refused now is
// followed by the other.
describe('Bedrock invocation, streaming and not', () => {
  it('h19-047 (Claude Code): both invoke actions on the profile and its model', () => {
    const { statements } = analysedOne(h19('h19-047'))
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).toEqual(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'])
  })

  it('own counter-case: another Bedrock action keeps its own', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: bedrock:ListFoundationModels on resource: * because no identity-based policy allows the bedrock:ListFoundationModels action'
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['bedrock:ListFoundationModels'])
  })
})

// heldout19 review 2 of h19-060 and h19-054: a pod's missing provider is its cluster's, and a
// trust for another organisation's role asks for the external ID it issued.
describe('web identity in a pod, trust across organisations', () => {
  it("h19-060 (a sidecar injector's init container): the cluster's provider, not GitHub's", () => {
    const { f } = analysedOne(h19('h19-060'))
    expect(f.title).toBe("No IAM OIDC provider for the EKS cluster's issuer")
    expect(f.explanation).toContain('eksctl utils associate-iam-oidc-provider')
    expect(f.explanation).not.toContain('token.actions.githubusercontent.com')
  })

  it("own counter-case: the same refusal in a job that names GitHub's action stays GitHub's", () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    )
    expect(f.title).toBe('No GitHub OIDC provider in the AWS account')
  })

  it('h19-054 (a vendor assuming its customer’s role): the external ID, and no mangled name to look for', () => {
    const { f, notes } = analysedOne(h19('h19-054'))
    expect(notes).toContain('"sts:ExternalId": "EXTERNAL_ID"')
    expect(notes).toContain('with their role (the log shows a placeholder)')
    expect(f.explanation).toContain(`Roles[?RoleName=='ROLE_NAME']`)
    expect(f.explanation).not.toContain('theirrole')
  })

  it('own counter-case: within one account there is no third party to guard against', () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(notes).not.toContain('sts:ExternalId')
  })
})

// heldout20 review (h20-020…024): OpenSearch's HTTP actions are authorised on the path called, so
// a statement names the domain's paths however the domain reached it; other actions keep the domain.
describe("OpenSearch's HTTP actions on the domain's paths", () => {
  const refusal = (action: string, resource: string) =>
    `{"Message":"User: arn:aws:sts::111122223333:assumed-role/ingest/s is not authorized to perform: ${action} on resource: ${resource}"}`

  it.each([
    [
      'the domain name printed (fluent-plugin-aws-elasticsearch-service)',
      'logs-prod',
      'arn:aws:es:<REGION>:111122223333:domain/logs-prod/*'
    ],
    [
      'the domain ARN printed',
      'arn:aws:es:eu-west-1:111122223333:domain/logs-prod',
      'arn:aws:es:eu-west-1:111122223333:domain/logs-prod/*'
    ]
  ])('%s', (_name, printed, resource) => {
    const { statements } = analysedOne(refusal('es:ESHttpPost', printed))
    expect(resources(statements)).toEqual([resource])
  })

  it('no domain printed: the placeholder is the paths too', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ingest/s is not authorized to perform: es:ESHttpPost because no identity-based policy allows the es:ESHttpPost action'
    )
    expect(resources(statements)).toEqual([
      'arn:aws:es:<REGION>:<ACCOUNT_ID>:domain/<DOMAIN_NAME>/*'
    ])
  })

  it('own counter-case: a configuration action keeps the domain itself', () => {
    const { statements } = analysedOne(
      refusal('es:DescribeDomain', 'arn:aws:es:eu-west-1:111122223333:domain/logs-prod')
    )
    expect(resources(statements)).toEqual(['arn:aws:es:eu-west-1:111122223333:domain/logs-prod'])
  })
})
