// Error codes that, in a code slot, mean an authorization or credential failure on their own.
import { escapeRegExp } from '../common/escapeRegExp.js'

const AUTHZ_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  '403',
  '403 Forbidden',
  'KMSAccessDeniedException',
  'KmsAccessDeniedException',
  'Lambda.KMSAccessDeniedException',
  'UnauthorizedTaggingOperation'
])

const CREDENTIAL_CODES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidAccessKeyId',
  'RequestExpired',
  'InvalidIdentityToken',
  'NoCredentialProviders',
  'AuthFailure'
])

const NOT_FOUND_CODES = new Set(['NoSuchBucket', 'RepositoryNotFoundException'])

export type CodeClass = 'authz' | 'credentials' | 'not-found'

export function classifyCode(code: string): CodeClass | null {
  if (AUTHZ_CODES.has(code)) return 'authz'
  if (CREDENTIAL_CODES.has(code)) return 'credentials'
  if (NOT_FOUND_CODES.has(code)) return 'not-found'
  return null
}

/** Every known code that is a single word (not `403` or `403 Forbidden`). */
export const KNOWN_CODES = [...AUTHZ_CODES, ...CREDENTIAL_CODES, ...NOT_FOUND_CODES].filter(
  (c) => /^[A-Za-z]/.test(c) && !c.includes(' ')
)

/** Alternation of every known code, longest first so `AccessDeniedException` beats `AccessDenied`. */
export const KNOWN_CODE_SOURCE = [...KNOWN_CODES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')
