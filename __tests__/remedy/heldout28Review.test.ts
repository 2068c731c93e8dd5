// heldout28's expert review and the unseen-logs check u30 (issue 17, session 29): each class the
// review found, from its real excerpt, with an own counter-case.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'

const h28 = (id: string) => corpusText('heldout28.jsonl', id)

// liatrio/aws-accounts-terraform#11 (the unseen-logs check's u30-002), as printed.
const U30_002 = `=== COPYING LOCAL STATE TO S3 ===
ERRO[0001] Error finding AWS credentials (did you set the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables?): AccessDenied: User: arn:aws:iam::239042211XXX:user/terraform-init is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"289486821XXX":role/TerragruntAdministrator
        status code: 403, request id: 294b7bd3-bf03-4f78-bb00-823133510185 `

// aws/aws-cdk#16268 (u30-004), as printed.
const U30_004 = `CdkDeploymentPipelineStack: checking if we can skip deploy
Call failed: getTemplate({     "StackName": "CdkDeploymentPipelineStack",     "TemplateStage": "Original" }) => 
User: arn:aws:sts::USERID:assumed-role/CdkDeploymentPipelineStac-infrastructuredeployment-XXXXXX/AWSCodeBuild-YYYYYYY 
is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:us-west-2:USERID:stack/CdkDeploymentPipelineStack/ZZZZZZZ (code=AccessDenied)`

// LondheShubham153/tws-e-commerce-app#30 (u30-009), its first lines as printed.
const U30_009 = `aws eks --region eu-west-1 update-kubeconfig --name erp-eks-cluster
Added new context arn:aws:eks:eu-west-1:822923364368:cluster/erp-eks-cluster to /home/ubuntu/.kube/config

- - kubectl get nodes
error: You must be logged in to the server (the server has asked for the client to provide credentials)`

describe("a service-linked role created inside another service's call", () => {
  it("h28-014 (Network Firewall): the service's own role path and iam:AWSServiceName, not the call's action", () => {
    const { statements } = analysedOne(h28('h28-014'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'iam:CreateServiceLinkedRole',
        Resource:
          'arn:aws:iam::<ACCOUNT_ID>:role/aws-service-role/network-firewall.amazonaws.com/*',
        Condition: { StringLike: { 'iam:AWSServiceName': 'network-firewall.amazonaws.com' } }
      })
    ])
  })

  it('counter-case: a service whose role principal is not its prefix keeps the placeholder', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the CreateDomain operation: User: arn:aws:sts::111122223333:assumed-role/ci/ci is not authorized to perform: iam:CreateServiceLinkedRole'
    )
    expect(JSON.stringify(statements)).not.toContain('aws-service-role/es.amazonaws.com')
  })
})

describe('Session Manager sessions', () => {
  it('counter-case: a session ARN without a random ID suffix is kept', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ops/ops is not authorized to perform: ssm:TerminateSession on resource: arn:aws:ssm:eu-west-1:111122223333:session/ops because no identity-based policy allows the ssm:TerminateSession action'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:ssm:eu-west-1:111122223333:session/ops'
    ])
  })
})

describe('API Gateway and an unsigned call', () => {
  it("h28-015 (`User: annonymous`, retyped): the method's authorization or the API's resource policy, and a new deployment", () => {
    const { f, statements, notes } = analysedOne(h28('h28-015'))
    expect(f.fixTarget.principalType).toBe('anonymous')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^API Gateway's resource policy refused an unsigned call/)
    expect(notes).not.toMatch(/sign the request/)
    expect(notes).toMatch(/deploy the stage again after changing the policy/)
  })

  it('counter-case: an unsigned S3 read keeps the public-access wording', () => {
    const { notes } = analysedOne(
      'User: anonymous is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::private-bucket/k because no resource-based policy allows the s3:GetObject action'
    )
    expect(notes).not.toMatch(/API Gateway/)
  })
})

