import type { Denial, Evidence } from './Denial.js'
import type { FixTarget } from './FixTarget.js'
import type { Inferred } from './Inferred.js'
import type { OidcCause, OidcClaims, StsError, TrustMismatch } from './Oidc.js'

/**
 * `stated`: action and layer are printed; `inferred`: a field was derived; `low`: the refusal was
 * recognised by its error code alone, a code whydenied does not know.
 */
export type Confidence = 'stated' | 'inferred' | 'low'

/** Names of the known traps (see src/diagnose/traps/). Stable: they are part of the JSON contract. */
export type TrapId = string

/** A diagnosed finding: the JSON contract's element (version 1). Fields may be added, never renamed. */
export interface Finding extends Denial {
  file: string | null
  line: number
  occurrences: number
  /** Principal account differs from the resource account; null when either is unknown. */
  crossAccount: boolean | null
  traps: TrapId[]
  /** One-line cause. */
  title: string
  /** Plain-English explanation: what happened and what to do. */
  explanation: string
  fixTarget: FixTarget
  /** `stated` when action/layer come from the message itself; `inferred` when any field was derived. */
  confidence: Confidence
  /** Action derived from the operation name when the message names none. */
  inferredAction: string | null
  evidence: Evidence
  /**
   * Values the message did not print, worked out from the log or the job's identity, each with
   * where it came from. The printed fields keep meaning "as printed".
   */
  inferred?: Inferred
  /**
   * The log marks this refusal as the intended outcome of a test or guardrail (`inferred.intended`
   * says where): no statement is proposed unless the user asks for one (`--fix-intended`).
   */
  intended?: boolean
  /** Outcome of decoding `encodedMessage` with STS; absent when the finding has no encoded message. */
  decode?: DecodeOutcome
  /** OIDC doctor (kind `oidc`): why the role could not be assumed. */
  cause?: OidcCause
  /** OIDC doctor: the token's claims that matter; null when the job got no token. */
  claims?: OidcClaims | null
  /** OIDC doctor: what AssumeRoleWithWebIdentity answered; null when it succeeded or was not called. */
  stsError?: StsError | null
  /** OIDC doctor: the trust-policy tests that failed (offline check; empty without a policy). */
  mismatches?: TrustMismatch[]
}

/** Why a decode failed, as the decoder reports it. */
export type DecodeFailureReason =
  | 'access-denied'
  | 'no-credentials'
  | 'invalid-message'
  | 'network'
  | 'throttled'
  | 'timeout'
  | 'other'

/** Why a decode failed or was not attempted (turned off, or over the per-run limit). */
export type DecodeReason = DecodeFailureReason | 'disabled' | 'limit'

/**
 * What decoding an encoded authorization message gave. Holds only what the explanation needs:
 * the decoded context can carry tags, IPs and other values that must not be posted.
 */
export interface DecodeOutcome {
  status: 'decoded' | 'failed' | 'skipped'
  reason?: DecodeReason
  /** Statements the decoded message says matched (explicit denies name their deny here). */
  statements?: { id: string | null; effect: 'Allow' | 'Deny' | null }[]
  /** Condition keys of the request; `values` only for a few non-sensitive keys (aws:Region...). */
  conditions?: { key: string; values?: string[] }[]
}
