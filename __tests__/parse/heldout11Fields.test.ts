// Issue 10, heldout11's field misses, each as a class with a second real excerpt and look-alikes
// that must not change.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const one = (text: string) => {
  const found = parseText(text)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('a wrapper code before a refusal that prints no code of its own', () => {
  it.each([
    ['h11-025 (Auto Scaling through Terraform 0.6)', 'h11-025'],
    ['h11-057 (CloudFormation reading the template, through Copilot)', 'h11-057']
  ])('%s', (_title, id) => {
    const f = parseText(corpusText('heldout11.jsonl', id))[0]!
    expect([f.kind, f.code]).toEqual(['denial', 'ValidationError'])
  })

  it.each([
    [
      // github-file:find_string#40717092174, a README's troubleshooting list quoting the error.
      'a README quoting Terraform on a launch configuration',
      '    `aws_launch_configuration.lc: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.`'
    ],
    [
      // aws/aws-cdk#6430, the JS SDK v2 printing the Query code in brackets.
      'aws/aws-cdk#6430 (cdk deploy)',
      [
        ' ❌  origo-myapp-app-pipeline-release-stack failed: Error [ValidationError]: S3 error: Access Denied',
        'For more information check http://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
        '    at Request.extractError (/Users/simpemat/src/origo-myapp/node_modules/aws-cdk/node_modules/aws-sdk/lib/protocol/query.js:50:29)'
      ].join('\n')
    ]
  ])('%s', (_title, text) => {
    expect(one(text).code).toBe('ValidationError')
  })

  it('an inner code printed after the wrapper is the code', () => {
    const f = one(
      'Error creating launch configuration: ValidationError: UnauthorizedOperation: You are not authorized to perform this operation.'
    )
    expect(f.code).toBe('UnauthorizedOperation')
  })

  it.each([
    [
      "a tool's own error class",
      'ServerlessError: You are not authorized to perform this operation.'
    ],
    ['a generic error class', 'TypeError: S3 error: Access Denied']
  ])('no code from %s', (_title, text) => {
    expect(one(text).code).toBeNull()
  })

  it('a ValidationError that is no refusal stays silent', () => {
    expect(
      parseText(
        'describe change set x for stack y: ValidationError: Stack [y] does not exist\n\tstatus code: 400, request id: fab927eb'
      )
    ).toEqual([])
  })
})

describe('an ARN a line end broke inside its slots', () => {
  it('h11-074 (aws-samples/sample-serverless-mcp-servers#7): one resource, the reason read across lines', () => {
    const f = one(corpusText('heldout11.jsonl', 'h11-074'))
    expect([f.resource, f.layer, f.deny]).toEqual([
      'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:55',
      'resource',
      'implicit'
    ])
  })

  it('h5-047 (anomalyco/sst#1502, a terminal wrap after the Region slot)', () => {
    expect(one(corpusText('heldout5.jsonl', 'h5-047')).resource).toBe(
      'arn:aws:dynamodb:ap-southeast-1:450266975445:table/stocks'
    )
  })

  const column = (lines: string[]) => lines.map((l) => ' '.repeat(40) + l).join('\n')

  it('a column whose ARN broke after the account slot', () => {
    const f = one(
      column([
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform:',
        's3:GetObject on resource: arn:aws:s3:::',
        'my-bucket/key.txt because no identity-based policy allows the',
        's3:GetObject action'
      ])
    )
    expect([f.resource, f.layer]).toEqual(['arn:aws:s3:::my-bucket/key.txt', 'identity'])
  })

  it.each([
    [
      'a whole ARN at the line end keeps the next line apart',
      column([
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform:',
        'lambda:GetLayerVersion on resource: arn:aws:lambda:us-east-1:580247275435:layer:L:55',
        '1:extra because no resource-based policy allows the lambda:GetLayerVersion action'
      ]),
      'arn:aws:lambda:us-east-1:580247275435:layer:L:55'
    ],
    [
      'a cut ARN before the next log line keeps its timestamp apart',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:us-east-\n2024-05-01T10:00:00 retrying:1',
      'arn:aws:lambda:us-east-'
    ]
  ])('%s', (_title, text, resource) => {
    expect(parseText(text)[0]!.resource).toBe(resource)
  })

  it("a sentence word after an S3 ARN's empty slots is no bucket", () => {
    const f = one(
      column([
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform:',
        's3:ListBucket on resource: arn:aws:s3:::',
        'because no identity-based policy allows the s3:ListBucket action'
      ])
    )
    expect([f.resource?.includes('because'), f.layer]).toEqual([false, 'identity'])
  })
})

