// Each inference source on real-world excerpts (source beside each), and the cases where the log
// does not support a value: nothing is guessed there.
import { emptyDenial, type Denial } from '../../src/model/Denial.js'
import type { LogContext, UrlSpread } from '../../src/model/Inferred.js'
import { inferredOf } from '../../src/infer/infer.js'
import { spreadWith, s3UrlOf } from '../../src/infer/urlSpread.js'

function denial(fields: Partial<Denial>): Denial {
  return { ...emptyDenial('denial', 'test'), ...fields }
}

function ctx(fields: Partial<LogContext>): LogContext {
  return {
    line: '',
    before: '',
    after: '',
    command: null,
    roleToAssume: null,
    callerArn: null,
    ...fields
  }
}

/** The spread the collector folds for these lines. */
function spreadOf(lines: string[], operation: string): UrlSpread | null {
  let s: UrlSpread | null = null
  for (const l of lines) {
    const url = s3UrlOf(l, operation)
    if (url) s = spreadWith(s, url)
  }
  return s
}

const putObject = denial({ code: 'AccessDenied', operation: 'PutObject', service: 's3' })

describe('resource: s3 URL on the same line', () => {
  // aws/aws-cli#813
  const line =
    'upload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied'

  it('names the object a single failed upload wrote', () => {
    const inf = inferredOf(putObject, ctx({ line }), spreadOf([line], 'PutObject'))
    expect(inf.resource).toEqual({
      value: 'arn:aws:s3:::mybucket/foo/bar/baz',
      from: 's3 URL on the same line'
    })
    expect(inf.action).toEqual({ value: 's3:PutObject', from: 'operation PutObject' })
  })

  it('reads the source of a download (allada/eth-archive-snapshot#7)', () => {
    const get =
      'download failed: s3://public-blockchain-snapshots/eth/erigon/archive/latest/v1/chaindata/mdbx.dat.zstd to - An error occurred (403) when calling the HeadObject operation: Forbidden'
    const d = denial({ code: '403', operation: 'HeadObject', service: 's3' })
    expect(inferredOf(d, ctx({ line: get }), spreadOf([get], 'HeadObject')).resource?.value).toBe(
      'arn:aws:s3:::public-blockchain-snapshots/eth/erigon/archive/latest/v1/chaindata/mdbx.dat.zstd'
    )
  })

  it('with no operation, reads the URL the words say was read from (h19-044), else the last', () => {
    // heldout19 h19-044 (wellcomecollection/storage-service), cut: a read's source, then its
    // destination in the job's own summary.
    const line =
      'com.amazonaws.AmazonClientException: Unable to complete transfer: Unable to read range OpenByteRange(268435456) from s3://wellcomecollection-workflow-export-bagit/b32220261.tar.gz: StoreReadError(com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied),Some(src=s3://wellcomecollection-workflow-export-bagit/b32220261.tar.gz, dst=s3://wellcomecollection-storage-prod-unpacked-bags/digitised/7746373d'
    expect(s3UrlOf(line, null)).toBe('wellcomecollection-workflow-export-bagit/b32220261.tar.gz')
    expect(s3UrlOf('job src=s3://a-in/k dst=s3://b-out/k failed: Access Denied', null)).toBe(
      'a-in/k'
    )
    // Own counter-case: a write's words keep the destination.
    expect(s3UrlOf('copying s3://a-in/k to s3://b-out/k failed: Access Denied', null)).toBe(
      'b-out/k'
    )
  })

  it('generalises many keys to their common folder, and to bucket/* when they share none', () => {
    const lines = ['a1.jpg', 'a2.jpg', 'b.css'].map(
      (k) =>
        `upload failed: ./public/${k} to s3://my-site-prod/${k} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    )
    expect(
      inferredOf(putObject, ctx({ line: lines[0] }), spreadOf(lines, 'PutObject')).resource
    ).toEqual({
      value: 'arn:aws:s3:::my-site-prod/*',
      from: "s3 URLs on the 3 failing lines (the keys' common prefix)"
    })
    const nested = ['assets/img/a.png', 'assets/css/b.css'].map(
      (k) =>
        `upload failed: ./${k} to s3://site/${k} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    )
    expect(inferredOf(putObject, ctx({}), spreadOf(nested, 'PutObject')).resource?.value).toBe(
      'arn:aws:s3:::site/assets/*'
    )
  })

  it('names no resource when the failing lines name different buckets', () => {
    const lines = [
      'upload failed: ./a to s3://bucket-one/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      'upload failed: ./a to s3://bucket-two/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ]
    expect(inferredOf(putObject, ctx({}), spreadOf(lines, 'PutObject')).resource).toBeUndefined()
  })

  it('does not use an S3 URL for a refusal of another service', () => {
    const d = denial({ code: 'AccessDeniedException', operation: 'Invoke', service: 'lambda' })
    const line =
      'copying s3://artifacts/x.zip: An error occurred (AccessDeniedException) when calling the Invoke operation'
    expect(inferredOf(d, ctx({ line }), spreadOf([line], 'Invoke')).resource).toBeUndefined()
  })
})

describe('resource: S3 endpoint URLs', () => {
  it('reads a virtual-hosted URL (Privado-Inc/privado#573, message trimmed)', () => {
    const line =
      'requests.RequestFailedException: Request to https://cli-dataflow.s3.amazonaws.com/prod/x.json failed with status code 403'
    const d = denial({ code: '403', operation: 'PutObject', service: 's3' })
    expect(inferredOf(d, ctx({ line }), null).resource).toEqual({
      value: 'arn:aws:s3:::cli-dataflow/prod/x.json',
      from: 'S3 endpoint URL on the same line'
    })
  })

  it('reads a path-style URL', () => {
    const line = 'PUT https://s3.eu-west-1.amazonaws.com/reports-bucket/2024/q1.csv 403 Forbidden'
    const d = denial({ code: '403', operation: 'PutObject', service: 's3' })
    expect(inferredOf(d, ctx({ line }), null).resource?.value).toBe(
      'arn:aws:s3:::reports-bucket/2024/q1.csv'
    )
  })
})

describe('resource: parameters', () => {
  it('reads an SDK parameter dump (aws/aws-cdk#23041)', () => {
    const line =
      '[13:17:48] Call failed: getBucketLocation({"Bucket":"cdk-hnb659fds-assets-123456789012-us-east-1"}) => Access Denied (code=AccessDenied)'
    const d = denial({ code: 'AccessDenied', operation: 'GetBucketLocation', service: 's3' })
    expect(inferredOf(d, ctx({ line }), null).resource).toEqual({
      value: 'arn:aws:s3:::cdk-hnb659fds-assets-123456789012-us-east-1',
      from: 'Bucket/Key parameters printed with the error'
    })
  })

  it("takes no name the log's masking left (serverless/serverless#11310)", () => {
    const line = "Serverless: [AWS s3 403 0.207s 0 retries] getBucketLocation({ Bucket: 'xxxxx' })"
    const d = denial({ code: null, operation: 'GetBucketLocation', service: 's3' })
    expect(inferredOf(d, ctx({ line }), null).resource).toBeUndefined()
  })

  it('reads --bucket and --key from the command line', () => {
    const command =
      'aws s3api put-object --bucket release-artifacts --key builds/app-1.2.3.zip --body app.zip'
    const line =
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(inferredOf(putObject, ctx({ line, command }), null).resource).toEqual({
      value: 'arn:aws:s3:::release-artifacts/builds/app-1.2.3.zip',
      from: '--bucket/--key in the command'
    })
  })

  it("reads the bucket of the step's aws s3 sync, as a prefix", () => {
    const command = 'aws s3 sync ./public s3://my-site-prod'
    const inf = inferredOf(
      putObject,
      ctx({ command, line: 'upload failed: An error occurred (AccessDenied)' }),
      null
    )
    expect(inf.resource).toEqual({
      value: 'arn:aws:s3:::my-site-prod/*',
      from: "the step's aws s3 command"
    })
    expect(inf.companions).toEqual([
      expect.objectContaining({ action: 's3:ListBucket', resource: 'arn:aws:s3:::my-site-prod' })
    ])
  })

  it('does not pick one bucket of a command that names two', () => {
    const command = 'aws s3 cp s3://source-bucket/a s3://target-bucket/a'
    expect(inferredOf(putObject, ctx({ command }), null).resource).toBeUndefined()
  })
})

describe('resource: other services', () => {
  it('turns an SQS queue URL into its ARN (URL form of the SQS developer guide)', () => {
    const d = denial({ code: 'AccessDenied', operation: 'SendMessage', service: 'sqs' })
    const line =
      'Error sending to https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue: AccessDenied: Access to the resource https://sqs.us-east-2.amazonaws.com/ is denied.'
    expect(inferredOf(d, ctx({ line }), null).resource).toEqual({
      value: 'arn:aws:sqs:us-east-2:123456789012:MyQueue',
      from: 'SQS queue URL in the log'
    })
  })

  it('guesses no queue from the endpoint alone or a redacted account (darkarnium/perimeterator#4, jeremydaly/serverless-cloudside-plugin#5)', () => {
    const d = denial({ code: 'AccessDenied', operation: 'ReceiveMessage', service: 'sqs' })
    for (const line of [
      'Access to the resource https://sqs.eu-west-1.amazonaws.com/ is denied.',
      '[INFO] Configured input queue is https://eu-west-3.queue.amazonaws.com/REDACTED/perimeterator-scanner',
      'the url fine in the form of "https://sqs.eu-west-1.amazonaws.com/0000000000000/sls-prod-myQueue"'
    ]) {
      expect(inferredOf(d, ctx({ line }), null).resource).toBeUndefined()
    }
  })

  it('reads a DynamoDB table name from the command (github-file:find_string#63623701348)', () => {
    const d = denial({
      code: 'AccessDeniedException',
      operation: 'UpdateItem',
      service: 'dynamodb'
    })
    const command = 'aws dynamodb update-item --table-name intrale-kernel-state --region us-east-2'
    expect(inferredOf(d, ctx({ command }), null).resource?.value).toBe(
      'arn:aws:dynamodb:us-east-2:*:table/intrale-kernel-state'
    )
  })

  it('reads TableName from an SDK dump, with the account of the printed principal', () => {
    const d = denial({
      code: 'AccessDeniedException',
      operation: 'PutItem',
      service: 'dynamodb',
      principal: 'arn:aws:sts::111122223333:assumed-role/app/i-0abc'
    })
    const line = `PutItem failed: {"TableName":"orders","Item":{}} AccessDeniedException`
    expect(inferredOf(d, ctx({ line }), null).resource).toEqual({
      value: 'arn:aws:dynamodb:*:111122223333:table/orders',
      from: 'DynamoDB TableName in the log'
    })
  })

  it('reads a Lambda function name', () => {
    const d = denial({
      code: 'AccessDeniedException',
      operation: 'UpdateFunctionCode',
      service: 'lambda'
    })
    const command =
      'aws lambda update-function-code --function-name api-handler --zip-file fileb://api.zip --region eu-central-1'
    expect(inferredOf(d, ctx({ command }), null).resource?.value).toBe(
      'arn:aws:lambda:eu-central-1:*:function:api-handler'
    )
  })

  it("reads the resource Terraform's error names (2i2c-org/infrastructure#2951)", () => {
    const line =
      '│ Error: reading Amazon S3 (Simple Storage) Bucket (nasa-ghg-hub-scratch): Forbidden: Forbidden'
    const after =
      '│       status code: 403, request id: GC7Q3ZA30W5JPZPV\n│ \n│   with aws_s3_bucket.user_buckets["scratch"],\n│   on buckets.tf line 1, in resource "aws_s3_bucket" "user_buckets":'
    const d = denial({ code: 'Forbidden' })
    const inf = inferredOf(d, ctx({ line, after }), null)
    expect(inf.resource).toEqual({
      value: 'arn:aws:s3:::nasa-ghg-hub-scratch',
      from: "the Terraform error's resource name"
    })
    expect(inf.iacResource).toEqual({
      value: 'aws_s3_bucket.user_buckets["scratch"]',
      from: 'Terraform resource address in the log'
    })
  })
})

describe('principal', () => {
  const line =
    'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

  it('takes a caller ARN a get-caller-identity printed, as its role', () => {
    const inf = inferredOf(
      putObject,
      ctx({
        line,
        callerArn: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions',
        roleToAssume: 'arn:aws:iam::111122223333:role/other'
      }),
      null
    )
    expect(inf.principal).toEqual({
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'get-caller-identity output in the log'
    })
  })

  it('takes the role-to-assume printed by configure-aws-credentials', () => {
    const inf = inferredOf(
      putObject,
      ctx({ line, roleToAssume: 'arn:aws:iam::111122223333:role/gha-deploy' }),
      null
    )
    expect(inf.principal).toEqual({
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'role-to-assume in the log'
    })
  })

  it("names a --profile switch instead of the job's role (aws/aws-cli#1276)", () => {
    const command = 'aws s3 sync . s3://wwww.cstrahan.com  --profile blog --region us-east-1'
    const inf = inferredOf(
      putObject,
      ctx({ line, command, roleToAssume: 'arn:aws:iam::111122223333:role/gha-deploy' }),
      null
    )
    expect(inf.principal).toBeUndefined()
    expect(inf.roleSwitch).toEqual({ value: 'profile blog', from: '--profile in the command' })
  })

  it('names the CDK role when the log prints it', () => {
    const d = denial({ code: 'AccessDenied', operation: 'PutObject', service: 's3' })
    const text =
      'Assuming role arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1'
    const inf = inferredOf(d, ctx({ line, before: text, after: text }), null)
    expect(inf.principal?.value).toBe(
      'arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1'
    )
  })

  it('never names a CDK role the log says could not be assumed: CDK proceeded as the job itself', () => {
    // The shape of a CDK deploy that could not assume its deploy role and failed on as the
    // caller (public GitHub file, find_string #27717349106).
    const d = denial({ code: 'AccessDenied', operation: 'PutObject', service: 's3' })
    const text =
      "current credentials could not be used to assume 'arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1', but are for the right account. Proceeding anyway."
    const job = 'arn:aws:iam::123456789012:role/gha-deploy'
    const inf = inferredOf(
      d,
      ctx({ line, before: text, after: '', command: 'npx cdk deploy --all', roleToAssume: job }),
      null
    )
    expect(inf.roleSwitch).toBeUndefined()
    expect(inf.principal).toEqual({ value: job, from: 'role-to-assume in the log' })
  })

  it('never replaces a printed principal, and infers none from nothing', () => {
    const printed = denial({ ...putObject, principal: 'arn:aws:iam::1:user/x' })
    expect(
      inferredOf(printed, ctx({ roleToAssume: 'arn:aws:iam::111122223333:role/r' }), null).principal
    ).toBeUndefined()
    expect(inferredOf(putObject, ctx({ line }), null)).toEqual({
      action: { value: 's3:PutObject', from: 'operation PutObject' }
    })
    expect(inferredOf(putObject, undefined, null).principal).toBeUndefined()
  })

  it('makes the role-to-assume the resource of a refused OIDC exchange (aws-actions/configure-aws-credentials#961)', () => {
    const d = denial({
      code: null,
      action: 'sts:AssumeRoleWithWebIdentity',
      grammar: 'oidc-web-identity'
    })
    const inf = inferredOf(
      d,
      ctx({
        line: '##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
        roleToAssume: 'arn:aws:iam::111122223333:role/gha-deploy'
      }),
      null
    )
    expect(inf.resource).toEqual({
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'role-to-assume in the log'
    })
    expect(inf.principal).toBeUndefined()
  })
})

describe('IaC resource and companions', () => {
  it('reads a CDK event line above the message (alexhddev/CDK-course-resources#1)', () => {
    const d = denial({ code: null, action: 's3:PutBucketPolicy' })
    const inf = inferredOf(
      d,
      ctx({
        before:
          '14:21:13 | CREATE_FAILED        | AWS::S3::BucketPolicy | SpaceFinderFrontendPolicyFFE9DC58',
        line: 'API: s3:PutBucketPolicy Access Denied'
      }),
      null
    )
    expect(inf.iacResource).toEqual({
      value: 'SpaceFinderFrontendPolicyFFE9DC58 (AWS::S3::BucketPolicy)',
      from: 'CloudFormation logical ID and type in the log'
    })
  })

  it('reads the logical ID in parentheses of a CDK construct path (onramper/action-deploy-aws-static-site#233)', () => {
    const line =
      'StaticPage-nonsense-com | 8:09:00 PM | CREATE_FAILED        | AWS::S3::BucketPolicy               | StaticPage/WebsiteBucket/Policy (WebsiteBucketPolicyE10E3262) API: s3:PutBucketPolicy Access Denied'
    expect(
      inferredOf(denial({ action: 's3:PutBucketPolicy' }), ctx({ line }), null).iacResource?.value
    ).toBe('WebsiteBucketPolicyE10E3262 (AWS::S3::BucketPolicy)')
  })

  it("reads Terraform 0.6–0.11's address at the head of its error list (heldout22 h22-044)", () => {
    const line =
      '* aws_iam_role.base_iam_role: Error creating IAM Role base_iam_role_testing: AccessDenied: User: arn:aws:iam::754058048930:user/alexander.lomov is not authorized to perform: iam:CreateRole'
    expect(
      inferredOf(denial({ action: 'iam:CreateRole' }), ctx({ line }), null).iacResource?.value
    ).toBe('aws_iam_role.base_iam_role')
    // A Markdown bullet that is not an address names no resource.
    const prose = '* see the docs: AccessDenied: User: arn:aws:iam::1:user/u is not authorized'
    expect(inferredOf(denial({}), ctx({ line: prose }), null).iacResource).toBeUndefined()
  })

  it('asks for s3:DeleteObject with --delete and the KMS key with SSE-KMS', () => {
    const command =
      'aws s3 sync ./dist s3://static-site/app --delete --sse aws:kms --sse-kms-key-id arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const line =
      'upload failed: ./dist/index.html to s3://static-site/app/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    const inf = inferredOf(putObject, ctx({ line, command }), spreadOf([line], 'PutObject'))
    // --delete removes the keys the folder no longer has: any key under the prefix.
    expect(inf.companions?.map((c) => [c.action, c.resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::static-site'],
      ['s3:DeleteObject', 'arn:aws:s3:::static-site/app/*'],
      [
        'kms:GenerateDataKey',
        'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
      ]
    ])
  })

  it('asks for no KMS action when the log does not mention KMS', () => {
    const command = 'aws s3 cp ./a.txt s3://plain-bucket/a.txt'
    const line =
      'upload failed: ./a.txt to s3://plain-bucket/a.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(
      inferredOf(putObject, ctx({ line, command }), spreadOf([line], 'PutObject')).companions
    ).toBeUndefined()
  })
})
