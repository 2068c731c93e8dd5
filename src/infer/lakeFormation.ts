// Lake Formation's own refusal, passed on by Glue, Athena or a Hive DDL: "Insufficient Lake
// Formation permission(s): Required Create Database on Catalog", "... on DB (Database name: DB)",
// or "... on TABLE" alone on the line after botocore's "when calling the GetTable operation"
// (dbt-glue, h9-102). Lake Formation grants decide it, not IAM. Bounded patterns: the text is
// untrusted.
import type { InferredValue, LogContext } from '../model/Inferred.js'

const INSUFFICIENT =
  /\bInsufficient Lake Formation permission\(?s?\)?(?::? ?Required ([A-Za-z ]{3,40}?) on ([\w.-]{1,80})| on ([\w-]{1,255})( \(Database name:)?)?/i

/** `DB.TABLE` as dbt and Spark print a relation: the database of the refused table. */
function databaseOf(text: string, table: string): string | null {
  const escaped = table.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
  return new RegExp(`\\b([\\w-]{1,255})\\.${escaped}\\b`).exec(text)?.[1] ?? null
}

export function lakeFormationOf(ctx: LogContext): InferredValue | null {
  // The message may sit on the line after the "An error occurred" line that was matched.
  const text = `${ctx.line}\n${ctx.after.split('\n', 2).join('\n')}`
  const m = INSUFFICIENT.exec(text)
  if (!m) return null
  const from = `"${m[0].slice(0, 80)}" in the message`
  if (m[1]) return { value: `${m[1]} on ${m[2]}`, from }
  if (m[3] && m[4]) return { value: `on database ${m[3]}`, from }
  // A message cut right after its preposition's noun (`… permission(s) on table`, apache/superset#15894):
  // the kind of resource, not its name.
  if (m[3] && !m[4] && /^(?:table|database|catalog|resource)$/.test(m[3])) {
    return { value: 'insufficient', from }
  }
  if (m[3]) {
    const db = databaseOf(`${ctx.before}\n${ctx.line}\n${ctx.after}`, m[3])
    return { value: `on table ${db ? `${db}.` : ''}${m[3]}`, from }
  }
  return { value: 'insufficient', from }
}
