// Resource types whose ARN ends in a revision or version (`task-definition/${Family}:${Revision}`),
// found in the catalog by their formats. A log may print such a resource without its revision
// (`job-definition/my-job`, aws/aws-cdk#26128): the call was authorised against a numbered
// revision, so a statement naming the bare name never matches it.
import type { ResourceTypeInfo } from './Catalog.js'
import { matchesFormat } from './fitResource.js'

/** A format's trailing `:${…Revision…}` or `:${…Version…}` slot. */
const VERSION_SLOT = /:\$\{(\w*(?:Revision|Version)\w*)\}$/

/**
 * Calls AWS authorises against the revision although the catalog also lists the bare type: Batch
 * evaluates SubmitJob against `job-definition/NAME:REVISION`, so `job-definition/NAME` never
 * matches it (AWS Batch User Guide, "Accounting for job definition revisions"; h12-030).
 */
const REVISION_EVALUATED = new Set(['batch:submitjob'])

export interface Revisionless {
  /** The printed ARN with `:*` for the revision it lacks. */
  resource: string
  type: string
  slot: string
  /** The unversioned type the action also lists, which the statement must not name again. */
  bare?: string
}

/**
 * The versioned type the action takes whose format, revision left out, is the printed ARN. Not
 * when the action also takes the unversioned type and names it that way (Lambda's `function`
 * beside `function version`, Bedrock's `prompt`): the bare ARN is then a resource of its own.
 */
export function revisionless(
  types: readonly ResourceTypeInfo[],
  action: string,
  arn: string
): Revisionless | null {
  for (const type of types) {
    for (const format of type.arnFormats) {
      const slot = VERSION_SLOT.exec(format)
      if (!slot) continue
      const base = format.slice(0, slot.index)
      if (arn.endsWith('*') || !matchesFormat(base, arn) || matchesFormat(format, arn)) continue
      const bare = types.find((t) => t !== type && t.arnFormats.includes(base))
      if (bare && !REVISION_EVALUATED.has(action.toLowerCase())) continue
      return {
        resource: `${arn}:*`,
        type: type.name,
        slot: slot[1]!,
        ...(bare ? { bare: bare.name } : {})
      }
    }
  }
  return null
}
