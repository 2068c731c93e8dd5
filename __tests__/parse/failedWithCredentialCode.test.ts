// Issue 10 (heldout12 review, h12-082): a tool's own sentence naming the credential error code
// after `failed with`, then its explanation (WD842). The word is no code slot: the code is unset.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('`<call> failed with <credential code>. <sentence>` (WD842)', () => {
  it('h12-082 (sebastientaggart/docker-cloudmapper#7, CloudMapper)', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-082'))
    expect([f.kind, f.code, f.grammar]).toEqual([
      'credentials',
      null,
      'tool-failed-with-credential-code'
    ])
  })

  it('github-file:find_string#2414303739 (the Serverless Event Gateway’s message for an expired token)', () => {
    const f = only(
      'Function call failed with ExpiredTokenException. The provided security token for the function has expired. Please provide an updated security token or provide permanent credentials.'
    )
    expect([f.kind, f.code]).toEqual(['credentials', null])
  })

  it.each([
    [
      'github-file:find_string#34520370498 (a retrospective, no sentence after)',
      '**Impact**: Initial AWS CLI commands failed with InvalidClientTokenId'
    ],
    [
      'github-file:find_string#68355692431 (a docstring going on after a comma)',
      'REACTIVE: the next S3 call failed with ExpiredToken, and only then was'
    ],
    [
      'github-file:find_string#29860739679 (a blog post: `errors` after the code)',
      '    * Issue: Terraform operations failed with ExpiredToken errors, even after updating credentials.'
    ],
    [
      'github-file:find_string#70939772206 (a report: the sentence on the next line)',
      '**Result:** The command failed with InvalidClientTokenId.\nAWS reported that the security token was invalid.'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
