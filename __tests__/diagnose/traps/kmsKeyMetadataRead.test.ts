// A key's settings read refused by the key's own policy: which key it is decides (an AWS managed
// key is skipped, a customer managed key's administrators change its policy), so no Allow is drafted.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'kms-key-metadata-read'

describe(TRAP, () => {
  it.each([
    // Netflix/security_monkey#721: a role named Admin, no reason phrase
    'h140-076',
    // rebuy-de/aws-nuke#247: an account cleaner listing keys, no reason phrase, masks
    'h140-081'
  ])('heldout140 %s: the key decides, no statement', (id) => {
    const text = corpusText('heldout140.jsonl', id)
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.explanation).toContain('aws kms list-aliases --key-id')
    const findings = findingsOf(text)
    const remedies = buildRemedies(findings)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(validateRemedies(remedies, findings)).toEqual([])
  })

  it('own: an auditor named beside a read the key policy refused', () => {
    const f = only(
      'prowler: User: arn:aws:sts::111122223333:assumed-role/audit/run is not authorized to perform: kms:GetKeyRotationStatus on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:GetKeyRotationStatus action'
    )
    expect(f.traps).toContain(TRAP)
  })

  it.each([
    // heldout140 h140-074 (elastic/cloudbeat#1749): the text names no auditor, only the note does:
    // the key-policy draft stays (the key's administrators' change for a customer managed key)
    corpusText('heldout140.jsonl', 'h140-074'),
    // own: a deploy's own read of its key, refused by the key's policy: the key-policy draft stays
    'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:DescribeKey action',
    // own: the caller's identity policy refused it: that is where the Allow goes
    'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:DescribeKey action',
    // own: no reason phrase, an ordinary CI role and no auditor in sight
    'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    // own: a use of the key, not a read of its settings
    'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action'
  ])('counter-case: %s', (text) => {
    expect(only(text).traps).not.toContain(TRAP)
  })
})
