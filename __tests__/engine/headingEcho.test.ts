// heldout15 h15-106: a troubleshooting page's heading states the refusal with no caller (`User is
// not authorized to perform: sts:AssumeRole`) above its example error with one (`User:
// arn:aws:iam:::user/assume-only-user is not authorized …`, the account field empty as printed):
// one refusal, the fuller finding, its caller kept as printed.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

describe('a sentence with no caller above the same sentence with one', () => {
  it('h15-106 (Cloudera Cloudbreak troubleshooting page): one finding, the caller as printed', () => {
    const { findings } = analyzeText(corpusText('heldout15.jsonl', 'h15-106') + '\n')
    expect(findings.map((f) => [f.action, f.principal, f.occurrences])).toEqual([
      ['sts:AssumeRole', 'arn:aws:iam:::user/assume-only-user', 2]
    ])
  })

  it('two callers refused the same action stay two findings', () => {
    const { findings } = analyzeText(
      'User: arn:aws:iam::123456789012:user/a is not authorized to perform: sts:AssumeRole\nUser: arn:aws:iam::123456789012:user/b is not authorized to perform: sts:AssumeRole\n'
    )
    expect(findings.map((f) => f.principal)).toEqual([
      'arn:aws:iam::123456789012:user/a',
      'arn:aws:iam::123456789012:user/b'
    ])
  })

  it('a sentence with no caller beside another action’s stays its own', () => {
    const { findings } = analyzeText(
      'User is not authorized to perform: s3:GetObject\nUser: arn:aws:iam::123456789012:user/a is not authorized to perform: sts:AssumeRole\n'
    )
    expect(findings.map((f) => f.action)).toEqual(['s3:GetObject', 'sts:AssumeRole'])
  })
})
