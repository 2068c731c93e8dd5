// Session tags passed with AssumeRole need sts:TagSession on both sides: the target role's trust
// policy and the caller's own. The message names it (`… missing permission: sts:TagSession`, or
// the refused action itself), or the text around says tags are passed (heldout14 review, h14-033).
import type { Inferred } from './Inferred.js'

export function sessionTagsPassed(
  action: string | null,
  detail: Record<string, string>,
  inferred: Inferred | undefined
): boolean {
  return (
    /^sts:TagSession$/i.test(action ?? '') ||
    /^sts:TagSession$/i.test(detail.missingPermission ?? '') ||
    inferred?.signals?.['session-tags'] !== undefined
  )
}
