import type { Trap } from '../Trap.js'

// Lake Formation refused, and said so ("Insufficient Lake Formation permission(s)"): with Lake
// Formation governing the catalog, IAM permissions are necessary but not sufficient, and the
// missing piece is a Lake Formation grant. No IAM statement is drafted.
const PERMISSION: Record<string, string> = {
  'create database': 'CREATE_DATABASE',
  'create table': 'CREATE_TABLE',
  alter: 'ALTER',
  drop: 'DROP',
  describe: 'DESCRIBE',
  select: 'SELECT',
  insert: 'INSERT',
  delete: 'DELETE'
}

/** The grant a refused Glue operation needs, when the message names the resource but not the permission. */
const FOR_OPERATION: Record<string, string> = {
  GetTable: 'SELECT DESCRIBE',
  GetTables: 'SELECT DESCRIBE',
  GetPartition: 'SELECT',
  GetPartitions: 'SELECT',
  UpdateTable: 'ALTER',
  DeleteTable: 'DROP',
  CreateTable: 'CREATE_TABLE',
  GetDatabase: 'DESCRIBE',
  UpdateDatabase: 'ALTER',
  DeleteDatabase: 'DROP'
}

const quote = (v: string): string => JSON.stringify(v)

/** `on table DB.T` / `on database DB`: the resource the message named, the permission from the operation. */
function namedGrant(required: string, operation: string | null): string | null {
  const m = /^on (table|database) (.+)$/.exec(required)
  if (!m) return null
  const permission = (operation && FOR_OPERATION[operation]) || 'PERMISSION'
  let resource: string
  if (m[1] === 'database') resource = `{"Database":{"Name":${quote(m[2]!)}}}`
  else {
    const dot = m[2]!.lastIndexOf('.')
    const db = dot > 0 ? m[2]!.slice(0, dot) : 'DATABASE'
    resource = `{"Table":{"DatabaseName":${quote(db)},"Name":${quote(m[2]!.slice(dot + 1))}}}`
  }
  return `\`aws lakeformation grant-permissions --principal DataLakePrincipalIdentifier=ROLE_ARN --permissions ${permission} --resource '${resource}'\``
}

function grantCommand(required: string, operation: string | null): string {
  const named = namedGrant(required, operation)
  if (named) return named
  const m = /^(.+?) on (.+)$/.exec(required)
  const permission = m ? PERMISSION[m[1]!.trim().toLowerCase()] : undefined
  const onCatalog = m !== null && /^catalog$/i.test(m[2]!)
  const resource = onCatalog ? '\'{"Catalog":{}}\'' : '\'{"Database":{"Name":"DATABASE"}}\''
  return `\`aws lakeformation grant-permissions --principal DataLakePrincipalIdentifier=ROLE_ARN --permissions ${permission ?? 'PERMISSION'} --resource ${resource}\``
}

export const lakeFormationPermission: Trap = {
  id: 'lake-formation-permission',
  lead: true,
  applies: ({ d, inferred }) => d.kind === 'denial' && inferred?.lakeFormation !== undefined,
  advice: ({ d, inferred }) => {
    const required = inferred!.lakeFormation!.value
    const said =
      required === 'insufficient'
        ? ''
        : required.startsWith('on ')
          ? ` (${required.replace(/^on /, 'on the ')})`
          : ` (it requires ${required})`
    return (
      `Lake Formation refused the call${said}, not IAM: the data catalog is governed by Lake Formation permissions, and an IAM policy change does not help. ` +
      `A data lake administrator grants it: ${grantCommand(required, d.operation ?? null)}, or the Lake Formation console (Permissions → Data lake permissions → Grant); ` +
      "creating databases can also be allowed by adding the role to the catalog's Database creators. " +
      'A crawler or job also needs DATA_LOCATION_ACCESS on the registered S3 location it writes to. ' +
      (required.startsWith('on table ')
        ? 'The table may also not exist: without a permission on its database, Lake Formation answers AccessDenied instead of not-found. '
        : '') +
      "The caller's IAM policy must still allow the Glue action and lakeformation:GetDataAccess (Lake Formation's credential vending); those are usually in place already when Lake Formation is the one refusing."
    )
  }
}
