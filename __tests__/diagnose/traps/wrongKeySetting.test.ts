// A key setting misspelled or set to an unset value's word: the program signed without the key
// meant (WD988).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'wrong-key-setting'

describe(TRAP, () => {
  it('aws/aws-toolkit-azure-devops#112 (h40-004): `AWS_ACCESS_KEY_ID=undefined` is the word sent as the key', () => {
    const { f } = analysedOne(corpusText('heldout40.jsonl', 'h40-004'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^The log shows `AWS_ACCESS_KEY_ID=undefined`/)
  })

  it('own: a misspelled secret key setting beside S3’s 403 is named first, with the name the SDK reads', () => {
    const { f } = analysedOne(
      'An error occurred (403) when calling the HeadObject operation: Forbidden\nAWS_ACCESS_KEY_ID = "..."\nAWS_SECERT_ACCESS_KEY = "..."'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      '`AWS_SECERT_ACCESS_KEY`, a name no AWS SDK reads: the setting is `AWS_SECRET_ACCESS_KEY`'
    )
  })

  it('keithweaver/aws-s3-github-action#12 (h61-005): `AWS_TOKEN_SESSION`, the words of `AWS_SESSION_TOKEN` swapped', () => {
    const { f } = analysedOne(corpusText('heldout61.jsonl', 'h61-005'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(
      /^The log sets `AWS_TOKEN_SESSION`, a name no AWS SDK reads: the setting is `AWS_SESSION_TOKEN`/
    )
  })

  it('counter-case: the SDK’s own names and other AWS_ settings are no typo', () => {
    const { f } = analysedOne(
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nAWS_ACCESS_KEY_ID=AKIA... AWS_SECRET_ACCESS_KEY=... AWS_STORAGE_BUCKET_NAME=b AWS_SECURITY_TOKEN=x'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
