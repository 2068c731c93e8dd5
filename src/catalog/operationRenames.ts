// Families of API operations whose IAM action has another name, as patterns: S3 authorises its
// bucket sub-resource configurations under one action per configuration, without `Bucket`, and
// its Delete and List calls under the Put and Get actions. A rule answers only when the rewritten
// action is in the catalog and the operation's own name is not; operationExceptions lists the rest.

export interface OperationRename {
  service: string
  /** Matched against the whole operation name. */
  operation: RegExp
  action: string
}

export const OPERATION_RENAMES: readonly OperationRename[] = [
  // PutBucketMetricsConfiguration → PutMetricsConfiguration, GetBucketEncryption → GetEncryptionConfiguration.
  {
    service: 's3',
    operation: /^(Get|Put)Bucket(\w+?)(?:Configuration)?$/,
    action: '$1$2Configuration'
  },
  // DeleteBucketMetricsConfiguration, DeleteBucketReplication: the Put action covers the delete.
  {
    service: 's3',
    operation: /^DeleteBucket(\w+?)(?:Configuration)?$/,
    action: 'Put$1Configuration'
  },
  // DeleteBucketOwnershipControls → PutBucketOwnershipControls.
  { service: 's3', operation: /^DeleteBucket(\w+)$/, action: 'PutBucket$1' },
  // The Java SDK v1's setter names for the same calls, as CloudFormation's S3 handler prints them
  // (`API: s3:setBucketAccelerateConfiguration Access Denied`, serverless/serverless#4625).
  {
    service: 's3',
    operation: /^[Ss]etBucket(\w+?)(?:Configuration)?$/,
    action: 'Put$1Configuration'
  },
  // ListBucketMetricsConfigurations: listing is reading each configuration.
  { service: 's3', operation: /^ListBucket(\w+)Configurations$/, action: 'Get$1Configuration' }
]

/** Candidate actions (`s3:PutMetricsConfiguration`) for an operation, in rule order. */
export function renamedActions(service: string | null, operation: string): string[] {
  return OPERATION_RENAMES.filter(
    (r) => (service === null || r.service === service) && r.operation.test(operation)
  ).map((r) => `${r.service}:${operation.replace(r.operation, r.action)}`)
}
