// Services whose own documentation says a call that names no resource is authorised on "*",
// though the Service Authorization Reference marks a type required for their Describe calls:
// ElastiCache's DescribeCacheClusters lists `cluster*`, yet without a cluster id it lists every
// cluster, and "when the action doesn't act on a named resource … the resource in the policy is a
// wildcard (*)". One entry per service, each with the page that says so.

export interface UnnamedListing {
  service: string
  doc: string
}

const UNNAMED_LISTINGS: readonly UnnamedListing[] = [
  {
    service: 'elasticache',
    doc: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/IAM.ResourceLevelPermissions.html'
  }
]

/** Whether the service's Describe and List calls that name no resource are checked on "*". */
export function listsOnStar(service: string): boolean {
  const s = service.toLowerCase()
  return UNNAMED_LISTINGS.some((l) => l.service === s)
}
