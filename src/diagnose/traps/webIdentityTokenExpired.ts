import type { Trap } from '../Trap.js'
import { operationIs } from '../Trap.js'

// ExpiredTokenException from AssumeRoleWithWebIdentity: the identity token (the JWT handed to
// STS) is past its `exp`, not an STS session. A longer role session changes nothing; a token
// read once and reused after its lifetime (a long-lived process, a retry loop) is the cause.
const EXPIRED = /^ExpiredToken(?:Exception)?$/

export const webIdentityTokenExpired: Trap = {
  id: 'web-identity-token-expired',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    EXPIRED.test(d.code ?? '') &&
    (operationIs(d, 'sts:AssumeRoleWithWebIdentity') ||
      inferred?.statedCause?.value === 'web-identity-token-expired'),
  advice: () =>
    'STS refused the web-identity token itself: the JWT passed to AssumeRoleWithWebIdentity was past its expiry time. ' +
    "This is the token's lifetime, not the role session's, so a longer `role-duration-seconds` or MaxSessionDuration does not help. " +
    'Fetch a fresh token just before each exchange instead of reusing one: a GitHub Actions job requests a new ID token per call (a token kept in a variable, or held across long retries, expires after a few minutes); ' +
    'an SDK credential provider must re-read `AWS_WEB_IDENTITY_TOKEN_FILE` on every refresh (update an SDK that caches it); ' +
    'on EKS (IRSA) the kubelet rotates the projected service-account token, so a process that copied it, or a pod whose token projection is broken, keeps the stale one.'
}
