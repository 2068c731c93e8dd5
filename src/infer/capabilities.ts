// The CloudFormation capabilities a deploy acknowledges, as its command or log shows them
// (`--capabilities CAPABILITY_IAM`, samconfig's `capabilities = "CAPABILITY_AUTO_EXPAND"`, the
// Action input `capabilities:`). A transform refused while none is shown may be a missing
// CAPABILITY_AUTO_EXPAND rather than IAM (src/diagnose/traps/cloudformationTransform.ts).
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

const CAPABILITY = /\bCAPABILITY_(?:AUTO_EXPAND|NAMED_IAM|IAM|RESOURCE_POLICY)\b/g

export function capabilitiesOf(ctx: LogContext): InferredValue | null {
  const text = `${joinedContext(ctx)} ${ctx.command ?? ''}`
  const seen = new Set<string>()
  for (const m of text.matchAll(CAPABILITY)) {
    seen.add(m[0])
    if (seen.size === 4) break
  }
  if (seen.size === 0) return null
  return { value: [...seen].sort().join(' '), from: 'the deploy command or log around the denial' }
}
