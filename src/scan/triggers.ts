// The fast pre-filter. Every grammar's text contains at least one of these fragments, so a line
// without any of them can be skipped without decoding or normalising it. Fragments drop their
// first letter where AWS capitalises inconsistently ("Unauthorized"/"unauthorized").
import { escapeRegExp } from '../common/escapeRegExp.js'

/**
 * Continuations that make a fragment noise: SDK debug logs print every signed request header
 * (`Authorization: AWS4-HMAC-SHA256 Credential=AKIA…/…`), which would otherwise make each request a
 * trigger line. A real failure on such a line still has its own fragment (`not authorized`, …).
 */
const SIGNED_HEADER = ['ation: AWS4-HMAC', 'ation="AWS4-HMAC', 'ation=AWS4-HMAC']

type Trigger = string | { text: string; unless: string[] }

const TRIGGERS: Trigger[] = [
  { text: 'uthoriz', unless: SIGNED_HEADER },
  // A second fragment of the IAM sentence: a hard wrap can split one of them, never both.
  'to perform',
  // Both spellings in full: six bytes or more per fragment let the byte search jump further.
  'Denied',
  'denied',
  'orbidden',
  'xpired',
  { text: 'redential', unless: ['='] },
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
  'permissions to call',
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
]

export const TRIGGER_SOURCE = TRIGGERS.map((t) =>
  typeof t === 'string' ? t : `${t.text}(?!${t.unless.map(escapeRegExp).join('|')})`
).join('|')

/** Lines worth remembering for context even without a denial (the registry a push talks to). */
export const CONTEXT_SOURCE = String.raw`\.dkr\.ecr\.`

/** The pre-filter's fixed fragments, for the byte-level search of each block. */
export const PREFILTER_FRAGMENTS = [
  ...TRIGGERS.map((t) =>
    typeof t === 'string' ? { text: t, trigger: true } : { ...t, trigger: true }
  ),
  { text: '.dkr.ecr.', trigger: false }
]

/** Matches any trigger; global so callers can walk all positions. */
export function triggerPattern(): RegExp {
  return new RegExp(TRIGGER_SOURCE, 'g')
}
