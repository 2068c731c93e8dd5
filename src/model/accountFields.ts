// Whether two account fields, as a log prints them, name the same account. Reporters shorten
// (`145`, `123`) or rename (`<CUSTOMER_ACC_ID>`, `<COMPANY_ACC_ID>`, `cross-aws-account-id`) the
// accounts they hide, and two different such names still say the accounts differ; a bare mask
// (`***`, `XXXX`, `3915824****`) or a generic `<ACCOUNT_ID>` says nothing either way.

const REAL = /^\d{12}$/
/** Mask characters: redaction, not a name. */
const MASKING = /\*|[xX]{3,}|\.{3}|…|#{3,}|~{2,}/
/** Placeholders that would stand for any account (`<account-id>`, `ACCOUNT_ID`, `{AccountId}`). */
const GENERIC = /^(?:aws)?(?:account|acct|acc)(?:ids?|numbers?|no)?$/

/** The field reduced to what tells accounts apart; null when it tells nothing. */
function distinguishing(field: string | null | undefined): string | null {
  const value = field?.trim() ?? ''
  if (!value || value === 'aws' || MASKING.test(value)) return null
  if (REAL.test(value)) return value
  const key = value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return key && !GENERIC.test(key) ? key : null
}

/** The field names one account (a real ID, `145`, `<COMPANY_ACC_ID>`), not any (`***`, `<ACCOUNT_ID>`). */
export function namesAnAccount(field: string | null | undefined): boolean {
  return distinguishing(field) !== null
}

/**
 * True when both fields name the same account, false when they name different ones, null when
 * either is missing, masked or generic. A real ID and a renamed one are never compared: the
 * reporter may have renamed that very account.
 */
export function sameAccount(
  a: string | null | undefined,
  b: string | null | undefined
): boolean | null {
  const x = distinguishing(a)
  const y = distinguishing(b)
  if (x === null || y === null) return null
  if (REAL.test(x) !== REAL.test(y)) return null
  return x === y
}
