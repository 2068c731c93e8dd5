// A Deny in a policy named for denying is what it was attached for: no boundary or condition to
// meet, no narrowing as the first advice (heldout18 review h18-092). Counter-cases: a guardrail
// named otherwise keeps the boundary advice; AWS's quarantine policy keeps its own.
import { deliberateDenyName } from '../../../src/model/deliberateDeny.js'
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'deliberate-deny-policy'

describe('deliberate-deny-policy', () => {
  it('h18-092 (DrH0rse/tp-nextcloud-aws-Grp2-, a training account user refused iam:CreateRole): no boundary story, a principal that may', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout18.jsonl', 'h18-092'))
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('guardrail-condition')
    expect(f.explanation).toMatch(
      /^The denying policy's name \(`formation-deny-iam-write`\) says what it is for/
    )
    expect(f.explanation).not.toMatch(/permissions_boundary/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/the Deny is not for narrowing/)
  })

  it('own: a boundary named for denying, on an EC2 call', () => {
    const { f } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: User: arn:aws:sts::111122223333:assumed-role/dev/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* with an explicit deny in a permissions boundary: arn:aws:iam::111122223333:policy/boundaries/DenyComputeOutsideSandbox'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('own counter-case: a delegation guardrail named otherwise keeps the boundary advice', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deployer/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app-role with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/delegation-guardrail'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('guardrail-condition')
  })

  it.each([
    ['arn:aws:iam::039497794217:policy/formation-deny-iam-write', 'formation-deny-iam-write'],
    ['arn:aws:iam::111122223333:policy/DenyIamWrite', 'DenyIamWrite'],
    ['arn:aws:iam::aws:policy/AWSDenyAll', 'AWSDenyAll'],
    ['arn:aws:iam::111122223333:policy/team/region_deny', 'region_deny'],
    ['arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3', null],
    ['arn:aws:iam::111122223333:policy/denylist-reader', null],
    ['arn:aws:iam::111122223333:policy/Denylisted', null],
    ['arn:aws:iam::111122223333:policy/ci-deploy', null],
    ['arn:aws:organizations::111122223333:policy/o-abc/service_control_policy/p-deny1', null]
  ])('deliberateDenyName(%s) = %s', (arn, name) => {
    expect(deliberateDenyName(arn)).toBe(name)
  })
})
