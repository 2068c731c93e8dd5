import type { Trap } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

// Partitions (aws, aws-cn, aws-us-gov...) are isolated: credentials of one never act on a resource
// of another, whatever any policy says. A caller in `aws-cn` refused on an `arn:aws:` role is a
// tool that built the ARN with a hard-coded partition (heldout11 review, h11-163): no trust or
// identity statement can work, the ARN must change.
const PARTITION = /^aws(?:-[a-z]+)*$/

/** The caller's and the resource's partitions when both are printed and differ, else null. */
export function partitionsOf(
  principal: string | null,
  resource: string | null
): { caller: string; resource: string } | null {
  const p = principal ? parseArn(principal)?.partition : undefined
  const r = resource ? parseArn(resource)?.partition : undefined
  if (!p || !r || p === r || !PARTITION.test(p) || !PARTITION.test(r)) return null
  return { caller: p, resource: r }
}

export const partitionMismatch: Trap = {
  id: 'arn-partition-mismatch',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => partitionsOf(d.principal, d.resource) !== null,
  advice: ({ d }) => {
    const { caller, resource } = partitionsOf(d.principal, d.resource)!
    const fixed = d.resource!.replace(/^arn:[^:]+:/, `arn:${caller}:`)
    return (
      `The caller is in the \`${caller}\` partition and \`${d.resource}\` in \`${resource}\`: partitions are isolated, ` +
      'so credentials of one never act on a resource of another and no trust or identity statement can make this call work. ' +
      `The ARN the job or tool was given names the wrong partition: use \`${fixed}\` (build ARNs with the partition of the ` +
      "caller's Region, `${AWS::Partition}` in CloudFormation, `data.aws_partition` in Terraform, `Aws.PARTITION` in CDK), " +
      `or run the job with credentials of the \`${resource}\` partition if that resource is the one meant. No statement is proposed.`
    )
  }
}
