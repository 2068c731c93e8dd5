// WD5019 (heldout133 re-review h133-016, h133-017; heldout135 review h135-013): a key refused
// inside a Lambda function.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'lambda-runtime-credentials'

describe(TRAP, () => {
  it.each(['h133-016', 'h133-017'])(
    '%s: explicit keys replaced the role, not the CI secrets',
    (id) => {
      const { findings, notes } = analysed(corpusText('heldout133.jsonl', id))
      const f = findings[0]!
      expect(f.traps[0]).toBe(TRAP)
      expect(f.explanation).toMatch(/^The call was made inside a Lambda function/)
      expect(notes.join('\n')).not.toMatch(/configure-aws-credentials/)
    }
  )

  it('h163-035 (ryanto/next-s3-upload#166): GetFederationToken needs a user key, no role stands in', () => {
    const f = analysed(corpusText('heldout163.jsonl', 'h163-035')).findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The call was STS GetFederationToken \(/)
    expect(f.explanation).not.toContain('Remove the explicit keys')
  })

  it('h162-036 (mozilla/guardduty-multi-account-manager#42): a call per Region may meet an opt-in one', () => {
    const f = analysed(corpusText('heldout162.jsonl', 'h162-036')).findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain('may be an opt-in Region the account has not enabled')
  })

  it.each([
    // own: the same refusal from a CI step is the job's keys
    'Run aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
    // own: an expired session inside Lambda is another story (not this trap's codes)
    'START RequestId: 0b6f1e9c-1d2e-4f3a-9b8c-7d6e5f4a3b2c Version: $LATEST\nAn error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.'
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain(TRAP)
  })
})
