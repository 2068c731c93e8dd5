// Issue 17 (heldout4 review, part 2 class 5): the call an SDK, a script or a tool names around a
// denial whose message names no action, mapped to its IAM action through the catalog.
import { callNameAction } from '../../src/infer/callNames.js'
import type { LogContext } from '../../src/model/Inferred.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { logContext } from '../support/logContext.js'
import { corpusText } from '../support/corpusRecords.js'

describe('callNameAction', () => {
  it.each<[string, LogContext, string | null, string | null]>([
    [
      // heldout4 h4-151 (github-file:find_string#58178507149, Iceberg on AWS): Java SDK v2 frame
      'a Java SDK v2 client frame',
      logContext(
        'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403,',
        '',
        '...\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.deleteObject(DefaultS3Client.java:3365)\n\tat org.apache.iceberg.aws.s3.S3FileIO.deleteFile(S3FileIO.java:162)'
      ),
      's3',
      's3:DeleteObject'
    ],
    [
      // heldout16 review h16-097 (aws/aws-sdk-js-codemod#493): the JS SDK v3's deserializer frame,
      // its Windows path's `\n` read as a line break by the scanner
      'a JS SDK v3 deserializer frame',
      logContext(
        '[2023-05-16T10:33:02.668] [ERROR] default - AccessDenied: Access Denied',
        '',
        '    at de_ListObjectsV2CommandError (C:\node_modules\\@aws-sdk\\client-s3\\dist-cjs\\protocols\\Aws_restXml.js:5086:20)'
      ),
      null,
      's3:ListBucket'
    ],
    [
      'own: a JS SDK v3 deserializer frame of DynamoDB, POSIX path',
      logContext(
        'AccessDeniedException: User: x is not authorized',
        '',
        '    at de_PutItemCommandError (/app/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2267:20)'
      ),
      null,
      'dynamodb:PutItem'
    ],
    [
      'own: a Java SDK v1 client frame with a two-word service',
      logContext(
        'com.amazonaws.services.dynamodbv2.model.AmazonDynamoDBException: User: x is not authorized',
        '',
        '\tat com.amazonaws.services.dynamodbv2.AmazonDynamoDBClient.putItem(AmazonDynamoDBClient.java:3300)'
      ),
      null,
      'dynamodb:PutItem'
    ],
    [
      'own: a JS SDK v2 frame',
      logContext(
        'AccessDenied: Access Denied',
        '',
        '    at S3.getObject (/app/node_modules/aws-sdk/lib/s3.js:12:3)'
      ),
      's3',
      's3:GetObject'
    ],
    [
      'own: a boto3 traceback line above the error',
      logContext(
        'botocore.exceptions.ClientError: An error occurred (AccessDenied): Access Denied',
        'Traceback (most recent call last):\n  File "/app/run.py", line 9, in <module>\n    s3_client.put_object(Bucket=b, Key=k, Body=data)'
      ),
      's3',
      's3:PutObject'
    ],
    [
      // aws/aws-toolkit-jetbrains#3129: only the SDK's own response-handler frames, no client call
      "the SDK's internal frames name no call",
      logContext(
        'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403)',
        '',
        '\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156)\n\tat software.amazon.awssdk.core.internal.http.pipeline.stages.HandleResponseStage.execute(HandleResponseStage.java:40)'
      ),
      's3',
      null
    ],
    [
      'own: a call of another service is not the denied one',
      logContext('AccessDenied: Access Denied', '', '    at SQS.sendMessage (/app/q.js:3:1)'),
      's3',
      null
    ],
    [
      'own: an application method named like an action is no SDK call',
      logContext('AccessDenied: Access Denied', '', '    at Uploader.putObject (/app/up.js:3:1)'),
      's3',
      null
    ]
  ])('%s', (_t, c, service, want) => {
    expect(callNameAction(c, service)?.value ?? null).toBe(want)
  })
})

