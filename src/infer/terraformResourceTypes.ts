// Terraform names the resource it was changing before its error (`aws_launch_configuration.web:
// Error creating launch configuration: ...`, 0.11 and older). The resource type names the service
// and the create call, which the refusal itself may leave out (Auto Scaling's `ValidationError:
// You are not authorized to perform this operation`, hashicorp/terraform#7198).
import type { InferredValue } from '../model/Inferred.js'

/** A Terraform resource type and the call that creates it. */
export const TERRAFORM_CREATES: Readonly<Record<string, string>> = {
  aws_launch_configuration: 'autoscaling:CreateLaunchConfiguration',
  aws_autoscaling_group: 'autoscaling:CreateAutoScalingGroup',
  aws_launch_template: 'ec2:CreateLaunchTemplate',
  aws_iam_instance_profile: 'iam:CreateInstanceProfile',
  aws_iam_role: 'iam:CreateRole',
  aws_elb: 'elasticloadbalancing:CreateLoadBalancer',
  aws_ecs_service: 'ecs:CreateService'
}

const ADDRESS_CREATING =
  /(?:^|[\s*│|])(?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)*(aws_[a-z0-9_]+)\.[\w-]+(?:\[[^\]\s]+\])?: [Ee]rror creating\b/gm

/** The create call of the resource whose address prefixes `Error creating`, for `service`. */
export function terraformCreateAction(text: string, service: string | null): InferredValue | null {
  let found: InferredValue | null = null
  for (const m of text.matchAll(ADDRESS_CREATING)) {
    const action = TERRAFORM_CREATES[m[1]!]
    if (!action || (service !== null && !action.startsWith(`${service}:`))) continue
    found = { value: action, from: `the Terraform ${m[1]} resource the error names` }
  }
  return found
}
