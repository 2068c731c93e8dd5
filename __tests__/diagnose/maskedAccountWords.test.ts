// A masked or partial account field is printed as the log shows it, never as an account ID, and
// never makes a finding cross-account (heldout9 review, h9-001).
import { accountWords } from '../../src/model/accountFields.js'
import { findingsOf, only } from './analyze.js'
import { analyzeText } from '../../src/engine/Analysis.js'

// Source: aws/copilot-cli#2013 (text as printed: the reporter replaced part of the account ID).
const COPILOT_2013 =
  '✘ get application example: get application example: AccessDeniedException: User: arn:aws:iam::358974 REMOVED:user/REMOVED is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-central-1:REMOVED:parameter/copilot/applications/example\n' +
  '\tstatus code: 400, request id: e9f64eb5-43ba-49a1-afd0-REMOVED'
// Source: amzn/selling-partner-api-models#2523 (text as printed: the account is cut to 8 and 7
// digits, differently on each side).
const SP_API_2523 =
  ' Error executing "AssumeRole" on "https://sts.eu-west-1.amazonaws.com"; AWS HTTP error: Client error: `POST https://sts.eu-west-1.amazonaws.com` resulted in a `403 Forbidden` response: Sender AccessDeni (truncated...) AccessDenied (client): User: arn:aws:iam::67211257:user/Qikink is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::67211257:user/Qikink - Sender AccessDenied User: arn:aws:iam::67211257:user/Qikink is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::6721257:user/Qikink 70570cbc-baab-4cc7-8053-f3f4dcc7bec8'

describe('accountWords', () => {
  it('names a real ID as an account', () => {
    expect(accountWords('123456789012')).toBe('account 123456789012')
  })

  it.each(['358974 REMOVED', '***', '67211257', '1287256XXXX', '<ACCOUNT_ID>', 'xxxxxxxxxxxx'])(
    'never names %s as an account ID',
    (field) => {
      const words = accountWords(field)
      expect(words).not.toMatch(/^account /)
      expect(words).toBe(`an account the log masks (\`${field}\`)`)
    }
  )

  it("keeps a reporter's name for an account as a name (`<PROD_ACCOUNT>`, `145`)", () => {
    expect(accountWords('<PROD_ACCOUNT>')).toBe('the account the log calls `<PROD_ACCOUNT>`')
    expect(accountWords('145')).toBe('the account the log calls `145`')
  })
})

describe('masked accounts in findings and remedies', () => {
  it('copilot-cli#2013: the partial mask is no account ID and no second account', () => {
    const f = only(COPILOT_2013)
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toContain('in account 358974 REMOVED')
    expect(f.fixTarget.description).toBe(
      'the identity policy of user REMOVED in an account the log masks (`358974 REMOVED`)'
    )
    expect(f.explanation).not.toMatch(/different accounts|both sides must allow/)
  })

  it('selling-partner-api-models#2523: digits cut to two lengths claim nothing either', () => {
    const findings = findingsOf(SP_API_2523)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(f.crossAccount).not.toBe(true)
      expect(f.explanation).not.toMatch(/in account 6721/)
      expect(f.explanation).not.toMatch(/different accounts/)
    }
    const remedies = analyzeText(SP_API_2523).remedies
    for (const r of remedies) expect(r.target.description).not.toMatch(/in account 6721/)
  })

  it('a real account ID is still named as one (counter-case)', () => {
    const f = only(COPILOT_2013.replace(/358974 REMOVED/, '358974123456'))
    expect(f.fixTarget.description).toBe(
      'the identity policy of user REMOVED in account 358974123456'
    )
  })
})
