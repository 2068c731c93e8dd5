// An Organizations policy ARN the log cut short or a writer elided (src/model/cutPolicyArn.ts).
import { policyArnCut, policyIdKept, shownPolicyArn } from '../../src/model/cutPolicyArn.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

describe('cut and elided Organizations policy ARNs', () => {
  it('a whole SCP ARN is shown as it is', () => {
    const arn = 'arn:aws:organizations::111122223333:policy/o-abc/service_control_policy/p-1a2b3c4d'
    expect(policyArnCut(arn)).toBe(false)
    expect(shownPolicyArn(arn)).toBe(arn)
  })

  it('an ARN cut at its start says the policy ID is missing (heldout13 review, h13-130)', () => {
    const arn = 'arn:aws:organizations::000000000000:p'
    expect(policyIdKept(arn)).toBeNull()
    expect(shownPolicyArn(arn)).toContain('the policy ID is missing')
  })

  it('an ARN the writer elided in the middle names the ID it keeps (heldout15 review, h15-078)', () => {
    const arn = 'arn:aws:organizations::.../p-u4gij31a'
    expect(policyIdKept(arn)).toBe('p-u4gij31a')
    expect(shownPolicyArn(arn)).toContain('its policy ID p-u4gij31a is printed')
    expect(shownPolicyArn(arn)).not.toContain('missing')
    const [f] = analyzeText(corpusText('heldout15.jsonl', 'h15-078')).findings
    expect(f!.explanation).toContain('p-u4gij31a is printed')
    expect(f!.explanation).not.toContain('policy ID is missing')
  })
})
