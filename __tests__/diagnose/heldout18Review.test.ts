// heldout18's first expert review (docs/reviews/2026-12-04-heldout18.md): the resources an IAM
// expert called wrong or over-broad, each with the corpus's text and a case of our own beside it.
import { analysedOne } from './traps/analysed.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const h18 = (id: string) => corpusText('heldout18.jsonl', id)
const analysedAll = (text: string) => ({ remedies: buildRemedies(analyzeText(text).findings) })
const resourcesOf = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())

describe('a DynamoDB Query or Scan reads the table or one index, never both', () => {
  it('h18-122 (a Java service on EKS): the index the message names, not its table', () => {
    const { statements, notes } = analysedOne(h18('h18-122'))
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:dynamodb:sa-east-1:514352313549:table/DigitalWithdrawal/index/SkDataIndex'
    ])
    expect(notes).not.toContain('authorised against several resources at once')
  })

  it('own: a Scan refused on the table names the table only', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Scan operation: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: dynamodb:Scan on resource: arn:aws:dynamodb:us-east-1:111122223333:table/Orders because no identity-based policy allows the dynamodb:Scan action'
    )
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:dynamodb:us-east-1:111122223333:table/Orders'
    ])
  })
})

describe('a security group is made in a VPC that exists already', () => {
  it('h18-101 (a course repository): the VPC is used, not assigned by the call', () => {
    const { notes } = analysedOne(h18('h18-101'))
    expect(notes).not.toContain('AWS assigns that ID when ec2:CreateSecurityGroup runs')
    expect(notes).toContain('also checked against the existing vpc it uses')
  })
})

describe('a message that hides the ARN the call named', () => {
  it('h18-086 (EFS, `on the specified resource`): a placeholder for the file system, not "*"', () => {
    const { statements, notes } = analysedOne(h18('h18-086'))
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:elasticfilesystem:<REGION>:<ACCOUNT_ID>:file-system/<FILE_SYSTEM_ID>'
    ])
    expect(notes).not.toContain('a list-style call')
  })

  it('own: a list call refused with nothing after the action stays on "*"', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:ListRoles because no identity-based policy allows the iam:ListRoles action'
    )
    expect(resourcesOf(statements)).toEqual(['*'])
  })
})

describe("IAM's display text for a resource", () => {
  it('h18-088 (a CTF write-up): the boundary owner is told the user ARN, not `user NAME`', () => {
    const { remedies } = analysedAll(h18('h18-088'))
    const notes = remedies.flatMap((r) => r.notes).join('\n')
    expect(notes).toContain(
      'on `arn:aws:iam::921234892411:user/iam-secrets-unleashed-privesc-1735487289906-Adam`'
    )
    expect(notes).not.toContain('on `user iam-secrets')
  })
})

describe('IDs AWS assigns beside a name, and a reporter’s placeholder words', () => {
  it('h18-014 (ADF): a stack’s masked UUID is `*`, never a name to fill in', () => {
    const { statements } = analysedOne(h18('h18-014'))
    expect(resourcesOf(statements)).toContain(
      'arn:aws:cloudformation:eu-west-1:111111111111:stack/adf-pipeline-some-pipeline/*'
    )
  })

  it('h18-015 (aws/aws-cdk#14334): `ROLE` beside `ACCOUNT` and `REGION` is a placeholder too', () => {
    const { statements, notes } = analysedOne(h18('h18-015'))
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:cloudformation:<REGION>:<ACCOUNT_ID>:stack/<STACK_NAME>/*'
    ])
    expect(notes).toContain('<CALLER_ROLE_NAME>')
    expect(notes).not.toContain("--role-name 'ROLE'")
  })

  it('h18-016: a launch configuration is named by its name, its UUID `*`', () => {
    const { statements } = analysedAll(h18('h18-016')).remedies[0]!
    expect(resourcesOf(statements).join(' ')).toContain(
      'launchConfiguration:*:launchConfigurationName/'
    )
    expect(resourcesOf(statements).join(' ')).not.toContain('<ID>')
  })

  it('own: a real role named in capitals among real values stays as printed', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetTemplate operation: User: arn:aws:sts::111122223333:assumed-role/DEPLOYER/ci is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:us-east-1:111122223333:stack/APP/0f1e2d3c-aaaa-bbbb-cccc-111122223333 because no identity-based policy allows the cloudformation:GetTemplate action'
    )
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:cloudformation:us-east-1:111122223333:stack/APP/0f1e2d3c-aaaa-bbbb-cccc-111122223333'
    ])
  })
})

describe('the call a tool names in its own words (review 2, missing)', () => {
  it.each<[string, string, string]>([
    ['h18-044 (Thanos shipper)', 'h18-044', 's3:PutObject'],
    ['h18-047 (ECS awslogs driver)', 'h18-047', 'logs:CreateLogStream'],
    ['h18-048 (skopeo tags list)', 'h18-048', 'ecr:ListImages']
  ])('%s', (_title, id, action) => {
    const { f, statements } = analysedOne(h18(id))
    expect(f.inferredAction).toBe(action)
    expect(statements.flatMap((s) => [s.Action].flat())).toContain(action)
  })

  it('own counter-case: a tags list fetched from another registry names no ECR call', () => {
    const found = analyzeText(
      'skopeo inspect docker://quay.io/org/app:1\nmsg="Error determining repository tags: Invalid status code returned when fetching tags list 403 (Forbidden)"\n'
    ).findings
    expect(found).toEqual([])
  })
})

describe('one mask for two accounts', () => {
  it('h18-012 (`Failed to assume role into remote account`): each side its own placeholder', () => {
    const { f, statements } = analysedOne(h18('h18-012'))
    expect(f.inferred?.signals?.['remote-account']?.value).toBe('remote')
    const text = JSON.stringify(statements)
    expect(text).toContain('arn:aws:iam::<CALLER_ACCOUNT_ID>:role/ComplianceEngine-CodeBuildRole')
    expect(text).toContain(
      'arn:aws:iam::<RESOURCE_ACCOUNT_ID>:role/service-role/AWSConfigAndComplianceAuditRole-DO-NOT-DELETE'
    )
  })

  it('own counter-case: the same mask with no word of another account stays one placeholder', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::XXXXXXXXXXXX:assumed-role/ci/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::XXXXXXXXXXXX:role/deploy'
    )
    const text = JSON.stringify(statements)
    expect(text).toContain('<ACCOUNT_ID>')
    expect(text).not.toContain('<CALLER_ACCOUNT_ID>')
  })
})

describe('a log stream made per task', () => {
  it('h18-047 (ECS awslogs): every stream of the group, and the write that follows the create', () => {
    const { statements, notes } = analysedOne(h18('h18-047'))
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents'
    ])
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:<LOG_GROUP_NAME>:log-stream:*'
    ])
    expect(notes).not.toContain('<LOG_STREAM_NAME>')
  })

  it('own: a refused write to a named stream: every stream of its group, no create', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the PutLogEvents operation: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:main because no identity-based policy allows the logs:PutLogEvents action'
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['logs:PutLogEvents'])
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:*'
    ])
  })
})
