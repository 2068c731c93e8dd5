import { actionForOperation } from '../../catalog/Catalog.js'
import type { Denial } from '../../model/Denial.js'
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

/** A call that hands a role to a service: which role, and to which service it is passed. */
export interface PassingCall {
  /** The service principal the role is passed to (iam:PassedToService). */
  passedTo: string
  /** The role the call hands over, in the words of its API and Terraform. */
  role: string
}

// EC2 reports a missing iam:PassRole as UnauthorizedOperation on the call that passes the role.
// One entry per call (lower case); launch templates pass their instance profile at launch.
const PASSING_CALLS: Readonly<Record<string, PassingCall>> = {
  'ec2:createflowlogs': {
    passedTo: 'vpc-flow-logs.amazonaws.com',
    role: "the flow log's delivery role (DeliverLogsPermissionArn, Terraform's iam_role_arn; CloudWatch Logs and cross-account Firehose destinations only)"
  },
  'ec2:runinstances': {
    passedTo: 'ec2.amazonaws.com',
    role: "the instance profile's role (IamInstanceProfile, or the one in the launch template it launches from)"
  },
  'ec2:associateiaminstanceprofile': {
    passedTo: 'ec2.amazonaws.com',
    role: "the instance profile's role"
  },
  'ec2:replaceiaminstanceprofileassociation': {
    passedTo: 'ec2.amazonaws.com',
    role: "the instance profile's role"
  },
  'autoscaling:createautoscalinggroup': {
    passedTo: 'ec2.amazonaws.com',
    role: 'the role of the instance profile its launch template names'
  },
  'autoscaling:updateautoscalinggroup': {
    passedTo: 'ec2.amazonaws.com',
    role: 'the role of the instance profile its launch template names'
  },
  'autoscaling:createlaunchconfiguration': {
    passedTo: 'ec2.amazonaws.com',
    role: "the instance profile's role (IamInstanceProfile)"
  }
}

function actionOf(d: Denial): string | null {
  return d.action ?? (d.operation ? actionForOperation(d.service, d.operation) : null) ?? null
}

/** The role-passing call behind a denial of the call itself, or null. */
export function passingCall(action: string | null): PassingCall | null {
  const key = action?.toLowerCase() ?? ''
  return Object.hasOwn(PASSING_CALLS, key) ? PASSING_CALLS[key]! : null
}

export const iamPassRole: Trap = {
  id: 'iam-passrole',
  applies: ({ d }) =>
    d.deny !== 'explicit' && (actionIs(d, 'iam:PassRole') || passingCall(actionOf(d)) !== null),
  advice: ({ d }) => {
    const action = actionOf(d)
    const call = actionIs(d, 'iam:PassRole') ? null : passingCall(action)
    if (call) {
      return (
        `\`${action}\` hands ${call.role} to \`${call.passedTo}\`, and EC2 reports a missing ` +
        '`iam:PassRole` on that role as a refusal of the call itself. The caller needs both: the call, ' +
        `and \`iam:PassRole\` on the role's ARN limited with \`iam:PassedToService\` \`${call.passedTo}\`, ` +
        "in the caller's own identity policy (not in the passed role). The decoded authorization " +
        'message, when there is one, says which of the two was missing.'
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
