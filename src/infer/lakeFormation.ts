// Lake Formation's own refusal, passed on by Glue, Athena or a Hive DDL: "Insufficient Lake
// Formation permission(s): Required Create Database on Catalog", or "... on DB (Database name: DB)".
// Lake Formation grants decide it, not IAM. Bounded patterns: the text is untrusted.
import type { InferredValue, LogContext } from '../model/Inferred.js'

const INSUFFICIENT =
  /\bInsufficient Lake Formation permission\(?s?\)?(?::? ?Required ([A-Za-z ]{3,40}?) on ([\w.-]{1,80}))?/i

export function lakeFormationOf(ctx: LogContext): InferredValue | null {
  const m = INSUFFICIENT.exec(ctx.line)
  if (!m) return null
  return {
    value: m[1] ? `${m[1]} on ${m[2]}` : 'insufficient',
    from: `"${m[0].slice(0, 80)}" in the message`
  }
}
