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

// Source: ASFHyP3/hyp3#210 (a Lambda's traceback; text as printed).
const HYP3_210 =
  '[ERROR] ClientError: An error occurred (AccessDenied) when calling the GetObjectTagging operation: Access Denied\n' +
  'Traceback (most recent call last):\n' +
  '  File "/var/task/main.py", line 40, in lambda_handler\n' +
  "    file_type = get_object_file_type(bucket, item['Key'])\n" +
  '  File "/var/task/main.py", line 23, in get_object_file_type\n' +
  '    response = S3_CLIENT.get_object_tagging(Bucket=bucket, Key=key)'
// Source: aws-samples/aws-serverless-tracking-pixel#2 (the reporter cut the message at "User:").
const TRACKING_PIXEL_2 =
  'Error: An error occurred (AccessDeniedException) when calling the PutRecords operation: User: ...'

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
    expect(f.explanation).toContain('often another action the call needs, such as iam:PassRole')
    expect(f.explanation).not.toMatch(/HEAD request/)
  })

  it('another service without an operation: CloudTrail with the errorCode the log printed, no HEAD boilerplate', () => {
    const f = only(AMPLIFY_11805)
    expect(f.service).toBe('lambda')
    expect(f.explanation).toContain('Lambda refused the request without saying who or why')
    // CloudTrail records JSON services' own code, not S3's `AccessDenied` (heldout9 review).
    expect(f.explanation).toContain('whose errorCode is `AccessDeniedException`')
    expect(f.explanation).not.toMatch(/HEAD request/)
  })

  it('leaves S3 and ECR to their own explanation', () => {
    const s3 = only('An error occurred (403) when calling the HeadObject operation: Forbidden')
    expect(s3.explanation).not.toContain('cloudtrail lookup-events')
  })

  it('an S3 object call is a data event: no Event history look-up, the key is checked first', () => {
    const f = only(HYP3_210)
    expect(f.operation).toBe('GetObjectTagging')
    expect(f.explanation).not.toContain('lookup-events')
    expect(f.explanation).toContain('GetObjectTagging is a CloudTrail data event')
    expect(f.explanation).toContain('AWS::S3::Object')
    expect(f.explanation).toMatch(/Check the bucket and key first.*403, not 404/)
    // The check comes before any trail.
    expect(f.explanation.indexOf('Check the bucket and key')).toBeLessThan(
      f.explanation.indexOf('data event')
    )
  })

  it('a Kinesis PutRecords is a data event too, and its errorCode is the one printed', () => {
    const f = only(TRACKING_PIXEL_2)
    expect(f.explanation).not.toContain('lookup-events')
    expect(f.explanation).toContain('AWS::Kinesis::Stream')
    expect(f.explanation).toContain('whose errorCode is `AccessDeniedException`')
    // No S3 key advice for a stream, nor EC2's other actions.
    expect(f.explanation).not.toContain('404')
    expect(f.explanation).not.toMatch(/EC2|iam:PassRole/)
  })

  it('a management call of a data-event service keeps the Event history look-up', () => {
    // Counter-case built on the same shape: DescribeStreamSummary is a management event.
    const f = only(TRACKING_PIXEL_2.replace('PutRecords', 'DescribeStreamSummary'))
    expect(f.explanation).toContain('AttributeValue=DescribeStreamSummary')
    expect(f.explanation).not.toContain('data event')
  })

  // Source: the heldout156 corpus, h156-064 (a lab report's Spark job writing to DynamoDB; only
  // the SDK's tail of the message pasted, text as printed).
  const SPARK_DYNAMODB =
    'spark-submit --master local[2] --class edu.upf.MastodonHashtags target/lab3-mastodon-1.0-SNAPSHOT.jar\n' +
    '(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: AccessDeniedException)'

  it('no call named: the service by its name, the whole message first, and its data events', () => {
    const f = only(SPARK_DYNAMODB)
    expect(f.service).toBe('dynamodb')
    expect(f.explanation).toMatch(/^DynamoDB refused the request without saying who or why\./)
    expect(f.explanation).not.toContain('DYNAMODB')
    // The cut message is the cheapest next step, before CloudTrail.
    expect(f.explanation.indexOf("print the exception's whole message")).toBeGreaterThan(0)
    expect(f.explanation.indexOf("print the exception's whole message")).toBeLessThan(
      f.explanation.indexOf('CloudTrail')
    )
    // Item writes are data events: Event history alone may hold nothing.
    expect(f.explanation).toContain('If the call was one of its item reads and writes')
    expect(f.explanation).toContain('AWS::DynamoDB::Table')
  })

  it('a service without data events: no data-event sentence; a named call: no cut message', () => {
    // Counter-cases: CloudFormation records no data events; EC2's call is named, so the message
    // said what it had to say.
    const cfn = only(
      'An error occurred. (Service: AWSCloudFormation; Status Code: 403; Error Code: AccessDenied)'
    )
    expect(cfn.explanation).toMatch(/^CloudFormation refused/)
    expect(cfn.explanation).not.toContain('data event')
    expect(only(EKSCTL_5491).explanation).not.toContain('whole message')
  })
})
