// A tool's own update check answered by its vendor's bucket: not the user's AWS (WD954).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'tool-update-check'

describe(TRAP, () => {
  it('fastlane/fastlane#18249 (h39-004): the vendor answered; skip or update, no statement', () => {
    const { f, statements } = analysedOne(corpusText('heldout39.jsonl', 'h39-004'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toContain('`FASTLANE_SKIP_UPDATE_CHECK=1`')
    expect(f.fixTarget.description).toMatch(/^nothing in your account/)
    expect(statements).toEqual([])
  })

  it('counter-case: fastlane’s own S3 upload refused is the user’s', () => {
    const { f } = analysedOne(
      '[12:01:02]: fastlane finished with errors\nAws::S3::Errors::AccessDenied: Access Denied'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
