// The README's "What it recognises" list is a promise: each claim below is quoted from it and
// tried on a log of that shape, so a claim that stops being true fails here.
import fs from 'node:fs'
import { analyzeText } from '../../src/engine/Analysis.js'

const README = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const section = README.slice(
  README.indexOf('What it recognises'),
  README.indexOf('It knows the traps')
)
/** The list as one line of prose: the claims may wrap anywhere. */
const list = section.replace(/\s+/g, ' ')

const SENTENCE =
  'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource:'
const RESOURCE = 'arn:aws:s3:::b/k because no identity-based policy allows the s3:PutObject action'

describe('README: what it recognises', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      "ELB's `Access Denied for bucket: … Please check S3bucket permission` (`WD7072`)",
      'Access Denied for bucket: alb-logs. Please check S3bucket permission (Service: AmazonElasticLoadBalancing; Status Code: 400; Error Code: InvalidConfigurationRequest; Request ID: 1)',
      { kind: 'denial', service: 'elasticloadbalancing', grammar: 'elb-access-log-bucket' }
    ],
    [
      "AppSync's `Not Authorized to access … on type …` (`WD7100`",
      "GraphQLResponse.Error{message='Not Authorized to access listTodos on type Query', extensions='{errorType=Unauthorized}'}",
      {
        kind: 'denial',
        service: 'appsync',
        grammar: 'appsync-field-unauthorized',
        code: 'Unauthorized'
      }
    ],
    [
      "a service named as the caller (`AWS Firehose is not authorized…`: the target's resource policy, `WD500`)",
      'CREATE_PRIVATE_LINK_FAILED: AWS Firehose is not authorized to perform kafka:CreateVpcConnection on resource arn:aws:kafka:us-east-1:111122223333:cluster/c/1',
      { kind: 'denial', principal: 'AWS Firehose', traps: ['service-caller-by-name'] }
    ],
    [
      "API Gateway's `Invalid permissions on Lambda function` (`WD7003`",
      'Thu Jan 25 06:47:10 UTC 2018 : Execution failed due to configuration error: Invalid permissions on Lambda function',
      { kind: 'denial', principal: 'apigateway.amazonaws.com', action: 'lambda:InvokeFunction' }
    ],
    [
      "EventBridge Pipes' `The provided customer role does not have permissions to call` (`WD7004`",
      'last error: Input parameter is invalid from the request due to : The provided customer role does not have permissions to call ReceiveMessage on SQS',
      { kind: 'denial', operation: 'ReceiveMessage', service: 'sqs' }
    ],
    [
      "Redshift's `is not authorized to assume IAM Role` for a database user (`WD7000`",
      'pq: User arn:aws:redshift:us-west-1:111122223333:dbuser:main/loader is not authorized to assume IAM Role arn:aws:iam::111122223333:role/copy',
      { kind: 'denial', principal: 'arn:aws:redshift:us-west-1:111122223333:dbuser:main/loader' }
    ],
    [
      "Aurora's `Missing Credentials: Cannot instantiate S3 Client` (`WD7001`",
      'ERROR 1871 (HY000): S3 API returned error: Missing Credentials: Cannot instantiate S3 Client',
      { kind: 'credentials' }
    ],
    [
      "Lambda@Edge's `Update the IAM policy to add permission:` (`WD7005`)",
      'ServerlessError: Lambda@Edge cannot enable replication for the specified Lambda function. Update the IAM policy to add permission: lambda:EnableReplication* for resource: arn:aws:lambda:us-east-1:111122223333:function:edge:3 and try again.',
      { kind: 'denial', action: 'lambda:EnableReplication*', service: 'lambda' }
    ],
    [
      'Firehose\'s `"errorCode": "Kinesis.AccessDenied"` records (`WD7006`)',
      '{"deliveryStreamARN": "arn:aws:firehose:us-east-1:111122223333:deliverystream/logs", "errorCode": "Kinesis.AccessDenied", "errorMessage": "Access was denied."}',
      { kind: 'denial', code: 'Kinesis.AccessDenied' }
    ],
    [
      "S3's `Please use AWS4-HMAC-SHA256` (`WD875`)",
      '<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.</Message></Error>',
      { kind: 'credentials', code: 'InvalidRequest' }
    ],
    [
      "Step Functions' `not authorized to access the Log Destination` (`WD876`",
      'Resource handler returned message: "The state machine IAM Role is not authorized to access the Log Destination (Service: AWSStepFunctions; Status Code: 400; Error Code: AccessDeniedException; Request ID: 1; Proxy: null)"',
      { kind: 'denial', code: 'AccessDeniedException', service: 'states' }
    ],
    [
      "CloudWatch Logs' `KMS key … not allowed to be used with Arn` (`WD877`",
      "api error AccessDeniedException: The specified KMS key does not exist or is not allowed to be used with Arn 'arn:aws:logs:us-east-1:111122223333:log-group:/app'",
      { kind: 'denial', code: 'AccessDeniedException', service: 'logs' }
    ],
    [
      "JetS3t's `ResponseCode=403` (`WD869`)",
      "org.jets3t.service.S3ServiceException: S3 GET request failed for '/b/k' - ResponseCode=403, ResponseMessage=Forbidden",
      { kind: 'denial', code: null, service: 's3' }
    ],
    [
      'an expired presigned URL (`WD871`)',
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>60</X-Amz-Expires></Error>',
      { kind: 'credentials', code: 'AccessDenied' }
    ],
    [
      "S3 Object Lock's `object protected by object lock` (`WD873`)",
      'An error occurred (AccessDenied) when calling the DeleteObject operation: Access Denied because object protected by object lock.',
      { kind: 'denial', service: 's3' }
    ],
    [
      "with its encoded message under EKS's `InvalidRequestException`",
      'Error: error creating EKS Node Group (c:ng): InvalidRequestException: You are not authorized to launch instances with this launch template. Encoded authorization failure message: AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrSt',
      { kind: 'encoded', code: 'InvalidRequestException' }
    ],
    [
      "the EB CLI's `NotAuthorizedError - Operation Denied. Access Denied.`",
      'ERROR: NotAuthorizedError - Operation Denied. Access Denied.',
      { kind: 'denial', code: null }
    ],
    [
      '(Service: LakeFormation, …`)',
      'software.amazon.awssdk.services.lakeformation.model.AccessDeniedException: Access is not allowed. (Service: LakeFormation, Status Code: 400, Request ID: 1)',
      { kind: 'denial', code: 'AccessDeniedException', service: 'lakeformation' }
    ],
    [
      "(DVC's `Preparing to upload data to 's3://…'`",
      "DEBUG: Preparing to upload data to 's3://b/cache'\nDEBUG: Collecting information from remote cache...\nERROR: unexpected error - An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied",
      { kind: 'denial', service: 's3' }
    ],
    [
      '`HandlerErrorCode: NotFound` around a relayed `AccessDeniedException:`',
      'Resource handler returned message: "AccessDeniedException: User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: secretsmanager:GetSecretValue on resource: x status code: 400, request id: 3" (RequestToken: 8, HandlerErrorCode: NotFound)',
      { kind: 'denial', code: 'AccessDeniedException' }
    ],
    [
      'CloudTrail events (`"errorCode"`',
      '{"eventSource":"kms.amazonaws.com","eventName":"Decrypt","userIdentity":{"arn":"arn:aws:iam::123456789012:user/ci"},"errorCode":"AccessDenied","errorMessage":"Access Denied"}',
      { kind: 'denial', action: 'kms:Decrypt', principal: 'arn:aws:iam::123456789012:user/ci' }
    ],
    [
      "led by the client's signer, not the key pair, when the same keys work elsewhere",
      'Some of the buckets fail: The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { kind: 'credentials', traps: ['signature-client-signer'] }
    ],
    [
      "Vault's AWS secrets engine and its `aws/config/root` keys",
      'Error reading aws/creds/deploy: Error making API request.\n* Error creating IAM user: The security token included in the request is invalid.',
      { kind: 'credentials', traps: ['credential-client-refresh'] }
    ],
    [
      "SES's quoting of it",
      "smtplib.SMTPDataError: (554, b\"Access denied: User `arn:aws:iam::123456789012:user/mailer' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-2:123456789012:identity/example.com'\")",
      {
        kind: 'denial',
        action: 'ses:SendRawEmail',
        principal: 'arn:aws:iam::123456789012:user/mailer',
        resource: 'arn:aws:ses:eu-west-2:123456789012:identity/example.com',
        traps: ['ses-sending-identity']
      }
    ],
    [
      "a subject that is a function's name",
      'PostConfirmation is not authorized to perform: SNS:Publish on resource: +358.... because no identity-based policy allows the SNS:Publish action',
      { kind: 'denial', principal: 'PostConfirmation', resource: '+358....' }
    ],
    [
      'Go `%+v`',
      'upload failed: &{Code:AccessDenied Message:Access Denied}',
      { kind: 'denial', code: 'AccessDenied' }
    ],
    [
      "the JS SDK v3's `{ name: …, '$fault': … }` object",
      "{\n  name: 'ExpiredTokenException',\n  '$fault': 'client',\n  message: 'x'\n}",
      { kind: 'credentials', code: 'ExpiredTokenException' }
    ],
    [
      '(`Anonymous users cannot … Please authenticate`)',
      '<Error><Code>AccessDenied</Code><Message>Anonymous users cannot initiate multipart uploads.  Please authenticate.</Message></Error>',
      { kind: 'credentials', code: 'AccessDenied' }
    ],
    [
      "(SSO OIDC's `InvalidGrantException`)",
      "InvalidGrantException: {\n  name: 'InvalidGrantException',\n  '$fault': 'client'\n}",
      { kind: 'credentials', code: 'InvalidGrantException' }
    ],
    [
      '`>`/`>>` quotes',
      `> ${SENTENCE}\n> ${RESOURCE}`,
      { resource: 'arn:aws:s3:::b/k', layer: 'identity' }
    ],
    [
      'line numbers',
      ` 9 | ${SENTENCE}\n10 | ${RESOURCE}`,
      { resource: 'arn:aws:s3:::b/k', layer: 'identity' }
    ],
    [
      'full-width punctuation and CJK letters end a value',
      `エラー「${SENTENCE} arn:aws:s3:::b/k」が出ました。`,
      { action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' }
    ],
    [
      '`ValidationError: User: …`',
      `Stack app failed: ValidationError: ${SENTENCE} ${RESOURCE}`,
      { code: 'ValidationError' }
    ],
    [
      'takes the service the words around it show',
      'You attempt to upload an object into an Amazon S3 bucket and receive this error:\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      { kind: 'denial', inferredAction: 's3:PutObject' }
    ],
    [
      "Terraform's `creating S3 bucket ACL`",
      'Error: error creating S3 bucket ACL for site: AccessDenied: Access Denied',
      { kind: 'denial', inferredAction: 's3:PutBucketAcl' }
    ],
    [
      'is never taken for the caller',
      'Reason: is not authorized to perform: cloudformation:DescribeStacks',
      { action: 'cloudformation:DescribeStacks', principal: null }
    ],
    [
      '(`<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`, owner masked or not)',
      'WARNING: 401 Error, Credentials not correct for https://acme-<<AWS-ACCOUNT>>.d.codeartifact.us-west-2.amazonaws.com/pypi/py/simple/x/',
      { kind: 'credentials', service: 'codeartifact' }
    ],
    [
      "CodePipeline's `… is not authorized to perform AssumeRole on [action] role …`",
      'InvalidStructureException: arn:aws:iam::111122223333:role/p is not authorized to perform AssumeRole on action role arn:aws:iam::111122223333:role/a',
      { kind: 'denial', action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/a' }
    ],
    [
      '`ServerlessError: Access Denied`',
      'ServerlessError: Access Denied',
      { kind: 'denial', service: 's3' }
    ],
    [
      "S3's `No AWSAccessKey was presented`",
      'AccessDenied: No AWSAccessKey was presented.',
      { kind: 'credentials', code: 'AccessDenied' }
    ],
    [
      '`Unauthenticated access is not supported for this identity pool`',
      'Uncaught (in promise) NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
      { kind: 'credentials', code: 'NotAuthorizedException' }
    ],
    [
      "Packer's `no valid credential sources for … found`",
      "Build 'amazon-ebs' errored after 6 seconds: no valid credential sources for  found.",
      { kind: 'credentials' }
    ],
    [
      "Hadoop S3A's `NoAwsCredentialsException`",
      'Caused by: org.apache.hadoop.fs.s3a.auth.NoAwsCredentialsException: SimpleAWSCredentialsProvider: No AWS credentials in the Hadoop configuration',
      { kind: 'credentials' }
    ],
    [
      '`getting credentials: exec: executable aws failed with exit code 255`',
      'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
      { kind: 'credentials' }
    ]
  ])('%s', (claim, log, want) => {
    expect(list).toContain(claim)
    const { findings } = analyzeText(log + '\n')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toEqual(expect.objectContaining(want))
  })

  it.each([
    [
      "Apache Ranger deciding for Cloudera's RAZ (`Ranger result: DENIED`)",
      'java.nio.file.AccessDeniedException: s3a://b/k: getFileStatus on s3a://b/k: com.amazonaws.services.signer.model.AccessDeniedException: Ranger result: DENIED, Audit: [] (Service: null; Status Code: 403; Error Code: AccessDeniedException; Request ID: x; Proxy: null)'
    ],
    [
      'CloudTrail metric filters and EventBridge patterns that list refusal codes',
      '{ "detail": { "errorCode": ["AccessDenied", "UnauthorizedOperation"] } }'
    ],
    [
      '"the error message "…" typically occurs …"',
      'The error message "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity" typically occurs when the trust policy does not match.'
    ],
    [
      '"if you don\'t have it, you get `Aws::S3::Errors::AccessDenied`"',
      "Uploads need s3:PutObjectAcl. If you don't have it, you get `Aws::S3::Errors::AccessDenied` on upload."
    ],
    [
      'Amazon MWS, which signs the same way, stays silent',
      "Type: 'AmazonMwsAPIError',\nMessage: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.'"
    ],
    [
      'SDK errors built in source (mocks, struct literals)',
      '\t\treturn nil, &smithy.GenericAPIError{Code: "AccessDenied", Message: "Access Denied"}'
    ],
    [
      "Oracle Cloud's `NotAuthorizedOrNotFound`",
      '{\n    "code": "NotAuthorizedOrNotFound",\n    "message": "Authorization failed or requested resource not found."\n}'
    ],
    [
      'ShellSpec expectations (`The stderr should include "…"`)',
      '    The stderr should include "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied."'
    ],
    [
      'its `oss: service returned error:` line',
      'Error: oss: service returned error: StatusCode=403, ErrorCode=AccessDenied, ErrorMessage=Access denied., RequestId=5B8E81775CC26B5BBA097D54'
    ],
    [
      'OpenStack Swift (by its `tx…` request ids)',
      // moby/buildkit#5804
      '#4 ERROR: error writing manifest: REDACTED: operation error S3: PutObject, https response error StatusCode: 403, RequestID: txb2669c58fce04c8893d80-0067c5dc0c, HostID: txb2669c58fce04c8893d80-0067c5dc0c, api error SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    ],
    [
      'any endpoint setting at a loopback or private host',
      '  endpoint: http://127.0.0.1:9000\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      "LocalStack's whole IAM sentences about its account `000000000000`",
      'localstack.services.sqs ERROR: User: arn:aws:iam::000000000000:user/test is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:q because no identity-based policy allows the sqs:SendMessage action'
    ]
  ])('no finding: %s', (claim, log) => {
    expect(README.replace(/\s+/g, ' ')).toContain(claim)
    expect(analyzeText(log + '\n').findings).toEqual([])
  })
})
