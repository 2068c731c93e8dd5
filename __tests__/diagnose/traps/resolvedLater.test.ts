// WD968 (unseen-logs check, u27-006 and u27-009): Terraform's provider check refused the
// credentials, then passed further down the same log.
import fs from 'node:fs'
import { analysedOne } from './analysed.js'
import { analyzeText } from '../../../src/engine/Analysis.js'

const u27006 = fs.readFileSync(
  new URL('../../fixtures/unseen/u27-006.log', import.meta.url),
  'utf8'
)
const PLAN_LINE = 'Terraform used the selected providers to generate the following execution plan.'

describe('a credentials failure Terraform got past later in the log (u27-006)', () => {
  it('u27-006: the plan after `assume` says the failing run had other credentials', () => {
    const { f, statements } = analysedOne(u27006)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain('resolved-later')
    const planLine = u27006.split('\n').findIndex((l) => l.startsWith(PLAN_LINE)) + 1
    expect(f.explanation).toMatch(
      new RegExp(`^Further down, on line ${planLine}, Terraform got past this same provider check`)
    )
    expect(f.explanation).toMatch(/before rotating any key/)
    expect(statements).toEqual([])
  })

  it('own counter-case: the same failure with nothing after it is an open problem', () => {
    const cut = u27006.slice(0, u27006.indexOf(PLAN_LINE))
    expect(analyzeText(cut).findings[0]!.traps).not.toContain('resolved-later')
  })

  it('own counter-case: a plan printed before the failure does not count', () => {
    const before = `${PLAN_LINE}\nNo changes. Your infrastructure matches the configuration.\n`
    const cut = u27006.slice(0, u27006.indexOf(PLAN_LINE))
    expect(analyzeText(before + cut).findings[0]!.traps).not.toContain('resolved-later')
  })

  it('own counter-case: an AWS CLI credentials failure is not vouched for by a later plan', () => {
    const text = [
      '$ aws sts get-caller-identity',
      '',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
      '$ terraform plan',
      PLAN_LINE
    ].join('\n')
    expect(analyzeText(text).findings[0]!.traps).not.toContain('resolved-later')
  })

  it('own case: a plan with no changes, in another Terraform wording, counts too', () => {
    const text = [
      '│ Error: configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 0d0e7f2c-1a7c-4e50-9d2f-6a3c1b2e4f5a, api error ExpiredToken: The security token included in the request is expired',
      '$ aws sso login',
      '$ terraform plan',
      'No changes. Your infrastructure matches the configuration.'
    ].join('\n')
    const f = analyzeText(text).findings[0]!
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain('resolved-later')
    expect(f.explanation).toMatch(/on line 4,/)
  })
})
