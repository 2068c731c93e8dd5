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
    companions: (service.companions?.[operation] ?? []).map((op) => ({
      action: `${service.prefix}:${op}`,
      resource: '*',
      from: `Lambda reads these together for a function's VPC config, with the caller's credentials`
    }))
  }
}
