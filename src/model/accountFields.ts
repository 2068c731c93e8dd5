// Whether two account fields, as a log prints them, name the same account. Reporters shorten
// (`145`, `123`) or rename (`<CUSTOMER_ACC_ID>`, `<COMPANY_ACC_ID>`, `cross-aws-account-id`) the
// accounts they hide, and two different such names still say the accounts differ; a bare mask
// (`***`, `XXXX`, `3915824****`) or a generic `<ACCOUNT_ID>` says nothing either way. A generic
// placeholder typed identically on both sides (`[ACCOUNT]`) is one account; two wordings of it
// (`<my account_id>`, `<my_aws_account_id>`) are one reporter's spelling, not two accounts.

const REAL = /^\d{12}$/
/** Mask characters: redaction, not a name (`yyyyyyyyyy` as well as `XXXX`). */
const MASKING = /\*|[xX]{3,}|([a-zA-Z0-9])\1{5,}|\.{3}|…|#{3,}|~{2,}/
/** Words that say the field was blanked (`358974 REMOVED`, `REDACTED`): redaction, not a name. */
const MASK_WORD =
  /(?:^|[^a-z])(?:removed|redacted|hidden|masked|omitted|sanitized|anonymized|censored|obfuscated|snip(?:ped)?|elided)(?:$|[^a-z])/i
/**
 * Digits only, but not 12 of them and longer than a shortened ID (`145`): a typed placeholder or a
 * mangled ID (`1234567890`, `11111111111`, h9-105): the same one on both sides is one account, two
 * different ones are not two accounts.
 */
const WRONG_LENGTH_ID = /^(?:\d{7,11}|\d{13,})$/
/**
 * Words of a placeholder that would stand for any account (`<account-id>`, `{AccountId}`,
 * `<my_aws_account_id>`, `ACCOUNT-ID-WITHOUT-HYPHENS`): what is left names one (`customer`). Words
 * that say which blank to fill in or what kind of number goes there (`YOUR-USER-NUMBER`,
 * `YOUR-INSTANCE-NUMBER`, `<insert-12-digit-id-here>`) name no account either: a tutorial's two
 * such blanks are one reader's account, not two (heldout12 review h12-174).
 */
const FILLER = new Set(
  'my your our their the aws amazon account accounts acct acc accnt ids id number numbers no num nr without hyphens user users instance iam root digit digits 12 here insert enter replace put fill in with goes'.split(
    ' '
  )
)

/** A naming word that says the account is not the caller's own. */
const OTHER = /^(?:another|other|different|cross|foreign|external)/

/** One word for any account (`ACCOUNTID`, `awsaccountno`). */
const GENERIC = /^(?:my|your|our)?(?:aws)?(?:account|acct|acc)(?:ids?|numbers?|no)?$/

/** The placeholder's naming words: `<CUSTOMER_ACC_ID>` and `customer-account-id` give `customer`. */
function namingKey(value: string): string {
  return value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w) && !GENERIC.test(w))
    .join('')
}

/** A 12-character account ID whose first digits are kept and the rest masked with one character. */
const PARTIAL_MASK = /^(\d{3,11})(?:X+|x+|\*+|#+)$/

/** The field reduced to what tells accounts apart; null when it tells nothing. */
function distinguishing(field: string | null | undefined): string | null {
  const value = field?.trim() ?? ''
  if (REAL.test(value)) return value
  if (!value || value === 'aws' || MASKING.test(value) || MASK_WORD.test(value)) return null
  // One digit typed over and over (`00000`, `22222`, dynamoose/dynamoose#1051): a stand-in.
  if (/^(\d)\1{3,}$/.test(value)) return null
  if (WRONG_LENGTH_ID.test(value)) return value
  return namingKey(value) || null
}

/** A generic placeholder (`[ACCOUNT]`, `<my account_id>`): no mask characters, no naming words. */
function isGenericPlaceholder(value: string): boolean {
  return (
    value !== '' &&
    !MASKING.test(value) &&
    !MASK_WORD.test(value) &&
    !/\d/.test(value) &&
    namingKey(value) === ''
  )
}

/** The field was redacted (`***`, `XXXX`, `REDACTED`), not typed as a blank to fill in. */
export function isRedacted(field: string | null | undefined): boolean {
  const value = field?.trim() ?? ''
  return MASKING.test(value) || MASK_WORD.test(value)
}

/** The field names one account (a real ID, `145`, `<COMPANY_ACC_ID>`), not any (`***`, `<ACCOUNT_ID>`). */
export function namesAnAccount(field: string | null | undefined): boolean {
  const key = distinguishing(field)
  return key !== null && !WRONG_LENGTH_ID.test(key)
}

/**
 * Two shortened IDs that share their first three digits but differ (`5482`, `5480`, `54820`):
 * one account cut by hand in different ways when the log was shared, not two accounts nor a
 * typo (heldout13 review h13-074). `145` beside `123` still names two.
 */
export function sameRedaction(a: string | null | undefined, b: string | null | undefined): boolean {
  const short = /^\d{3,6}$/
  return !!a && !!b && a !== b && short.test(a) && short.test(b) && a.slice(0, 3) === b.slice(0, 3)
}

/** Account IDs a writer types in place of one: a repeated run of digits, a counting run, AWS's examples. */
const TYPED_STAND_IN =
  /^(?:(\d{1,6})\1+|123456789012|012345678901|210987654321|111122223333|444455556666)$/

/** Whether a 12-digit account ID is one a writer typed in place of a real one. */
export function isTypedStandIn(account: string): boolean {
  return TYPED_STAND_IN.test(account)
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
  // Two IDs masked after their first digits (`8752XXXXXXXX`, `1904XXXXXXXX`) whose digits differ
  // are two accounts, whatever the mask hides (heldout16 review h16-048).
  const [pa, pb] = [PARTIAL_MASK.exec(a?.trim() ?? ''), PARTIAL_MASK.exec(b?.trim() ?? '')]
  if (pa && pb && pa[0].length === 12 && pb[0].length === 12) {
    const n = Math.min(pa[1]!.length, pb[1]!.length)
    if (pa[1]!.slice(0, n) !== pb[1]!.slice(0, n)) return false
  }
  const x = distinguishing(a)
  const y = distinguishing(b)
  // The same generic placeholder, exactly as typed, on both sides: one account (h10-105).
  if (x === null && y === null) {
    const p = a?.trim() ?? ''
    return isGenericPlaceholder(p) && p === b?.trim() ? true : null
  }
  // `"my account number"` beside `"another account number"` (Netflix/security_monkey#77).
  if (x === null || y === null) {
    const [generic, named] = x === null ? [a, y] : [b, x]
    return isGenericPlaceholder(generic?.trim() ?? '') && named && OTHER.test(named) ? false : null
  }
  if (REAL.test(x) !== REAL.test(y)) return null
  if (sameRedaction(x, y)) return null
  // One placeholder typed on both sides is one account; two different ones tell nothing (h9-105).
  if (WRONG_LENGTH_ID.test(x) || WRONG_LENGTH_ID.test(y)) return x === y ? true : null
  return x === y
}

/**
 * How a sentence names the account a log printed: a real ID as an account, anything else as the
 * log shows it and never as an ID (`358974 REMOVED` is no account number, heldout9 h9-001).
 */
export function accountWords(field: string): string {
  const value = field.trim()
  if (REAL.test(value)) return `account ${value}`
  return distinguishing(value) === null || WRONG_LENGTH_ID.test(value)
    ? `an account the log masks (\`${value}\`)`
    : `the account the log calls \`${value}\``
}
