// Which kinds of policy can hold an explicit Deny the message does not place: a resource control
// policy only for the services RCPs cover, a resource's policy only where the service has one, a
// session policy only for a session (heldout27 review, h27-001: Cost Explorer refused by an SCP was
// given RCP and bucket-policy checks). The explanation names them; the remedy gives each its check.
import { hasNoResourcePolicy } from './noResourcePolicy.js'

export type DenyPlace = 'scp' | 'rcp' | 'boundary' | 'session' | 'resource' | 'identity'

/**
 * Services whose resources resource control policies cover (AWS Organizations User Guide, "Resource
 * control policies": launched for these, later extended): elsewhere an RCP cannot be the Deny.
 */
const RCP_SERVICES = new Set([
  's3',
  'sts',
  'kms',
  'sqs',
  'secretsmanager',
  'ecr',
  'aoss',
  'logs',
  'dynamodb'
])

/** What a place depends on: the refused call's service (or its action's) and the caller's ARN. */
export interface DenyContext {
  service: string | null
  action: string | null
  principal: string | null
}

/** Each place in the order checks are given, the words an explanation uses, and when it applies. */
const PLACES: {
  place: DenyPlace
  words: string
  applies?: (service: string | null, principal: string | null) => boolean
}[] = [
  { place: 'scp', words: 'a service control policy' },
  {
    place: 'rcp',
    words: 'a resource control policy',
    applies: (service) => service === null || RCP_SERVICES.has(service)
  },
  { place: 'boundary', words: 'a permissions boundary' },
  // An IAM user's own long-term keys carry no session policy.
  {
    place: 'session',
    words: 'a session policy',
    applies: (_s, principal) => !/:user\//.test(principal ?? '')
  },
  {
    place: 'resource',
    words: "the resource's policy",
    applies: (service) => !hasNoResourcePolicy(service)
  },
  { place: 'identity', words: "the caller's own" }
]

function placesFor(c: DenyContext) {
  const service = c.service ?? c.action?.split(':')[0]?.toLowerCase() ?? null
  return PLACES.filter((p) => p.applies?.(service, c.principal) ?? true)
}

/** The places that can hold this Deny, in order. */
export function denyPlacesFor(c: DenyContext): DenyPlace[] {
  return placesFor(c).map((p) => p.place)
}

/** The same places in words, for an explanation. */
export function denyPlaceWords(c: DenyContext): string[] {
  return placesFor(c).map((p) => p.words)
}
