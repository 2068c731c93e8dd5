// Service labels and error codes as the SDKs and their users print them around a denial (issue
// 10): labels with no parenthesis, endpoint hosts, masked ECR hosts, codes wrapped over two lines,
// Python 2 reprs, iOS dictionaries, and exception classes that only name the SDK.
import { parseText } from './parseText.js'

function fields(text: string): [string, string | null, string | null][] {
  return parseText(text).map((f) => [f.kind, f.code, f.service])
}

describe('service labels', () => {
  it('aws-samples/aws-xray-cloudwatch-event#2: `Service: AWSLambdaInternal` is Lambda', () => {
    const text =
      'Your access has been denied by S3, please make sure your request credentials have permission to GetObject for lambdacodexcw/Archive.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied (Service: AWSLambdaInternal; Status Code: 403; Error Code: AccessDeniedException; Request ID: a74b64c5-4456-4a7e-9358-9a6be6f29288; Proxy: null)'
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'lambda']])
  })

  it('awslabs/amazon-dynamodb-lock-client#78: a Java suffix quoted without its parenthesis', () => {
    const text =
      'I was trying to use following methods `tryGetOrAcquireLock` and `createLockTableInDynamoDB`, and both returned an error `Service: AmazonDynamoDBv2; Status Code: 400; Error Code: AccessDeniedException`.'
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'dynamodb']])
  })

  it.each([
    [
      'aws/aws-sdk-php#1490 (virtual-hosted bucket)',
      'Error executing "PutObject" on "https://my-shop1.s3.ap-south-1.amazonaws.com/products/b63c7e59ff9c6040161f80e436eaabab.jpg"; AWS HTTP error: Client error: `PUT  \u25b6\n<?xml version="1.0" encoding="UTF-8"?>\\n\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>E5EA21 (truncated...)\\n\n AccessDenied (client): Access Denied - <?xml version="1.0" encoding="UTF-8"?>\\n\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>E5EA2109F158B3BE</RequestId><HostId>ku8TuqbKq7fvjw5QenbrNDJx+beRZcqlEtLZICkHQEwgCJAqZ/l/qG6QV4RP+MODCFd80da0v9g=</HostId></Error>'
    ],
    [
      'aws/aws-sdk-php#764 (legacy s3-<region> host)',
      'Aws\\S3\\Exception\\S3Exception: Error executing "PutObject" on "https://s3-eu-west-1.amazonaws.com/my.bucket/test.txt"; AWS HTTP error: Client error: 403 AccessDenied (client): Access Denied'
    ],
    [
      'own: dual-stack host',
      'GET https://b.s3.dualstack.us-east-1.amazonaws.com/k: 403 AccessDenied (client): Access Denied'
    ]
  ])('%s: the S3 endpoint of the failing request names S3', (_source, text) => {
    expect(fields(text)).toEqual([['denial', 'AccessDenied', 's3']])
  })

  it('double-break/spapi-php#45: Guzzle `POST https://sts.amazonaws.com/` and a JSON code before the message', () => {
    const text =
      'Fatal error: Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://sts.amazonaws.com/` resulted in a `403 Forbidden` response: {"Error":{"Code":"AccessDenied","Message":"Roles may not be assumed by root accounts.","Type":"Sender"},"RequestId":"9db (truncated...)'
    // Guzzle's ClientException is the HTTP client's class, not AWS's code.
    expect(fields(text)).toEqual([['credentials', 'AccessDenied', 'sts']])
  })

  it('cfn-sphere/cfn-sphere#55: the XML namespace of an answer is no endpoint', () => {
    const text = [
      'AWS API Error: BotoServerError: 403 Forbidden',
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">',
      '  <Error>',
      '    <Code>ExpiredToken</Code>',
      '    <Message>The security token included in the request is expired</Message>'
    ].join('\n')
    expect(fields(text)).toEqual([['credentials', 'ExpiredToken', null]])
  })

  it('hashicorp/vault#6268: Vault names the service whose answer it relays', () => {
    const text = [
      '* error making upstream request: received error code 403 from STS: <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
      '  <Error>',
      '    <Type>Sender</Type>',
      '    <Code>SignatureDoesNotMatch</Code>',
      "    <Message>Credential should be scoped to a valid region, not 'us-east-2'. </Message>"
    ].join('\n')
    expect(fields(text)).toEqual([['credentials', 'SignatureDoesNotMatch', 'sts']])
  })

  it('hashicorp/terraform#34177: the AWS base library names the call it logged (`aws.service=STS`)', () => {
    const text =
      '2023-11-02T13:31:14.652+0100 [DEBUG] backend-s3.aws-base: request failed with unretryable error https response error StatusCode: 403, RequestID: b1, api error InvalidClientTokenId: The security token included in the request is invalid.: aws.service=STS tf_backend.operation=Configure'
    expect(fields(text)).toEqual([['credentials', 'InvalidClientTokenId', 'sts']])
  })

  it('own: an endpoint of a service the table does not know names nothing', () => {
    const text =
      'POST https://frobnicator.us-east-1.amazonaws.com/ failed: An error occurred (AccessDenied) when calling the Frob operation: Access Denied'
    expect(fields(text)).toEqual([['denial', 'AccessDenied', null]])
  })

  it.each([
    [
      'awslabs/amazon-ecr-credential-helper#259 (`<>` mask)',
      'Error response from daemon: Get https://<>.dkr.ecr.us-west-2.amazonaws.com/v2/agent-ecr/manifests/latest: no basic auth credentials'
    ],
    [
      'coreos/coreos-kubernetes#461 (`<account number>` mask)',
      'Error response from daemon: Get https:///<account number>.dkr.ecr.eu-west-1.amazonaws.com/v2/zre/manifests/latest: no basic auth credentials'
    ],
    [
      'bitovi/github-actions-deploy-eks-helm#50 (`***` account and region)',
      'Error: unexpected status from HEAD request to https://***.dkr.ecr.***.amazonaws.com/v2/cloud-services/manifests/0.1.0: 401 \nUnauthorized'
    ]
  ])('%s: a masked ECR host is still ECR', (_source, text) => {
    expect(fields(text)).toEqual([['credentials', null, 'ecr']])
  })

  it('eksctl-io/eksctl#3016: eksctl checking AWS STS access', () => {
    const text = [
      '[ℹ]  eksctl version 0.35.0',
      'Error: checking AWS STS access – cannot get role ARN for current session: InvalidClientTokenId: The security token included in the request is invalid.',
      '\tstatus code: 403, request id: 0d4e1790-655d-4a90-9033-afac4ff33c6e'
    ].join('\n')
    expect(fields(text)).toEqual([['credentials', 'InvalidClientTokenId', 'sts']])
  })

  it('allada/eth-archive-snapshot#7: the `s3://` URI a few lines after the CLI error', () => {
    const text = [
      '```',
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
      'An error occurred (AccessDenied) when calling the GetObjectAttributes operation: Access Denied',
      '```',
      '',
      'when I try to run `aws s3 ls --request-payer=requester --recursive s3://public-blockchain-snapshots/eth/` and the `aws s3 cp` commands.'
    ].join('\n')
    expect(fields(text)).toEqual([
      ['denial', 'AccessDenied', 's3'],
      ['denial', 'AccessDenied', 's3']
    ])
  })
})