describe('a reason the paste cut right after its policy type', () => {
  it('h11-166 (SNS delivery status, escaped JSON): resource layer, implicit', () => {
    const f = one(corpusText('heldout11.jsonl', 'h11-166'))
    expect([f.principal, f.layer, f.deny]).toEqual(['sns.amazonaws.com', 'resource', 'implicit'])
  })

  it.each([
    ['an elision mark', 'because no identity-based policy ...', 'identity'],
    [
      'the line end, a log line after it',
      'because no permissions boundary\n2024-01-01 next step',
      'permissions-boundary'
    ]
  ])('cut at %s', (_title, reason, layer) => {
    const f = one(
      `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k ${reason}`
    )
    expect([f.layer, f.deny]).toEqual([layer, 'implicit'])
  })

  it('prose going on after the type is no reason clause', () => {
    const f = one(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:f because no resource-based policy exists on the function yet'
    )
    expect([f.layer, f.deny]).toEqual([null, null])
  })

  it.each([
    ['h11-166', corpusText('heldout11.jsonl', 'h11-166')],
    [
      'boto/boto3#1952 (the same delivery status, no reason printed)',
      '`{\\"ErrorCode\\":\\"AccessDeniedException\\",\\"ErrorMessage\\":\\"User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:ap-south-1:xxxxxxxx:function:xxxxxxxxx\\",\\"lambdaRequestId\\":\\"Unrecoverable\\"}\\",`'
    ]
  ])(
    "SNS as the caller (%s) gets the function's resource policy scoped by aws:SourceArn",
    (_title, text) => {
      const [remedy, ...rest] = buildRemedies(parseText(text))
      expect(rest).toEqual([])
      expect(remedy!.target.kind).toBe('resource-policy')
      expect(remedy!.statements[0]).toMatchObject({
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Condition: { ArnLike: { 'aws:SourceArn': '<SOURCE_ARN>' } }
      })
    }
  )
})

describe("the Swift SDK's error dump names the code by its type", () => {
  it('h11-175 (aws-amplify/amplify-swift#3284): the struct four lines above the message', () => {
    const f = one(corpusText('heldout11.jsonl', 'h11-175'))
    expect([f.code, f.action, f.layer]).toEqual([
      'AccessDeniedException',
      'rekognition:DetectText',
      'identity'
    ])
  })

  it('awslabs/aws-sdk-swift#1278: `UnknownAWSHTTPServiceError(typeName: Optional("UnauthorizedOperation")`', () => {
    const f = one(
      [
        '```text',
        'UnknownAWSHTTPServiceError(typeName: Optional("UnauthorizedOperation"), message: Optional("You are not authorized to perform this operation. User: arn:aws:sts::486652066693:assumed-role/amplify-ec2manager-dev-191541-authRole/CognitoIdentityCredentials is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action"), requestID: Optional("a97a0f5a-7c3b-4819-a437-2a90da59abc3"), requestID2: nil, httpResponse: ',
        'Status Code: http_status_403 ',
        ' Transfer-Encoding: chunked, ',
        'Content-Type: text/xml;charset=UTF-8, ',
        '```'
      ].join('\n')
    )
    expect([f.code, f.action]).toEqual(['UnauthorizedOperation', 'ec2:DescribeInstances'])
  })

  const dump = (type: string) =>
    [
      `client(ClientRuntime.SdkError<AWSS3.GetObjectOutputError>.service(${type}(_headers: Optional(Content-Type: application/xml, `,
      'x-amzn-RequestId: , ',
      'Content-Length: 282, ',
      'Date: Tue, 10 Oct 2023 22:30:35 GMT), _statusCode: Optional(http_status_403), _message: Optional("User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action"), code: nil'
    ].join('\n')

  it('reads the error type of the same dump shape', () => {
    expect(one(dump('AWSS3.AccessDeniedException')).code).toBe('AccessDeniedException')
  })

  it('an output struct is no error type', () => {
    expect(one(dump('AWSS3.GetObjectOutput')).code).toBeNull()
  })
})

