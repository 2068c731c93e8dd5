// The refused resource printed elsewhere in the log with another Region: the command passed
// `arn:…:us-east-1:…:applications/X` and the client called its own Region's endpoint, which
// refused `arn:…:us-west-2:…:applications/X` (aws-samples/aws-lambda-layer-kubectl#34, heldout30
// review h30-015). Only the Region differs: same partition, service, account and resource.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { parseArn } from '../model/Arn.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import { joinedContext } from './joinedContext.js'

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/

/** The printed twin's Region (value) and ARN (from), or null. */
export function regionTwinOf(d: Denial, ctx: LogContext): InferredValue | null {
  if (d.kind !== 'denial' || !d.resource) return null
  const parts = parseArn(d.resource)
  if (!parts || !REGION.test(parts.region) || !/^\d{12}$/.test(parts.account)) return null
  const twin = new RegExp(
    String.raw`\barn:${escapeRegExp(parts.partition)}:${escapeRegExp(parts.service)}:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):${parts.account}:${escapeRegExp(parts.resource)}(?![\w/:.-])`,
    'g'
  )
  for (const m of joinedContext(ctx).matchAll(twin)) {
    if (m[1] !== parts.region) return { value: m[1]!, from: m[0] }
  }
  return null
}
