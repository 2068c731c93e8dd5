// Resource-based policies per service: which document holds the statement, what its Resource
// element is, and how it is applied. One entry per service.
import { parseArn } from '../model/Arn.js'

export interface ResourcePolicyKind {
  service: string
  /** What the policy is called, for notes and descriptions. */
  document: string
  /** The ARN whose policy changes (the bucket for an object). */
  holder(arn: string): string
  /** `omit`: the policy applies to its resource (ECR); `star`: "*" means this key/secret. */
  resource: 'omit' | 'star' | 'fitted'
  /** Said when the caller's identity policy must allow the call as well, even in one account. */
  alsoIdentity?: string
  /** How the statement gets into the document, when no rendering of ours applies it. */
  apply?: string
}

const same = (arn: string): string => arn

const resourcePolicyKinds: Record<string, ResourcePolicyKind> = {
  ecr: {
    service: 'ecr',
    document: 'repository policy',
    holder: same,
    resource: 'omit'
  },
  s3: {
    service: 's3',
    document: 'bucket policy',
    holder: (arn) => {
      const parts = parseArn(arn)
      if (!parts || parts.region || parts.account) return arn
      return `arn:${parts.partition}:s3:::${parts.resource.split('/')[0]}`
    },
    resource: 'fitted'
  },
  kms: { service: 'kms', document: 'key policy', holder: same, resource: 'star' },
  sqs: { service: 'sqs', document: 'queue policy', holder: same, resource: 'fitted' },
  sns: { service: 'sns', document: 'topic policy', holder: same, resource: 'fitted' },
  secretsmanager: {
    service: 'secretsmanager',
    document: 'secret resource policy',
    holder: same,
    resource: 'star'
  },
  lambda: { service: 'lambda', document: 'function policy', holder: same, resource: 'fitted' },
  // VPC Lattice's auth policy, on the service (or its service network): unlike other resource
  // policies it never stands in for the caller's identity policy (the VPC Lattice guide's auth
  // policies page: both need an explicit Allow).
  'vpc-lattice-svcs': {
    service: 'vpc-lattice-svcs',
    document: 'auth policy',
    holder: (arn) => arn.replace(/(:service\/svc-[^/]+)\/.*$/, '$1'),
    resource: 'fitted',
    alsoIdentity:
      "VPC Lattice needs both: the caller's identity policy must allow `vpc-lattice-svcs:Invoke` too, even in one account.",
    apply:
      'Apply it with `aws vpc-lattice put-auth-policy --resource-identifier SERVICE_ID --policy file://auth-policy.json`: it replaces the whole auth policy, so add the statement to the current one (`aws vpc-lattice get-auth-policy`).'
  }
}

/** True when the service's resources carry their own policy (a second side across accounts). */
export function hasResourcePolicy(service: string | null): boolean {
  return service !== null && Object.hasOwn(resourcePolicyKinds, service)
}

/** A Lambda layer version's permissions are its own document, not a function policy (h83-004). */
const LAYER_VERSION: ResourcePolicyKind = {
  service: 'lambda',
  document: 'layer version policy',
  holder: same,
  resource: 'fitted'
}

export function resourcePolicyKind(
  service: string | null,
  resource: string | null = null
): ResourcePolicyKind {
  if (service === 'lambda' && resource !== null && /:layer:/.test(resource)) return LAYER_VERSION
  return (
    (service && resourcePolicyKinds[service]) || {
      service: service ?? 'unknown',
      document: 'resource-based policy',
      holder: same,
      resource: 'fitted'
    }
  )
}
