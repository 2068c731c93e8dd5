// How sure a remedy's statements are to fix its findings, for the headline above them (issue 17):
// the headline chose "This change fixes it" from the statement count alone, over an Allow the
// finding's own lead trap says cannot fix it (heldout11 review h11-058, h11-074, h11-023) and over
// a guessed action on a bare 403 (h11-148).
import type { Finding } from '../model/Finding.js'
import type { FixStanding } from '../model/Remedy.js'

/** Traps whose cause is another owner's: the caller's Allow is needed too but cannot fix it. */
export const OWNER_SIDE_TRAPS: readonly string[] = ['owner-side-resource', 'aws-owned-resource']

/**
 * The action is guessed from the log's context (a URL, a tool's step), not read from a printed
 * action or operation, and nothing printed says who was refused or by which policy.
 */
function isCandidate(f: Finding): boolean {
  const guessed =
    !f.action && !f.operation && Boolean(f.inferredAction ?? f.inferred?.action?.value)
  return guessed && !f.principal && !f.layer && !f.deny
}

/** Undefined when the statements fix the findings; `findings` are the remedy's own. */
export function fixStanding(findings: Finding[]): FixStanding | undefined {
  // The message naming the caller's own identity policy as what refused says the owner's side
  // answered: the caller's statement is the fix (heldout16 review h16-087, an AWS-owned registry).
  const ownerSide = (f: Finding): boolean =>
    f.layer !== 'identity' && f.traps.some((t) => OWNER_SIDE_TRAPS.includes(t))
  if (findings.some(ownerSide)) return 'also-needed'
  if (findings.length > 0 && findings.every(isCandidate)) return 'likely'
  return undefined
}
