// heldout11's recall misses (issue 10), each as a class: LocalStack's answers AWS words alike
// (EMULATOR_SIGNS), MinIO named by a host of its own, S3's
// wrong signing Region (WD838), STS's rejected MFA code (WD839), the Go SDK v2 finding no IMDS role
// (WD742), go-containerregistry's ECR 401 (WD759), and a library's package before the SDK's model
// class in a stack trace. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.code, f.service])
}

describe("LocalStack's `Unable to determine service/operation name` is the emulator's", () => {
  it.each<[string, string]>([
    [
      'heldout11 h11-019 (localstack/localstack#1008, `--endpoint-url=http://localhost:4568` far above)',
      corpusText('heldout11.jsonl', 'h11-019')
    ],
    [
      'heldout11 h11-020 (localstack/localstack#12488, account 000000000000 in the ARN)',
      corpusText('heldout11.jsonl', 'h11-020')
    ],
    [
      'localstack/localstack#2335 (the DynamoDB shell behind the edge port)',
      [
        '`docker run -p 4566:4566 -p 4564:4564 localstack/localstack`',
        '',
        'After everything is ready, visiting localhost:4564/shell/ I get the message:',
        '',
        '```xml',
        '<AccessDeniedException>',
        '  <Message>Unable to determine service/operation name to be authorized</Message>',
        '</AccessDeniedException>',
        '```'
      ].join('\n')
    ],
    [
      "own: the edge port alone, in a provider's endpoints lines above",
      [
        'provider "aws" {',
        '  endpoints {',
        '    kinesis = "http://localhost:4566"',
        '  }',
        '}',
        ...Array.from({ length: 8 }, (_, i) => `aws_kinesis_stream.s${i}: Creation complete`),
        '│ Error: creating Kinesis Resource Policy: operation error Kinesis: PutResourcePolicy, https response error StatusCode: 400, RequestID: 1, AccessDeniedException: Unable to determine service/operation name to be authorized'
      ].join('\n')
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it.each<[string, string]>([
    [
      'boto/botocore#678 (real AWS, no sign of an emulator)',
      '`A client error (AccessDeniedException) occurred when calling the AddPermission operation: Unable to determine service/operation name to be authorized`'
    ],
    [
      'own: an account of twelve digits that is not the emulator’s',
      'operation error Kinesis: PutResourcePolicy, https response error StatusCode: 400, RequestID: c444581a-fed0-471d-9e98-34dbc0b1ef59, AccessDeniedException: Unable to determine service/operation name to be authorized (arn:aws:kinesis:us-east-1:100000000000:stream/s)'
    ]
  ])('%s: the wrong-endpoint finding stays', (_title, text) => {
    expect(parseText(text).map((f) => [f.kind, f.grammar])).toEqual([
      ['denial', 'operation-not-determined']
    ])
  })

  it('own: a real IAM refusal beside a localhost endpoint stays AWS’s (the signs are for one grammar)', () => {
    const text = [
      '+ aws --endpoint-url=http://localhost:4566 s3 ls',
      'An error occurred (AccessDeniedException) when calling the ListFunctions operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:ListFunctions on resource: *'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.action])).toEqual([
      ['denial', 'lambda:ListFunctions']
    ])
  })
})

describe('MinIO named by a host of its own', () => {
  it.each<[string, string]>([
    [
      'heldout11 h11-054 (hashicorp/terraform#36301, `endpoints = { s3 = "https://minioapi…" }`)',
      corpusText('heldout11.jsonl', 'h11-054')
    ],
    [
      'minio/minio#16893 (minio-java, the request to a minio. host)',
      'ErrorResponse(code = AccessDenied, message = There were headers present in the request which were not signed, bucketName = mine-demo, objectName = api/remark/0aeb5e190e8c42c8b751b8d74f7a513a.jpeg, resource = /mine-demo/api/remark/0aeb5e190e8c42c8b751b8d74f7a513a.jpeg, requestId = 1750369C77547B6F, hostId = 85fb3308-edf6-4ddc-a6d2-5add4dfa1ab4)\nrequest={method=PUT, url=http://minio.barns.vip/mine-demo/api/remark/0aeb5e190e8c42c8b751b8d74f7a513a.jpeg, headers=x-amz-meta-original_file_name: WechatIMG3391.jpeg'
    ],
    [
      'own: a minio- host in a backend config far above',
      [
        'terraform {',
        '  backend "s3" {',
        '    endpoints = { s3 = "http://minio-s3.lab.internal:9000" }',
        '  }',
        '}',
        ...Array.from({ length: 12 }, (_, i) => `line ${i}`),
        '│ Error: Unable to list objects in S3 bucket "tf" with prefix "env:/": operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: x, HostID: y, api error AccessDenied: Access Denied'
      ].join('\n')
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own: MinIO named in prose far below a real refusal keeps the finding', () => {
    const text = [
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      ...Array.from({ length: 20 }, (_, i) => `step ${i} ok`),
      'Next week we move the artifacts to our Minio cluster.'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', 'bare-code', undefined, 'AccessDenied', null]])
  })

  it('own: a minio host mentioned hundreds of lines above keeps the finding', () => {
    const text = [
      'mirror: http://minioapi.example.xyz/cache',
      ...Array.from({ length: 260 }, (_, i) => `step ${i} ok`),
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })

  it('own: `minio` inside a longer word names no store', () => {
    const text =
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nuploaded via https://nominio.example.com/'
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })
})

describe("S3's wrong signing Region (WD838)", () => {
  it.each<[string, string, string | null, string | null]>([
    [
      'heldout11 h11-053 (terrakube-io/terrakube#3115, SDK for Java v2 `aws-global`)',
      corpusText('heldout11.jsonl', 'h11-053'),
      null,
      null
    ],
    [
      'aws/aws-cli#2954 (the CLI, a misspelt Region)',
      "An error occurred (AuthorizationHeaderMalformed) when calling the ListBuckets operation: The authorization header is malformed; the region 'us_east_1' is wrong; expecting 'us-east-1'",
      'AuthorizationHeaderMalformed',
      null
    ],
    [
      'fabric8io/kubernetes-alexa#5 (Java SDK v1 suffix)',
      "[ERROR] Failed to execute goal com.github.seanroy:lambda-maven-plugin:2.2.2:deploy-lambda (default-cli) on project kubernetes-alexa: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1' (Service: Amazon S3; Status Code: 400; Error Code: AuthorizationHeaderMalformed; Request ID: ) -> [Help 1]",
      'AuthorizationHeaderMalformed',
      's3'
    ]
  ])('%s', (_title, text, code, service) => {
    expect(fields(text)).toEqual([
      ['credentials', 's3-signing-region', 'signing-region', code, service]
    ])
  })

  it("own: the other malformed-header message (a bad credential scope) is not the Region's", () => {
    const text =
      'An error occurred (AuthorizationHeaderMalformed) when calling the GetObject operation: The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
    expect(parseText(text).map((f) => f.grammar)).not.toContain('s3-signing-region')
  })
})

describe("STS's rejected MFA code (WD839)", () => {
  it.each<[string, string]>([
    ['heldout11 h11-167 (sam701/awstools#31, Go SDK)', corpusText('heldout11.jsonl', 'h11-167')],
    [
      'broamski/aws-mfa#46 (boto3, GetSessionToken)',
      'ERROR - An error occured while calling assume role: An error occurred (AccessDenied) when calling the GetSessionToken operation: MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user'
    ],
    [
      'lonelyplanet/aws-mfa#21 (the older wording)',
      'A client error (AccessDenied) occurred when calling the GetSessionToken operation: MultiFactorAuthentication failed with invalid MFA one time pass code.\nThere was a problem validating the MFA code with AWS'
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.code])).toEqual([
      ['credentials', 'sts-mfa-code-rejected', 'mfa', 'AccessDenied']
    ])
  })

  it('own: a policy refusal under an MFA condition stays a denial', () => {
    const text =
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/admin-requires-MultiFactorAuthentication'
    expect(parseText(text).map((f) => [f.kind, f.action])).toEqual([['denial', 'sts:AssumeRole']])
  })
})

describe('the Go SDK v2 finding no instance role (WD742)', () => {
  it.each<[string, string, string | null]>([
    [
      'heldout11 h11-087 (awslabs/amazon-ecr-credential-helper#381)',
      corpusText('heldout11.jsonl', 'h11-087'),
      'ecr'
    ],
    [
      'pulumi/pulumi#10303 (the reason line alone)',
      '    Error: no EC2 IMDS role found, operation error ec2imds: GetMetadata, canceled, context deadline exceeded',
      null
    ]
  ])('%s', (_title, text, service) => {
    expect(fields(text)).toEqual([
      ['credentials', 'no-credentials-sdk', 'imds-error', null, service]
    ])
  })

  it('own: a debug line about the IMDS role is no failure', () => {
    expect(parseText('DEBUG retrieved credentials from the EC2 IMDS role found at boot')).toEqual(
      []
    )
  })
})

describe("go-containerregistry's 401 from an ECR host (WD759)", () => {
  it.each<[string, string]>([
    [
      'heldout11 h11-006 (GoogleContainerTools/kaniko#2088, the quoted host wrapped mid-word)',
      corpusText('heldout11.jsonl', 'h11-006')
    ],
    [
      'GoogleContainerTools/kaniko#2881 (kaniko 1.19 push check)',
      'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/customer-patient-service:20231129-571": POST https://xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/service-name/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized`'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'ecr-head-401', 'registry-login', null, 'ecr']])
  })

  it.each<[string, string]>([
    [
      'GoogleContainerTools/kaniko#2222 (a Harbor registry, not ECR)',
      'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "dfwpharb01.sial.com/ecommerce/aem-cms/aem-dispatcher:release-integration-3513e70d": POST https://dfwpharb01.sial.com/v2/ecommerce/aem-cms/aem-dispatcher/blobs/uploads/: UNAUTHORIZED: unauthorized to access repository: ecommerce/aem-cms/aem-dispatcher, action: push: unauthorized to access repository: ecommerce/aem-cms/aem-dispatcher, action: push'
    ],
    [
      'own: the same 401 from a private registry',
      'POST https://registry.example.com/v2/app/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("a library's package before the SDK's model class names no service", () => {
  it.each<[string, string, string]>([
    [
      'heldout11 h11-113 (henriquerrezende/kinesis-with-localstack#1, KCL 1.x)',
      corpusText('heldout11.jsonl', 'h11-113'),
      'ExpiredTokenException'
    ],
    [
      'awslabs/amazon-kinesis-client#351 (KCL 1.9, a missing token)',
      'com.amazonaws.services.kinesis.leases.exceptions.DependencyException: com.amazonaws.services.dynamodbv2.model.AmazonDynamoDBException: Request is missing Authentication Token (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: MissingAuthenticationTokenException; Request ID: NVNJQ91S0DV2LHGRT5LR0J1HUNVV4KQNSO5AEMVJF66Q9ASUAAJG)\n        at com.amazonaws.services.kinesis.leases.impl.LeaseManager.tableStatus(LeaseManager.java:162) ~[amazon-kinesis-client-1.8.0.jar:na]',
      'MissingAuthenticationTokenException'
    ]
  ])('%s', (_title, text, code) => {
    expect(parseText(text).map((f) => [f.kind, f.code, f.service])).toEqual([
      ['credentials', code, 'dynamodb']
    ])
  })

  it("own: a client's own package still names the service when nothing else does", () => {
    const text = [
      'com.amazonaws.AmazonServiceException: The security token included in the request is expired',
      '\tat com.amazonaws.services.kinesis.AmazonKinesisClient.doInvoke(AmazonKinesisClient.java:2388)'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.service])).toEqual([['credentials', 'kinesis']])
  })
})
