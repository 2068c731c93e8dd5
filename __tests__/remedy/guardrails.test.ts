// Explicit denies: meet a guardrail's condition rather than exempt the caller; an unnamed policy
// type lists every place a Deny can be, with the check for each. Corpus ids: ../diagnose/corpus.ts.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { DENY_CANDIDATES, GUARDRAILS, guardrailNote } from '../../src/remedy/guardrails.js'
import { corpus, findingsOf } from '../diagnose/analyze.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { makeFinding } from './makeFinding.js'

const notesOf = (f: Parameters<typeof buildRemedies>[0][number]): string =>
  buildRemedies([f])
    .flatMap((r) => r.notes)
    .join('\n')

describe('explicit denies', () => {
  it('an explicit deny of unnamed type (cloud-custodian#4736) lists every candidate with its check', () => {
    const f = corpus('d021')
    expect(f.layer).toBeNull()
    expect(f.explanation).toMatch(
      /service control policy, a resource control policy, a permissions boundary, a session policy/
    )
    const notes = notesOf(f)
    // The caller is an IAM user: its checks say get-user / list-user-policies, never get-role.
    expect(f.principal).toMatch(/:user\//)
    for (const c of DENY_CANDIDATES) expect(notes).toContain(`${c.where} (\`${c.check('user')}\`)`)
    expect(notes).toContain('aws iam get-user --user-name NAME --query User.PermissionsBoundary')
    expect(notes).not.toContain('get-role')
    expect(notes).toContain('meet it rather than to exempt the caller')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })

  it('an SCP explicit deny (corpus d035, DescribeAvailabilityZones) puts meeting the condition before an exemption', () => {
    const f = corpus('d035')
    expect(f.layer).toBe('scp')
    const notes = notesOf(f)
    const meet = notes.indexOf("Check the Deny's Condition first")
    const exempt = notes.indexOf('Only if the call itself must be allowed')
    expect(meet).toBeGreaterThan(-1)
    expect(exempt).toBeGreaterThan(meet)
    expect(notes).toContain('`aws:RequestedRegion`: run in a Region the policy allows')
  })

  it('names only the guardrails the decoded context shows', () => {
    const f = makeFinding({
      action: 's3:PutObject',
      deny: 'explicit',
      layer: 'resource',
      decode: { status: 'decoded', conditions: [{ key: 'aws:SecureTransport' }] }
    })
    const note = guardrailNote(f)
    expect(note).toContain('`aws:SecureTransport`: call over HTTPS')
    expect(note).not.toContain('aws:RequestedRegion')
  })

  it('lists every guardrail when nothing was decoded', () => {
    const note = guardrailNote(makeFinding({ action: 'ec2:RunInstances', deny: 'explicit' }))
    for (const g of GUARDRAILS) expect(note).toContain(`\`${g.key}\``)
  })

  it('an identity-policy deny stays with the Deny itself, without guardrail or candidate notes', () => {
    const f = makeFinding({
      action: 's3:GetObject',
      deny: 'explicit',
      layer: 'identity',
      fixTarget: { kind: 'explicit-deny', owner: 'you' }
    })
    const notes = notesOf(f)
    expect(notes).not.toContain("Check the Deny's Condition first")
    expect(notes).not.toContain('does not say which policy holds the Deny')
  })
})

describe('an explicit deny never shares a draft with an Allow', () => {
  // Both trust-policy refusals of one unnamed role, as an STS emulator formats them (a Go source
  // seen while collecting the corpus) with the caller masked as the runner prints it: the role
  // and the caller are unknown, so both point at the same target.
  const text = [
    'User: *** is not authorized to perform: sts:AssumeRole because no role trust policy allows the sts:AssumeRole action',
    'User: *** is not authorized to perform: sts:AssumeRole with an explicit deny in the role trust policy'
  ].join('\n')

  it('keeps the implicit trust refusal on its Allow and the explicit one on guidance', () => {
    const findings = findingsOf(text)
    expect(findings.map((f) => f.deny)).toEqual(['implicit', 'explicit'])
    const remedies = buildRemedies(findings)
    expect(validateRemedies(remedies, findings)).toEqual([])
    const withAllow = remedies.filter((r) => r.statements.some((s) => s.Effect === 'Allow'))
    expect(withAllow.length).toBeGreaterThan(0)
    for (const r of withAllow) expect(r.findings).not.toContain(1)
    const explicit = remedies.filter((r) => r.findings.includes(1))
    expect(explicit).toHaveLength(1)
    expect(explicit[0]!.statements).toEqual([])
  })
})
