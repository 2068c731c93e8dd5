// Issue 17 (heldout4 h4-073): a value whose head a reporter elided keeps the name it shows; only
// the part that was cut becomes placeholders, and `...` never reaches a statement or command.
import { completeElided, elidedTail } from '../../src/remedy/elidedArn.js'
import { lookupAction } from '../../src/catalog/Catalog.js'
import { newPlaceholders } from '../../src/remedy/placeholders.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { analyzeText } from '../../src/engine/Analysis.js'

describe('elidedTail', () => {
  it.each<[string, string | null]>([
    ['... function:resume-parser', 'function:resume-parser'],
    ['…/repository/team/app', 'repository/team/app'],
    ['...:table/orders', 'table/orders'],
    ['...', null],
    ['... ', null],
    ['... two words', null],
    ['function:x', null],
    ['... a...b', null],
    ['... ***-prod', null]
  ])('%s → %s', (printed, tail) => {
    expect(elidedTail(printed)).toBe(tail)
  })
})

describe('completeElided', () => {
  const entry = (a: string) => lookupAction(a)!

  it('fills only the cut fields of a Lambda function ARN', () => {
    const p = newPlaceholders()
    expect(
      completeElided(
        p,
        entry('lambda:UpdateFunctionCode'),
        '... function:resume-parser',
        'aws',
        null
      )
    ).toEqual({
      resource: 'arn:aws:lambda:<REGION>:<ACCOUNT_ID>:function:resume-parser',
      type: 'function',
      tail: 'function:resume-parser'
    })
  })

  it("uses the caller's real account when the log shows it", () => {
    const got = completeElided(
      newPlaceholders(),
      entry('dynamodb:PutItem'),
      '.../table/orders',
      'aws',
      '111122223333'
    )
    expect(got?.resource).toBe('arn:aws:dynamodb:<REGION>:111122223333:table/orders')
  })

  it('a tail that names no type of the action is not completed', () => {
    const p = newPlaceholders()
    expect(
      completeElided(p, entry('lambda:UpdateFunctionCode'), '... resume-parser', 'aws', null)
    ).toBeNull()
    expect(completeElided(p, entry('s3:GetObject'), '... function:x', 'aws', null)).toBeNull()
  })
})

describe('the review case end to end (h4-073)', () => {
  // github-file:find_string#52251240428 (a deploy-script fix note)
  const text =
    '```text\nUser: ... web-app-docker-admin is not authorized to perform: lambda:UpdateFunctionCode on resource: ... function:resume-parser\n```\n'

  it('keeps the function name and puts placeholders only where the log cut', () => {
    const { statements, notes } = analysedOne(text)
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toBe(
      'arn:aws:lambda:<REGION>:<ACCOUNT_ID>:function:resume-parser'
    )
    expect(notes).toContain('`web-app-docker-admin`')
  })

  it('no rendering pastes the elision or the elided principal as a name', () => {
    const { findings } = analyzeText(text)
    for (const r of buildRemedies(findings)) {
      for (const rendering of Object.values(r.renderings ?? {})) {
        expect(rendering).not.toMatch(/\.\.\.|…/)
        expect(rendering).not.toContain("'web-app-docker-admin'")
      }
    }
  })
})
