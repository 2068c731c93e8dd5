import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { draftRef, resolveDraftRefs } from '../../src/remedy/draftRef.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'

describe('a note pointing at another change of the report', () => {
  it('names it by its number, as the comment counts them', () => {
    const ids = ['trust-policy:a', 'identity-policy:role/b']
    expect(resolveDraftRefs(`see ${draftRef('identity-policy:role/b')}.`, ids)).toBe('see fix 2.')
    expect(resolveDraftRefs(`see ${draftRef('gone')}.`, ids)).toBe('see gone.')
    expect(resolveDraftRefs('no marker', ids)).toBe('no marker')
  })

  // h15-153 (aws/aws-sdk-ruby#2018): the trust side first, the caller's side a numbered change.
  it('h15-153: a bare AssumeRole refusal leads with the role trust, then the caller side', () => {
    const remedies = buildRemedies(
      analyzeText(corpusText('heldout15.jsonl', 'h15-153'), 'ci.log').findings
    )
    expect(remedies.map((r) => r.target.kind)).toEqual(['trust-policy', 'identity-policy'])
    expect(remedies[0]!.notes.join('\n')).toContain('on this role: see fix 2.')
    expect(remedies[1]!.statements[0]!.Resource).toBe(
      'arn:aws:iam::995319131876:role/Administrator'
    )
    for (const n of remedies.flatMap((r) => r.notes)) expect(n).not.toContain('\u0001')
  })
})
