// heldout17's first expert review (docs/reviews/2026-12-04-heldout17.md): the findings an IAM expert
// called wrong, each with the corpus's text and a case of our own beside it.
import { analysed, analysedOne } from './traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const h17 = (id: string) => corpusText('heldout17.jsonl', id)

describe('a permissions boundary that admits creating a role only with itself on it', () => {
  it("h17-005 (data-dot-all/dataall#1233): CDK's execution role, the boundary is right, the new role needs it", () => {
    const { f, statements, notes } = analysedOne(h17('h17-005'))
    expect(f.traps).toContain('guardrail-condition')
    expect(f.traps).not.toContain('cdk-bootstrap-role')
    expect(f.explanation).toMatch(
      /^The caller's permissions boundary does not allow iam:CreateRole/
    )
    expect(f.explanation).toContain('@aws-cdk/core:permissionsBoundary')
    expect(f.explanation).toContain('Do not widen the boundary')
    expect(f.fixTarget.description).toMatch(/^the template or code that creates the role/)
    expect(statements).toEqual([])
    expect(notes).not.toMatch(/must allow it too|attestation/)
  })

  it('own: a user created under a boundary, no CDK named', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the CreateUser operation: User: arn:aws:sts::111122223333:assumed-role/platform-deployer/ci is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/app-bot because no permissions boundary allows the iam:CreateUser action'
    )
    expect(f.explanation).not.toContain('cdk.json')
    expect(f.fixTarget.description).toMatch(/creates the user/)
    expect(statements).toEqual([])
  })

  it('counter-case: another action refused by the boundary asks the boundary owner, as before', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/platform-deployer/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no permissions boundary allows the s3:PutObject action'
    )
    expect(f.traps).not.toContain('guardrail-condition')
    expect(f.fixTarget.description).toMatch(/permissions boundary of role platform-deployer/)
  })
})

