// The Serverless Framework's bare S3 `Access Denied`: the deployment bucket first, and how to see
// the call that failed.
import { analysedOne } from './analysed.js'

describe('serverless-deployment-bucket', () => {
  it('leads with the deployment bucket’s permissions and the debug switch (serverless/serverless#4981)', () => {
    const { f } = analysedOne(
      '  Serverless Error ---------------------------------------\n\n  Access Denied\n'
    )
    expect(f.traps[0]).toBe('serverless-deployment-bucket')
    expect(
      f.explanation.startsWith("The Serverless Framework relayed S3's bare `Access Denied`")
    ).toBe(true)
    expect(f.explanation).toContain('s3:GetBucketLocation')
    expect(f.explanation).toContain('SLS_DEBUG=*')
  })

  it('not on a Serverless error naming the call (own: a CloudFormation event it relays)', () => {
    const { f } = analysedOne(
      'ServerlessError: An error occurred: ServerlessDeploymentBucket - API: s3:CreateBucket Access Denied.'
    )
    expect(f.action).toBe('s3:CreateBucket')
    expect(f.traps).not.toContain('serverless-deployment-bucket')
  })
})
