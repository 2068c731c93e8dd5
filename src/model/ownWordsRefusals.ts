// Refusals a service words about its own role or feature (heldout19): the message says whose
// setting decides, so the title, the explanation, the fix target and the proposal's note all come
// from one entry per grammar, never "start with the caller's identity policy" (heldout19 review 2:
// the comment's lead contradicted the explanation).
import type { FixOwner, FixTargetKind } from './FixTarget.js'

export interface OwnWordsRefusal {
  /** The finding's title. */
  title: string
  /** The explanation's sentence on the cause. */
  explanation: string
  kind: FixTargetKind
  owner: FixOwner
  /** What to change, as the fix target names it. */
  target: string
  /** The fix section's note: what to change, and why no statement is drafted. */
  note: string
}

export const OWN_WORDS_REFUSALS: Readonly<Record<string, OwnWordsRefusal>> = {
  'sfn-role-not-assumable': {
    title:
      "Step Functions could not assume the state machine's role: its trust policy must allow states.amazonaws.com",
    explanation:
      "Step Functions could not assume the role given to the state machine: the role's trust policy must allow the service principal `states.amazonaws.com` to call sts:AssumeRole (check the role ARN for a typo too). Right after the role is created in the same run, IAM's eventual consistency gives the same answer for a few seconds: a retry, or making the state machine depend on the role's policies, passes. No Allow in the deployer's policy changes this.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      'the trust policy of the role given to the state machine (it must let states.amazonaws.com assume it)',
    note: 'No statement for the caller is proposed: Step Functions itself could not assume the role. Its trust policy must allow the service principal `states.amazonaws.com` the action sts:AssumeRole; a role created in the same run may need a retry, or the state machine a dependency on the role and its policies.'
  },
  'cloudtrail-logs-role': {
    title:
      "CloudTrail could not use the trail's CloudWatch Logs role: its trust policy must allow cloudtrail.amazonaws.com",
    explanation:
      "CloudTrail could not assume the role the trail names for CloudWatch Logs delivery (`cloud_watch_logs_role_arn`, `CloudWatchLogsRoleArn`), or the role may not write to the log group: its trust policy must allow the service principal `cloudtrail.amazonaws.com` to call sts:AssumeRole, and its permissions must allow `logs:CreateLogStream` and `logs:PutLogEvents` on the trail's log group (`arn:aws:logs:REGION:ACCOUNT_ID:log-group:GROUP:log-stream:*`). Right after the role is created in the same run, IAM's eventual consistency gives the same answer for a few seconds: a retry, or a dependency of the trail on the role's policy, passes. No Allow in the deployer's policy changes this.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy and permissions of the trail's CloudWatch Logs role (it must let cloudtrail.amazonaws.com assume it and write to the log group)",
    note: "No statement for the caller is proposed: CloudTrail itself could not use the trail's CloudWatch Logs role. Its trust policy must allow the service principal `cloudtrail.amazonaws.com` the action sts:AssumeRole, and the role must allow logs:CreateLogStream and logs:PutLogEvents on the log group's streams; a role created in the same run may need a retry or a dependency."
  },
  'eks-pod-identity-refused': {
    title:
      "EKS Pod Identity could not assume the pod's role: its trust policy must allow pods.eks.amazonaws.com",
    explanation:
      "EKS Auth refused to assume the role associated with the pod's service account (its pod identity association), so the pod got no credentials: the role's trust policy must allow the service principal `pods.eks.amazonaws.com` both `sts:AssumeRole` and `sts:TagSession` (EKS tags every pod identity session), and any condition in it must match (`aws:SourceAccount`, `aws:SourceArn` of the cluster). Check too that the association names this cluster, namespace and service account (`aws eks list-pod-identity-associations --cluster-name CLUSTER`). The pod's own code needs no change.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy of the role associated with the pod's service account (it must let pods.eks.amazonaws.com assume and tag it)",
    note: 'No statement for the caller is proposed: EKS itself could not assume the associated role. Its trust policy must allow the service principal `pods.eks.amazonaws.com` the actions sts:AssumeRole and sts:TagSession.'
  },
  'codedeploy-service-role': {
    title:
      "CodeDeploy's service role lacks the permissions of the service it names: the role's policy is the fix",
    explanation:
      'CodeDeploy acts through its service role, and the role named lacks the permissions of the service the message names. Attach the AWS managed policy `AWSCodeDeployRole` to it for EC2 and on-premises deployments (`AWSCodeDeployRoleForECS` or `AWSCodeDeployRoleForLambda` for those platforms), and check that its trust policy allows `codedeploy.amazonaws.com`. The caller that created the deployment needs nothing more.',
    kind: 'identity-policy',
    owner: 'you',
    target: "the policies of CodeDeploy's service role (the one the message names)",
    note: "No statement for the caller is proposed: CodeDeploy's service role lacks the service's permissions. Attach the AWS managed policy `AWSCodeDeployRole` to that role (`AWSCodeDeployRoleForECS` or `AWSCodeDeployRoleForLambda` for those platforms), and check that its trust policy allows `codedeploy.amazonaws.com`."
  },
  'kms-key-access-status': {
    title:
      "A service's role may not use the KMS key the resource was given: the role's and the key's policies decide",
    explanation:
      'The service reports that the role it works with (the data access or service role given to the resource) may not use the KMS key the resource was given: that role needs kms:Decrypt and kms:GenerateDataKey on the key (kms:CreateGrant where the service makes grants), from its identity policy when the key policy lets IAM policies grant it (the default key policy does), else from the key policy itself; or the key ARN is wrong. Whoever created the resource needs no change.',
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the role the service uses for the resource (its data access role): its identity policy, and the KMS key's policy where that does not let IAM policies grant the key",
    note: "No statement for the caller is proposed: the service's own role (the data access role given to the resource) may not use the key. Allow that role kms:Decrypt and kms:GenerateDataKey (kms:CreateGrant where the service makes grants) on the key's ARN; with the default key policy an identity policy is enough, a key policy that names its principals must name the role too."
  },
  // heldout37's unseen-logs check u50-003: kvssink's certificate refused by IoT's credentials provider.
  'iot-credential-provider-403': {
    title:
      "AWS IoT's credentials provider refused the device's certificate: its IoT policy and the role alias decide",
    explanation:
      "The device asked AWS IoT's credentials provider (`https://CREDENTIALS_ENDPOINT/role-aliases/ALIAS/credentials`, with its X.509 certificate) for the role alias's credentials and got 403. The certificate's attached IoT policy must allow `iot:AssumeRoleWithCertificate` on the role alias ARN (`arn:aws:iot:REGION:ACCOUNT_ID:rolealias/ALIAS`), the certificate must be active and the thing name the request sends (`x-amzn-iot-thingname`) attached to it where the policy uses thing variables; the role alias's role must trust `credentials.iot.amazonaws.com`. Check the endpoint too: it is the account's `aws iot describe-endpoint --endpoint-type iot:CredentialProvider`, not the data endpoint.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the IoT policy attached to the device's certificate (iot:AssumeRoleWithCertificate on the role alias), and the role alias's role trust",
    note: "No IAM statement for a caller is proposed: the device authenticates with its certificate, so its IoT policy (attached with `aws iot attach-policy`) must allow `iot:AssumeRoleWithCertificate` on `arn:aws:iot:REGION:ACCOUNT_ID:rolealias/ALIAS`, and the role alias's IAM role must trust the service principal `credentials.iot.amazonaws.com`."
  },
  'lambda-function-url-forbidden': {
    title:
      "A Lambda function URL refused the request: its auth type and the function's resource policy decide",
    explanation:
      "The Lambda function URL refused the request. With auth type `AWS_IAM` the request must be signed by a principal allowed `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` (by its identity policy in the function's account, by the function's resource policy from another); with `NONE` the function's resource policy must allow both to Principal `*`, `lambda:InvokeFunctionUrl` with the condition `lambda:FunctionUrlAuthType` `NONE` (function URLs created since October 2025 need both actions). A URL whose alias or function was deleted answers with the same 403.",
    kind: 'resource-policy',
    owner: 'resource-owner',
    target: "the function's resource-based policy and its URL's auth type",
    note: "No statement is drafted: which principal called is not in the message. With auth type `AWS_IAM`, the caller needs `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` on the function (its identity policy in the same account, the function's resource policy from another); with `NONE`, the function's resource policy must allow both to Principal `*` (`lambda:InvokeFunctionUrl` with the condition `lambda:FunctionUrlAuthType` `NONE`). Function URLs created since October 2025 need both actions; a URL whose alias or function was deleted answers with the same 403."
  },
  'logs-cross-account-lambda': {
    title:
      "CloudWatch Logs does not subscribe another account's function directly: a destination in that account does",
    explanation:
      "CloudWatch Logs refused a subscription filter that names a Lambda function in another account: it never invokes another account's function from a filter, whatever the policies say. As the message says, create a CloudWatch Logs destination in the receiving account (`aws logs put-destination`) with an access policy that admits the sending account (`aws logs put-destination-policy`), and point the subscription filter at the destination's ARN.",
    kind: 'workflow',
    owner: 'you',
    target:
      "the subscription filter's destination (a CloudWatch Logs destination in the function's account)",
    note: "No statement is proposed: CloudWatch Logs never invokes another account's function from a subscription filter. Create a destination in the receiving account (`aws logs put-destination`), admit the sending account in its access policy (`aws logs put-destination-policy`), and point the filter at the destination's ARN."
  }
}

/** The entry of a refusal's grammar, or null. */
export function ownWordsOf(grammar: string): OwnWordsRefusal | null {
  return Object.hasOwn(OWN_WORDS_REFUSALS, grammar) ? OWN_WORDS_REFUSALS[grammar]! : null
}
