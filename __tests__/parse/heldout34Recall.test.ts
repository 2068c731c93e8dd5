// heldout34's refusals the engine missed or half-read on its unseen score (issue 10, session 33),
// each with counter-cases of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h34 = (id: string) => corpusText('heldout34.jsonl', id)

describe("Bedrock's model-access refusal with no code beside it", () => {
  it('h34-016 (BerriAI/litellm#14550): the body alone under a LiteLLM health check; its class is no code', () => {
    const [f, ...rest] = parseText(h34('h34-016'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.service, f!.code]).toEqual(['denial', 'bedrock', null])
  })

  it('own: an AWS code before the same words stays the code', () => {
    const [f] = parseText(
      "botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID."
    )
    expect([f!.service, f!.code]).toEqual(['bedrock', 'AccessDeniedException'])
  })
})

describe('an expired token wrapped under a hanging indent', () => {
  it('h34-017 (agno-agi/agno#3968): Rich’s wrap between `token` and `included`, the SDK’s `Error code: 403`', () => {
    const [f, ...rest] = parseText(h34('h34-017'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.detail.cause, f!.code]).toEqual(['credentials', 'expired', '403'])
  })

  it('own: on one line, and wrapped with no trigger word on its second line: the one message', () => {
    expect(
      parseText('The security token included in the request is expired').map((f) => f.detail.cause)
    ).toEqual(['expired'])
    expect(
      parseText('ERROR  The security token\n       included in the request is invalid').map(
        (f) => f.detail.cause
      )
    ).toEqual(['invalid'])
  })
})

describe("Azure DevOps's own `Access Denied:`", () => {
  it('h34-029 (a Zenn post on its Terraform provider): the security namespace sentence is no AWS refusal', () => {
    expect(parseText(h34('h34-029'))).toEqual([])
  })

  it('own: an AWS `Access Denied:` beside it in another record stays', () => {
    const text =
      'Error: Access Denied: 12345678-1234-1234-1234-123456789012 needs the following permission(s) in the Identity security namespace to perform this action: Edit identity information.\n' +
      'x\n'.repeat(12) +
      'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })
})
