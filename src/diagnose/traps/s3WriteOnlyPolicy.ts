// Writes to the bucket work with the same credentials while reads or listings are refused: the
// policy grants s3:PutObject and stops there (heldout12 review h12-096: WAL-E pushes backups, yet
// backup-list and backup-fetch are refused). Listing needs s3:ListBucket on the bucket ARN itself,
// reading s3:GetObject on the objects: the usual policy grants `bucket/*` only.
import type { Trap } from '../Trap.js'

export const s3WriteOnlyPolicy: Trap = {
  id: 's3-write-only-policy',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' && d.deny !== 'explicit' && inferred?.writeOnly !== undefined,
  advice: () =>
    'The log says writes to the bucket work with these credentials while reads or listings are refused: the policy is write-only. ' +
    "Listing needs `s3:ListBucket` on the bucket ARN itself (`arn:aws:s3:::BUCKET`, not `BUCKET/*`), and fetching `s3:GetObject` on the objects (the tool's prefix, then `*`); grant both beside `s3:PutObject`. " +
    'If the write-only access is deliberate (a drop bucket whose bucket policy denies reads), the reads must run as another identity.'
}
