// An account field that cannot be an account (digits, not 12 of them): a typo to flag, not a
// placeholder to fill in.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf, only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'impossible-account-id'

// Source: amzn/selling-partner-api-models#2523, text as printed (8 then 7 digits: mistyped).
const SP_MODELS_2523 =
  'Error executing "AssumeRole" on "https://sts.eu-west-1.amazonaws.com"; AWS HTTP error: Client error: `POST https://sts.eu-west-1.amazonaws.com` resulted in a `403 Forbidden` response: Sender AccessDeni (truncated...) AccessDenied (client): User: arn:aws:iam::67211257:user/Qikink is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::67211257:user/Qikink - Sender AccessDenied User: arn:aws:iam::67211257:user/Qikink is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::6721257:user/Qikink 70570cbc-baab-4cc7-8053-f3f4dcc7bec8'

function getParameter(account: string): string {
  return `An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:${account}:parameter/app/db because no identity-based policy allows the ssm:GetParameter action`
}

describe(TRAP, () => {
  it('flags the account that differs from the edited caller account, and drafts nothing', () => {
    const findings = findingsOf(SP_MODELS_2523)
    // The caller's 8 digits were edited when the log was shared (AWS prints the real caller):
    // the same 8 digits on the resource are that edit; the 7-digit one differs, a typo.
    const flagged = findings.filter((f) => f.traps.includes(TRAP))
    expect(flagged.map((f) => f.resource)).toEqual(['arn:aws:iam::6721257:user/Qikink'])
    expect(flagged[0]!.explanation).toMatch(/`6721257`, 7 digits/)
    for (const f of findings.filter((x) => !flagged.includes(x))) {
      expect(f.resource).toBe('arn:aws:iam::67211257:user/Qikink')
    }
    const remedies = buildRemedies(findings)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(validateRemedies(remedies, findings)).toEqual([])
  })

  it.each(['98765432101', '0123456789014', '4444555566', '7799'])(
    'flags %s instead of turning it into an <ACCOUNT_ID> placeholder',
    (account) => {
      const f = only(getParameter(account))
      expect(f.traps).toContain(TRAP)
      expect(f.fixTarget.kind).toBe('identity-policy')
      const remedies = buildRemedies([f])
      expect(remedies.flatMap((r) => r.statements)).toEqual([])
      expect(remedies[0]!.notes.join('\n')).toMatch(/account field .* is not 12 digits/)
    }
  )

  it('suggests lost leading zeros only for a short ID', () => {
    expect(only(getParameter('98765432101')).explanation).toContain('`098765432101`?')
    expect(only(getParameter('0123456789014')).explanation).not.toContain('leading zeros')
  })

  it.each([
    '444455556666',
    '***',
    '************',
    '8XXXXXXXXX0',
    '<ACCOUNT_ID>',
    'accountid',
    '',
    // Hand redactions seen in shared logs (corpus d080, d021, b039).
    '123456789',
    '1111111111',
    '0000'
  ])('leaves a real or masked account alone: %j', (account) => {
    const f = only(getParameter(account))
    expect(f.traps).not.toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).not.toEqual([])
  })

  it('an ID edited on both sides when the log was shared is no job typo: placeholders, not the trap', () => {
    // heldout4 h4-181 (github-file:find_string#3669733264), after its first scoring: AWS printed
    // the caller's real account, so a 13-digit one there was edited, and the resource's with it.
    const f = only(
      'An error occurred (AccessDenied) when calling the CreateApplication operation: User: arn:aws:iam::4359456772825:user/xxxxxxxxxxxx is not authorized to perform: elasticbeanstalk:CreateApplication on resource: arn:aws:elasticbeanstalk:us-east-1:4359456772825:application/etherpad'
    )
    expect(f.traps).not.toContain(TRAP)
    const resources = buildRemedies([f]).flatMap((r) => r.statements.map((s) => s.Resource))
    expect(resources).toEqual([
      'arn:aws:elasticbeanstalk:us-east-1:<ACCOUNT_ID>:application/etherpad'
    ])
  })

  it('h13-074 (kubernetes-sigs/karpenter#1713): one account cut differently is a redaction, not a typo nor a second account', () => {
    // The caller `5482`, the resource `5480`, the decoded message `548` and `54820`: one account.
    const f = findingsOf(corpusText('heldout13.jsonl', 'h13-074'))[0]!
    expect(f.traps).not.toContain(TRAP)
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toMatch(/different accounts|mistyped/)
  })

  it('ClarkSource/k8t#82: `123456` and `12345` are one hand-shortened account, not two', () => {
    const f = only(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456:assumed-role/myrole is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-central-1:12345:*'
    )
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toMatch(/different accounts/)
  })

  it('shortened IDs with other leading digits still name two accounts; a real caller keeps the typo check', () => {
    // Our own counter-cases: `145` and `123` differ from the start; `7799` beside a real caller.
    const two = only(
      'User: arn:aws:sts::145:assumed-role/ci/run is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123:parameter/app/db because no resource-based policy allows the ssm:GetParameter action'
    )
    expect(two.crossAccount).toBe(true)
    expect(only(getParameter('7799')).traps).toContain(TRAP)
  })

  it('h127-001 (aws-vault): `0987654321` counting down beside `1234567890` is a hand redaction, not a typo', () => {
    expect(findingsOf(corpusText('heldout127.jsonl', 'h127-001'))[0]!.traps).not.toContain(TRAP)
  })
})
