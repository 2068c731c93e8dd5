// SES send refusals on a verified identity (issue 10, heldout9 h9-053 … h9-065): which identity
// SES checked, and the sandbox first when the log speaks of it.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'
import { only } from '../analyze.js'

const TRAP = 'ses-sending-identity'

// cloudposse/terraform-aws-ses#40: the issue body as written, the reporter's last line included
// (the refused identity is a recipient; the verified domain is another one).
const CLOUDPOSSE_40 = `When testing default credential I get a  \` Access denied: User \`arn:aws:iam::920189201894:user/test' is not authorized to perform \`ses:SendRawEmail' on resource \`arn:aws:ses:eu-west-1:920189201894:identity/kevin@particule.io'\` for exemple

My verified domain is another domain.`

describe(TRAP, () => {
  it.each([
    ['h9-056', 'ses:SendEmail', 'ce100.emf@gmail.com'],
    ['h9-065', 'ses:SendRawEmail', 'jacob.woffenden@justice.gov.uk'],
    ['h9-053', 'ses:SendRawEmail', 'ssc-spc.gc.ca']
  ])(
    'heldout9 %s: names the identity SES checked, the statement on its ARN',
    (id, action, name) => {
      const f = only(corpusText('heldout9.jsonl', id))
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toContain(`against the identity \`${name}\``)
      // Not the first thing said: nothing in the text speaks of the sandbox.
      expect(f.explanation.indexOf('SES checked')).toBeGreaterThan(0)
      expect(f.inferred?.statedCause).toBeUndefined()
      const remedies = buildRemedies([f])
      const statements = remedies.flatMap((r) => r.statements)
      // The identity's ARN is the resource (a masked account becomes a placeholder to fill).
      const onIdentity = statements.find((s) => s.Action === action)
      expect(String(onIdentity?.Resource)).toMatch(/^arn:aws:ses:[a-z0-9-]+:[^:]+:identity\//)
      expect(String(onIdentity?.Resource).endsWith(`:identity/${name}`)).toBe(true)
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it('cloudposse/terraform-aws-ses#40: the words about verification put the sandbox first', () => {
    const f = only(CLOUDPOSSE_40)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.statedCause?.value).toBe('ses-sandbox')
    expect(f.explanation.startsWith('The log speaks of the SES sandbox')).toBe(true)
    expect(f.explanation).toContain('`kevin@particule.io` is a recipient')
  })

  it('own: "sandbox" in the log, a Lambda role refused on a domain identity', () => {
    const f = only(
      "Our SES account is still in the sandbox.\nAccessDenied: User `arn:aws:sts::111122223333:assumed-role/mailer-role/mailer' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:111122223333:identity/customer@example.org'"
    )
    expect(f.inferred?.statedCause?.value).toBe('ses-sandbox')
    expect(f.explanation.startsWith('The log speaks of the SES sandbox')).toBe(true)
  })

  it.each([
    [
      // usdigitalresponse/usdr-gost#3080: a configuration set, not an identity
      'a configuration-set resource',
      "AccessDenied: User `arn:aws:sts::357150818708:assumed-role/gost-staging-api-ECSTask-2023021701041477300000000a/969ff5cbe4c14e75a8427065217e836e' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-west-2:357150818708:configuration-set/gost-staging-default'"
    ],
    [
      // aws/aws-sdk-php#941: not a send
      'an identity-management action',
      'Error executing "VerifyEmailIdentity" on "https://email.us-west-2.amazonaws.com"; AWS HTTP error: Client error: 403 AccessDenied (client): User: arn:aws:iam::656786582583:user/mailer is not authorized to perform: ses:VerifyEmailIdentity on resource: arn:aws:ses:us-west-2:656786582583:identity/example.com'
    ],
    [
      'own: a sandbox word beside an S3 refusal',
      'Running in the sandbox account.\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
    ]
  ])('stays out: %s', (_t, text) => {
    const f = only(text)
    expect(f.traps).not.toContain(TRAP)
    expect(f.inferred?.statedCause?.value).not.toBe('ses-sandbox')
  })
})

describe('the writer calls the refused identity a recipient (heldout155 review, session 53)', () => {
  it('h156-136: the sandbox leads and no Allow is drafted on the recipient', () => {
    const f = only(corpusText('heldout156.jsonl', 'h156-136'))
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.statedCause?.value).toBe('ses-recipient')
    expect(f.explanation).toMatch(/^The log calls `jessitron@gmail\.com` a recipient/)
    expect(f.explanation).toContain('Request production access')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies.flatMap((r) => r.notes).join(' ')).toMatch(
      /No statement is proposed: SES refused the send on a recipient's mailbox/
    )
  })

  it('counter-case: a gmail.com identity without such words may be the sender: its statement stays', () => {
    const f = only(corpusText('heldout9.jsonl', 'h9-056'))
    expect(f.inferred?.statedCause).toBeUndefined()
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toHaveLength(1)
  })
})
