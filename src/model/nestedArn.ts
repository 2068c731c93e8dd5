// An ARN whose resource part holds another ARN (`role/arn:aws:iam::0123456789/role/admin`): the job
// handed a whole ARN, often a malformed one, where a name was expected, or a template wrapped an
// ARN around an ARN. AWS then looks for a resource named `arn:...`, which cannot exist.
import { parseArn } from './Arn.js'

export interface NestedArn {
  /** The ARN as printed. */
  outer: string
  /** The inner ARN as printed. */
  inner: string
  /** The inner ARN with a `/` after the account that should have been `:`; null when unreadable. */
  corrected: string | null
  /**
   * When the inner ARN is well-formed and the call's parameter takes a name (Firehose's
   * `DeliveryStreamName`), the name to pass and the parameter; null otherwise. Re-passing the same
   * ARN would fail the same way, so the fix is its last part, not the ARN.
   */
  name: { value: string; parameter: string; innerAccount: string } | null
}

/**
 * Resource types whose API parameter takes a name, keyed `service:type`: an ARN passed there is
 * read as a name and wrapped into a second ARN (h9-152 Firehose, boto/boto3#2658 DynamoDB).
 */
const NAME_PARAMETERS: Record<string, string> = {
  'firehose:deliverystream': 'DeliveryStreamName',
  'dynamodb:table': 'TableName',
  'kinesis:stream': 'StreamName',
  'logs:log-group': 'logGroupName'
}

const INNER = /(?:^|[/:])(arn:aws[\w-]*:[a-z0-9-]+:.*)$/
/** `arn:aws:iam::ACCOUNT/role/NAME`: the separator after the account typed as `/`. */
const SLASH_AFTER_ACCOUNT = /^(arn:[\w-]+:[a-z0-9-]+:[^:/]*:[^:/]+)\/([a-z][a-z-]*\/.+)$/

function corrected(inner: string): string | null {
  const parts = parseArn(inner)
  if (parts && parts.resource && !/^arn:/.test(parts.resource)) return inner
  const fixed = SLASH_AFTER_ACCOUNT.exec(inner)
  return fixed && parseArn(`${fixed[1]}:${fixed[2]}`) ? `${fixed[1]}:${fixed[2]}` : null
}

function nameOf(inner: string): NestedArn['name'] {
  const parts = parseArn(inner)
  const typed = parts ? /^([a-z-]+)[/:]([^/:]+)$/.exec(parts.resource) : null
  const parameter = typed ? NAME_PARAMETERS[`${parts!.service}:${typed[1]}`] : undefined
  return parameter ? { value: typed![2]!, parameter, innerAccount: parts!.account } : null
}

export function nestedArn(resource: string | null): NestedArn | null {
  const outer = resource ? parseArn(resource) : null
  // An S3 key is free text: an ARN in it is a name like any other.
  if (!outer || outer.service === 's3') return null
  const inner = INNER.exec(outer.resource)?.[1]
  if (!inner) return null
  const fixed = corrected(inner)
  return { outer: resource!, inner, corrected: fixed, name: fixed === inner ? nameOf(inner) : null }
}
