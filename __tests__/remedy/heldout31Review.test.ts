// heldout31's expert review (issue 17, session 32): each class the review found that this round
// fixed, from its real excerpt, with an own counter-case.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const h31 = (id: string) => corpusText('heldout31.jsonl', id)

describe('a name typed in the place of a value, its words run together', () => {
  it('h31-012 (segmentio/chamber#663: `user/USERNAME` beside `ACCOUNT_ID`): never a name to paste', () => {
    const { f } = analysedOne(h31('h31-012'))
    const cli = buildRemedies([f])[0]!.renderings.cli
    expect(cli).toContain("--user-name '<CALLER_USER_NAME>'")
    expect(cli).not.toContain("'USERNAME'")
  })

  it('own counter-case: a real user name in capitals stays the name', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::111122223333:user/DEPLOYBOT is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:eu-west-1:111122223333:parameter/app/db because no identity-based policy allows the ssm:GetParameters action'
    )
    expect(buildRemedies([f])[0]!.renderings.cli).toContain("--user-name 'DEPLOYBOT'")
  })
})

describe("HeadBucket's 403 says the bucket exists", () => {
  it("h31-008 (Miserlou/Zappa#1901): another account's bucket is a cause, and the 400 of an expired token is no 403", () => {
    const { f } = analysedOne(h31('h31-008'))
    expect(f.explanation).toContain('a 403, not 404, says the name exists')
    expect(f.explanation).toContain("Zappa's `s3_bucket`")
    expect(f.explanation).toContain('an expired session token as a bare 400')
  })

  it('own counter-case: a refused listing of the objects names no taken bucket name', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(f.explanation).not.toContain('says the name exists')
  })
})

describe('a role session assuming its own role, the target mistyped `role:NAME`', () => {
  it('h31-016 (fluent/fluent-bit#8278): the second assume goes first, then the typo; nothing to paste', () => {
    const { f, statements } = analysedOne(h31('h31-016'))
    expect(f.traps.slice(0, 2)).toEqual(['role-self-assumption', 'malformed-role-arn'])
    expect(f.explanation).toMatch(/^The session is already role `cloudwatch-log-event-writer`/)
    expect(f.explanation).toContain('a colon stands where the slash belongs after `role`')
    expect(statements).toEqual([])
  })
})
