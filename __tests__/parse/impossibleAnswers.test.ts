// Issue 17 (heldout14 third review, h14-073): an answer AWS never gives to the call marks another
// store (MinIO, a mock): no AWS finding. The same code for a call that can meet it stays AWS's.
import { analyzeText } from '../../src/engine/Analysis.js'

const found = (text: string) => analyzeText(text).findings.map((f) => [f.kind, f.code, f.operation])

describe('an answer AWS never gives', () => {
  it('heldout14 h14-073 (minio/minio#8887): CreateBucket answered NoSuchBucket', () => {
    expect(
      found(
        'botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the CreateBucket operation: The specified bucket does not exist'
      )
    ).toEqual([])
  })

  it('aws-solutions/aws-waf-security-automations#103: PutObject answered NoSuchBucket stays', () => {
    expect(
      found(
        'upload failed:\nAn error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist'
      )
    ).toEqual([['not-found', 'NoSuchBucket', 'PutObject']])
  })

  it('own: CreateBucket refused by AWS stays a denial', () => {
    expect(
      found(
        'An error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied'
      ).map((f) => f[0])
    ).toEqual(['denial'])
  })
})
