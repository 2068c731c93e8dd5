// Refusals that reach the log without their code: the Serverless Framework's frame around S3's
// bare `Access Denied`, and the CLI's message cut before its code. Texts are as printed in the
// threads named with each case.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => [
    f.kind,
    f.grammar,
    f.service,
    f.traps.includes('serverless-deployment-bucket')
  ])
}

describe('Serverless Framework relaying S3 Access Denied', () => {
  it('serverless/serverless#4981: the error frame of `serverless deploy -v`', () => {
    expect(
      read(
        'I get an error message when trying to deploy (`SLS_DEBUG=* serverless deploy -v`):\n```\n  Serverless Error ---------------------------------------\n\n  Access Denied\n```\n* What did you expect should have happened?\nNo errors should have appeared'
      )
    ).toEqual([['denial', 'serverless-access-denied', 's3', true]])
  })

  it('serverless/serverless#4981: `ServerlessError: Access Denied` over the AWS provider’s stack', () => {
    expect(
      read(
        'ServerlessError: Access Denied\n    at BbPromise.fromCallback.catch.err (/usr/local/lib/node_modules/serverless/lib/plugins/aws/provider/awsProvider.js:262:11)\nFrom previous event:\n    at persistentRequest (/usr/local/lib/node_modules/serverless/lib/plugins/aws/provider/awsProvider.js:250:13)'
      )
    ).toEqual([['denial', 'serverless-access-denied', 's3', true]])
  })

  it('matt-filion/serverless-external-s3-event#97: a plugin’s frame, the bucket trap names the call to look for', () => {
    const found = parseText(
      '$ sls s3deploy\nServerless: beforeS3 --> \n \n  Serverless Error ---------------------------------------\n \n  Access Denied\n \n  Get Support --------------------------------------------\n     Docs:          docs.serverless.com'
    )
    expect(found.map((f) => f.grammar)).toEqual(['serverless-access-denied'])
    expect(found[0]!.explanation).toContain('SLS_DEBUG=*')
  })

  it.each([
    [
      'own: another message in the frame is that message’s rule, not this one',
      '  Serverless Error ---------------------------------------\n\n  The security token included in the request is invalid.'
    ],
    [
      'own: a frame whose message is not Access Denied',
      '  Serverless Error ---------------------------------------\n\n  Access Denied to the function because of a typo'
    ]
  ])('%s', (_source, text) => {
    expect(read(text).filter((r) => r[1] === 'serverless-access-denied')).toEqual([])
  })
})

describe('the CLI message cut before its code', () => {
  it('cdklabs/cdk-stacksets#428: the title names the operation, the body the bucket', () => {
    const found = parseText(
      "# when calling the PutObject operation: Access Denied\n\nDuring the deployment I get the error:\n[ERROR]\t2024-04-24T14:04:06.667Z\t81f98692-5895-4c01-a0f9-c3c45a730c9c\tCommand '['/opt/awscli/aws', 's3', 'sync', '/tmp/tmpwkkbiffp/contents', 's3://cdkstackset-asset-bucket-xxx-xxx-xxx-xxxx/']' returned non-zero exit status 1."
    )
    expect(found.map((f) => [f.kind, f.grammar, f.operation, f.service])).toEqual([
      ['denial', 'operation-access-denied-cut', 'PutObject', 's3']
    ])
  })

  it('aws/aws-cli#813: the old CLI’s `A client error (AccessDenied) occurred when …` keeps its code slot', () => {
    const [f] = parseText(
      'upload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied'
    )
    expect([f!.grammar, f!.code]).toEqual(['bare-code', 'AccessDenied'])
  })

  it('own: the whole message stays the code slot’s reading, its code kept', () => {
    const [f] = parseText(
      'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect([f!.grammar, f!.code]).toEqual(['bare-code', 'AccessDenied'])
  })
})
