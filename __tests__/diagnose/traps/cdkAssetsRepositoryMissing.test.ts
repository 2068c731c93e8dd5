// CDK's bootstrap container-assets repository not found: the bootstrap, not a policy (heldout17
// reviews h17-026, h17-027).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cdk-assets-repository-missing'

describe(TRAP, () => {
  it('h17-026 (aws-samples/aws-genai-llm-chatbot#348): the name holds `$AWS_ACCOUNT_ID` as written', () => {
    const { f } = analysedOne(corpusText('heldout17.jsonl', 'h17-026'))
    expect(f.kind).toBe('not-found')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^`cdk-hnb659fds-container-assets-\$AWS_ACCOUNT_ID-\$AWS_REGION` is CDK's bootstrap/
    )
    expect(f.explanation).toContain('holds `$AWS_ACCOUNT_ID` as written')
    expect(f.explanation).toContain('cdk bootstrap aws://ACCOUNT_ID/REGION')
  })

  it('h17-027: the CDKToolkit stack fails to update a repository deleted outside CloudFormation', () => {
    const { f } = analysedOne(corpusText('heldout17.jsonl', 'h17-027'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('deleted outside CloudFormation')
    expect(f.explanation).not.toContain('as written')
  })

  it("counter-case: another repository's name unknown is not the bootstrap's", () => {
    const { f } = analysedOne(
      "name unknown: The repository with name 'app' does not exist in the registry with id '111122223333'"
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
