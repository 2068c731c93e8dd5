import { calledAction } from '../catalogAction.js'
import { passingCall } from '../../model/passingCalls.js'
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { inAcademyLab } from './awsAcademyLab.js'
import { cdkDeployRolePassRole } from './cdkDeployRolePassRole.js'
import { passesExecRoleItself } from './cdkExecRolePassed.js'

/**
 * What else AWS checks when the call runs, besides the passed role (heldout8 review, h8-167): a
 * refusal that names no action may be any of these, and the same fix list saves a round-trip.
 */
const OTHER_CHECKS: Record<string, string> = {
  'ec2:runinstances':
    ' RunInstances is also checked against `ec2:CreateTags` when the launch tags what it creates (TagSpecifications: docker-machine, Karpenter and Terraform tag every instance and volume), ' +
    "and an EBS volume encrypted with a customer managed key needs that key to let the caller use it (`kms:CreateGrant`, `kms:Decrypt`, `kms:DescribeKey`, `kms:GenerateDataKeyWithoutPlaintext`, `kms:ReEncrypt*`: the key policy, and the caller's policy unless the key policy names it). " +
    "Which one failed is in the encoded authorization message when the error prints one (decode it with `aws sts decode-authorization-message`), else in CloudTrail's RunInstances event (errorCode `Client.UnauthorizedOperation`)."
}

export const iamPassRole: Trap = {
  id: 'iam-passrole',
  // The CDK deploy role's PassRole is fixed in the bootstrap, not in its identity policy.
  applies: (input) =>
    input.d.deny !== 'explicit' &&
    (actionIs(input.d, 'iam:PassRole') ||
      passingCall(calledAction(input.d, input.inferred)) !== null) &&
    !cdkDeployRolePassRole.applies(input) &&
    // A caller passing CDK's execution role: the deploy role's assume is the fix (h14-174).
    !passesExecRoleItself(input) &&
    // `AuthFailure: Not authorized for images` is the AMI's launch permission, never a passed
    // role: the missing PassRole comes back as a generic refusal (heldout8 review, h8-131).
    !input.d.detail.images &&
    input.d.code !== 'AuthFailure' &&
    // A service checking a destination it delivers to (a flow log's bucket) is passed no role.
    !input.d.detail.deliveringService &&
    // An account AWS blocks outright (verification, sign-up, billing) is asked no policy at all.
    !input.inferred?.accountBlock &&
    // A launch printed whole with no instance profile passes no role (h33-023).
    !input.inferred?.signals?.['plain-launch'] &&
    // An AWS Academy lab passes its own LabRole, and its IAM is not the student's (h34-025).
    !inAcademyLab(input),
  advice: ({ d, inferred }) => {
    const action = calledAction(d, inferred)
    const call = actionIs(d, 'iam:PassRole') ? null : passingCall(action)
    // A launch passes a role only when given an instance profile (heldout21 review, h21-018: a
    // `run-instances --dry-run` with none): the call itself first, PassRole when one is passed.
    // A service that checks the passed role after the call (AWS Backup): the next run's refusal.
    if (call?.nextStep) {
      return (
        `\`${action}\` also hands ${call.role} to \`${call.passedTo}\`: once the call itself is allowed, the caller needs ` +
        `\`iam:PassRole\` on that role's ARN too (limited with \`iam:PassedToService\` \`${call.passedTo}\`, in the caller's own identity policy, not in the passed role), or the next run is refused on iam:PassRole.`
      )
    }
    if (call?.optional) {
      return (
        `\`${action}\` needs the call itself first: the caller's identity policy must allow \`${action}\` on every resource the call names. ` +
        `When the call also hands ${call.role} to \`${call.passedTo}\`, the caller needs \`iam:PassRole\` on that role's ARN (limited with \`iam:PassedToService\` \`${call.passedTo}\`, in the caller's own identity policy, not in the passed role), and EC2 reports its absence as a refusal of the call itself; ` +
        'a launch given no instance profile passes no role. The decoded authorization message, when there is one, says which was missing.' +
        (OTHER_CHECKS[action!.toLowerCase()] ?? '')
      )
    }
    if (call) {
      return (
        `\`${action}\` hands ${call.role} to \`${call.passedTo}\`, and EC2 reports a missing ` +
        '`iam:PassRole` on that role as a refusal of the call itself. The caller needs both: the call, ' +
        `and \`iam:PassRole\` on the role's ARN limited with \`iam:PassedToService\` \`${call.passedTo}\`, ` +
        "in the caller's own identity policy (not in the passed role). The decoded authorization " +
        'message, when there is one, says which of the two was missing.' +
        (OTHER_CHECKS[action!.toLowerCase()] ?? '')
      )
    }
    return (
      'The caller needs `iam:PassRole` on the role it hands to a service (the role in the resource, ' +
      `${d.resource ? `\`${d.resource}\`` : 'with its full ARN'}), in the caller's own identity policy — ` +
      'not in the passed role. Limit it with an `iam:PassedToService` condition. Roles can only be ' +
      'passed to services in the same account.'
    )
  }
}
