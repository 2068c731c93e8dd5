// A Session Manager session, once started, is ended (and resumed after a dropped connection) by
// the same caller: `aws ssm start-session` calls TerminateSession on exit, so a grant of
// StartSession alone fails at the session's end (heldout28 review h28-009, beside h28-007's
// refused TerminateSession). AWS's example policies give both on the caller's own sessions,
// `session/<caller>-*` (Session Manager names each session after its caller).
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { parseArn } from '../model/Arn.js'

/**
 * The name an IAM user's session IDs start with. A role session's name changes from run to run,
 * and its own sessions are told apart by a tag condition instead (src/remedy/stableResource.ts).
 */
function sessionPrefixOf(principal: string | null): string | null {
  const arn = parseArn(principal ?? '')
  return arn ? (/^user\/(?:.*\/)?([^/]+)$/.exec(arn.resource)?.[1] ?? null) : null
}

export function sessionManagerCompanionsOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'ssm:startsession') return []
  const prefix = sessionPrefixOf(x.d.principal)
  if (!prefix) return []
  const target = parseArn(x.d.resource ?? '')
  const caller = parseArn(x.d.principal ?? '')
  const region = target?.region || '*'
  const account = caller?.account || target?.account || '*'
  const resource = `arn:${caller?.partition ?? 'aws'}:ssm:${region}:${account}:session/${prefix}-*`
  const from =
    "a session the caller starts is ended by it too (`aws ssm start-session` calls TerminateSession on exit, ResumeSession after a dropped connection), on the caller's own sessions (`session/CALLER-*`, as AWS's example policies give it)"
  return ['ssm:TerminateSession', 'ssm:ResumeSession'].map((action) => ({ action, resource, from }))
}
