// A tool that reads an instance profile (flintrock, SkyPilot: iam:GetInstanceProfile) does so to
// launch instances with it: RunInstances then hands the profile's role to EC2, which IAM checks as
// iam:PassRole on that role (EC2 User Guide, "IAM roles for Amazon EC2": the user needs PassRole).
// The caller the message names and the profile it names are two identities; the note says which.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'

/** IAM's `instance profile NAME`, or the profile's ARN. */
const PROFILE =
  /^(?:instance profile (\S+)|arn:aws[\w-]*:iam::[^:]*:instance-profile\/(?:.*\/)?([^/]+))$/

export function instanceProfileLaunchOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'iam:getinstanceprofile') return []
  const match = PROFILE.exec(x.d.resource ?? '')
  if (!match) return []
  const profile = match[1] ?? match[2]!
  const caller = x.d.principal ? `the caller (${x.d.principal})` : 'the caller'
  return [
    {
      action: 'iam:PassRole',
      resource: null,
      from: `a tool reads an instance profile to launch instances with it, and launching hands the role inside \`${profile}\` to EC2, which IAM checks as iam:PassRole by ${caller} on that role (\`aws iam get-instance-profile --instance-profile-name ${profile}\` names it). \`${profile}\` is the profile the instances get, not the identity that was refused`
    }
  ]
}

/** Packer's (and old Terraform's) launch failure, and words that the instance gets a role. */
const LAUNCH_FAILED = /\bError launching source instance\b/
const WITH_ROLE =
  /\bwith IAM roles?\b|\biam_instance_profile\b|\binstance profile\b|\bwith an attached IAM (?:policy|role)\b/i

/**
 * A launch refused where the log says the instance gets an IAM role (h14-139, the Packer docs'
 * "If you use packer with IAM roles"; hashicorp/packer#2458): RunInstances hands the role to EC2,
 * which IAM checks as iam:PassRole, and Packer reads the profile first (iam:GetInstanceProfile).
 */
export function launchWithRoleOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'ec2:runinstances') return []
  const text = [
    ...x.ctx.before.split('\n').slice(-5),
    x.ctx.line,
    ...x.ctx.after.split('\n').slice(0, 5)
  ].join('\n')
  if (!LAUNCH_FAILED.test(text) || !WITH_ROLE.test(text)) return []
  const from =
    'the log launching an instance with an IAM role (instance profile): RunInstances hands that role to EC2, which IAM checks as iam:PassRole on the role, the usual cause of this refusal'
  return [
    { action: 'iam:PassRole', resource: null, from },
    {
      action: 'iam:GetInstanceProfile',
      resource: null,
      from: 'the builder reading the instance profile it launches with'
    }
  ]
}
