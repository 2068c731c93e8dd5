// The call a reporter found in CloudTrail for a refusal that names none, said in words beside it:
// `Looking at CloudTrail, it was trying to call CreateSecurityGroup` (an EC2 UnauthorizedOperation
// quoted bare). CloudTrail names the API operation, so the catalog maps it to its action; a word
// the catalog does not know as an operation (of the denial's service) names nothing.
// Bounded quantifiers only: the text is untrusted.
import { actionForOperation } from '../catalog/Catalog.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** `CloudTrail … call(ing)/shows/event … OperationName` within one sentence. */
const NAMED =
  /\bCloudTrail\b[^\n.]{0,120}?\b(?:call(?:s|ed|ing)?|shows?|says|logged|event(?:Name)?)\b[^\n.]{0,30}?[`'"]?\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\b/g

/** How many lines around the refusal the reporter's sentence may stand. */
const REACH = 5

export function cloudTrailNamedAction(
  ctx: LogContext,
  service: string | null
): InferredValue | null {
  const text = [
    ...ctx.before.split('\n').slice(-REACH),
    ctx.line,
    ...ctx.after.split('\n').slice(0, REACH)
  ].join('\n')
  for (const m of text.matchAll(NAMED)) {
    const action = actionForOperation(service, m[1]!)
    if (!action || (service !== null && !action.startsWith(`${service}:`))) continue
    return { value: action, from: `the call CloudTrail recorded, as the log says (\`${m[1]}\`)` }
  }
  return null
}
