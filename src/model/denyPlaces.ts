// Which kinds of policy can hold an explicit Deny the message does not place: a resource control
// policy only for the services RCPs cover, a resource's policy only where the service has one, a
// session policy only for a session (heldout27 review, h27-001: Cost Explorer refused by an SCP was
// given RCP and bucket-policy checks).
import { hasNoResourcePolicy } from './noResourcePolicy.js'

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

/** What a candidate depends on: the refused call's service and the caller's ARN. */
export interface DenyContext {
  service: string | null
  principal: string | null
}

export function rcpCanDeny(service: string | null): boolean {
  return service === null || RCP_SERVICES.has(service)
}

export function resourcePolicyCanDeny(service: string | null): boolean {
  return !hasNoResourcePolicy(service)
}

/** An IAM user's own long-term keys carry no session policy. */
export function sessionPolicyCanDeny(principal: string | null): boolean {
  return !/:user\//.test(principal ?? '')
}

/** The places, in words, for an explanation. */
export function denyPlacesOf(c: DenyContext): string[] {
  return [
    'a service control policy',
    ...(rcpCanDeny(c.service) ? ['a resource control policy'] : []),
    'a permissions boundary',
    ...(sessionPolicyCanDeny(c.principal) ? ['a session policy'] : []),
    ...(resourcePolicyCanDeny(c.service) ? ["the resource's policy"] : []),
    "the caller's own"
  ]
}
