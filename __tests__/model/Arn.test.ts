import { formatArn, parseArn } from '../../src/model/Arn.js'

test('splits the five fields and keeps colons in the resource part', () => {
  expect(parseArn('arn:aws:lambda:us-east-1:123456789012:function:f:prod')).toEqual({
    partition: 'aws',
    service: 'lambda',
    region: 'us-east-1',
    account: '123456789012',
    resource: 'function:f:prod'
  })
  expect(parseArn('arn:aws-us-gov:iam::123456789012:root')?.partition).toBe('aws-us-gov')
  expect(parseArn('arn:aws-cn:s3:::bucket/key')).toMatchObject({
    account: '',
    resource: 'bucket/key'
  })
})

test('anything short of six fields, or not starting with arn, is not an ARN', () => {
  expect(parseArn('aws:iam::*:role/x')).toBeNull()
  expect(parseArn('arn:aws:iam::123456789012')).toBeNull()
  expect(parseArn('ARN:aws:iam::1:role/x')).toBeNull()
  expect(parseArn('')).toBeNull()
  // An empty resource part is still an ARN shape (a cut log line): the caller judges the parts.
  expect(parseArn('arn:aws:s3:::')?.resource).toBe('')
})

test('formatArn puts back what parseArn took apart', () => {
  for (const arn of [
    'arn:aws:lambda:us-east-1:123456789012:function:f:prod',
    'arn:aws-cn:s3:::bucket/a:b',
    'arn:aws:iam::***:role/x'
  ]) {
    const parts = parseArn(arn)
    expect(parts && formatArn(parts)).toBe(arn)
  }
})

test('masked fields are kept as printed, and a cut masked ARN is null, never an exception', () => {
  // What GitHub's secret masking leaves in a log: the account, or the partition, as `***`.
  expect(parseArn('arn:aws:iam::***:role/x')).toMatchObject({ account: '***', resource: 'role/x' })
  expect(parseArn('arn:***:iam::123456789012:role/x')?.partition).toBe('***')
  expect(parseArn('arn:aws:lambda:us-east-1:***:function:f:live')?.resource).toBe('function:f:live')
  // @aws-sdk/util-arn-parser throws "Malformed ARN" here; the log reader wants a miss.
  expect(parseArn('arn:aws:iam::***')).toBeNull()
})
