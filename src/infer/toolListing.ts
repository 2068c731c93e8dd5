// A tool that says it was listing a kind when the refusal came (aws-nuke's `Listing
// EFSFileSystem failed.`, rebuy-de/aws-nuke#264): the call named no resource of it, so AWS checked
// it against "*" even where the service's message says "on the specified resource".
import type { InferInput } from './InferInput.js'
import type { InferredValue } from '../model/Inferred.js'

/** aws-nuke's line above each refusal of its lister. */
const NUKE_LISTING = /\bListing ([A-Z]\w{2,60}) failed\b/

/** A list-style action (`DescribeFileSystems`, `ListBuckets`): a plural after Describe or List. */
const LIST_ACTION = /^[\w-]+:(?:Describe|List)\w*[^s]s$/

export function toolListingOf(x: InferInput): InferredValue | null {
  const action = x.d.action
  if (!action || !LIST_ACTION.test(action) || x.d.resource) return null
  const near = `${x.ctx.before.split('\n').slice(-2).join('\n')}\n${x.ctx.line}`
  const m = NUKE_LISTING.exec(near)
  return m
    ? { value: action, from: `aws-nuke listing every ${m[1]} (\`Listing ${m[1]} failed\`)` }
    : null
}
