// Issue 10: a CloudTrail event that records a refused call is a finding: the code from
// `errorCode`, the call from `eventSource`/`eventName`, the caller from `userIdentity.arn`, and
// what the `errorMessage` sentence states over all of them. Filters, patterns and events without
// a refusal code stay silent.
import { parseText } from './parseText.js'

const fields = (text: string) =>
  parseText(text).map((f) => ({
    kind: f.kind,
    code: f.code,
    action: f.action,
    principal: f.principal,
    resource: f.resource,
    service: f.service,
    layer: f.layer,
    deny: f.deny
  }))

describe('CloudTrail events (WD780)', () => {
  it('wazuh/wazuh#36209 (a trail record as an integration shows it, cut after errorCode)', () => {
    const text = [
      '```json',
      '{',
      '  "integration": "aws",',
      '  "aws": {',
      '    "log_info": {',
      '      "aws_account_alias": "",',
      '      "log_file": "AWSLogs/{AWS_ACCOUNT_ID}/CloudTrail/us-east-1/2026/05/21/{AWS_ACCOUNT_ID}_CloudTrail_us-east-1_20260521T1755Z_kWfjJq4j5XXIg5lB.json.gz",',
      '      "s3bucket": "{CLOUDTRAIL_BUCKET_NAME}"',
      '    },',
      '    "eventVersion": "1.11",',
      '    "userIdentity": {',
      '      "type": "IAMUser",',
      '      "principalId": "{AWS_PRINCIPAL_ID}",',
      '      "arn": "arn:aws:iam::{AWS_ACCOUNT_ID}:user/wazuh-cloudtrail-denied",',
      '      "accountId": "{AWS_ACCOUNT_ID}",',
      '      "accessKeyId": "{AWS_ACCESS_KEY_ID}",',
      '      "userName": "wazuh-cloudtrail-denied"',
      '    },',
      '    "eventTime": "2026-05-21T17:54:28Z",',
      '    "eventSource": "iam.amazonaws.com",',
      '    "eventName": "CreateUser",',
      '    "awsRegion": "us-east-1",',
      '    "sourceIPAddress": "{SOURCE_IP_ADDRESS}",',
      '    "userAgent": "aws-cli/2.32.10 md/awscrt#0.29.1 ua/2.1 os/linux#6.6.87.2-microsoft-standard-WSL2 md/arch#x86_64 lang/python#3.13.9 md/pyimpl#CPython m/n,E,b,Z cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#iam.create-user",',
      '    "errorCode": "AccessDenied",'
    ].join('\n')
    // The event's call stands five lines above its code: further than a record looks back.
    expect(fields(text)).toEqual([
      expect.objectContaining({
        kind: 'denial',
        code: 'AccessDenied',
        action: 'iam:CreateUser',
        service: 'iam'
      })
    ])
  })

  it('the same event with the caller in reach, and the message stating its sentence', () => {
    const text = [
      '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::123456789012:assumed-role/deploy/ci","sessionContext":{"sessionIssuer":{"type":"Role","arn":"arn:aws:iam::123456789012:role/deploy"}}},',
      '"eventSource":"lambda.amazonaws.com","eventName":"UpdateFunctionCode20150331v2","errorCode":"AccessDenied",',
      '"errorMessage":"User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:us-east-1:123456789012:function:api because no identity-based policy allows the lambda:UpdateFunctionCode action"}'
    ].join('\n')
    expect(fields(text)).toEqual([
      {
        kind: 'denial',
        code: 'AccessDenied',
        action: 'lambda:UpdateFunctionCode',
        principal: 'arn:aws:sts::123456789012:assumed-role/deploy/ci',
        resource: 'arn:aws:lambda:us-east-1:123456789012:function:api',
        service: 'lambda',
        layer: 'identity',
        deny: 'implicit'
      }
    ])
  })

  it.each<[string, string, Record<string, unknown>]>([
    [
      "EC2's Client. prefix, the caller's ARN and not its session issuer's, braces inside strings",
      '{"eventSource":"ec2.amazonaws.com","eventName":"RunInstances","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::{ACCOUNT}:user/ci","sessionContext":{"sessionIssuer":{"arn":"arn:aws:iam::1:role/other"}}},"errorCode":"Client.UnauthorizedOperation","errorMessage":"You are not authorized to perform this operation."}',
      {
        code: 'Client.UnauthorizedOperation',
        action: 'ec2:RunInstances',
        principal: 'arn:aws:iam::{ACCOUNT}:user/ci',
        service: 'ec2'
      }
    ],
    [
      'S3 with only `Access Denied`: the resource from `resources`, the operation mapped to its action',
      '{"eventSource":"s3.amazonaws.com","eventName":"ListObjects","userIdentity":{"arn":"arn:aws:iam::123456789012:user/ci"},"errorCode":"AccessDenied","errorMessage":"Access Denied","resources":[{"type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::data"}]}',
      {
        code: 'AccessDenied',
        action: 's3:ListBucket',
        resource: 'arn:aws:s3:::data',
        service: 's3'
      }
    ],
    [
      'a Python dict repr of the event',
      "{'eventSource': 'sts.amazonaws.com', 'eventName': 'AssumeRole', 'errorCode': 'AccessDenied', 'errorMessage': 'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/x'}",
      {
        code: 'AccessDenied',
        action: 'sts:AssumeRole',
        principal: 'arn:aws:iam::123456789012:user/ci',
        resource: 'arn:aws:iam::210987654321:role/x'
      }
    ],
    [
      'an expired token recorded by the trail is a credentials finding',
      '{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"ExpiredToken","errorMessage":"The provided token has expired."}',
      { kind: 'credentials', code: 'ExpiredToken', service: 's3' }
    ],
    [
      'an endpoint whose label is not the IAM prefix',
      '{"eventSource":"monitoring.amazonaws.com","eventName":"PutMetricData","errorCode":"AccessDenied","errorMessage":"User: arn:aws:sts::123456789012:assumed-role/app/i-1 is not authorized to perform: cloudwatch:PutMetricData"}',
      { action: 'cloudwatch:PutMetricData', service: 'cloudwatch' }
    ]
  ])('%s', (_title, text, want) => {
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toEqual(expect.objectContaining(want))
  })

  it('pairs each code of a pretty-printed array with its own event', () => {
    const event = (source: string, name: string) => [
      '  {',
      `    "eventSource": "${source}",`,
      `    "eventName": "${name}",`,
      '    "awsRegion": "us-east-1",',
      '    "sourceIPAddress": "203.0.113.9",',
      '    "userAgent": "aws-cli/2.15.0",',
      '    "errorCode": "AccessDenied",',
      '    "errorMessage": "Access Denied"',
      '  },'
    ]
    const text = [
      '[',
      ...event('s3.amazonaws.com', 'GetObject'),
      ...event('kms.amazonaws.com', 'Decrypt'),
      ']'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:GetObject', 'kms:Decrypt'])
  })

  it.each([
    [
      'an EventBridge pattern lists codes',
      '{\n  "source": ["aws.s3"],\n  "detail": {\n    "errorCode": ["AccessDenied", "UnauthorizedOperation"]\n  }\n}'
    ],
    [
      'a CloudWatch metric filter (CIS benchmark) matches codes',
      '  pattern = "{ ($.errorCode = \\"*UnauthorizedOperation\\") || ($.errorCode = \\"AccessDenied*\\") }"'
    ],
    [
      'an event that failed for another reason',
      '{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"NoSuchKey","errorMessage":"The specified key does not exist."}'
    ],
    [
      'an Athena query over the trail',
      "SELECT eventsource, eventname, errorcode FROM cloudtrail_logs WHERE errorCode IN ('AccessDenied', 'UnauthorizedOperation')"
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
