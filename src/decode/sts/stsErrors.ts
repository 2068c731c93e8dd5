// Maps what the STS client throws to a DecodeResult reason: one rule per reason, first match wins.
import type { DecodeFailureReason, DecodeResult } from '../AuthorizationDecoder.js'
import { errorMessage } from '../../common/errorMessage.js'

interface ErrorFacts {
  /** Service error code (the SDK puts it in `name`), or the JS error name. */
  name: string
  /** Node system error code (ECONNREFUSED...). */
  code: string
  message: string
  attempts: number
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown'
])
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE'
])

const RULES: { reason: DecodeFailureReason; test: (e: ErrorFacts) => boolean }[] = [
  {
    reason: 'no-credentials',
    test: (e) =>
      e.name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message)
  },
  { reason: 'access-denied', test: (e) => /^AccessDenied(Exception)?$/.test(e.name) },
  { reason: 'invalid-message', test: (e) => e.name === 'InvalidAuthorizationMessageException' },
  { reason: 'throttled', test: (e) => THROTTLING.has(e.name) },
  {
    reason: 'timeout',
    test: (e) => e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ETIMEDOUT'
  },
  {
    reason: 'network',
    // The retry middleware re-wraps errors it does not recognise as Error, keeping only the text.
    test: (e) => NETWORK.has(e.code) || [...NETWORK].some((code) => e.message.includes(code))
  }
]

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null
    ? (error as Record<string, unknown>)[key]
    : undefined
}

function factsOf(error: unknown): ErrorFacts {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '')
  const metadata = field(error, '$metadata')
  const attempts = field(metadata, 'attempts')
  // Node wraps some socket errors (AggregateError for dual-stack connects): look one level in.
  const inner = field(error, 'errors')
  const innerCode = Array.isArray(inner) ? str(field(inner[0], 'code')) : ''
  return {
    name: str(field(error, 'name')) || str(field(error, 'Code')),
    code: str(field(error, 'code')) || innerCode,
    message: errorMessage(error),
    attempts: typeof attempts === 'number' ? attempts : 1
  }
}

export function stsFailure(error: unknown): Extract<DecodeResult, { ok: false }> {
  const e = factsOf(error)
  const rule = RULES.find((r) => r.test(e))
  const label = [e.name, e.code].filter((s) => s !== '' && s !== 'Error').join(' ')
  const tries = e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''
  return {
    ok: false,
    reason: rule?.reason ?? 'other',
    detail: `${label ? `${label}: ` : ''}${e.message || 'no message'}${tries}`
  }
}
