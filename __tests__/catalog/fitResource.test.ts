import { resourceTypesOf } from '../../src/catalog/Catalog.js'
import { classifyArn, fitResource, formatWithPlaceholders } from '../../src/catalog/fitResource.js'
import {
  isMasked,
  newPlaceholders,
  placeholderNotes,
  unmaskArn
} from '../../src/remedy/placeholders.js'

const fit = (action: string, arn: string) => fitResource(resourceTypesOf(action)!, arn)

describe('fitResource', () => {
  test.each([
    ['s3:ListBucket', 'arn:aws:s3:::b/dir/key.txt', 'parent', 'arn:aws:s3:::b'],
    ['s3:ListBucket', 'arn:aws:s3:::b', 'as-printed', 'arn:aws:s3:::b'],
    ['s3:GetObject', 'arn:aws:s3:::b/dir/key.txt', 'as-printed', 'arn:aws:s3:::b/dir/key.txt'],
    ['s3:GetObject', 'arn:aws:s3:::b', 'child', 'arn:aws:s3:::b/*'],
    ['s3:PutObject', 'arn:aws-cn:s3:::b', 'child', 'arn:aws-cn:s3:::b/*'],
    [
      'rds:DescribeDBInstances',
      'arn:aws:rds:ap-northeast-1:123456789012:db:*',
      'as-printed',
      'arn:aws:rds:ap-northeast-1:123456789012:db:*'
    ],
    [
      'ecr:PutImage',
      'arn:aws:ecr:us-east-1:123456789012:repository/team/app',
      'as-printed',
      'arn:aws:ecr:us-east-1:123456789012:repository/team/app'
    ],
    [
      'lambda:InvokeFunction',
      'arn:aws:lambda:us-east-1:123456789012:function:f:prod',
      'as-printed',
      'arn:aws:lambda:us-east-1:123456789012:function:f:prod'
    ]
  ])('%s on %s → %s %s', (action, arn, kind, resource) => {
    expect(fit(action, arn)).toMatchObject({ kind, resource })
  })

  test('an ARN of another service is kept as printed and reported unmatched', () => {
    expect(fit('s3:GetObject', 'arn:aws:sqs:us-east-1:123456789012:q').kind).toBe('unmatched')
  })

  test('classifyArn prefers the most specific format', () => {
    expect(classifyArn('arn:aws:s3:::b/k')).toBe('object')
    expect(classifyArn('arn:aws:s3:::b')).toBe('bucket')
    expect(classifyArn('arn:aws:lambda:us-east-1:1:function:f:alias')).not.toBe('function')
    expect(classifyArn('not an arn')).toBeNull()
  })

  test('formats become placeholders for the reader', () => {
    expect(
      formatWithPlaceholders(
        'arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}',
        'aws-us-gov'
      )
    ).toBe(
      'arn:aws-us-gov:ssm:<REGION>:<ACCOUNT_ID>:parameter/<PARAMETER_NAME_WITHOUT_LEADING_SLASH>'
    )
  })
})

describe('a type name two services share', () => {
  it('h123-002: vpc-lattice-svcs:Invoke on a VPC Lattice service ARN needs its request path', () => {
    // The ARN classifies as vpc-lattice's `Service` (`service/ID`); the action's `Service` is
    // vpc-lattice-svcs' (`service/ID/PATH`): the same name, not the same format.
    const arn = 'arn:aws:vpc-lattice:eu-west-1:123456789012:service/svc-002349360ddc5a463'
    expect(fitResource(resourceTypesOf('vpc-lattice-svcs:Invoke')!, arn)).toEqual({
      kind: 'child',
      resource: `${arn}/*`,
      type: 'Service'
    })
  })

  it("own: vpc-lattice's own action on the same ARN keeps it as printed", () => {
    const arn = 'arn:aws:vpc-lattice:eu-west-1:123456789012:service/svc-002349360ddc5a463'
    expect(fitResource(resourceTypesOf('vpc-lattice:GetService')!, arn)).toMatchObject({
      kind: 'as-printed',
      resource: arn
    })
  })
})