describe("GovCloud and China: the step's Region names the partition", () => {
  it('h28-035 (`aws s3 sync --acl public-read --region us-gov-west-1`): aws-us-gov ARNs and s3:PutObjectAcl', () => {
    const { statements, notes } = analysedOne(h28('h28-035'))
    const resources = statements.flatMap((s) => [s.Resource].flat())
    expect(resources.length).toBeGreaterThan(0)
    expect(
      resources.every((r) => r!.startsWith('arn:aws-us-gov:s3:::dsva-vetsgov-scorecard-dev'))
    ).toBe(true)
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('s3:PutObjectAcl')
    expect(notes).toMatch(/Block Public Access/)
  })

  it('counter-case: a standard Region keeps arn:aws, and no --acl no PutObjectAcl', () => {
    const { statements } = analysedOne(
      '+ aws s3 sync --region eu-west-1 _site s3://site-bucket/\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    const resources = statements.flatMap((s) => [s.Resource].flat())
    expect(resources.every((r) => r!.startsWith('arn:aws:s3:::site-bucket'))).toBe(true)
    expect(statements.flatMap((s) => [s.Action].flat())).not.toContain('s3:PutObjectAcl')
  })
})

describe('ARNs the job built wrong', () => {
  it('u30-002 (Terragrunt): quotes kept inside the role ARN are the fault, not a policy', () => {
    const { f, statements, notes } = analysedOne(U30_002)
    expect(f.traps).toContain('malformed-role-arn')
    expect(statements).toEqual([])
    expect(notes).toMatch(/holds quote characters/)
  })

  it('h28-016 (Cognito): `…012ole/NAME` is `:role/` with its `:r` taken, said first', () => {
    const { notes } = analysedOne(h28('h28-016'))
    expect(notes).toMatch(
      /^Correct the role ARN the pool is handed first: .*`:r` of `:role\/` is gone/
    )
  })

  it('counter-case: a well-formed role ARN is no malformed one', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy'
    )
    expect(f.traps).not.toContain('malformed-role-arn')
  })
})

