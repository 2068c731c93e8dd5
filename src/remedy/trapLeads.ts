// Traps whose cause is answered by another statement than the refused action's: that statement
// comes first, the refused action's second. A statement the message proves (its action and
// resource printed) stays first whatever the trap says; the trap's then follows, labelled.
export interface TrapLead {
  trap: string
  /** The action of the statement that answers the trap's cause. */
  action: string
  /** Why it comes first, when the message does not prove the refused action. */
  first: string
  /** Why it follows, when the message proves the refused action. */
  second: string
}

export const TRAP_LEADS: TrapLead[] = [
  {
    // A key that does not exist answers 403 to a caller that may not list the bucket: a cache
    // probe (buildx's HeadObject) misses all the time, so the listing is the fix, the read second.
    trap: 's3-missing-object-without-listbucket',
    action: 's3:ListBucket',
    first:
      'The s3:ListBucket statement (on the bucket) comes first: S3 answers 403 instead of 404 for a key that does not exist when the caller may not list the bucket, and a cache or probe that reads keys which are not there yet (a first run, a cache miss) needs only that. The Optional object statement follows in case the key does exist.',
    second:
      'The Optional statement (s3:ListBucket on the bucket) may follow: with it, S3 answers 404 NoSuchKey instead of 403 when the key does not exist, so a wrong key shows as what it is. The statement of the refused action is the one the message proves; leave the s3:ListBucket one out if the caller must not list the bucket.'
  }
]

export function trapLeadOf(traps: readonly string[]): TrapLead | null {
  return TRAP_LEADS.find((l) => traps.includes(l.trap)) ?? null
}
