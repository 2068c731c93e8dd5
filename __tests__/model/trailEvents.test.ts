// Which calls CloudTrail keeps only as data events, and the errorCode it records for a refusal.
import { dataEventOf, trailErrorCode } from '../../src/model/trailEvents.js'

describe('dataEventOf', () => {
  it.each([
    ['s3', 'GetObject', 'AWS::S3::Object'],
    ['s3', 'HeadObject', 'AWS::S3::Object'],
    ['s3', 'PutObject', 'AWS::S3::Object'],
    ['s3', 'DeleteObjects', 'AWS::S3::Object'],
    ['s3', 'GetObjectTagging', 'AWS::S3::Object'],
    ['s3', 'UploadPart', 'AWS::S3::Object'],
    ['s3', 'ListObjectsV2', 'AWS::S3::Object'],
    ['lambda', 'Invoke', 'AWS::Lambda::Function'],
    ['dynamodb', 'GetItem', 'AWS::DynamoDB::Table'],
    ['dynamodb', 'BatchWriteItem', 'AWS::DynamoDB::Table'],
    ['sns', 'Publish', 'AWS::SNS::Topic'],
    ['kinesis', 'PutRecords', 'AWS::Kinesis::Stream'],
    ['sqs', 'SendMessage', 'AWS::SQS::Queue']
  ])('%s %s is a data event (%s)', (service, operation, type) => {
    expect(dataEventOf(service, operation)?.resourceType).toBe(type)
  })

  it.each([
    // Management events of the same services, and look-alike names.
    ['s3', 'CreateBucket'],
    ['s3', 'GetBucketPolicy'],
    ['s3', 'PutBucketAcl'],
    ['s3', 'GetObjectLockConfiguration'],
    ['lambda', 'GetFunction'],
    ['lambda', 'InvokeFunctionUrl'],
    ['dynamodb', 'DescribeTable'],
    ['dynamodb', 'QueryTable'],
    ['sns', 'PublishVersion'],
    ['kinesis', 'DescribeStream'],
    ['sqs', 'GetQueueUrl'],
    // An operation of another service with a data-event name.
    ['firehose', 'PutRecordBatch'],
    ['iot', 'Publish'],
    [null, 'GetObject'],
    ['s3', null]
  ])('%s %s is not', (service, operation) => {
    expect(dataEventOf(service, operation)).toBeNull()
  })

  it('only S3 object calls carry the missing-key check', () => {
    expect(dataEventOf('s3', 'HeadObject')?.firstCheck).toMatch(/403, not 404/)
    expect(dataEventOf('s3', 'ListObjectsV2')?.firstCheck).toBeUndefined()
    expect(dataEventOf('dynamodb', 'GetItem')?.firstCheck).toBeUndefined()
  })
})

describe('trailErrorCode', () => {
  it.each([
    ['lambda', 'AccessDeniedException', 'AccessDeniedException'],
    ['sns', 'AuthorizationError', 'AuthorizationError'],
    ['ec2', 'UnauthorizedOperation', 'Client.UnauthorizedOperation'],
    [null, 'UnauthorizedOperation', 'Client.UnauthorizedOperation'],
    ['ec2', 'Client.UnauthorizedOperation', 'Client.UnauthorizedOperation'],
    ['ec2', null, 'Client.UnauthorizedOperation'],
    ['s3', '403', 'AccessDenied'],
    ['s3', 'Forbidden', 'AccessDenied'],
    ['s3', 'Access Denied', 'AccessDenied'],
    ['s3', 'AccessDenied', 'AccessDenied'],
    ['kinesis', null, 'AccessDenied'],
    [null, null, null]
  ])('%s %s → %s', (service, code, expected) => {
    expect(trailErrorCode(service, code)).toBe(expected)
  })
})
