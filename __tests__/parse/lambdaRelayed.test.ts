// Lambda relaying another service's refusal met with the caller's credentials (WD805, issue 10
// round 9, heldout7 h7-002): one refusal, Lambda's call's code; the inner code is kept aside.
// Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.relayedCode])
}

describe('the relayed sentence is Lambda’s refusal', () => {
  it('heldout7 h7-002 (Zappa through botocore): the outer call’s code, one finding', () => {
    expect(fields(corpusText('heldout7.jsonl', 'h7-002'))).toEqual([
      [
        'denial',
        'lambda-relayed-denial',
        'AccessDeniedException',
        'lambda',
        'UnauthorizedOperation'
      ]
    ])
  })

  it('heldout7 h7-019 (aws/copilot-cli#3984, a handler message): S3’s code, service lambda', () => {
    expect(fields(corpusText('heldout7.jsonl', 'h7-019'))).toEqual([
      ['denial', 'lambda-relayed-denial', 'AccessDenied', 'lambda', 'AccessDenied']
    ])
  })

  it('own: the CLI’s message on one line, an S3 code package', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: Your access has been denied by S3, please make sure your request credentials have permission to GetObject for my-deploy-bucket/builds/app-v2.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied'
    expect(fields(text)).toEqual([
      ['denial', 'lambda-relayed-denial', 'AccessDeniedException', 'lambda', 'AccessDenied']
    ])
  })
})

it('counter-case: the sentence in prose, with no inner error code after it, is no refusal', () => {
  const prose =
    'The docs say Lambda may answer "Your access has been denied by S3, please make sure your request credentials have permission to GetObject for my-bucket/app.zip." when the bucket is elsewhere.'
  expect(fields(prose)).toEqual([])
})
