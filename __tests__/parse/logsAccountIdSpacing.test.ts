// CloudWatch Logs' own sentence with no space after `accountId:` (WD710): the refusal is still
// found and the subject kept as printed. Found trying the CLI on unseen logs, session 16.
import { analyzeText } from '../../src/engine/Analysis.js'

describe('`User with accountId:X` without a space', () => {
  it('aws-solutions-library-samples/data-lakes-on-aws#266, as printed', () => {
    const text =
      'Resource handler returned message: "User with accountId:XXX is not authorized to perform CreateLogGroup with Tags. An additional permission "logs:TagResource" is required. (Service: CloudWatchLogs, Status Code: 400, Request ID: dcc9e659-9636-4565-beed-0a726dcb8847)" (RequestToken: 9e25ac89-c581-4e98-4950-71e2612abbba, HandlerErrorCode:\n'
    const [f] = analyzeText(text).findings
    expect(f?.kind).toBe('denial')
    expect(f?.action).toBe('logs:TagResource')
    expect(f?.principal).toBe('User with accountId:XXX')
  })

  it('own counter-case: the spaced form keeps its space', () => {
    const [f] = analyzeText(
      'User with accountId: 123456789012 is not authorized to perform CreateLogGroup with Tags\n'
    ).findings
    expect(f?.principal).toBe('User with accountId: 123456789012')
    expect(f?.detail.account).toBe('123456789012')
  })
})
