// A service-linked role as the role to assume: only its service assumes it and its trust policy is
// AWS's, so the fix is to create it (or stop assuming it), never a trust statement.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'assume-service-linked-role'

describe(TRAP, () => {
  it("heldout140 h140-032 (aws/aws-cli#7218): Chime's transcription role, written into a meeting's transcript", () => {
    const text = corpusText('heldout140.jsonl', 'h140-032')
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(f.title).toMatch(/service-linked role, which only its service assumes/)
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(f.explanation).toContain(
      'aws iam create-service-linked-role --aws-service-name transcription.chime.amazonaws.com'
    )
    const findings = findingsOf(text)
    const remedies = buildRemedies(findings)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(validateRemedies(remedies, findings)).toEqual([])
  })

  it('counter-case (own): a role of the account under its own path is no service-linked role', () => {
    const f = only(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/service-role/deployer'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('assume-role-two-policies')
  })
})
