// Route 53 names no action when the hosted zone in the request is not one the caller's account
// owns: `User: ARN is not authorized to access this resource` (an administrator role gets it too,
// h11-012). The usual cause is the zone ID the job passes: another account's zone, or the
// AWS-owned zone ID of an alias target (a load balancer's, CloudFront's or Elastic Beanstalk's
// canonical zone) put where the record's own zone belongs (heldout15 review h15-003,
// aws/aws-sdk-php#2141). An Allow in the caller's account cannot open another account's zone.
import type { Trap, TrapInput } from '../Trap.js'

const ZONE = /hostedzone\/([A-Z0-9]{5,32})\b/

/** The zone the request named: the printed resource, else the one the request's URL shows. */
function zoneOf({ d, inferred }: TrapInput): string | null {
  return ZONE.exec(d.resource ?? inferred?.resource?.value ?? '')?.[1] ?? null
}

export const route53ZoneNotOwned: Trap = {
  id: 'route53-zone-not-owned',
  lead: true,
  noPolicy: true,
  applies: (x) =>
    x.d.kind === 'denial' &&
    x.d.grammar === 'iam-access-resource' &&
    !x.d.action &&
    (x.d.service === 'route53' || /^route53:/i.test(x.inferred?.action?.value ?? '')),
  advice: (x) => {
    const zone = zoneOf(x)
    const id = zone ?? 'ZONE_ID'
    return (
      `Route 53 answers "not authorized to access this resource", naming no action, when the hosted zone${zone ? ` \`${zone}\`` : ''} is not in the caller's account. Check the zone ID first: \`aws route53 get-hosted-zone --id ${id}\` with the same credentials. ` +
      "An alias target's zone ID (a load balancer's, CloudFront's `Z2FDTNDATAQYW2`, Elastic Beanstalk's canonical zone) is AWS's, not a zone to change records in: pass the ID of your own zone that holds the record (`aws route53 list-hosted-zones-by-name`). " +
      'If the zone is in another account, assume a role in that account for the change; no Allow in this account reaches it. Only if the zone is in this account does the caller need an Allow for the call on `arn:aws:route53:::hostedzone/' +
      id +
      '`.'
    )
  }
}
