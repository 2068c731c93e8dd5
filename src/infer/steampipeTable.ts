// Steampipe's AWS plugin names its tables `aws_<service>_<resource>` (`select * from
// aws_backup_framework`): the query lists that resource with the service's List call, so a bare
// AccessDeniedException under it names the service and the action (heldout14 review, h14-020).
// The catalog decides: a table whose words make no action of that service names none.
import { actionForOperation } from '../catalog/Catalog.js'
import type { PhraseValue } from './operationPhrases.js'

const TABLE = /\bfrom\s+(?:[a-z0-9_]{1,40}\.)?aws_([a-z0-9]{2,30})_([a-z0-9_]{2,60})\b/i

const pascal = (words: string): string =>
  words
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

export function steampipeTableAction(text: string, service: string | null): PhraseValue | null {
  const m = TABLE.exec(text)
  if (!m) return null
  const svc = m[1]!.toLowerCase()
  if (service !== null && service !== svc) return null
  // The table drops the service word the API keeps (`aws_backup_vault`: ListBackupVaults).
  const nouns = [pascal(m[2]!.toLowerCase()), pascal(`${svc}_${m[2]!.toLowerCase()}`)]
  // A listing first (a `select` reads every row); the resource's own Describe after it.
  const ops = nouns.flatMap((n) => [`List${n}s`, `Describe${n}s`, `List${n}`, `Describe${n}`])
  for (const op of ops) {
    const action = actionForOperation(svc, op)
    if (action)
      return {
        value: action,
        from: `the Steampipe table \`${m[0].replace(/^from\s+/i, '')}\` (its ${svc} listing)`,
        listing: action.includes(':List')
      }
  }
  return null
}
