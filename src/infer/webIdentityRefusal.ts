// STS's own words for a web identity token it refused. The code alone (InvalidIdentityToken) was
// read as "no OIDC provider", and with it a GitHub provider to create, whatever STS said (heldout15
// review, h15-094: a GitLab CI_JOB_TOKEN with no `aud` claim; h15-100: STS could not fetch the
// issuer's signing keys). The message names the check that failed: that is the cause. Only where
// no grammar read a cause already (src/parse/grammars/credentials.ts). Bounded quantifiers only:
// the text is untrusted.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** The codes STS answers a refused web identity token with. */
const WEB_IDENTITY_CODE =
  /^(?:InvalidIdentityToken|IDPCommunicationError|IDPRejectedClaim)(?:Exception)?$/

interface Wording {
  /** The cause (src/diagnose/credentialAdvice.ts says what to do). */
  cause: string
  re: RegExp
}

/** STS's wordings, most precise first. */
export const WEB_IDENTITY_WORDINGS: Wording[] = [
  // `Couldn't retrieve verification key from your identity provider, please reference
  // AssumeRoleWithWebIdentity documentation for requirements` (any apostrophe, or none).
  {
    cause: 'oidc-verification-key',
    re: /\bCould(?:n['’`]?t|[ \t]not)[ \t]retrieve[ \t]verification[ \t]key\b/i
  },
  // `OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint`.
  {
    cause: 'oidc-thumbprint',
    re: /\bHTTPS[ \t]certificate[ \t]does(?:n['’`]?t|[ \t]not)[ \t]match[ \t]configured[ \t]thumbprint\b/i
  },
  // `Missing a required claim: aud`: the token was not made for an audience at all.
  { cause: 'oidc-aud-missing', re: /\bMissing[ \t]a[ \t]required[ \t]claim:?[ \t]{0,2}aud\b/i },
  // `Missing a required claim: sub` (or another).
  { cause: 'oidc-claim-missing', re: /\bMissing[ \t]a[ \t]required[ \t]claim\b/i }
]

/** The cause STS's words give a refused web identity token, when a grammar gave none. */
export function webIdentityRefusalOf(d: Denial, ctx: LogContext): InferredValue | null {
  // The Go SDK's chain line (`failed to refresh cached credentials, …`) reads `missing` before STS's
  // own words after it, which name the cause (heldout76 review h76-033: a thumbprint).
  const chainOnly = d.grammar === 'refresh-cached-credentials' && d.detail.cause === 'missing'
  if (d.kind !== 'credentials' || (d.detail.cause !== undefined && !chainOnly)) return null
  if (!WEB_IDENTITY_CODE.test(d.code ?? '')) return null
  // The refusal's line and what a wrap carried onto the next.
  const text = `${ctx.line}\n${ctx.after.slice(0, 300)}`
  for (const w of WEB_IDENTITY_WORDINGS) {
    const m = w.re.exec(text)
    if (m) return { value: w.cause, from: `STS's "${m[0]}"` }
  }
  // STS could not reach the identity provider, whatever words came with the code.
  return /^IDPCommunicationError/.test(d.code!)
    ? { value: 'oidc-verification-key', from: `STS's code ${d.code!}` }
    : null
}
