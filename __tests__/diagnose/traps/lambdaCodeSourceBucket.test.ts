// A function's code zip refused by a bucket that is not the caller's (heldout14 review, h14-061 and
// h14-062): the zip is missing or private there, so the source, not a grant, is the fix.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { corpusText } from '../../support/corpusRecords.js'
import { only } from '../analyze.js'

const TRAP = 'lambda-code-source-bucket'

describe(TRAP, () => {
  it('h14-062 (SWO-GS/retro-tag#11): a vendor’s release bucket, its key carried, no Allow drafted', () => {
    const f = only(corpusText('heldout14.jsonl', 'h14-062'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The function's code `autotag-0\.9\.0\.zip` is read from `gorillastack-autotag-releases-ap-northeast-1`/
    )
    const [remedy] = buildRemedies([f])
    expect(remedy?.statements).toEqual([])
    expect(remedy?.notes.join(' ')).toContain(
      '`gorillastack-autotag-releases-ap-northeast-1/autotag-0.9.0.zip`'
    )
  })

  it('h14-061 (aws-solutions/aws-waf-security-automations#3): no bucket name before the key', () => {
    const f = only(corpusText('heldout14.jsonl', 'h14-061'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`aws-waf-security-automations/v2.3.3/helper.zip`')
    expect(f.explanation).toContain('no bucket name')
    expect(buildRemedies([f])[0]?.statements).toEqual([])
  })

  it.each([
    // The pipeline's own artefact bucket: the caller's grant may be the fix.
    ['h7-019 (aws/copilot-cli#3984)', 'heldout7.jsonl', 'h7-019'],
    // A bucket of the reporter's own naming.
    ['a004 (aws-samples/aws-xray-cloudwatch-event#2)', 'real-a.jsonl', 'a004']
  ])('does not apply to %s, and the Allow stays', (_name, file, id) => {
    const f = only(corpusText(file, id))
    expect(f.traps).not.toContain(TRAP)
    expect(buildRemedies([f])[0]?.statements.length).toBeGreaterThan(0)
  })

  it('own: not for an object other than the code (a layer’s data file in a public-named bucket)', () => {
    const f = only(
      'Resource handler returned message: "Your access has been denied by S3, please make sure your request credentials have permission to GetObject for my-public-data/input.csv. S3 Error Code: AccessDenied. S3 Error Message: Access Denied (Service: Lambda, Status Code: 403, Request ID: 1)"'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
