// The fast pre-filter. Every grammar's text contains at least one of these fragments, so a line
// without any of them can be skipped without decoding or normalising it. Fragments drop their
// first letter where AWS capitalises inconsistently ("Denied"/"denied").
export const TRIGGER_SOURCE = [
  'uthoriz',
  // A second fragment of the IAM sentence: a hard wrap can split one of them, never both.
  'to perform',
  'enied',
  'orbidden',
  'xpired',
  'redential',
  'nvalidClientTokenId',
  'nvalidAccessKeyId',
  'ignatureDoesNotMatch',
  'nrecognizedClient',
  'penIDConnect',
  'nvalidIdentityToken',
  'NoSuchBucket',
  'RepositoryNotFound',
  'name unknown',
  'not allowed to access',
  'AuthFailure',
  'issing Authentication Token',
  'issingAuthenticationToken',
  'permission to call',
  'ncorrect token audience',
  'signature we calculated',
  'security token included',
  'Access Key Id you provided',
  'no valid providers',
  'may not be assumed',
  'permissions error',
  'does not exist in the registry',
  'Request ARN is invalid',
  'Access to KMS is not allowed'
].join('|')

/** Lines worth remembering for context even without a denial (the registry a push talks to). */
export const CONTEXT_SOURCE = String.raw`\.dkr\.ecr\.`

/** Matches any trigger; global so callers can walk all positions. */
export function triggerPattern(): RegExp {
  return new RegExp(TRIGGER_SOURCE, 'g')
}

/** Pre-filter over a raw block (latin1 view of the bytes): triggers or context fragments. */
export function prefilterPattern(): RegExp {
  return new RegExp(`${TRIGGER_SOURCE}|${CONTEXT_SOURCE}`, 'g')
}
