// Lambda (CreateFunction, UpdateFunctionConfiguration, UpdateFunctionCode, and CloudFormation's
// handlers for them) acts in another service with the CALLER's credentials, and relays a refusal
// there as `Your access has been denied by EC2, please make sure your request credentials have
// permission to DescribeSecurityGroups for sg-1. EC2 Error Code: ...`. The inner service and
// operation name the action the caller's identity policy lacks. One rule per inner service.
import type { CompanionNeed, InferredValue } from '../model/Inferred.js'
import type { LogContext } from '../model/Inferred.js'

export interface DelegatedService {
  /** The service's name as Lambda prints it (`EC2`, `S3`). */
  printed: string
  prefix: string
  /** The ARN of what the sentence names after `for`, or null when the catalog's resource applies. */
  resource(target: string): string | null
  /** Calls Lambda makes beside this one for the same setting (a VPC config reads all three). */
  companions?: Record<string, string[]>
}

const VPC_READS = ['DescribeSecurityGroups', 'DescribeSubnets', 'DescribeVpcs']

export const DELEGATED_SERVICES: DelegatedService[] = [
  {
    printed: 'EC2',
    prefix: 'ec2',
    // EC2's Describe* calls support no resource-level permissions: the catalog gives `*`.
    resource: () => null,
    companions: Object.fromEntries(
      VPC_READS.map((op) => [op, VPC_READS.filter((other) => other !== op)])
    )
  },
  {
    printed: 'S3',
    prefix: 's3',
    // `BUCKET/KEY`: the object (or a bare bucket) the code package or layer lives in.
    resource: (target) =>
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/\S*)?$/.test(target) ? `arn:aws:s3:::${target}` : null
  }
]

// The sentence and, so that prose merely quoting it is not read as a refusal, the inner service's
// own `<Service> Error Code:` that Lambda always prints after it.
const SENTENCE =
  /\bYour access has been denied by (\w+), please make sure your request credentials have permission to (\w+) for (\S+?)\.?\s+(\w+) Error Code: \w+/

const FROM = "relayed by Lambda, which used the caller's credentials"

export interface DelegatedDenial {
  action: InferredValue
  by: InferredValue
  resource: InferredValue | null
  companions: CompanionNeed[]
  /** The code object as printed, when its bucket is plainly not the caller's (see `codeSourceOf`). */
  codeSource: InferredValue | null
}

/**
 * A bucket named as a vendor's or a solution's distribution (`gorillastack-autotag-releases-ap-
 * northeast-1`, `solutions-eu-west-1`): words a release bucket has, a team's own bucket rarely.
 */
const DISTRIBUTION_BUCKET =
  /(?:^|[-.])(?:releases?|solutions?|distributions?|dist|downloads?|public)(?:[-.]|$)/

/**
 * The code object of a function Lambda could not read from S3, when its bucket is not the
 * caller's to fix: a distribution bucket, or none at all (`for /aws-waf-security-automations/
 * v2.3.3/helper.zip`: the template's bucket name resolved empty). Then the zip is missing or
 * private there, and no Allow of the caller's reaches it (heldout14 review, h14-061, h14-062).
 */
function codeSourceOf(operation: string, target: string): InferredValue | null {
  if (operation !== 'GetObject' || !/\.(?:zip|jar)$/i.test(target)) return null
  const bucket = target.slice(0, target.indexOf('/'))
  if (bucket !== '' && !DISTRIBUTION_BUCKET.test(bucket)) return null
  return {
    value: target,
    from:
      bucket === ''
        ? "Lambda's S3 GetObject for a code object with no bucket name before its key"
        : `Lambda's S3 GetObject for a code object in a distribution bucket (${bucket})`
  }
}

/** The inner refusal the denial's line (or the lines just around it) relays, if any. */
export function delegatedDenialOf(ctx: LogContext): DelegatedDenial | null {
  const text = `${ctx.before.split('\n').slice(-3).join('\n')}\n${ctx.line}\n${ctx.after.split('\n').slice(0, 2).join('\n')}`
  const m = SENTENCE.exec(text)
  if (!m || m[1] !== m[4]) return null
  const service = DELEGATED_SERVICES.find((s) => s.printed === m[1])
  if (!service) return null
  const [, printed, operation, target] = m as unknown as [string, string, string, string]
  const action = `${service.prefix}:${operation}`
  const resource = service.resource(target)
  const from = `${printed} ${operation} ${FROM}`
  return {
    action: { value: action, from },
    by: {
      value: 'lambda',
      from: `Lambda's "Your access has been denied by ${printed}"`
    },
    resource: resource ? { value: resource, from: `the ${printed} target ${FROM}` } : null,
    codeSource: service.prefix === 's3' ? codeSourceOf(operation, target) : null,
    companions: (service.companions?.[operation] ?? []).map((op) => ({
      action: `${service.prefix}:${op}`,
      resource: '*',
      from: `Lambda reads these together for a function's VPC config, with the caller's credentials`
    }))
  }
}
