// Two services of the Service Authorization Reference share one prefix: Elastic Load Balancing
// (Classic) and Elastic Load Balancing V2 are both `elasticloadbalancing`. Where both pages define
// an action of the same name, the extract kept the Classic entry only, so `AddTags` on an
// Application Load Balancer, a listener or a target group looked like the wrong resource type.
// Each entry adds the V2 page's resource types to the action; every type of a merged action is
// optional, since a call is authorised against one of them, not all.
export interface SharedPrefixAction {
  service: string
  actions: readonly string[]
  /** Resource type names of the catalog's own `resources` table for the service. */
  types: readonly string[]
  source: string
}

const ELBV2 =
  'Service Authorization Reference, "Actions, resources, and condition keys for AWS Elastic Load Balancing V2" (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancingv2.html)'
const V2_LOAD_BALANCERS = ['loadbalancer/app/', 'loadbalancer/gwy/', 'loadbalancer/net/']

export const SHARED_PREFIX_ACTIONS: readonly SharedPrefixAction[] = [
  {
    service: 'elasticloadbalancing',
    actions: ['AddTags', 'RemoveTags'],
    types: [
      'listener/app',
      'listener/gwy',
      'listener/net',
      'listener-rule/app',
      'listener-rule/net',
      ...V2_LOAD_BALANCERS,
      'targetgroup',
      'truststore'
    ],
    source: ELBV2
  },
  {
    service: 'elasticloadbalancing',
    actions: ['CreateLoadBalancer', 'DeleteLoadBalancer', 'ModifyLoadBalancerAttributes'],
    types: V2_LOAD_BALANCERS,
    source: ELBV2
  }
]

/** The V2 types to add to a service's action of that name, or none. */
export function sharedPrefixTypes(service: string, name: string): readonly string[] {
  return SHARED_PREFIX_ACTIONS.filter(
    (s) => s.service === service && s.actions.includes(name)
  ).flatMap((s) => s.types)
}