describe('error codes', () => {
  it('doug-macleod/Pipe-1Dev#13: `Error` / `Code: X` wrapped over two lines', () => {
    const text = [
      'User: arn:aws:sts::674568819625:assumed-role/SCF/ImNaYhDWEWEnqwXHDyUIJYXvRnZUCQNG',
      'is not authorized to perform: lambda:InvokeFunction on resource:',
      'arn:aws:lambda:us-east-2:674568819625:function:scf-prepare-data-generateUploadKeyHQ3VTHNGXALG with an explicit deny (Service: AWSLambda; Status Code: 403; Error',
      'Code: AccessDeniedException; Request ID: 07cfc81d-06b7-45bc-8d4a-7f2d673a80ba)'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'lambda']])
  })

  it('pydata/parallel-tutorial#13: Java v1 `AWS Error Code:` beats the SDK class name', () => {
    const text =
      ': com.amazonaws.services.s3.model.AmazonS3Exception: Status Code: 403, AWS Service: Amazon S3, AWS Request ID: 2EEACD7FB2D731F3, AWS Error Code: InvalidAccessKeyId, AWS Error Message: The AWS Access Key Id you provided does not exist in our records., S3 Extended Request ID: GZak='
    expect(fields(text)).toEqual([['credentials', 'InvalidAccessKeyId', 's3']])
  })

  it('AntonShuvaev/intellij-dynamodb#29: the code alone on the line above the sentence', () => {
    const text = [
      '```',
      'AccessDeniedException',
      'User: arn:aws:sts::<<account number>>:assumed-role/<<role name>>/aws-sdk-java-1680121851194 is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:<<account number>>:table/<<table name>> because no identity-based policy allows the dynamodb:Query action'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'dynamodb']])
  })

  it('own: a line of prose above the sentence lends it no code', () => {
    const text = [
      'We saw AccessDeniedException yesterday too',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dynamodb:Query on resource: *'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', null, 'dynamodb']])
  })

  it('aws-amplify/aws-sdk-ios#119: the iOS SDK `UserInfo` dictionary (`Code=AccessDenied`)', () => {
    const text =
      '2014-12-17 11:26:32.374 DynamoDBSample[8952:766429] AWSiOSSDKv2 [Error] AWSCredentialsProvider.m line:433 | Unable to refresh. Error is [Error Domain=com.amazonaws.AWSSTSErrorDomain Code=0 "The operation couldn’t be completed. (com.amazonaws.AWSSTSErrorDomain error 0.)" UserInfo=0x7f8fdb82fd20 {Type=Sender, Message=Not authorized to perform sts:AssumeRoleWithWebIdentity, Code=AccessDenied, __text=('
    expect(fields(text)).toEqual([['denial', 'AccessDenied', 'sts']])
  })

  it.each([
    [
      'sebdah/dynamic-dynamodb#187',
      "{u'Message': u'User: arn:aws:sts::0000:assumed-role/dynamicdynamodb/i-0000 is not authorized to perform: dynamodb:ListTables on resource: *', u'__type': u'com.amazon.coral.service#AccessDeniedException'}"
    ],
    [
      'own: the same body with JSON quotes',
      '{"Message": "User: arn:aws:sts::0000:assumed-role/dynamicdynamodb/i-0000 is not authorized to perform: dynamodb:ListTables on resource: *", "__type": "com.amazon.coral.service#AccessDeniedException"}'
    ]
  ])('%s: `__type` after the message', (_source, text) => {
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'dynamodb']])
  })

  it('cattle-ops/terraform-aws-gitlab-runner#1253: `KMS Exception: XKMS Message:` glued', () => {
    const text = [
      'Calling the invoke API action failed with this message: Lambda was unable to decrypt the environment variables',
      "because KMS access was denied. Please check the function's KMS key settings. KMS Exception:",
      'AccessDeniedExceptionKMS Message: User: <arn here> is not authorized to perform: kms:Decrypt on resource:',
      '<arn here> because no identity-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400,'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.code, f.action])).toContainEqual([
      'AccessDeniedException',
      'kms:Decrypt'
    ])
  })

  it('github-aws-runners/terraform-aws-github-runner#888: CloudTrail’s `Client.UnauthorizedOperation` kept whole', () => {
    const text =
      'arn:aws:sts::xxxxx:assumed-role/sbx-action-syncer-lambda-role/awslambda_744_20210612114448101  620a2b93-c9d3-4edc-81e2-ea1570523282  ec2.amazonaws.com  CreateNetworkInterface  Client.UnauthorizedOperation  You are not authorized to perform this operation.'
    expect(fields(text)).toEqual([['denial', 'Client.UnauthorizedOperation', null]])
  })

  it.each([
    [
      'AmazonS3Exception',
      'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Request ID: X)'
    ],
    [
      'AthenaException',
      'software.amazon.awssdk.services.athena.model.AthenaException: You are not authorized to perform: athena:GetTableMetadata on the resource. (Service: Athena, Status Code: 400, Request ID: d5)'
    ]
  ])('own: the SDK class %s is no error code', (_cls, text) => {
    for (const [, code] of fields(text)) expect(code).toBeNull()
  })
})

