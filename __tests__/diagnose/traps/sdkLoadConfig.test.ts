// WD5022 (heldout138 review: h138-052): the JavaScript SDK v2's own hint leads, after a runtime's.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'sdk-load-config'

describe(TRAP, () => {
  it("h138-052 (artilleryio/artillery#1887): the SDK's AWS_SDK_LOAD_CONFIG hint leads", () => {
    const { findings } = analysed(corpusText('heldout138.jsonl', 'h138-052'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The JavaScript SDK v2 reads only `~\/.aws\/credentials` unless `AWS_SDK_LOAD_CONFIG=1`/
    )
    // The generic "give the process credentials" advice is not said beside it.
    expect(f.explanation).not.toContain('Give them to the process where it runs')
  })

  it("h20-044: an Azure DevOps task's service connection still leads, the SDK's hint after it", () => {
    const { findings } = analysed(corpusText('heldout20.jsonl', 'h20-044'))
    const e = findings[0]!.explanation
    expect(e).toMatch(/^This ran in the Azure Pipelines task/)
    expect(e.indexOf('AWS_SDK_LOAD_CONFIG=1')).toBeGreaterThan(0)
  })

  it.each([
    // own: the hint already followed (the variable exported before the run)
    'export AWS_SDK_LOAD_CONFIG=1\nCredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1',
    // own: another SDK's missing credentials
    'botocore.exceptions.NoCredentialsError: Unable to locate credentials'
  ])('not where the hint is no news or not printed: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
