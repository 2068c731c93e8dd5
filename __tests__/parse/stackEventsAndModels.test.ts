// Issue 10 round 7: stack events as the console and CLIs print them (runs of spaces from the
// console's cells, a `null` message, a reporter's cut), Bedrock's shorter and Marketplace model
// refusals, early CDK with no credentials. Sources in the titles; `own` cases are ours.
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service])
}

describe('CloudFormation stack events', () => {
  it('awslabs/aws-well-architected-labs#747: console-copied event, cell wrapping left as spaces', () => {
    const text =
      'CREATE_FAILED | Resource handler   returned message: "User with accountId: 254377943029 is not authorized   to perform CreateLogGroup with Tags (Service: CloudWatchLogs, Status Code:   400, Request ID: 72c1fa9c-01d6-41c3-9366-a54cb0626a9a)" (RequestToken:   62e9f7dd-54a0-72e2-6a70-5aac51d772be, HandlerErrorCode:   GeneralServiceException) | AWS::Logs::LogGroup'
    const [f] = parseText(text)
    expect([f?.principal, f?.code, f?.service, f?.operation]).toEqual([
      'User with accountId: 254377943029',
      'GeneralServiceException',
      'logs',
      'CreateLogGroup'
    ])
  })

  it('aws-amplify/amplify-cli#10857: a handler relaying a bodiless 403 as `null`', () => {
    const text =
      'CREATE_FAILED LambdaFunction                                                                     AWS::Lambda::Function      Mon Aug 08 2022 19:44:09 GMT+0530 (India Standard Time) Resource handler returned message: "null (Service: Lambda, Status Code: 403, Request ID: 212ac411-e056-4847-aa11-e633d0a6cb93)" (RequestToken: 42d45056-1a0e-092f-1fbe-5466a2b528e3, HandlerErrorCode: GeneralServiceException)'
    expect(fields(text)).toEqual([['denial', 'sdk-null-403', 'GeneralServiceException', 'lambda']])
  })

  it('own: a `null` message with another status is no refusal', () => {
    expect(
      parseText(
        'Resource handler returned message: "null (Service: Lambda, Status Code: 404, Request ID: 1)" (RequestToken: 2, HandlerErrorCode: NotFound)'
      )
    ).toEqual([])
  })

  it('serverless/examples#758: an event the reporter cut after `Access Denied`', () => {
    const text =
      'Finally I got it, It was getting error like this **CREATE_FAILED**: AuctionsBucketPolicy (AWS::S3::BucketPolicy)\nResource handler returned message: "Access Denied'
    expect(fields(text)).toEqual([['denial', 'handler-access-denied-cut', null, null]])
  })

  it('own: a handler message about something else stays silent', () => {
    expect(
      parseText(
        'CREATE_FAILED: Bucket (AWS::S3::Bucket)\nResource handler returned message: "Access Point name already in use"'
      )
    ).toEqual([])
  })
})

describe('Bedrock model access', () => {
  it('tech-reader.blog Bedrock guide: the short refusal', () => {
    expect(fields('AccessDeniedException: Access to the model is denied')).toEqual([
      ['denial', 'bedrock-model-access', 'AccessDeniedException', 'bedrock']
    ])
  })

  it('aws-samples/sample-host-openclaw-on-amazon-bedrock-agentcore#41: the Marketplace subscription refusal', () => {
    const text =
      'Chat error: 502 Bedrock streaming failed: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (`aws-marketplace:ViewSubscriptions`, `aws-marketplace:Subscribe`) to enable access to this model.'
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.grammar, f.service])).toEqual([
      ['denial', 'bedrock-model-access', 'bedrock']
    ])
    expect(found[0]!.detail.marketplaceActions).toBe(
      '`aws-marketplace:ViewSubscriptions`, `aws-marketplace:Subscribe`'
    )
  })

  it('own: access to a file being denied is not Bedrock’s', () => {
    expect(parseText('PermissionError: Access to the modelfile is denied by the OS')).toEqual([])
  })
})

describe('early CDK with no credentials', () => {
  it.each([
    [
      'aws/aws-cdk#386',
      'Stack hello-cdk does not define an environment, and AWS credentials could not be obtained from standard locations or no region was configured.'
    ],
    [
      'aws/aws-cdk#131 (the typo as printed)',
      'Stack hello-cdk does not define an environment, and AWS credentails could not be obtained from standard locations.'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'no-credentials-cdk', null, null]])
  })

  it('own: other credentials that could not be obtained are not CDK’s AWS ones', () => {
    expect(
      parseText(
        'Docker credentials could not be obtained from standard locations; using anonymous pulls.'
      )
    ).toEqual([])
  })
})