describe("a stack's ID", () => {
  it('u30-004: the masked stack ID becomes `*` under the stack name', () => {
    // u30-004 itself is the CDK CLI refused as its project's role (WD978, no grant): its message
    // line alone, without the CLI's words, keeps the stack's statement.
    const { statements } = analysedOne(U30_004.split('\n').slice(2).join('\n'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:cloudformation:us-west-2:<ACCOUNT_ID>:stack/CdkDeploymentPipelineStack/*'
    ])
  })
})

describe('EKS access entries', () => {
  it('u30-009: the cluster the log names goes into the commands, with a policy and a scope', () => {
    const { findings } = analyzeText(U30_009)
    expect(findings[0]!.inferred?.signals?.['eks-cluster']?.value).toBe('erp-eks-cluster')
    const { notes } = analysed(U30_009)
    const joined = notes.join('\n')
    expect(joined).toMatch(/create-access-entry --cluster-name erp-eks-cluster/)
    expect(joined).toMatch(
      /associate-access-policy --cluster-name erp-eks-cluster .*--policy-arn .*--access-scope/
    )
  })

  it('counter-case: two clusters named, neither is put in', () => {
    const text = U30_009.replace(
      '\n\n- - kubectl',
      '\nAdded new context arn:aws:eks:eu-west-1:822923364368:cluster/other-cluster to /home/ubuntu/.kube/config\n- - kubectl'
    )
    expect(analysed(text).notes.join('\n')).toMatch(/--cluster-name CLUSTER/)
  })
})

describe('Session Manager: the session a caller starts it also ends', () => {
  it("h28-009: StartSession with TerminateSession and ResumeSession on the caller's own sessions", () => {
    const { statements } = analysedOne(h28('h28-009'))
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: ['ssm:ResumeSession', 'ssm:TerminateSession'],
        Resource: 'arn:aws:ssm:us-west-2:<ACCOUNT_ID>:session/capa-account-2020-02-18-i-*'
      })
    )
  })

  it('counter-case: another SSM call gets no session companions', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:SendCommand on resource: arn:aws:ec2:us-west-2:111122223333:instance/i-0f379ed15c49bd641 because no identity-based policy allows the ssm:SendCommand action'
    )
    expect(statements.flatMap((s) => [s.Action].flat())).not.toContain('ssm:TerminateSession')
  })
})

describe("an SCP's explicit deny of a whole service", () => {
  it('h28-008 (ssmmessages): the allow-list SCP (Deny with NotAction) is named beside the conditions', () => {
    const { notes } = analysedOne(h28('h28-008'))
    expect(notes).toMatch(
      /a Deny with `NotAction`, the allow-list pattern\): then `ssmmessages:\*`/
    )
  })

  it('counter-case: a permissions boundary deny names no allow-list SCP', () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/ci is not authorized to perform: ssmmessages:CreateDataChannel on resource: arn:aws:ssmmessages:us-east-1:111122223333:* with an explicit deny in a permissions boundary'
    )
    expect(notes).not.toMatch(/allow-list pattern/)
  })
})

describe("an object store's own words name the S3 call", () => {
  it("h28-032 (Thanos' compactor): `delete block: delete KEY: Access Denied` is s3:DeleteObject", () => {
    const [f] = analyzeText(h28('h28-032')).findings
    expect(f!.inferred?.action?.value).toBe('s3:DeleteObject')
  })

  it("h28-039 (Webiny): `uploading to 'KEY'` above the JavaScript SDK's S3 refusal is s3:PutObject", () => {
    const [f] = analyzeText(h28('h28-039')).findings
    expect(f!.inferred?.action?.value).toBe('s3:PutObject')
  })

  it('counter-case: the same words before a refusal of another service name no S3 call', () => {
    const [f] = analyzeText(
      "Creating archive and uploading to 'x/y.zip'\nAn error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: User: arn:aws:sts::111122223333:assumed-role/ci/ci is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:eu-west-1:111122223333:function:f"
    ).findings
    expect(f!.inferred?.action?.value).not.toBe('s3:PutObject')
  })
})

describe('a download of one named object', () => {
  it('h28-036 (`aws s3 cp s3://B/KEY .`): its s3:GetObject first, the listing Optional', () => {
    const { statements } = analysedOne(h28('h28-036'))
    expect(statements.map((s) => [s.Action, s.Sid.includes('Optional')])).toEqual([
      ['s3:GetObject', false],
      ['s3:ListBucket', true]
    ])
  })

  it('counter-case: a recursive copy keeps the listing first', () => {
    const { statements } = analysedOne(
      '2021-01-26 14:43:18  aws s3 cp --recursive s3://rstudio-serverless/serverless/r-builds/ .\n2021-01-26 14:43:20  fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
    )
    expect(statements[0]!.Action).toBe('s3:ListBucket')
  })
})

describe("Elastic Beanstalk's log streaming", () => {
  it("h28-005: the environment's log-group prefix, with the groups' create, delete and listing", () => {
    const { statements } = analysedOne(h28('h28-005'))
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: ['logs:CreateLogGroup', 'logs:DeleteLogGroup', 'logs:PutRetentionPolicy'],
        Resource:
          'arn:aws:logs:us-east-1:<ACCOUNT_ID>:log-group:/aws/elasticbeanstalk/<ELASTICBEANSTALK_NAME>/*'
      })
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('logs:DescribeLogGroups')
  })

  it('counter-case: another log group keeps its own ARN and no streaming set', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app/i-1 is not authorized to perform: logs:PutRetentionPolicy on resource: arn:aws:logs:us-east-1:111122223333:log-group:/app/web:log-stream: because no identity-based policy allows the logs:PutRetentionPolicy action'
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['logs:PutRetentionPolicy', 'arn:aws:logs:us-east-1:111122223333:log-group:/app/web:*']
    ])
  })
})
