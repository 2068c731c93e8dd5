// An identity ARN as a policy names it: an assumed-role session is its role.

/** `arn:aws:sts::1:assumed-role/R/session` → `arn:aws:iam::1:role/R`; other ARNs as given. */
export function entityArnOf(arn: string): string {
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)(?:\/.*)?$/.exec(arn.trim())
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn.trim()
}
