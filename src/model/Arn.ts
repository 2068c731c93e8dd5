// An Amazon Resource Name split into its fields, and put back together.
//
// @aws-sdk/util-arn-parser splits the same way, but throws on anything that is not an ARN; here
// the input is log text, where a half-masked or cut ARN is ordinary, so a miss is `null`. It also
// keeps the core free of SDK packages (see the lint rule on the core rooms).

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
