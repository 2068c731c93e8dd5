// Another account's Glue Data Catalog: Athena or a Glue client reading a catalog whose ID is not the
// caller's account (a published dataset's catalog, a catalog ID or Region set wrong). Only the
// catalog's owner can open it, with its Glue resource policy (and Lake Formation grants where Lake
// Formation manages it); the owner of a public dataset will not, and expects each user to define
// the tables in their own catalog (heldout12 review h12-104). The caller's identity policy is
// needed too, but alone it changes nothing.
import type { Trap, TrapInput } from '../Trap.js'
import { glueCatalogAcross } from '../crossAccount.js'
import { parseArn } from '../../model/Arn.js'

/** The catalog's account: from the "no resource-based policy" refusal, or a printed cross-account ARN. */
function catalogAccount(x: TrapInput): string | null {
  const refused = glueCatalogAcross(x.d)
  if (refused !== null) return refused
  const arn = x.crossAccount === true && x.d.resource ? parseArn(x.d.resource) : null
  return arn?.service === 'glue' && /^(?:catalog|database|table)(?:\/|$)/.test(arn.resource)
    ? arn.account
    : null
}

export const glueCatalogAcrossTrap: Trap = {
  id: 'glue-catalog-another-account',
  lead: true,
  applies: (x) => x.d.kind === 'denial' && x.d.deny !== 'explicit' && catalogAccount(x) !== null,
  advice: (x) => {
    const account = catalogAccount(x)
    const whose = /^\d{12}$/.test(account ?? '') ? `account ${account}'s` : "another account's"
    return (
      `The Data Catalog refused is ${whose}, not the caller's: Glue lets a caller of another account in only when that catalog's resource policy allows it (and Lake Formation grants it, where Lake Formation manages the catalog), so the fix is on the owner's side. ` +
      "A published dataset's owner will not open its catalog: define the database and tables in your own account's catalog over the dataset's S3 location (its documented CREATE EXTERNAL TABLE or a crawler) and query those, or ask the owner for a Lake Formation share. " +
      "If the catalog was meant to be your own, check the catalog ID and the Region the client uses (Athena's data source, a `catalog_id`/`CatalogId` setting)."
    )
  }
}
