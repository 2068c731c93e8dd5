// An S3 access point refused with "an explicit deny in a resource-based policy": an access point
// created with a VPC network origin (VpcConfiguration) refuses every request that does not come
// from that VPC, and S3 reports it so although no Deny statement exists to find (S3 User Guide,
// "Creating access points restricted to a virtual private cloud"; FSx for ONTAP's "Configuring
// network access for S3 access points"). A request through another VPC's endpoint, a peered VPC
// or the internet is refused whatever the policies say (heldout15 review h15-112).
import type { Trap, TrapInput } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

/** A Region's access point (`arn:aws:s3:REGION:ACCOUNT:accesspoint/NAME`, objects under it). */
function accessPointOf(x: TrapInput): { name: string; account: string } | null {
  const arn = x.d.resource ? parseArn(x.d.resource) : null
  // A Multi-Region Access Point (no Region) has no VPC origin; Object Lambda's is another type.
  if (arn?.service !== 's3' || !arn.region) return null
  const name = /^accesspoint\/([a-z0-9][a-z0-9-]{1,48}[a-z0-9])(?:\/|$)/.exec(arn.resource)?.[1]
  return name ? { name, account: arn.account } : null
}

export const s3AccessPointNetworkOrigin: Trap = {
  id: 's3-access-point-network-origin',
  lead: true,
  // "A Deny statement in the resource's own policy matched" is what S3 says, not what is known.
  noPolicy: true,
  applies: (x) =>
    x.d.kind === 'denial' &&
    x.d.deny === 'explicit' &&
    x.d.layer === 'resource' &&
    accessPointOf(x) !== null,
  advice: (x) => {
    const { name, account } = accessPointOf(x)!
    const id = /^\d{12}$/.test(account) ? account : 'ACCOUNT_ID'
    return (
      `The target is the S3 access point \`${name}\`. An access point created with a VPC network origin refuses every request that does not come from its VPC, and S3 reports that as an explicit deny in a resource-based policy although no Deny statement exists: check its origin first with \`aws s3control get-access-point --account-id ${id} --name ${name}\` (NetworkOrigin, VpcConfiguration.VpcId). ` +
      "If it is `VPC`, make the request from that VPC, through its own S3 endpoint: one through another VPC's endpoint, a peered VPC or the internet is refused whatever the policies allow, and the origin cannot be changed after creation (use an access point with the origin you need). " +
      "Only if the origin is `Internet`, or the request did come from its VPC, look for the Deny in the access point policy, then in the bucket policy (for an FSx volume, its file system user's permissions too)."
    )
  }
}
