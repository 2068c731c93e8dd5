// Calls that return every item of a kind under their parent: Glue authorises GetDatabases against
// the catalog and `database/*`, GetTables against the database and `table/DB/*` (AWS Glue
// Developer Guide, "Specifying AWS Glue resource ARNs" and its identity-based policy examples). A
// placeholder for the one name would not authorise the listing (heldout12 review h12-104). One row
// per call: the resource type it lists and the slot of that type's ARN that stands for the item.

interface ListedSlot {
  type: string
  slot: string
}

const LISTED_SLOTS: Readonly<Record<string, ListedSlot>> = {
  'glue:GetDatabases': { type: 'database', slot: 'DatabaseName' },
  'glue:GetTables': { type: 'table', slot: 'TableName' },
  'glue:GetTableVersions': { type: 'table', slot: 'TableName' },
  'glue:GetUserDefinedFunctions': { type: 'userdefinedfunction', slot: 'UserDefinedFunctionName' }
}

/** Whether `slot` of `type`'s ARN names every item `action` lists (`*`), not one to fill in. */
export function slotIsListed(action: string, type: string, slot: string): boolean {
  const listed = LISTED_SLOTS[action]
  return listed !== undefined && listed.type === type && listed.slot === slot
}