describe('end to end', () => {
  it('heldout4 h4-096: the CloudWatch agent\'s "Unable to describe ec2 tags" → ec2:DescribeTags', () => {
    // github-file:find_string#32138390428 (Korean blog, ec2tagger on EKS nodes)
    const { f, statements } = analysedOne(
      '2022-09-07T08:48:09Z W! [processors.ec2tagger] ec2tagger: Unable to describe ec2 tags for initial retrieval: UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: d458fe0d-8526-4a09-b13f-4a617142f246\n'
    )
    expect(f.inferred?.action?.value).toBe('ec2:DescribeTags')
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['ec2:DescribeTags', '*']])
  })

  it('the same words on the line above the code (a runbook) and for volumes', () => {
    // github-file:find_string#63272084191 (a troubleshooting note)
    expect(
      analysedOne(
        '```text\nec2tagger: Unable to describe ec2 tags for initial retrieval\nUnauthorizedOperation: You are not authorized to perform this operation.\n```\n'
      ).f.inferred?.action?.value
    ).toBe('ec2:DescribeTags')
    // github-file:find_string#9757644425 (the agent's own message for volumes)
    expect(
      analysedOne(
        'ec2tagger: Unable to describe ec2 volume for initial retrieval: UnauthorizedOperation: You are not authorized to perform this operation.\n'
      ).f.inferred?.action?.value
    ).toBe('ec2:DescribeVolumes')
  })

  it("heldout4 h4-203: a Pulumi lock write → s3:PutObject under the backend's .pulumi/ prefix", () => {
    // pulumi/pulumi-aws#2201 (the bucket masked `xxxx` by the reporter)
    const { f, statements, notes } = analysedOne(
      '```\npulumi login s3://xxxx\npulumi stack select dev -c \n```\n\n```\nerror: could not create stack: blob (key ".pulumi/locks/dev/51a7bb66-cf44-42dc-8a07-9d46c5ee1f06.json") (code=Unknown): AccessDenied: Access Denied\n        status code: 403, request id: CSGEJDAD9NF65T23, host id: 8iPG4ObxwQDvxF+Bu1T9PRW9Qs0T1eCAaEEI4gmSjZFX/uXZAva180m+C0NERYfc8YbvrHv6OBE=\n```\n'
    )
    expect(f.inferred?.action?.value).toBe('s3:PutObject')
    expect(statements.map((s) => s.Resource)).toEqual(['arn:aws:s3:::<BUCKET_NAME>/.pulumi/*'])
    expect(notes).not.toContain('xxxx/')
  })

  it('own: a Pulumi lock write with the bucket shown keeps it', () => {
    const { statements } = analysedOne(
      '$ pulumi login s3://acme-pulumi-state\nerror: could not create stack: blob (key ".pulumi/locks/prod/0a.json") (code=Unknown): AccessDenied: Access Denied\n'
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:PutObject', 'arn:aws:s3:::acme-pulumi-state/.pulumi/*']
    ])
  })
})

describe("the Ruby SDK v1's generated method: `from (eval):3:in `METHOD'`", () => {
  it('heldout9 h9-042 (travis-ci/dpl#278): list_buckets → s3:ListAllMyBuckets, which takes only "*"', () => {
    const { f, statements } = analysedOne(corpusText('heldout9.jsonl', 'h9-042') + '\n')
    expect(f.inferred?.action?.value).toBe('s3:ListAllMyBuckets')
    expect(f.inferred?.action?.from).toMatch(/list_buckets/)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['s3:ListAllMyBuckets', '*']])
  })

  it.each([
    [
      // mazondo/harpoon#6, first three lines as printed.
      "/Library/Ruby/Gems/2.0.0/gems/aws-sdk-1.51.0/lib/aws/core/client.rb:375:in `return_or_raise': Access Denied (AWS::S3::Errors::AccessDenied)\n    from /Library/Ruby/Gems/2.0.0/gems/aws-sdk-1.51.0/lib/aws/core/client.rb:476:in `client_request'\n    from (eval):3:in `get_bucket_website'\n    from /Library/Ruby/Gems/2.0.0/gems/aws-sdk-1.51.0/lib/aws/s3/bucket.rb:303:in `website_configuration'\n",
      's3:GetBucketWebsite'
    ],
    [
      // cloudfoundry-attic/cf-docs#67, first three lines as printed.
      "/home/ubuntu/.rvm/gems/ruby-1.9.3-p327@bosh/gems/aws-sdk-1.8.5/lib/aws/core/client.rb:339:in `return_or_raise': Access Denied (AWS::S3::Errors::AccessDenied)\n    from /home/ubuntu/.rvm/gems/ruby-1.9.3-p327@bosh/gems/aws-sdk-1.8.5/lib/aws/core/client.rb:440:in`client_request'\n    from (eval):3:in `get_object'\n",
      's3:GetObject'
    ]
  ])('%#: the eval frame names the call', (text, action) => {
    expect(analysedOne(text).f.inferred?.action?.value).toBe(action)
  })

  it('own counter-cases: an eval frame that is no API call, or a call of another service, names nothing', () => {
    const head =
      "/gems/aws-sdk-1.51.0/lib/aws/core/client.rb:375:in `return_or_raise': Access Denied (AWS::S3::Errors::AccessDenied)\n"
    expect(callNameAction(logContext(head, '', "    from (eval):3:in `each'\n"), 's3')).toBeNull()
    expect(
      callNameAction(logContext(head, '', "    from (eval):3:in `describe_instances'\n"), 's3')
    ).toBeNull()
  })
})

describe("the Grails stack table: `| LINE | METHOD in CLASS`, `''` for the class above", () => {
  it('heldout10 h10-171 (Teevity/ice#205): describeReservedInstancesOfferings → its EC2 action', () => {
    const { f, statements } = analysedOne(corpusText('heldout10.jsonl', 'h10-171') + '\n')
    expect(f.inferred?.action?.value).toBe('ec2:DescribeReservedInstancesOfferings')
    expect(f.inferred?.action?.from).toMatch(/Grails stack table/)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ec2:DescribeReservedInstancesOfferings', '*']
    ])
  })

  it('own: the package names the service where the error does not', () => {
    const ctx = logContext(
      'Message: Access Denied',
      '',
      '    Line | Method\n->> 1077 | handleErrorResponse in com.amazonaws.http.AmazonHttpClient\n|   3697 | invoke . . . . . . in com.amazonaws.services.s3.AmazonS3Client\n|   1402 | deleteObject . . . in com.amazonaws.services.s3.AmazonS3Client'
    )
    expect(callNameAction(ctx, null)?.value).toBe('s3:DeleteObject')
  })

  it.each([
    [
      // Only SDK plumbing in the table: handleErrorResponse, executeHelper, invoke are no actions.
      'SDK plumbing only',
      "->> 1077 | handleErrorResponse in com.amazonaws.http.AmazonHttpClient\n|    460 | executeHelper . .  in     ''\n|   9393 | invoke . . . . . . in com.amazonaws.services.ec2.AmazonEC2Client"
    ],
    [
      // The application's own frames: a class outside com.amazonaws.services names no service.
      'an application class',
      '|     42 | describeInstances  in com.acme.inventory.Ec2Poller'
    ]
  ])('counter-case: %s', (_n, after) => {
    expect(callNameAction(logContext('UnauthorizedOperation', '', after), null)).toBeNull()
  })
})

describe("botocore's own name of the call: `operation_name = 'X'`, `OperationModel(name=X)`", () => {
  it('heldout13 h13-167 (skyplane-project/skyplane#599): rich locals below the code → ec2:DescribeRegions', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-167') + '\n')
    expect(f.inferred?.action?.value).toBe('ec2:DescribeRegions')
    expect(f.inferred?.action?.from).toMatch(/DescribeRegions/)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['ec2:DescribeRegions', '*']])
  })

  it("aws/aws-cli#7515: botocore's debug log above a bare S3 refusal names the call", () => {
    // The two debug lines as printed (the request's params cut after the url); the refusal below
    // them is our own bare S3 body.
    const before =
      "2022-12-12 18:59:27,459 - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=DeleteObject) with params: {'url_path': '/testFile.csv', 'query_string': {}, 'method': 'DELETE'}\n" +
      '2022-12-12 18:59:27,459 - MainThread - botocore.hooks - DEBUG - Event request-created.s3.DeleteObject: calling handler <bound method RequestSigner.handler of <botocore.signers.RequestSigner object at 0x7f69a02f3d90>>\n'
    const ctx = logContext('<Code>AccessDenied</Code><Message>Access Denied</Message>', before, '')
    expect(callNameAction(ctx, 's3')?.value).toBe('s3:DeleteObject')
    // The hooks' `before-call.SERVICE.OPERATION` event names the service as well.
    const event =
      '2024-01-25 12:59:36,656 - MainThread - botocore.hooks - DEBUG - Event before-call.s3.ListBuckets: calling handler <function add_expect_header at 0x10c340f40>\n'
    expect(callNameAction(logContext('Access Denied', event, ''), null)?.value).toBe(
      's3:ListAllMyBuckets'
    )
  })

  it.each([
    // A GraphQL client's operation (camelCase) is no AWS call.
    ['a GraphQL operation name', "        operation_name = 'getMe'", 'UnauthorizedOperation'],
    // Another service's call beside EC2's code: not EC2's action.
    [
      'another service’s call',
      "│ │  operation_name = 'ListBuckets'   │ │",
      'UnauthorizedOperation'
    ],
    // botocore's frame names the variable, not its value.
    ['the variable alone', '    raise error_class(parsed_response, operation_name)', null]
  ])('own counter-case: %s names nothing', (_n, after, code) => {
    expect(
      callNameAction(logContext(`error_code = '${code}'`, '', after), code && 'ec2')
    ).toBeNull()
  })
})

describe('a tool naming the call it made: `Error when calling OPERATION`', () => {
  it('heldout13 h13-047 (aws/aws-parallelcluster#1912): EC2’s sentence + DescribeInstanceTypes → ec2:DescribeInstanceTypes', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-047') + '\n')
    expect(f.inferred?.action?.value).toBe('ec2:DescribeInstanceTypes')
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ec2:DescribeInstanceTypes', '*']
    ])
  })

  it("ParallelCluster's later wording (github-file:find_string#525248120, its emsg_format) reads the same", () => {
    // The format `Error when calling DescribeInstanceTypes for instance type {instance_type}:
    // {exception_message}` filled with EC2's message.
    const { f } = analysedOne(
      'Error when calling DescribeInstanceTypes for instance type c5.xlarge: You are not authorized to perform this operation.\n'
    )
    expect(f.inferred?.action?.value).toBe('ec2:DescribeInstanceTypes')
  })

  it('EC2’s sentence picks EC2 for a call several services have (ds:DescribeRegions too)', () => {
    const ctx = logContext(
      'ERROR: Error when calling DescribeRegions: You are not authorized to perform this operation.',
      '',
      ''
    )
    expect(callNameAction(ctx, null, 'ec2')?.value).toBe('ec2:DescribeRegions')
    expect(callNameAction(ctx, null)).toBeNull()
  })

  it.each([
    [
      'a helper of the tool',
      'Error when calling helperFunction: You are not authorized to perform this operation.'
    ],
    ['one word', 'Error when calling Describe: You are not authorized to perform this operation.'],
    // AWS's Java spot sample (github-file:find_string#39821531992) prints its own method's name.
    [
      'a name no API has',
      'Error when calling describeSpotInstances: You are not authorized to perform this operation.'
    ],
    [
      'botocore’s own sentence (the parser’s)',
      'error when calling the RunInstances operation: denied'
    ]
  ])('own counter-case: %s names nothing', (_n, line) => {
    expect(callNameAction(logContext(line, '', ''), null, 'ec2')).toBeNull()
  })
})

describe('a call quoted before `API call` in someone’s account of the refusal', () => {
  it.each([
    // Own: a camelCase name is an application's method, not an AWS API.
    ['a camelCase name', 'we checked the "getUser" API call for the user', 'ec2'],
    // Own: another service's call beside EC2's code is not EC2's action.
    ['another service’s call', 'the "ListBuckets" API call failed', 'ec2']
  ])('own counter-case: %s names nothing', (_n, before, service) => {
    expect(
      callNameAction(logContext('Error code: Client.UnauthorizedOperation', before, ''), service)
    ).toBeNull()
  })
})

describe("boto 2's method in a traceback frame (`boto/ec2/connection.py …, in METHOD`)", () => {
  it('heldout15 h15-101 (spark_ec2): authorize_security_group is ec2:AuthorizeSecurityGroupIngress, named beside the encoded message, no Allow drafted', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-101'))
    expect(f.inferredAction).toBe('ec2:AuthorizeSecurityGroupIngress')
    expect(f.explanation).toContain('The call was most likely `ec2:AuthorizeSecurityGroupIngress`')
    // The writer left a placeholder where the blob was: no claim that the log cut it.
    expect(f.explanation).not.toContain('the message in the log is cut short')
    expect(statements).toEqual([])
  })

  it.each<[string, string, string | null]>([
    // Own: boto 2's listings are Describe* calls.
    ['get_all_instances', 'boto/ec2/connection.py', 'ec2:DescribeInstances'],
    ['get_only_instances', 'boto/ec2/connection.py', 'ec2:DescribeInstances'],
    ['run_instances', 'boto/ec2/connection.py', 'ec2:RunInstances'],
    // Own counter-case: boto 2's S3 key method is no API operation.
    ['set_contents_from_filename', 'boto/s3/key.py', null]
  ])('own: %s in %s', (method, file, action) => {
    const ctx = logContext(
      'boto.exception.EC2ResponseError: EC2ResponseError: 403 Forbidden',
      `Traceback (most recent call last):\n  File "/opt/lib/${file}", line 12, in ${method}\n    params, verb='POST')`,
      ''
    )
    expect(callNameAction(ctx, null)?.value ?? null).toBe(action)
  })
})

describe("the Ruby SDK v3's request log line (`[Aws::STS::Client 403 … retries] assume_role(`)", () => {
  it('heldout15 h15-153 (aws/aws-sdk-ruby#2018): sts:AssumeRole on the role the call passes', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-153'))
    expect(f.inferredAction).toBe('sts:AssumeRole')
    expect(f.traps).toContain('assume-role-trust-side')
    // The role's trust first (heldout15's second review), then the caller's side on that role.
    expect(statements).toEqual([
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Principal: { AWS: '<PRINCIPAL_ARN>' },
        Action: 'sts:AssumeRole'
      },
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: 'arn:aws:iam::995319131876:role/Administrator'
      }
    ])
  })

  it.each<[string, string, string | null]>([
    [
      'own: an S3 read',
      '[Aws::S3::Client 403 0.1 0 retries] get_object(bucket:"b",key:"k")',
      's3:GetObject'
    ],
    // Own counter-case: a method that is no API operation of the client's service.
    ['own: no operation', '[Aws::S3::Client 403 0.1 0 retries] presigned_thing(bucket:"b")', null]
  ])('%s', (_name, line, action) => {
    const ctx = logContext('Aws::S3::Errors::AccessDenied: Access Denied', '', line)
    expect(callNameAction(ctx, null)?.value ?? null).toBe(action)
  })
})