describe('the IAM sentence as users paste it', () => {
  it('aws-samples/well-architected-iac-analyzer#108: `is` glued to an instance-id session name', () => {
    const text =
      '"errorMessage": "User: arn:aws:sts::111111111111:assumed-role/iac-analyzer-deployment-stack-EC2Role-zZiIW90X0coi/i-11111wasdasdasfasdfais not authorized to perform: iam:UpdateAssumeRolePolicy on resource: role cdk-hnb659fds-image-publishing-role-111111111111-us-east-1 because no identity-based policy allows the iam:UpdateAssumeRolePolicy action"'
    expect(parseText(text).map((f) => [f.principal, f.layer])).toEqual([
      [
        'arn:aws:sts::111111111111:assumed-role/iac-analyzer-deployment-stack-EC2Role-zZiIW90X0coi/i-11111wasdasdasfasdfa',
        'identity'
      ]
    ])
  })

  it('own: a word ending in "is" before the phrase is no principal', () => {
    const text = 'The analysis not authorized to perform: s3:GetObject on resource: *'
    expect(parseText(text).map((f) => [f.principal, f.action])).toEqual([[null, 's3:GetObject']])
  })

  it('scribd/terraform-aws-datadog#18: `User:` / principal / `is not authorized` on three lines', () => {
    const text = [
      'To fix following errors:',
      '',
      'User:',
      'arn:aws:sts::XXX:assumed-role/datadog-integration-role/vault-app3.eu1.prod.dog-datadog-delancie-crawler',
      'is not authorized to perform: states:ListStateMachines on resource:',
      'arn:aws:states:XXX:XXX:stateMachine:*',
      '',
      'User:',
      'arn:aws:sts::XXX:assumed-role/datadog-integration-role/vault-app3.eu1.prod.dog-datadog-delancie-crawler',
      'is not authorized to perform: elasticfilesystem:DescribeAccessPoints on',
      'the specified resource'
    ].join('\n')
    const principal =
      'arn:aws:sts::XXX:assumed-role/datadog-integration-role/vault-app3.eu1.prod.dog-datadog-delancie-crawler'
    expect(parseText(text).map((f) => [f.principal, f.action, f.resource])).toEqual([
      [principal, 'states:ListStateMachines', 'arn:aws:states:XXX:XXX:stateMachine:*'],
      [principal, 'elasticfilesystem:DescribeAccessPoints', null]
    ])
  })

  it('own: a principal on the line above with no `User` anywhere is not taken', () => {
    const text = ['deploy-step-3', 'is not authorized to perform: s3:PutObject'].join('\n')
    expect(parseText(text).map((f) => [f.principal, f.action])).toEqual([[null, 's3:PutObject']])
  })

  it('jlevers/selling-partner-api#653: a body cut inside the action keeps its principal', () => {
    const text =
      '{"Error":{"Code":"AccessDenied","Message":"User: arn:aws:iam::ID:user/User-name is not authorized to perform: sts (truncated...)'
    expect(parseText(text).map((f) => [f.kind, f.code, f.principal, f.action])).toEqual([
      ['denial', 'AccessDenied', 'arn:aws:iam::ID:user/User-name', null]
    ])
  })

  it('own: prose "is not authorized to perform tasks" is no denial', () => {
    expect(
      parseText('User: arn:aws:iam::1:user/a is not authorized to perform tasks here')
    ).toEqual([])
  })

  it('metabase/metabase#53377: Athena’s `You are not authorized to perform: <action> on the resource.`', () => {
    const text =
      '2025-02-07 16:01:15,882 WARN results.ListTableMetadataResultSet :: Could not list tables: software.amazon.awssdk.services.athena.model.AthenaException: You are not authorized to perform: athena:GetTableMetadata on the resource. After your AWS administrator or you have updated your permissions, please try again. (Service: Athena, Status Code: 400, Request ID: d565803f-77bb-4aad-bf04-f9df881e47c5)'
    expect(parseText(text).map((f) => [f.kind, f.code, f.action, f.service])).toEqual([
      ['denial', null, 'athena:GetTableMetadata', 'athena']
    ])
  })

  it("department-of-veterans-affairs/va.gov-team#125204: prose quoting the short form after `I'm`", () => {
    const text =
      "I'm currently getting this error message > 'not authorized to perform: ssm:PutParameter on resource:::"
    expect(parseText(text)).toEqual([])
  })
})

