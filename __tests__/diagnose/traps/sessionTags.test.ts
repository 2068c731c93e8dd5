// Session tags passed with AssumeRole need sts:TagSession in the target role's trust policy and
// the caller's own policy (heldout14 review, h14-033 and h14-151): the message's `missing
// permission: sts:TagSession` names it without any Deny, or the text says tags are passed.
import { analyzeText } from '../../../src/engine/Analysis.js'
import { withRemedies } from '../../../src/engine/completeReport.js'
import { corpusText } from '../../support/corpusRecords.js'

function analysed(text: string) {
  const report = withRemedies(analyzeText(text, 'x.log'), undefined, () => {})
  const actions = (kind: string) =>
    report.remedies
      .filter((r) => r.target?.kind === kind)
      .flatMap((r) => r.statements.flatMap((s) => [s.Action].flat()))
  return {
    f: report.findings[0]!,
    trust: actions('trust-policy'),
    caller: actions('identity-policy')
  }
}

describe('sts:TagSession on both sides when session tags are passed', () => {
  it('h14-151: `explicit deny or missing permission: sts:TagSession` is the action, not a Deny (stackengine.dev)', () => {
    const { f, trust, caller } = analysed(corpusText('heldout14.jsonl', 'h14-151'))
    expect([f.action, f.deny, f.detail.missingPermission]).toEqual([
      'sts:AssumeRole',
      null,
      'sts:TagSession'
    ])
    expect(f.traps).toContain('assume-role-two-policies')
    expect(f.explanation).toContain('trust policy must also allow `sts:TagSession`')
    // One account: the trust policy naming the caller's role is enough, no caller statement.
    expect(trust).toEqual(['sts:AssumeRole', 'sts:TagSession'])
    expect(caller).toEqual([])
  })

  it('h14-033: "when I try to use tags … to assume role" (pulumi/pulumi-aws#4849)', () => {
    const { f, trust } = analysed(corpusText('heldout14.jsonl', 'h14-033'))
    expect(f.inferred?.signals?.['session-tags']?.value).toBe('tags')
    expect(f.explanation).toContain('trust policy must also allow `sts:TagSession`')
    expect(trust).toEqual(['sts:AssumeRole', 'sts:TagSession'])
  })

  it('18F/identity-terraform#115: the refused action is sts:TagSession itself (aws-vault with session_tags)', () => {
    const { f, trust } = analysed(
      'aws-vault: error: exec: Failed to get credentials for <ACCOUNT>-admin: AccessDenied: User: arn:aws:iam::<REDACTED>:user/bob.smith is not authorized to perform: sts:TagSession on resource: arn:aws:iam::<REDACTED>:role/<EXAMPLE-ROLE>'
    )
    expect(f.action).toBe('sts:TagSession')
    expect(f.explanation).toContain('trust policy must also allow `sts:TagSession`')
    expect(trust).toContain('sts:TagSession')
  })

  it('an explicit deny in a named policy stays explicit (counter-case)', () => {
    const { f } = analysed(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy with an explicit deny in a service control policy'
    )
    expect([f.deny, f.layer, f.detail.missingPermission]).toEqual(['explicit', 'scp', undefined])
  })

  it('tags named in other words around a plain AssumeRole refusal add nothing (counter-case)', () => {
    const { f, trust } = analysed(
      [
        'The role carries the tags Environment=prod and Team=data.',
        'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/deploy'
      ].join('\n')
    )
    expect(f.inferred?.signals?.['session-tags']).toBeUndefined()
    expect(trust).toEqual(['sts:AssumeRole'])
  })
})
