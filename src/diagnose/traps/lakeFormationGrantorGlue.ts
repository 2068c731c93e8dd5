// Lake Formation refusing a grant because the grantor lacks Glue Data Catalog permissions on what it
// grants (`Insufficient Glue permissions to access table NAME`, heldout22 review h22-002): the
// grantor's own glue:Get* on the catalog, database and table, and for another account's table that
// account's Data Catalog policy or a grant with grant option. lakeformation:GrantPermissions alone
// (what the operation name suggests) changes nothing.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const lakeFormationGrantorGlue: Trap = {
  id: 'lakeformation-grantor-glue',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'lakeformation-glue-permissions',
  advice: ({ d }) => {
    const name = tick(d.detail.glueName ?? 'NAME')
    const table = d.detail.glueType === 'table'
    const db = tick(d.detail.glueDatabase ?? (table ? 'DATABASE' : name))
    const arns = [
      '`arn:aws:glue:REGION:CATALOG_ID:catalog`',
      `\`arn:aws:glue:REGION:CATALOG_ID:database/${db}\``,
      ...(table ? [`\`arn:aws:glue:REGION:CATALOG_ID:table/${db}/${name}\``] : [])
    ]
    return (
      `Lake Formation checked the grantor's own Glue Data Catalog permissions on ${table ? 'table' : 'database'} \`${name}\` before granting, and they were missing: ` +
      `the caller needs \`glue:GetDatabase\`${table ? ', `glue:GetTable`' : ''} (and \`glue:GetTables\`, \`glue:GetPartitions\` where it shares a table's data) on ${arns.join(', ')} in its identity policy, with CATALOG_ID the account that owns the table. ` +
      "For a table in another account (a cross-account share), that account's Data Catalog resource policy, or a Lake Formation grant to the grantor with grant option, must allow it too. " +
      'An Allow of `lakeformation:GrantPermissions` alone does not change this.'
    )
  }
}
