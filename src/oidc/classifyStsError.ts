// What an AssumeRoleWithWebIdentity error means, as rule objects: first match wins. Each rule
// reads the STS error code when there is one and the message as printed (configure-aws-credentials
// prints only the message, prefixed with "Could not assume role with OIDC: ").
import type { OidcCause } from '../model/Oidc.js'

export interface StsErrorRule {
  cause: OidcCause
  test(code: string, message: string): boolean
}

const code = (c: string, ...names: string[]) => names.some((n) => c === n || c === `${n}Exception`)

export const STS_ERROR_RULES: StsErrorRule[] = [
  {
    // `1 validation error detected: Value '...' at 'durationSeconds' failed to satisfy constraint`
    cause: 'session-duration',
    test: (_c, m) => /DurationSeconds|MaxSessionDuration/i.test(m)
  },
  {
    // `Request ARN is invalid`, or the SDK's own length/pattern check of roleArn.
    cause: 'invalid-role-arn',
    test: (c, m) =>
      /Request ARN is invalid|\broleArn\b|Role ARN|invalid ARN|ARN .*(malformed|not valid)/i.test(
        m
      ) &&
      (c === '' ||
        code(
          c,
          'ValidationError',
          'InvalidParameterValue',
          'MalformedPolicyDocument',
          'InvalidParameter'
        ))
  },
  {
    cause: 'no-oidc-provider',
    test: (_c, m) => /No OpenIDConnect provider found/i.test(m)
  },
  {
    cause: 'audience',
    test: (_c, m) => /Incorrect token audience|audience/i.test(m) && !/thumbprint/i.test(m)
  },
  {
    // STS could not fetch or trust the issuer's signing keys.
    cause: 'thumbprint',
    test: (c, m) =>
      code(c, 'IDPCommunicationError') ||
      /thumbprint|retrieve verification key|verification key/i.test(m)
  },
  {
    // `Token expired: current date/time 1624482533 must be before the expiration date/time...`
    cause: 'clock-skew',
    test: (c, m) =>
      code(c, 'ExpiredToken') ||
      /Token expired|Token too old|not yet valid|issued in the future|\bnbf\b|\biat\b/i.test(m)
  },
  {
    cause: 'trust-policy-mismatch',
    test: (c, m) =>
      code(c, 'AccessDenied') ||
      /Not authorized to perform:? sts:AssumeRoleWithWebIdentity/i.test(m)
  }
]

/** The cause for an STS error; `unknown` when no rule knows it (throttling, outages...). */
export function classifyStsError(codeName: string | null, message: string | null): OidcCause {
  const c = (codeName ?? '').trim()
  const m = (message ?? '').trim()
  return STS_ERROR_RULES.find((r) => r.test(c, m))?.cause ?? 'unknown'
}
