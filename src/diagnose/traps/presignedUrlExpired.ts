// A pre-signed S3 link used after its lifetime (src/infer/presignedExpiry.ts reads the link's
// expiry and S3's answer time): the signature is the link's whole authority, so no policy is
// consulted and a fresh link is the fix, from whoever issued it (heldout20 review, h20-084: a
// GitHub release download resumed after its link expired).
import type { Trap } from '../Trap.js'

export const presignedUrlExpired: Trap = {
  id: 'presigned-url-expired',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    Boolean(inferred?.signals?.['presigned-expired']),
  advice: ({ inferred }) => {
    const seen = inferred!.signals!['presigned-expired']!
    const [expired, answered] = seen.value.replace(/^expired /, '').split(', answered ')
    return (
      `The request used a pre-signed link that expired at ${expired}; S3 answered at ${answered} (${seen.from}). ` +
      "A pre-signed link carries its signer's permission for its lifetime only, so no policy of yours is consulted: get a fresh link from whoever issued it (a release download page, the step that signs it) and use it at once. " +
      'A download resumed or retried after the expiry fails the same way; a signer that needs longer signs with a longer expiry (up to 7 days with signature version 4, and never past the end of the temporary credentials that signed it).'
    )
  }
}
