// "Incorrect token audience" is every OIDC platform's refusal, not GitHub's alone (heldout15
// second review, h15-093: a Bitbucket Pipelines knowledge-base page was told GitHub's default).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const analysed = (text: string) => {
  const { findings } = analyzeText(text)
  return { f: findings[0]!, remedies: buildRemedies(findings) }
}

describe('a wrong OIDC audience, on any platform', () => {
  it('h15-093 (Bitbucket Pipelines): no GitHub claim, and Bitbucket’s audience named', () => {
    const { f, remedies } = analysed(corpusText('heldout15.jsonl', 'h15-093'))
    expect(f.kind).toBe('credentials')
    expect(f.title).not.toMatch(/GitHub/)
    expect(f.title).toMatch(/wrong audience/)
    expect(f.explanation).toContain('ari:cloud:bitbucket::workspace/UUID')
    const said = remedies.map((r) => JSON.stringify(r)).join('\n')
    expect(said).not.toContain("(the action's default)")
    expect(said).toContain('ari:cloud:bitbucket::workspace/UUID')
  })

  it('a GitHub run still hears GitHub’s default audience (own case, the Actions log layout)', () => {
    const { f } = analysed(
      'Run aws-actions/configure-aws-credentials@v4\n##[error]Could not assume role with OIDC: Incorrect token audience'
    )
    expect(f.explanation).toContain(
      '`sts.amazonaws.com` unless its `audience:` input says otherwise'
    )
  })
})
