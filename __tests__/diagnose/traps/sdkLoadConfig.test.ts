// WD5022 (heldout138 review: h138-052): the JavaScript SDK v2's own hint leads; not where a runtime
// says where the credentials come from instead (heldout163 and heldout166 reviews: h163-006, h166-048).
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'sdk-load-config'

describe(TRAP, () => {
  it("h138-052 (artilleryio/artillery#1887): the SDK's AWS_SDK_LOAD_CONFIG hint leads", () => {
    const { findings } = analysed(corpusText('heldout138.jsonl', 'h138-052'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The JavaScript SDK v2 ends every "missing credentials" error with this hint/
    )
    // Conditional: the hint is boilerplate, a cause only for credentials kept in ~/.aws/config.
    expect(f.explanation).toContain('If that is where they are, export `AWS_SDK_LOAD_CONFIG=1`')
    // The generic "give the process credentials" advice is not said beside it.
    expect(f.explanation).not.toContain('Give them to the process where it runs')
  })

  it("h20-044: an Azure DevOps task's service connection leads, the SDK's boilerplate hint is not offered", () => {
    const { findings } = analysed(corpusText('heldout20.jsonl', 'h20-044'))
    const e = findings[0]!.explanation
    expect(e).toMatch(/^This ran in the Azure Pipelines task/)
    expect(findings[0]!.traps).not.toContain(TRAP)
    expect(e).not.toContain('export `AWS_SDK_LOAD_CONFIG=1`')
  })

  it('h166-048 (aws/aws-toolkit-azure-devops#483): the ECR task named by its own words, not its folder', () => {
    const { findings } = analysed(corpusText('heldout166.jsonl', 'h166-048'))
    const f = findings[0]!
    expect(f.inferred?.signals?.['azure-devops-aws-task']?.value).toBe('ECRPushImage')
    expect(f.explanation).toMatch(/^This ran in the Azure Pipelines task `ECRPushImage`/)
    expect(f.traps).not.toContain(TRAP)
  })

  it('h163-006 (aws/aws-sdk-js#3665): in a web page the credentials come from the page, not a profile', () => {
    const { findings } = analysed(corpusText('heldout163.jsonl', 'h163-006'))
    const f = findings[0]!
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).toMatch(/^This ran in a web browser/)
    expect(f.explanation).toContain('Cognito identity pool')
    expect(f.explanation).not.toContain('export `AWS_SDK_LOAD_CONFIG=1`')
  })

  it('h162-046 (aws/aws-toolkit-vscode#1541): the Toolkit reads its profile itself', () => {
    const { findings } = analysed(corpusText('heldout162.jsonl', 'h162-046'))
    const f = findings[0]!
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The AWS Toolkit for VS Code could not get credentials from the profile `child`/
    )
  })

  it.each([
    // own: a Node stack (files, not URLs) is no web page
    'CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1\n    at Timeout.connectTimeout [as _onTimeout] (/app/node_modules/aws-sdk/lib/http/node.js:69:15)',
    // own: a link to the SDK's docs page is no browser build
    'See https://sdk.amazonaws.com/js/api/latest/ for help.\nCredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'
  ])('no web page where the stack or link is not one: %s', (text) => {
    const f = analysed(text).findings[0]!
    expect(f.inferred?.signals?.['browser-sdk']).toBeUndefined()
    expect(f.traps).toContain(TRAP)
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