describe('the EC2 marker after the IAM sentence with its blob masked', () => {
  it.each([
    ['h11-178 (`<omitted>`)', 'h11-178', 'scp'],
    ['h11-179 (`<REDACTED, long encoded string>`)', 'h11-179', 'identity']
  ])('%s is an encoded message', (_title, id, layer) => {
    const f = parseText(corpusText('heldout11.jsonl', id))[0]!
    expect([f.kind, f.code, f.layer]).toEqual(['encoded', 'UnauthorizedOperation', layer])
  })

  const sentence =
    'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: '

  it('github-file:find_string#52815269519 (AWS Backup, its advice before the marker, `<omitted>`)', () => {
    const f = one(
      [
        '```',
        'You are not authorized to perform this operation. Please consult the permissions associated with your AWS Backup role(s), and refer to the AWS Backup documentation for more details. Encoded authorization failure message: <omitted>',
        '```'
      ].join('\n')
    )
    expect(f.kind).toBe('encoded')
  })

  it('the advice with nothing after the marker stays a plain denial', () => {
    const f = one(
      'You are not authorized to perform this operation. Please consult the permissions associated with your AWS Backup role(s), and refer to the AWS Backup documentation for more details. Encoded authorization failure message:'
    )
    expect(f.kind).toBe('denial')
  })

  it.each([
    ['a mask of stars', '****'],
    ['an elision', '...']
  ])('%s counts as a blob', (_title, blob) => {
    expect(one(sentence + blob).kind).toBe('encoded')
  })

  it.each([
    ['nothing after the marker', ''],
    ['the status line right under it', '\n\tstatus code: 403, request id: 1b2c']
  ])('%s stays a plain denial', (_title, after) => {
    expect(one(sentence + after).kind).toBe('denial')
  })
})

describe("a client's service label before the relayed code", () => {
  it('h11-012 (lego through the Terraform acme provider): route53, the sentence naming no action', () => {
    const f = parseText(corpusText('heldout11.jsonl', 'h11-012'))[0]!
    expect([f.code, f.service]).toEqual(['AccessDenied', 'route53'])
  })

  it('go-acme/lego#716 (the same label, the action printed)', () => {
    const f = one(
      '`[mydomainname] error presenting token: route53: AccessDenied: User: arn:aws:iam::xxxxxxxxxx:user/xxxxxxxxxx is not authorized to perform: route53:ListResourceRecordSets on resource: arn:aws:route53:::hostedzone/ZONEID`'
    )
    expect([f.service, f.action]).toEqual(['route53', 'route53:ListResourceRecordSets'])
  })

  const refusal = (label: string) =>
    `error presenting token: ${label}: AccessDenied: User: arn:aws:sts::1234512345:assumed-role/r/a@b.com is not authorized to access this resource\n\tstatus code: 403, request id: aaa`

  it('another service label names that service', () => {
    expect(one(refusal('servicediscovery')).service).toBe('servicediscovery')
  })

  it.each([
    ["a tool's own label", 'acme'],
    ['a word of prose', 'error'],
    ['the tail of a resource address', 'aws_route53_record.txt']
  ])('no service from %s', (_title, label) => {
    expect(one(refusal(label)).service).toBeNull()
  })
})

