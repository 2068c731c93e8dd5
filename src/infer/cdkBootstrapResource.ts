// A refusal CDK's words around tie to one of its bootstrap resources (src/model/cdkBootstrapResources.ts):
// the staging bucket its asset publishing writes, or the version parameter it found missing.
import { bootstrapResourceIn } from '../model/cdkBootstrapResources.js'
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/**
 * Only a refusal that names no caller and no other service or action: a CloudFormation or ECR one
 * is not the bucket's, and a named caller (a function reading an asset) is not CDK publishing.
 */
function bare(d: Denial): boolean {
  return (
    d.kind === 'denial' &&
    d.principal === null &&
    (d.service === null || d.service === 's3') &&
    (d.action === null || /^s3:/i.test(d.action))
  )
}

export function cdkBootstrapResourceOf(d: Denial, ctx: LogContext): InferredValue | null {
  if (!bare(d)) return null
  const found = bootstrapResourceIn(`${ctx.before}\n${ctx.line}\n${ctx.after}`)
  return found ? { value: found.arn, from: found.rule.from } : null
}
