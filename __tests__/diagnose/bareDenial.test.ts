// Bare denials of services other than S3: the action the operation needs and the CloudTrail
// look-up, never S3's "HEAD request" explanation.
import { only } from './analyze.js'

// Source: eksctl-io/eksctl#5491 (text as printed).
const EKSCTL_5491 =
  '2022-07-06 20:45:51 [ℹ]  using region us-east-1\n' +
  'Error: getting availability zones: error getting availability zones for region us-east-1: operation error EC2: DescribeAvailabilityZones, https response error StatusCode: 403, RequestID: c8b93680-c32c-4155-bf0b-8da4d578a59a, api error UnauthorizedOperation: You are not authorized to perform this operation.'
// Source: aws-amplify/amplify-cli#11805 (a CloudFormation event; no operation named).
const AMPLIFY_11805 =
  'Name: UserPoolClientLambda (AWS::Lambda::Function), Event Type: delete, Reason: Resource handler returned message: "Service returned error code AccessDeniedException (Service: Lambda, Status Code: 403, Request ID: c6682b5d-f0bd-4b65-8e1b-ec1fe380f86c)" (RequestToken: a477fb42-c41e-1bb9-6bf7-4ed64ae80955, HandlerErrorCode: GeneralServiceException)'

describe('bare denials of non-S3 services', () => {
  it('EC2: names the ec2: action and the CloudTrail errorCode Client.UnauthorizedOperation', () => {
    const f = only(EKSCTL_5491)
    expect(f.service).toBe('ec2')
    expect(f.inferredAction).toBe('ec2:DescribeAvailabilityZones')
    expect(f.explanation).toContain('The call needs `ec2:DescribeAvailabilityZones`')
    expect(f.explanation).toContain(
      '`aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=DescribeAvailabilityZones`'
    )
    expect(f.explanation).toContain('`Client.UnauthorizedOperation`')
    expect(f.explanation).not.toMatch(/HEAD request/)
  })

  it('another service without an operation: CloudTrail with errorCode AccessDenied, no HEAD boilerplate', () => {
    const f = only(AMPLIFY_11805)
    expect(f.service).toBe('lambda')
    expect(f.explanation).toContain('LAMBDA refused the request without saying who or why')
    expect(f.explanation).toContain('`AccessDenied`')
    expect(f.explanation).not.toMatch(/HEAD request/)
  })

  it('leaves S3 and ECR to their own explanation', () => {
    const s3 = only('An error occurred (403) when calling the HeadObject operation: Forbidden')
    expect(s3.explanation).not.toContain('cloudtrail lookup-events')
  })
})
