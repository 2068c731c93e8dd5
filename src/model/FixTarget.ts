// Which document must change, attached to what, and who can change it.

export type FixTargetKind =
  | 'identity-policy'
  | 'resource-policy'
  | 'trust-policy'
  | 'permissions-boundary'
  | 'session-policy'
  | 'vpc-endpoint-policy'
  | 'scp'
  | 'rcp'
  | 'explicit-deny'
  | 'credentials'
  | 'resource-name'
  /** A setting of the resource that its owner changes, not a policy (an AMI's launch permission). */
  | 'resource-attribute'
  | 'workflow'
  /** An account's IAM OIDC identity provider (its existence, audiences, thumbprints). */
  | 'identity-provider'
  | 'unknown'

/** Who is able to make the change. */
export type FixOwner =
  | 'you'
  | 'resource-owner'
  | 'org-admin'
  | 'session-creator'
  | 'network-owner'
  | 'aws-support'
  /** Whoever owns a policy the message does not name: it depends on which kind it is. */
  | 'policy-owner'

export type PrincipalType =
  | 'role'
  | 'user'
  | 'root'
  | 'federated-user'
  | 'anonymous'
  /** An AWS service principal (`sns.amazonaws.com`): it has no identity policy of its own. */
  | 'service'
  | 'unknown'

export interface FixTarget {
  kind: FixTargetKind
  owner: FixOwner
  /** Human description: "the identity policy of role deploy in account 123456789012". */
  description: string
  /** The principal whose permissions change (role ARN for assumed-role sessions, path unknown). */
  principalArn: string | null
  principalType: PrincipalType
  /** Role or user name, enough for `aws iam put-role-policy --role-name`. */
  principalName: string | null
  /** True when principalArn was rebuilt from a session ARN: the role's path is not known. */
  rolePathUnknown: boolean
  /** Account that owns the principal. */
  principalAccount: string | null
  /** ARN (or as printed) of the resource whose policy changes, for resource/trust targets. */
  resourceArn: string | null
  resourceAccount: string | null
  /** Denying policy ARN for explicit denies, SCPs, RCPs and boundaries, when known. */
  policyArn: string | null
  /**
   * A pod called with its node's instance role: the change goes on the pod's own role (IRSA or
   * Pod Identity for its service account, named when a known tool's), never the node role.
   */
  pod?: { serviceAccount: string | null }
}
