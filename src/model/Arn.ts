// An Amazon Resource Name split into its fields, and put back together.
//
// Hand-written rather than @aws-sdk/util-arn-parser (measured with 3.972): that package splits the
// same way (a masked `arn:aws:iam::***:role/x` gives account `***` in both) but throws on anything
// that is not an ARN, where log text, with its half-masked and cut ARNs, wants a `null`; and it is
// now a re-export of @aws-sdk/core, 185 KB minified in an ncc bundle for `parse` alone against
// under 1 KB here, loaded eagerly by every core room that reads an ARN (the SDK is otherwise
// loaded only to decode, see src/decode/sts). The core also stays free of SDK packages.

export interface ArnParts {
  /** `aws`, `aws-us-gov`, `aws-cn`, … (or whatever mask the log printed). */
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon, colons included (`function:name:alias`). */
  resource: string
}

/** The fields of `arn:partition:service:region:account:resource`; null when it is not one. */
export function parseArn(value: string): ArnParts | null {
  const [arn, partition, service, region, account, ...resource] = value.split(':')
  if (arn !== 'arn' || account === undefined || resource.length === 0) return null
  return {
    partition: partition ?? '',
    service: service ?? '',
    region: region ?? '',
    account,
    resource: resource.join(':')
  }
}

export function formatArn(p: ArnParts): string {
  return `arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.resource}`
}
