// WD5017 (heldout135 review h135-036, h135-048): a GetSessionToken session without MFA calling IAM.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'session-token-iam-call'

describe(TRAP, () => {
  it.each([
    ['h135-036 (aws-vault exec of a profile with no role, then aws iam list-users)', 'h135-036'],
    ["h135-048 (paws' get_session_token, then list_roles)", 'h135-048']
  ])('%s: the session type, not the key', (_name, id) => {
    const { findings, notes } = analysed(corpusText('heldout135.jsonl', id))
    const f = findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The call went to IAM with a session from GetSessionToken/)
    expect(f.explanation).toContain('aws-vault exec --no-session PROFILE')
    expect(notes.join('\n')).not.toMatch(/rotat|deleted/i)
  })

  it.each([
    // own: aws-vault with --no-session uses the key itself: a rejection there is the key's
    '$ aws-vault exec a --no-session -- aws iam list-users\nAn error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid',
    // own: a GetSessionToken session refused by S3 is no IAM rule
    '$ aws sts get-session-token\nAn error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
    // own: IAM refusing a key with no session in sight
    '$ aws iam list-users\nAn error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid'
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain(TRAP)
  })
})