describe("restic's S3 refusal appended `with error Access Denied`", () => {
  it('h11-097 (restic/restic#3351): an S3 denial, no code', () => {
    const f = one(corpusText('heldout11.jsonl', 'h11-097'))
    expect([f.kind, f.code, f.service]).toEqual(['denial', null, 's3'])
  })

  it("restic/restic#4085 (the same client's refusal at the end of a Go chain)", () => {
    const f = one('failed: client.BucketExists: Access Denied.\\n\\n: exit status 1')
    expect(f.kind).toBe('denial')
  })

  it.each([
    [
      'github-file:find_string#16006582854 (Discord RPC over a named pipe, advice after it)',
      'Failed to open RPC Connection, with error Access Denied. Is Discord running in Administrator mode?'
    ],
    [
      'a Windows service refusal naming no storage',
      'Fatal: could not start the service winsvc with error Access Denied'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('Amazon MSK refusing an IAM-signed SASL login (WD840)', () => {
  it('h11-107 (Mongey/terraform-provider-kafka#586, sarama)', () => {
    const f = parseText(corpusText('heldout11.jsonl', 'h11-107'))[0]!
    expect([f.kind, f.grammar, f.service, f.code]).toEqual([
      'denial',
      'msk-iam-sasl-denied',
      null,
      null
    ])
  })

  it.each([
    [
      'dpkp/kafka-python#2638 (kafka-python, `AWS_MSK_IAM` named in the thread)',
      "It looks like it uses `sasl_mechanism='OAUTHBEARER'`, not `AWS_MSK_IAM`.\n\n```\n[Error 58] SaslAuthenticationFailedError: [cc8333d3-37a9-4bb8-9d5a-1b1127502cad]: Access denied\n```"
    ],
    [
      'redpanda-data/console#223 (franz-go)',
      "There seems to be a typo that breaks AWS_MSK_IAM authentication.\n\nit still didn't work for me with an `Access denied: SASL_AUTHENTICATION_FAILED: SASL Authentication failed.` error."
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text).map((f) => [f.kind, f.grammar])).toContainEqual([
      'denial',
      'msk-iam-sasl-denied'
    ])
  })

  it.each([
    [
      'a SCRAM login on a self-managed cluster',
      '  * kafka server: SASL Authentication failed: [...] Access denied\nsasl_mechanism = "scram-sha512" against our on-prem brokers'
    ],
    [
      'a Confluent Cloud API key refused',
      'org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed: Invalid username or password'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("s3-deploy's `(Forbidden) null` before a later AccessDenied (WD841)", () => {
  it('h11-078 (Reggionick/s3-deploy#76): two findings, the first failure first with its code', () => {
    const found = parseText(corpusText('heldout11.jsonl', 'h11-078'))
    expect(found.map((f) => [f.grammar, f.code])).toEqual([
      ['s3-deploy-forbidden', 'Forbidden'],
      ['sdk-stack-denied', 'AccessDenied']
    ])
  })

  it('import-io/s3-deploy#103 (every file refused, no stack trace): one finding', () => {
    const f = one(
      [
        'Private: false',
        'Unexpected error: (Forbidden) null, aborting upload for 200.html',
        'Unexpected error: (Forbidden) null, aborting upload for members.json',
        'Unexpected error: (Forbidden) null, aborting upload for index.html',
        'Upload finished'
      ].join('\n')
    )
    expect([f.kind, f.code]).toEqual(['denial', 'Forbidden'])
  })

  it.each([
    [
      'import-io/s3-deploy#66 (a bad request is no refusal)',
      'Unexpected error: (BadRequest) null, aborting upload for dist/error.8f21d09d.js.map\nUpload finished'
    ],
    ["another tool's words", 'Unexpected error: (Forbidden) null\nretrying the download']
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
