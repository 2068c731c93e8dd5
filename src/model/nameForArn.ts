// Some APIs take only an ARN for the resource they act on (MSK's ClusterArn). Sent a bare name
// there, AWS authorises the request against that name, which no policy's Resource can match: the
// caller built the request wrongly, and a grant on the real ARN would not change the refusal
// (crossplane-contrib/provider-upjet-aws#957: the external-name held the cluster's name, so
// DescribeClusterV2 went out with clusterArn set to it). One rule per service.
export interface NameForArn {
  /** The request parameter that must hold the ARN. */
  parameter: string
  /** What the ARN names. */
  what: string
  /** The service's name as people say it. */
  serviceName: string
}

const RULES: Readonly<Record<string, NameForArn>> = {
  kafka: { parameter: 'ClusterArn', what: 'cluster', serviceName: 'MSK' }
}

/** A plain resource name: not an ARN, a path, a wildcard, a mask or prose. */
const NAME = /^[A-Za-z0-9][\w.-]{0,127}$/

/** The rule when `resource` is a bare name sent where the service's API needs an ARN. */
export function nameForArn(service: string | null, resource: string | null): NameForArn | null {
  if (!service || !Object.hasOwn(RULES, service) || !NAME.test(resource ?? '')) return null
  return RULES[service]!
}

/** Why no grant helps, and what to change instead. */
export function nameForArnSentence(rule: NameForArn, name: string): string {
  return `The request sent \`${name}\`, a name, where ${rule.serviceName}'s API takes the ${rule.what}'s ARN (${rule.parameter}): AWS checked the request against that name, which no policy's Resource matches, so no grant fixes it. Pass the ${rule.what}'s ARN instead; with Terraform, Crossplane or another IaC tool, the imported ID or external-name must be the ARN (or upgrade a provider that builds it from the name).`
}
