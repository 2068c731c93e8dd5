// A service-linked role ARN the log cut inside its service name (kubectl's event column ends at
// `…/aws-service-role/elasticloadbalancing.ama`, wardviaene/kubernetes-course#5): pasted as is, it
// matches no role and the `iam:AWSServiceName` condition is lost. The role's path is
// `aws-service-role/SERVICE.amazonaws.com/ROLE`, so the cut part completes from the services whose
// role names AWS documents, or becomes placeholders when it names none or several.
import { placeholder, type Placeholders } from './placeholders.js'

/** Services and the service-linked role each creates (IAM "AWS services that work with IAM"). */
const SERVICE_LINKED_ROLES: Record<string, string> = {
  'elasticloadbalancing.amazonaws.com': 'AWSServiceRoleForElasticLoadBalancing',
  'autoscaling.amazonaws.com': 'AWSServiceRoleForAutoScaling',
  'ecs.amazonaws.com': 'AWSServiceRoleForECS',
  'eks.amazonaws.com': 'AWSServiceRoleForAmazonEKS',
  'eks-nodegroup.amazonaws.com': 'AWSServiceRoleForAmazonEKSNodegroup',
  'spot.amazonaws.com': 'AWSServiceRoleForEC2Spot',
  'spotfleet.amazonaws.com': 'AWSServiceRoleForEC2SpotFleet',
  'rds.amazonaws.com': 'AWSServiceRoleForRDS',
  'elasticache.amazonaws.com': 'AWSServiceRoleForElastiCache',
  'opensearchservice.amazonaws.com': 'AWSServiceRoleForAmazonOpenSearchService',
  'organizations.amazonaws.com': 'AWSServiceRoleForOrganizations',
  'ssm.amazonaws.com': 'AWSServiceRoleForAmazonSSM',
  'transitgateway.amazonaws.com': 'AWSServiceRoleForVPCTransitGateway',
  'globalaccelerator.amazonaws.com': 'AWSServiceRoleForGlobalAccelerator'
}

/** The role a service creates for itself, by its principal, or null when AWS documents none here. */
export function serviceLinkedRoleName(service: string): string | null {
  return Object.hasOwn(SERVICE_LINKED_ROLES, service) ? SERVICE_LINKED_ROLES[service]! : null
}

// The role path with the service part cut: nothing after it, not even the slash before the name.
const CUT = /^(arn:[\w-]+:iam::[^:\s/]*:role\/aws-service-role\/)([a-z0-9.-]*)$/

export interface CompletedRole {
  arn: string
  /** The service the cut part names, when it names exactly one. */
  service: string | null
}

/** The full ARN of a cut service-linked role, or null when `printed` is not one. */
export function completeServiceLinkedRole(p: Placeholders, printed: string): CompletedRole | null {
  const m = CUT.exec(printed)
  if (!m) return null
  const cut = m[2]!
  const services = Object.keys(SERVICE_LINKED_ROLES).filter((s) => s.startsWith(cut))
  if (services.length === 1) {
    const service = services[0]!
    return { arn: `${m[1]}${service}/${SERVICE_LINKED_ROLES[service]}`, service }
  }
  const service = placeholder(
    p,
    'SERVICE_NAME',
    `the service principal the log cut after \`${cut}\` (for example elasticloadbalancing.amazonaws.com)`
  )
  const role = placeholder(p, 'SERVICE_LINKED_ROLE', "that service's service-linked role name")
  return { arn: `${m[1]}${service}/${role}`, service: null }
}