describe('resource boundaries', () => {
  const resourceOf = (text: string) => parseText(text).map((f) => f.resource)

  it('Netflix/security_monkey#77: an account written as a quoted phrase stays in the ARN', () => {
    const text =
      '    <Message>User: arn:aws:sts::"my account number":assumed-role/SecurityMonkeyInstanceProfile/i-e68888 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"another account number":role/SecurityMonkey</Message>'
    expect(resourceOf(text)).toEqual(['arn:aws:iam::"another account number":role/SecurityMonkey'])
  })

  it('own: a JSON string still ends at its quote', () => {
    const text =
      '{"Message":"User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k","__type":"AccessDenied"}'
    expect(resourceOf(text)).toEqual(['arn:aws:s3:::b/k'])
  })

  it('MitocGroup/deep-framework#118: a stray `]` with none opened is kept as printed', () => {
    const text =
      'AccessDeniedException: User: arn:aws:sts::accountid:assumed-role/LambdaName/awslambda_959_20151123081502137 is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:accountid:function:lambdaname]'
    expect(resourceOf(text)).toEqual(['arn:aws:lambda:us-east-1:accountid:function:lambdaname]'])
  })

  it('own: a `]` closing a bracket opened on the line is not the resource’s', () => {
    const text =
      '[User: arn:aws:iam::111122223333:user/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:f]'
    expect(resourceOf(text)).toEqual(['arn:aws:lambda:us-east-1:111122223333:function:f'])
  })

  it('own: words after a resource with no reason following are not the resource’s', () => {
    const text =
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: glue:GetJobRuns on resource: arn:aws:glue:eu-west-2:111122223333:job/nightly and then the job retried'
    expect(resourceOf(text)).toEqual(['arn:aws:glue:eu-west-2:111122223333:job/nightly'])
  })
})

describe('an SDK exception printed field by field is one refusal (issue 17, one finding per failure)', () => {
  it('aws-samples/aws-java-sample#11: `AWS Error Code:` two lines under the message is its echo', () => {
    const text =
      'When I tried to run this sample, I get this:\n\n    Error Message:    Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: <>)\n    HTTP Status Code: 403\n    AWS Error Code:   AccessDenied\n    Error Type:       Client\n    Request ID:       <>\n'
    expect(parseText(text).map((f) => [f.grammar, f.code, f.service])).toEqual([
      ['sdk-access-denied-labelled', 'AccessDenied', 's3']
    ])
  })

  it('own counter-case: the same code after a new error header is another error', () => {
    const text =
      '    Error Message:    Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: <>)\nError: AccessDenied\n'
    expect(parseText(text)).toHaveLength(2)
  })
})
