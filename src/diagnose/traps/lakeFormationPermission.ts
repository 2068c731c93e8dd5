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

function grantCommand(required: string): string {
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
  advice: ({ inferred }) => {
    const required = inferred!.lakeFormation!.value
    const said = required === 'insufficient' ? '' : ` (it requires ${required})`
    return (
      `Lake Formation refused the call${said}, not IAM: the data catalog is governed by Lake Formation permissions, and an IAM policy change does not help. ` +
      `A data lake administrator grants it: ${grantCommand(required)}, or the Lake Formation console (Permissions → Data lake permissions → Grant); ` +
      "creating databases can also be allowed by adding the role to the catalog's Database creators. " +
      'A crawler or job also needs DATA_LOCATION_ACCESS on the registered S3 location it writes to.'
    )
  }
}
