// CloudFormation / SAM / Serverless / CDK stack-event forms of a refusal (issue 10). Texts are as
// printed in the public threads named with each case.
import { parseText } from './parseText.js'

describe('CloudFormation stack events', () => {
  it.each([
    [
      'aws/aws-cdk#13604 (Serverless Framework)',
      'An error occurred: ServerlessDeploymentBucket - API: s3:CreateBucket Access Denied',
      's3:CreateBucket'
    ],
    [
      'acantril/learn-cantrill-io-labs#109 (console events)',
      'Logical ID: appbucket \nStatus: Create_Failed \nStatus Reason: API: s3:CreateBucket Access Denied',
      's3:CreateBucket'
    ],
    [
      'alexhddev/CDK-course-resources#1 (cdk deploy)',
      '14:21:13 | CREATE_FAILED        | AWS::S3::BucketPolicy | SpaceFinderFrontendPolicyFFE9DC58\nAPI: s3:PutBucketPolicy Access Denied\n\n ❌  DataStack failed: Error: The stack named DataStack failed creation, it may need to be manually deleted from the AWS console: ROLLBACK_COMPLETE: API: s3:PutBucketPolicy Access Denied',
      's3:PutBucketPolicy'
    ],
    [
      'onramper/action-deploy-aws-static-site#233 (cdk in an action)',
      'StaticPage-nonsense-com | 8:09:00 PM | CREATE_FAILED        | AWS::S3::BucketPolicy               | StaticPage/WebsiteBucket/Policy (WebsiteBucketPolicyE10E3262) API: s3:PutBucketPolicy Access Denied',
      's3:PutBucketPolicy'
    ]
  ])('%s: `API: <action> Access Denied` names the refused action', (_source, text, action) => {
    const found = parseText(text)
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f).toMatchObject({ kind: 'denial', action, service: 's3' })
  })

  it('alexcasalboni/aws-lambda-power-tuning#154: the tag-permission event is a tagging denial', () => {
    const text =
      '- LogicalId: analyzerRole, Status reason: Did not have IAM permissions to process tags on AWS::IAM::Role resource.'
    const [f] = parseText(text)
    expect(f).toMatchObject({
      kind: 'denial',
      detail: { tagging: 'true', resourceType: 'AWS::IAM::Role' }
    })
    expect(f!.traps).toContain('cfn-tagging')
  })

  it('alexcasalboni/aws-lambda-power-tuning#154: `API: iam:CreateRole User: …` keeps the IAM sentence', () => {
    const text =
      'API: iam:CreateRole User: arn:aws:sts::xxxxxx:assumed-role/Owner/myemail@domain.com is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::xxxxxx:role/serverlessrepo-aws-lambda-power-tunin-analyzerRole-30U2WSAK4KID with an explicit deny'
    const found = parseText(text)
    expect(found.map((f) => [f.action, f.principal, f.deny])).toEqual([
      ['iam:CreateRole', 'arn:aws:sts::xxxxxx:assumed-role/Owner/myemail@domain.com', 'explicit']
    ])
  })

  it('a resource handler quoting the CloudWatch Logs sentence, closed by its quote', () => {
    // The shape printed by CloudFormation for AWS::Logs::LogGroup (issue 10's list), own case.
    const text =
      'MyLogGroup CREATE_FAILED Resource handler returned message: "User with accountId: 123456789012 is not authorized to perform CreateLogGroup with Tags" (RequestToken: 3f9a, HandlerErrorCode: AccessDenied)'
    const [f] = parseText(text)
    expect(f).toMatchObject({
      kind: 'denial',
      operation: 'CreateLogGroup',
      service: 'logs',
      code: 'AccessDenied'
    })
    expect(f!.detail.account).toBe('123456789012')
  })
})

describe('CDK', () => {
  it('aws/aws-cdk#23041: `Call failed: … => Access Denied (code=AccessDenied)`', () => {
    const text =
      '[13:17:48] Call failed: getBucketLocation({"Bucket":"cdk-hnb659fds-assets-162234902838-us-east-1"}) => Access Denied (code=AccessDenied)'
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })

  it('aws-samples/aws-genai-llm-chatbot#454: "could not be used to assume … Proceeding anyway" alone is a warning', () => {
    // CDK goes on with the caller's own credentials, and often succeeds (corpus real-a a020): the
    // failure that may follow is the finding, not the warning (corpus dev d061).
    const text = [
      "current credentials could not be used to assume 'arn:aws:iam::XXXXXXXXXXXX:role/cdk-hnb659fds-lookup-role-XXXXXXXXXXXX-YYYYYYYYY', but are for the right account. Proceeding anyway.",
      "current credentials could not be used to assume 'arn:aws:iam::XXXXXXXXXXXX:role/cdk-hnb659fds-deploy-role-XXXXXXXXXXXX-YYYYYYYYY', but are for the right account. Proceeding anyway."
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('a CDK stack-level error whose subject CDK printed on the line above', () => {
    // Corpus real-a a021's shape (aws/aws-cdk issue thread): the sentence laid over four lines.
    const text = [
      "Could not assume role in target account (did you bootstrap the environment with the right '--trust's?): ",
      'User: arn:aws:sts::1454YYYYYYYY:assumed-role/cdk-hnb659fds-deploy-role-1454YYYYYYYY-eu-west-2/1454YYYYYYY-0-session ',
      'is not authorized to perform: sts:AssumeRole ',
      'on resource: arn:aws:iam::1454YYYYYYY:role/cdk-hnb659fds-deploy-role-1454YYYYYYY-eu-west-2'
    ].join('\n')
    const [f] = parseText(text)
    expect(f).toMatchObject({
      action: 'sts:AssumeRole',
      principal:
        'arn:aws:sts::1454YYYYYYYY:assumed-role/cdk-hnb659fds-deploy-role-1454YYYYYYYY-eu-west-2/1454YYYYYYY-0-session',
      resource: 'arn:aws:iam::1454YYYYYYY:role/cdk-hnb659fds-deploy-role-1454YYYYYYY-eu-west-2'
    })
  })

  it('aws-samples/cdk-assume-role-credential-plugin#31: credentials for the wrong account', () => {
    const text =
      'HelloCdkStack-analytics\nNeed to perform AWS calls for account XXXXXXXXX, but the current credentials are for YYYYYYYYY, and none of these plugins found any: AssumeRoleCredentialPlugin'
    const [f] = parseText(text)
    expect(f).toMatchObject({ kind: 'credentials', detail: { cause: 'wrong-account' } })
    expect(f!.title).toBe('AWS credentials are for another account')
  })
})
