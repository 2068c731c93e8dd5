// Calls that hand a role to a service, which EC2 refuses as themselves when iam:PassRole on the
// role is what is missing: diagnosis says so, the remedy proposes iam:PassRole beside the call.

/** A call that hands a role to a service: which role, and to which service it is passed. */
export interface PassingCall {
  /** The service principal the role is passed to (iam:PassedToService). */
  passedTo: string
  /** The role the call hands over, in the words of its API and Terraform. */
  role: string
  /** The call passes a role only when it is given one (an instance profile): draft on evidence. */
  optional?: boolean
  /**
   * The service checks iam:PassRole after the call itself and refuses it in its own name: the
   * call's refusal is the call's, and PassRole is the next step's (AWS Backup, h22-006).
   */
  nextStep?: boolean
}

// EC2 reports a missing iam:PassRole as UnauthorizedOperation on the call that passes the role.
// One entry per call (lower case); launch templates pass their instance profile at launch.
const PASSING_CALLS: Readonly<Record<string, PassingCall>> = {
  'ec2:createflowlogs': {
    passedTo: 'vpc-flow-logs.amazonaws.com',
    role: "the flow log's delivery role (DeliverLogsPermissionArn, Terraform's iam_role_arn; CloudWatch Logs and cross-account Firehose destinations only)"
  },
  'ec2:runinstances': {
    optional: true,
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
    optional: true,
    passedTo: 'ec2.amazonaws.com',
    role: 'the role of the instance profile its launch template names'
  },
  'autoscaling:updateautoscalinggroup': {
    optional: true,
    passedTo: 'ec2.amazonaws.com',
    role: 'the role of the instance profile its launch template names'
  },
  // AWS Backup runs the job as the role the call names (IamRoleArn): a refusal of that role comes
  // back as iam:PassRole, after the call's own check.
  'backup:startrestorejob': {
    nextStep: true,
    passedTo: 'backup.amazonaws.com',
    role: 'the restore role (IamRoleArn)'
  },
  'backup:startbackupjob': {
    nextStep: true,
    passedTo: 'backup.amazonaws.com',
    role: 'the backup role (IamRoleArn)'
  },
  // Calls that always name the role the service runs as, which the service checks with
  // iam:PassRole after the call itself (heldout23 review: h23-050, EKS's cluster role). Lambda's
  // CreateFunction has its own reading of the role on the command line (src/infer/lambdaRole.ts).
  'eks:createcluster': {
    nextStep: true,
    passedTo: 'eks.amazonaws.com',
    role: "the cluster's service role (roleArn)"
  },
  'eks:createnodegroup': {
    nextStep: true,
    passedTo: 'eks.amazonaws.com',
    role: "the node group's node role (nodeRole)"
  },
  'states:createstatemachine': {
    nextStep: true,
    passedTo: 'states.amazonaws.com',
    role: "the state machine's execution role (roleArn)"
  },
  'glue:createjob': {
    nextStep: true,
    passedTo: 'glue.amazonaws.com',
    role: "the job's role (Role)"
  },
  'codebuild:createproject': {
    nextStep: true,
    passedTo: 'codebuild.amazonaws.com',
    role: "the project's service role (serviceRole)"
  },
  'autoscaling:createlaunchconfiguration': {
    optional: true,
    passedTo: 'ec2.amazonaws.com',
    role: "the instance profile's role (IamInstanceProfile)"
  }
}

/** The role-passing call behind a denial of the call itself, or null. */
export function passingCall(action: string | null): PassingCall | null {
  const key = action?.toLowerCase() ?? ''
  return Object.hasOwn(PASSING_CALLS, key) ? PASSING_CALLS[key]! : null
}

/**
 * The role-passing call an operation name printed without its service names
 * (`when calling the RunInstances operation`): the one table entry of that name, else null.
 */
export function passingCallNamed(operation: string): PassingCall | null {
  const name = operation.toLowerCase()
  const hits = Object.keys(PASSING_CALLS).filter((k) => k.slice(k.indexOf(':') + 1) === name)
  return hits.length === 1 ? PASSING_CALLS[hits[0]!]! : null
}