describe('masked values', () => {
  test.each(['***', '****', 'xxx', 'XXXXXXXX', '<account-id>', '<アカウントID>', '...'])(
    '%s is a mask',
    (v) => {
      expect(isMasked(v)).toBe(true)
    }
  )

  test.each(['123456789012', 'deploy', 'xxxAssumeRoleRoot', 'app-xxx'])('%s is not a mask', (v) => {
    expect(isMasked(v)).toBe(false)
  })

  test('unmaskArn replaces the account, region and masked segments', () => {
    const p = newPlaceholders()
    expect(unmaskArn(p, 'arn:aws:iam::***:user/****')).toBe(
      'arn:aws:iam::<ACCOUNT_ID>:user/<USER_NAME>'
    )
    expect(unmaskArn(p, 'arn:aws:ecr:us-east-1:<アカウントID>:repository/app')).toBe(
      'arn:aws:ecr:us-east-1:<ACCOUNT_ID>:repository/app'
    )
    expect(unmaskArn(p, 'arn:aws:s3:::bucket/key')).toBe('arn:aws:s3:::bucket/key')
    // `k` is no KMS key ID (a UUID or `mrk-…`): a writer's stand-in (heldout23 review, h23-005).
    expect(unmaskArn(p, 'arn:aws:kms:resion:aws-acount:key/k')).toBe(
      'arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>'
    )
    const shown =
      'arn:aws:iam::<ACCOUNT_ID>:user/<USER_NAME> arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/k'
    expect(placeholderNotes(p, shown)).toEqual([
      // Printed masked, not left out: the note quotes the mask the reader will find in the log.
      'Replace <ACCOUNT_ID> with the 12-digit AWS account ID (the log masks it as `aws-acount`) before applying.',
      'Replace <USER_NAME> with the user name (the log masked it) before applying.',
      'Replace <REGION> with the AWS Region before applying.'
    ])
  })

  // heldout10 h10-089 (a CloudFormation stack's events as a reporter pasted them): an SNS or
  // SQS ARN holds the name with no type word before it, so its masked name is the first piece.
  test('unmaskArn replaces a masked SNS topic or SQS queue name, which has no type word', () => {
    const p = newPlaceholders()
    expect(unmaskArn(p, 'arn:aws:sns:us-east-1:5****07:ethminerA-NotificationTopic-XE***')).toBe(
      'arn:aws:sns:us-east-1:<ACCOUNT_ID>:<TOPIC_NAME>'
    )
    expect(unmaskArn(p, 'arn:aws:sqs:eu-west-1:111122223333:jobs-xxxx')).toBe(
      'arn:aws:sqs:eu-west-1:111122223333:<QUEUE_NAME>'
    )
    // A type word's service keeps reading its name after the type (`log-group:NAME`).
    expect(unmaskArn(p, 'arn:aws:logs:us-east-1:111122223333:log-group:***')).toBe(
      'arn:aws:logs:us-east-1:111122223333:log-group:<LOG_GROUP_NAME>'
    )
    expect(placeholderNotes(p, '<TOPIC_NAME> <QUEUE_NAME>')).toEqual([
      'Replace <TOPIC_NAME> with the topic name (the log masked it) before applying.',
      'Replace <QUEUE_NAME> with the queue name (the log masked it) before applying.'
    ])
  })

  test('unmaskArn turns a name cut short with `...` or `…` into a placeholder that says so', () => {
    const p = newPlaceholders()
    expect(unmaskArn(p, 'arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-...')).toBe(
      'arn:aws:iam::111122223333:role/<ROLE_NAME>'
    )
    expect(unmaskArn(p, 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/…')).toBe(
      'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/<APP_NAME>'
    )
    expect(placeholderNotes(p, '<ROLE_NAME>')).toEqual([
      'Replace <ROLE_NAME> with the role name (the log cut it short: `cdk-hnb659fds-cfn-exec-role-...`) before applying.'
    ])
  })

  test('placeholderNotes names only the placeholders the reader will meet', () => {
    const p = newPlaceholders()
    unmaskArn(p, 'arn:aws:iam::***:user/****')
    // A sanitised identifier (`whydenied__USER_NAME`) is not a place to fill in.
    expect(
      placeholderNotes(p, 'user = "<USER_NAME>" resource "x" "whydenied__ACCOUNT_ID"')
    ).toEqual(['Replace <USER_NAME> with the user name (the log masked it) before applying.'])
    expect(placeholderNotes(p, '')).toEqual([])
  })
})
