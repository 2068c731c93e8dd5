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
