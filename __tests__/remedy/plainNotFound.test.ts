// A service's own "not found" (S3's 404 NoSuchBucket) is not a denial in disguise: the remedy's
// note says the resource is missing, not that "AWS reports some requests for missing resources as
// access denied" (heldout10 review h10-146).
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('the note on a plain not-found', () => {
  it.each([
    // heldout10 h10-146 (s3tools/s3cmd#1432): s3cmd setlifecycle on a bucket that does not exist
    [corpusText('heldout10.jsonl', 'h10-146'), 'NoSuchBucket'],
    // brikis98/terraform-up-and-running-code#115: terraform init on a backend bucket not yet made
    [
      '│ Error: Failed to get existing workspaces: S3 bucket does not exist.\n│ \n│ The referenced S3 bucket must have been previously created. If the S3 bucket\n│ was created within the last minute, please wait for a minute or two and try\n│ again.\n│ \n│ Error: NoSuchBucket: The specified bucket does not exist\n│       status code: 404, request id: 97Y3S9DC6WEF2T8X, host id: scJpjeLE59XtJYtU5rPDKFyPBOn+5xUz4DFO+H4xwjlz2/mkLTSnj6pmmcQE8F+1U2DKh4b5TV4=',
      'NoSuchBucket'
    ]
  ])('%#: says the resource is missing, as AWS answered', (text, code) => {
    const { findings, statements, notes } = analysed(text)
    expect(findings.map((f) => f.kind)).toEqual(['not-found'])
    expect(statements).toEqual([])
    const all = notes.join('\n')
    expect(all).toContain(`AWS answered that it is missing (\`${code}\`)`)
    expect(all).not.toMatch(/reported as access denied|missing resources as access denied/)
  })
})
