// Issue 17 (heldout6 review, D4: h6-110): a page that quotes both endings of the IAM sentence
// ("with an explicit deny / no identity-based policy allows this action") says neither: the
// finding keeps the explicit reading (no Allow is pasted while a Deny may match) and says both:
// the Allow that fixes the implicit case, and where to look for the Deny.
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from './traps/analysed.js'

describe('both endings of the message', () => {
  it.each([
    ['the review case h6-110', corpusText('heldout6.jsonl', 'h6-110')],
    [
      // Constructed: the same template on one line, spaced differently.
      'on one line',
      'AccessDenied: User: arn:aws:iam::123456789012:user/ci-deployer is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/my-app-execution-role with an explicit deny/no identity-based policy allows this action'
    ]
  ])('%s: both checks given, no Allow pasted', (_, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.detail.denyAmbiguous).toBe('explicit-or-implicit')
    expect(f.explanation).toMatch(/check both/)
    expect(f.explanation).toMatch(
      /an Allow of iam:CreateRole on arn:aws:iam::123456789012:role\/my-app-execution-role in the caller's identity policy fixes it/
    )
    expect(f.explanation).not.toMatch(/No Allow can override it/)
    expect(statements).toEqual([])
  })

  it('the explicit ending alone stays an explicit deny', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/app with an explicit deny in a service control policy'
    )
    expect(f.deny).toBe('explicit')
    expect(statements).toEqual([])
  })
})
