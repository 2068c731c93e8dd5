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
