// The service a tool said it was about to call, on a line of its own above the failure: DVC's
// `Preparing to upload data to 's3://bucket/path'`, the EB CLI's debug `Making api call: (s3,
// list_multipart_uploads)`. A bare refusal printed a few lines below is that call's answer when
// the operation it names (if any) is one of that service's (see `phraseRule.locate`).
import { actionForOperation } from '../catalog/Catalog.js'
import { hasService } from '../catalog/catalogData.js'

/** Lines a remembered target stays the failing call's: a tool's next few lines, not a whole log. */
export const TARGET_LINES = 10

/**
 * Context fragments (six bytes or more each, see triggers.ts): an `s3://` URL as a value (after a
 * space, a quote or `=`), and the EB CLI's call label.
 */
export const TARGET_FRAGMENTS = [' s3://', "'s3://", '"s3://', '=s3://', 'Making api call: (']

const S3_URL = /(?:^|[\s'"=])s3:\/\/[a-z0-9]/
const EB_CALL = /Making api call: \(([a-z0-9-]{2,40}), [a-z0-9_]+\)/

/** The service a line near a context fragment names as its request's target, or null. */
export function requestTargetIn(near: string): string | null {
  const call = EB_CALL.exec(near)?.[1]
  if (call) return hasService(call) ? call : null
  return S3_URL.test(near) ? 's3' : null
}

/**
 * Whether the target can be the service of a refusal that printed `operation` (or none): the
 * service has that API (`HeadObject` → s3:GetObject), so `AssumeRole` below an `s3://` URL stays
 * STS's.
 */
export function targetFits(service: string, operation: string | null): boolean {
  return operation === null || actionForOperation(service, operation) !== null
}
