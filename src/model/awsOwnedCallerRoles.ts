// Roles a service gives its compute in an account the service owns, not the customer's: the
// credentials the instance metadata hands out belong to that account, so no customer can add a
// policy to the role (heldout10 review h10-029: Lightsail's instance role was drafted an Allow).
// One row per role; the fix is always credentials of the customer's own.

export interface AwsOwnedCallerRole {
  /** The role name as the session ARN prints it. */
  role: string
  /** Where the credentials come from, said to the user. */
  origin: string
  /** What the user can do instead, beside configuring credentials of their own. */
  instead: string
}

export const AWS_OWNED_CALLER_ROLES: AwsOwnedCallerRole[] = [
  {
    // go-acme/lego#1436 (lego's Lightsail DNS provider), the SSM agent and certbot's Route 53
    // plugin on Lightsail instances: each fell back to the instance's own credentials.
    role: 'AmazonLightsailInstanceRole',
    origin:
      'the role Lightsail gives every Lightsail instance, in an account Lightsail owns, not yours',
    instead:
      'For a Lightsail bucket, attaching the instance to the bucket (its Permissions tab) gives the instance access without keys.'
  }
]

/** The row for a caller role no customer can edit, or null. */
export function awsOwnedCallerRole(role: string): AwsOwnedCallerRole | null {
  return AWS_OWNED_CALLER_ROLES.find((r) => r.role.toLowerCase() === role.toLowerCase()) ?? null
}
