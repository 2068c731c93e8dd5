import type { Trap, TrapInput } from '../Trap.js'

// SES authorizes a send against the verified identities it involves, and names the one that
// failed: the sender's (the address when it is verified on its own, else its domain) and, while
// the account is in the SES sandbox, each recipient's too (cloudposse/terraform-aws-ses#40: a
// policy limited to the sending domain refused `identity/<recipient>`). AWS's 554 "Access denied"
// article lists the same checks: the send actions, the identity ARN in Resource, a sending
// authorization policy on the identity.
const SEND =
  /^ses:Send(?:Email|RawEmail|TemplatedEmail|BulkTemplatedEmail|BulkEmail|CustomVerificationEmail)$/i
const IDENTITY = /^arn:[\w-]+:ses:[^:\s]*:[^:\s]*:identity\/(\S+)$/

function identityOf({ d }: TrapInput): string | null {
  if (d.kind !== 'denial' || !SEND.test(d.action ?? '')) return null
  return IDENTITY.exec(d.resource ?? '')?.[1] ?? null
}

const sandboxSaid = ({ inferred }: TrapInput): string | null =>
  inferred?.statedCause?.value === 'ses-sandbox' || inferred?.statedCause?.value === 'ses-recipient'
    ? inferred.statedCause.from
    : null

/** The writer calls the refused identity a recipient. */
const recipientShown = ({ inferred }: TrapInput): boolean =>
  inferred?.statedCause?.value === 'ses-recipient'

export const sesSendingIdentity: Trap = {
  id: 'ses-sending-identity',
  applies: (input) => identityOf(input) !== null,
  // What the log says about the sandbox or verification is what an expert checks first.
  leadsWhen: (input) => sandboxSaid(input) !== null,
  advice: (input) => {
    const name = identityOf(input)!
    const action = input.d.action!
    const checks =
      `SES checked \`${action}\` against the identity \`${name}\`: the verified identity of the sender (the address when it is verified on its own, else its domain) and, while the account is in the SES sandbox, each recipient's too. ` +
      `A policy whose Resource lists identities must name this one (\`identity/*\` covers them all); a sending authorization policy attached to the identity (delegate or cross-account sending) must allow this principal as well.`
    const said = sandboxSaid(input)
    if (recipientShown(input))
      return (
        `The log calls \`${name}\` a recipient (${said}): SES checks recipients' identities only while the account is in the SES sandbox in this Region. ` +
        `Request production access (or, for tests, verify that recipient), rather than granting \`${action}\` on it. ` +
        checks
      )
    if (said)
      return (
        `The log speaks of the SES sandbox or an unverified address (${said}): check first whether \`${name}\` is a recipient rather than the address or domain you send from. ` +
        `If it is, the account is in the sandbox in this Region: verify that recipient or request production access, rather than granting more. ` +
        checks
      )
    return (
      checks +
      ` If \`${name}\` is not an address or domain you send from, the account is probably still in the sandbox: request production access rather than widening the policy.`
    )
  }
}
