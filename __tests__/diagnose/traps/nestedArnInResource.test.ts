// A second ARN inside a resource's name (heldout7 review h7-114): the job passed a whole, often
// malformed, ARN where a name belonged. The typo is called out; the corrected ARN is only an
// Optional suggestion, never a grant on the impossible one.
import { nestedArn } from '../../../src/model/nestedArn.js'
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'nested-arn-in-resource'

describe('nestedArn', () => {
  it.each([
    // heldout7 h7-114 (an aws-containers roadmap issue quoting CloudTrail): `/role/` after the account
    [
      'arn:aws:iam::0123456789:role/arn:aws:iam::0123456789/role/admin',
      'arn:aws:iam::0123456789:role/admin'
    ],
    // github-file:find_string#19133654384 (a Terraform policy's PassRole Resource, the same wrap)
    [
      'arn:aws:iam::465614246347:role/arn:aws:iam::465614246347:role/AwsAutomationRole',
      'arn:aws:iam::465614246347:role/AwsAutomationRole'
    ],
    // github-file:find_string#16125415734 (a Jenkinsfile's --role-arn)
    [
      'arn:aws:iam::501697547576:role/arn:aws:iam::501697547576:role/eksctl-demo-eks-cluster-ServiceRole-1AWGP09YOR6YY',
      'arn:aws:iam::501697547576:role/eksctl-demo-eks-cluster-ServiceRole-1AWGP09YOR6YY'
    ]
  ])('%s → %s', (outer, fixed) => {
    expect(nestedArn(outer)?.corrected).toBe(fixed)
  })

  it.each([
    // Names that merely start with "arn", a path, an S3 key holding an ARN (keys are free text).
    'arn:aws:iam::111122223333:role/arnold-deploy',
    'arn:aws:iam::111122223333:role/service-role/arn-reader',
    'arn:aws:s3:::audit-exports/arn:aws:iam::111122223333:role/x.json',
    'arn:aws:ecs:us-east-1:111122223333:task-definition/app:12',
    null
  ])('%s holds no nested ARN', (resource) => {
    expect(nestedArn(resource)).toBeNull()
  })
})

describe(TRAP, () => {
  it('h7-114: the typo first, PassRole only on the corrected ARN and labelled Optional', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout7.jsonl', 'h7-114'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'Correct it to `arn:aws:iam::0123456789:role/admin` where the job sets it'
    )
    expect(f.explanation).toContain('taskRoleArn or executionRoleArn')
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Sid).toMatch(/^AllowOptional/)
    expect(statements[0]!.Resource).toMatch(/:role\/admin$/)
    expect(JSON.stringify(statements)).not.toContain('role/arn:')
    expect(notes).toMatch(/first correct the value the job passes/)
    expect(notes).not.toMatch(/Scope iam:PassRole to the exact role ARN/)
  })

  it('an AssumeRole target wrapped the same way gets the same call-out', () => {
    // own variant of the Jenkinsfile above, as STS would refuse it
    const { f, statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::501697547576:user/jenkins is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::501697547576:role/arn:aws:iam::501697547576:role/eksctl-demo-eks-cluster-ServiceRole-1AWGP09YOR6YY'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'Correct it to `arn:aws:iam::501697547576:role/eksctl-demo-eks-cluster-ServiceRole-1AWGP09YOR6YY`'
    )
    // No trust policy for a role that cannot exist.
    expect(statements).toEqual([])
  })

  it('h9-152: Firehose takes the stream NAME, so the advice is the name, never the same ARN', () => {
    const { f, notes } = analysedOne(corpusText('heldout9.jsonl', 'h9-152'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'Pass the name `game-analytics-pipeline-game-events-firehose-fhvibkk8` there instead'
    )
    expect(f.explanation).toContain('`DeliveryStreamName`')
    expect(f.explanation).not.toContain('Correct it to')
    expect(f.explanation).not.toContain('ARN names account')
    expect(notes).toContain('first pass the name')
  })

  it('h9-155: the stream ARN names another account than the call: said, with the way there', () => {
    const { f } = analysedOne(corpusText('heldout9.jsonl', 'h9-155'))
    expect(f.explanation).toContain('Pass the name `es-cs` there instead')
    expect(f.explanation).toContain(
      'The ARN names account `yyyyyyyyyy` but the call went to `xxxxxxxx`'
    )
  })

  it('boto/boto3#2658: a DynamoDB table ARN passed as TableName gets the table name', () => {
    // https://github.com/boto/boto3/issues/2658 (boto3 resource Table(arn).load(), as printed)
    const { f, statements } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the DescribeTable operation: User: arn:aws:sts::123:abc is not authorized to perform: dynamodb:DescribeTable on resource: arn:aws:dynamodb:ap-southeast-2:123:table/arn:aws:dynamodb:ap-southeast-2:123:table/name'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('Pass the name `name` there instead')
    expect(f.explanation).toContain('`TableName`')
    expect(JSON.stringify(statements)).not.toContain('table/arn:')
  })

  it('counter-case: a wrapped role ARN has no name parameter in the data: the ARN advice stays', () => {
    expect(
      nestedArn('arn:aws:iam::465614246347:role/arn:aws:iam::465614246347:role/AwsAutomationRole')
        ?.name
    ).toBeNull()
    // A malformed inner ARN is repaired, not reduced to a name.
    expect(
      nestedArn(
        'arn:aws:firehose:us-east-1:111122223333:deliverystream/arn:aws:firehose:us-east-1:111122223333/deliverystream/s'
      )?.name
    ).toBeNull()
  })

  it('counter-case: a role whose name starts with "arn" is granted as printed', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/gh is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/arnold-task because no identity-based policy allows the iam:PassRole action'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements[0]!.Resource).toBe('arn:aws:iam::111122223333:role/arnold-task')
    expect(statements[0]!.Sid).not.toMatch(/Optional/)
  })
})
