import { parseArn } from '../model/Arn.js'
import { isTypedStandIn, sameAccount } from '../model/accountFields.js'
import type { PrincipalInfo } from './Principal.js'

/**
 * Principal account vs resource account; null when either is unknown, masked or generic. Two
 * different shortened or renamed accounts (`145` and `123`) are two accounts.
 */
export function crossAccountOf(
  principal: PrincipalInfo | null,
  resource: string | null
): boolean | null {
  const resourceAccount = resource ? parseArn(resource)?.account : null
  // A caller's account typed as a stand-in (`123412341234`) beside a resource's account that looks
  // real: the writer redacted the caller, which may be that very account (heldout54 review h54-003,
  // a Sparta role refused on its own log group). The other way round, a resource ARN holding the
  // example account is the job's own mistake and stays another account (h3-016).
  const caller = principal?.accountAsPrinted?.trim() ?? ''
  if (
    isTypedStandIn(caller) &&
    /^\d{12}$/.test(resourceAccount ?? '') &&
    !isTypedStandIn(resourceAccount!)
  )
    return null
  const same = sameAccount(principal?.accountAsPrinted, resourceAccount)
  return same === null ? null : !same
}

/** The Data Catalog's resource types: the catalog itself, a database, a table, a function in it. */
const GLUE_CATALOG_RESOURCE = /^(?:catalog|database|table|userDefinedFunction)(?:\/|$)/

/**
 * The account of a Glue Data Catalog resource refused because "no resource-based policy allows"
 * the call. Glue asks a catalog's resource policy to allow a caller of another account (within its
 * own account the identity policy suffices, and IAM names that one), so the catalog is another
 * account's even when the log hides the caller's (heldout12 review h12-104). Null otherwise; the
 * account as printed ('' when the ARN shows none).
 */
export function glueCatalogAcross(d: {
  service: string | null
  layer: string | null
  deny: string | null
  resource: string | null
}): string | null {
  if (d.layer !== 'resource' || d.deny === 'explicit') return null
  const arn = d.resource ? parseArn(d.resource) : null
  if (!arn || arn.service !== 'glue' || !GLUE_CATALOG_RESOURCE.test(arn.resource)) return null
  return arn.account
}