describe('IAM alone refusing credentials CloudFormation accepted', () => {
  it.each(['h17-023', 'h17-024'])(
    '%s: cdk bootstrap made its changeset, IAM refused the roles',
    (id) => {
      const { f, notes } = analysedOne(h17(id))
      expect(f.traps).toContain('iam-refuses-credential-type')
      expect(f.title).toMatch(/^IAM refuses these credentials' type; other services accepted them/)
      expect(f.explanation).toContain('GetSessionToken credentials obtained without MFA')
      expect(notes).not.toContain('Check where the failing program gets its credentials')
    }
  )

  it('counter-case: a bad key refused by CloudFormation itself is a bad key', () => {
    const { f } = analysedOne(
      'CDKToolkit: creating CloudFormation changeset...\nAn error occurred (InvalidClientTokenId) when calling the CreateChangeSet operation: The security token included in the request is invalid.'
    )
    expect(f.traps).not.toContain('iam-refuses-credential-type')
  })
})

describe('refusals no policy decides, or decided by a policy that is not the caller’s', () => {
  it("h17-089 (localstack's S3 snapshot, recorded against S3): Object Lock, no Allow", () => {
    const { f, statements } = analysedOne(h17('h17-089'))
    expect(f.traps).toContain('s3-object-lock-protected')
    expect(f.explanation).toMatch(
      /^S3 answered "Access Denied because object protected by object lock"/
    )
    expect(f.explanation).toContain('put-object-legal-hold --legal-hold Status=OFF')
    expect(statements).toEqual([])
  })

  it("h17-051 (aws-samples/baseline-environment-on-aws#51, a CloudTrail event): AWS Config's recorder decrypting a function's variables is expected", () => {
    const { f, statements } = analysedOne(h17('h17-051'))
    expect(f.traps).toContain('managed-role')
    expect(f.explanation).toMatch(/^aws-controltower-ConfigRecorderRole is AWS Config's recorder/)
    expect(f.explanation).toContain('Leave the key policy as it is')
    expect(statements).toEqual([])
  })

  it("counter-case: an application role's kms:Decrypt keeps its grant", () => {
    const { statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/app-runner/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action'
    )
    expect(statements.length).toBeGreaterThan(0)
  })
})

describe('names that change every run', () => {
  it("h17-117 (Vault's AWS secrets docs, a git.st8l.com mirror): Vault's generated user, the engine's documented set on vault-*", () => {
    const { f, statements } = analysedOne(h17('h17-117'))
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toContain('arn:aws:iam::ACCOUNT_ID:user/vault-*')
    expect(statements[0]!.Resource).toBe('arn:aws:iam::000000000000:user/vault-root-*')
  })

  it('h17-044 (nextflow-io/nextflow#4776, a work dir): the hash split into a two-character folder is not the stable prefix', () => {
    const { findings } = analysed(h17('h17-044'))
    const [r] = buildRemedies(findings).filter((x) => x.statements.length > 0)
    const resources = r!.statements.flatMap((s) => [s.Resource].flat())
    expect(resources).toContain('arn:aws:s3:::bucket-name/tests/*')
    expect(resources.join(' ')).not.toContain('tests/9d')
  })

  it('own counter-case: a two-letter folder that no hash follows stays in the prefix', () => {
    const { findings } = analysed(
      'upload failed: ./a.json to s3://reports/eu/2026-12-04/a.json An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    const [r] = buildRemedies(findings).filter((x) => x.statements.length > 0)
    expect(r!.statements.flatMap((s) => [s.Resource].flat())).toContain('arn:aws:s3:::reports/eu/*')
  })
})

describe("who can change a trust policy the log's masks hide the account of", () => {
  it.each(['h17-011', 'h17-001'])(
    '%s (binbashar/le-tf-infra-aws#1078: `<apps-prd-id>`; aws-ia/terraform-aws-control_tower_account_factory#44: `xxxxxxxxxxxx` beside `yyyyyyyyyyyy`): the role’s owner, not “you”',
    (id) => {
      const { findings } = analysed(h17(id))
      expect(findings[0]!.fixTarget.owner).toBe('resource-owner')
    }
  )

  it('counter-case: one account printed on both sides is yours', () => {
    const { findings } = analysed(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(findings[0]!.fixTarget.owner).toBe('you')
  })
})

describe('the call the tool names, read from its words', () => {
  it.each<[string, string, string]>([
    // Terraform's `creating Prometheus Workspace` for aws_prometheus_workspace.
    ['h17-018 (aws-samples/eks-workshop-v2#436)', h17('h17-018'), 'aps:CreateWorkspace'],
    // The in-tree Kubernetes provider's `error listing AWS volumes` under an EC2 code.
    ['h17-116 (pastebin.com/V5CRZTrc)', h17('h17-116'), 'ec2:DescribeVolumes'],
    // cluster-autoscaler's AWS provider listing instance types (review 2).
    ['h17-048 (kubernetes/autoscaler#4625)', h17('h17-048'), 'ec2:DescribeInstanceTypes'],
    // An uploader's `Unable to upload: AccessDenied` from the JS SDK's S3 client.
    ['h17-054 (brave/https-everywhere-builder#16)', h17('h17-054'), 's3:PutObject'],
    [
      'own: the vendor word before a noun with a service word',
      'error listing Amazon EC2 instances: UnauthorizedOperation: You are not authorized to perform this operation.',
      'ec2:DescribeInstances'
    ]
  ])('%s', (_title, text, action) => {
    const { f } = analysedOne(text)
    expect(f.action ?? f.inferredAction).toBe(action)
  })

  it('h17-020 (coreos/tectonic-docs#39): a refresh makes many reads, so none is guessed (review 2: DescribeVpcs was not the refused one)', () => {
    const { f, statements } = analysedOne(h17('h17-020'))
    expect(f.action ?? f.inferredAction ?? null).toBeNull()
    expect(statements).toEqual([])
  })

  it("h17-013 (aws-amplify/amplify-js#7540): a managed policy's update needs its whole version cycle", () => {
    const { statements } = analysedOne(h17('h17-013'))
    expect(statements[0]!.Action).toEqual([
      'iam:CreatePolicyVersion',
      'iam:DeletePolicyVersion',
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
      'iam:ListPolicyVersions'
    ])
  })

  it('counter-case: ListPolicyVersions refused outside a managed policy stack stays alone', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/audit is not authorized to perform: iam:ListPolicyVersions on resource: policy arn:aws:iam::111122223333:policy/app because no identity-based policy allows the iam:ListPolicyVersions action'
    )
    expect(statements[0]!.Action).toBe('iam:ListPolicyVersions')
  })
})

describe("a parent's ID in a created resource's ARN is filled in, not `*`", () => {
  it("h17-014 (pulumi/pulumi-aws#1672): a permission set's instance exists already; only its own ID is AWS's to assign", () => {
    const { statements, notes } = analysedOne(h17('h17-014'))
    expect(statements[0]!.Resource).toEqual([
      'arn:aws:sso:::instance/<INSTANCE_ID>',
      'arn:aws:sso:::permissionSet/<INSTANCE_ID>/*'
    ])
    expect(notes).not.toContain('where its InstanceId goes')
    expect(notes).toContain('where its PermissionSetId goes')
  })

  it('counter-case: an EC2 instance launched keeps `*` for the ID AWS assigns', () => {
    const { statements } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/*'
    )
    expect(JSON.stringify(statements)).toContain('arn:aws:ec2:us-east-1:111122223333:instance/*')
  })
})
