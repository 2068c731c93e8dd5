import { actionForOperation, lookupAction } from '../../src/catalog/Catalog.js'
import { OPERATION_RENAMES, renamedActions } from '../../src/catalog/operationRenames.js'

describe('S3 operations authorised under another action name', () => {
  it.each([
    // boto/boto3#1034: "An error occurred (AccessDenied) when calling the PutBucketMetricsConfiguration operation: Access Denied"
    ['PutBucketMetricsConfiguration', 's3:PutMetricsConfiguration'],
    ['DeleteBucketMetricsConfiguration', 's3:PutMetricsConfiguration'],
    ['ListBucketMetricsConfigurations', 's3:GetMetricsConfiguration'],
    ['PutBucketInventoryConfiguration', 's3:PutInventoryConfiguration'],
    ['ListBucketAnalyticsConfigurations', 's3:GetAnalyticsConfiguration'],
    ['PutBucketIntelligentTieringConfiguration', 's3:PutIntelligentTieringConfiguration'],
    ['PutBucketAccelerateConfiguration', 's3:PutAccelerateConfiguration'],
    ['DeleteBucketReplication', 's3:PutReplicationConfiguration'],
    ['DeleteBucketOwnershipControls', 's3:PutBucketOwnershipControls'],
    ['DeletePublicAccessBlock', 's3:PutBucketPublicAccessBlock']
  ])('%s → %s, with or without the service', (operation, action) => {
    expect(actionForOperation('s3', operation)).toBe(action)
    expect(actionForOperation(null, operation)).toBe(action)
  })

  it('keeps an operation whose own name is an action (GetBucketPolicy, PutBucketVersioning)', () => {
    expect(actionForOperation('s3', 'GetBucketPolicy')).toBe('s3:GetBucketPolicy')
    expect(actionForOperation('s3', 'PutBucketVersioning')).toBe('s3:PutBucketVersioning')
  })

  it('gives nothing for a rename the catalog does not know, nor for another service', () => {
    expect(renamedActions('s3', 'PutBucketFrobnicateConfiguration')).toEqual([
      's3:PutFrobnicateConfiguration'
    ])
    expect(actionForOperation('s3', 'PutBucketFrobnicateConfiguration')).toBeNull()
    expect(renamedActions('sqs', 'PutBucketMetricsConfiguration')).toEqual([])
  })

  it('every rule rewrites at least one real S3 operation into a catalog action', () => {
    const samples: Record<string, string> = {
      '0': 'GetBucketEncryption',
      '1': 'DeleteBucketAnalyticsConfiguration',
      '2': 'DeleteBucketOwnershipControls',
      '3': 'setBucketAccelerateConfiguration',
      '4': 'ListBucketInventoryConfigurations'
    }
    OPERATION_RENAMES.forEach((rule, i) => {
      const op = samples[String(i)]!
      expect(rule.operation.test(op)).toBe(true)
      expect(
        lookupAction(`${rule.service}:${op.replace(rule.operation, rule.action)}`)
      ).not.toBeNull()
    })
  })
})
