// Refusals a service words about its own role or feature (heldout19): the message says whose
// setting decides, so the fix target is that, and the proposal is its own note, never "start
// with the caller's identity policy" (heldout19 review 2: the comment's lead contradicted the
// explanation). One entry per grammar.
import type { FixOwner, FixTargetKind } from './FixTarget.js'

export interface OwnWordsRefusal {
  kind: FixTargetKind
  owner: FixOwner
  /** What to change, as the fix target names it. */
  target: string
  /** The fix section's note: what to change, and why no statement is drafted. */
  note: string
}

export const OWN_WORDS_REFUSALS: Readonly<Record<string, OwnWordsRefusal>> = {
  'sfn-role-not-assumable': {
    kind: 'trust-policy',
    owner: 'you',
    target:
      'the trust policy of the role given to the state machine (it must let states.amazonaws.com assume it)',
    note: 'No statement for the caller is proposed: Step Functions itself could not assume the role. Its trust policy must allow the service principal `states.amazonaws.com` the action sts:AssumeRole; a role created in the same run may need a retry, or the state machine a dependency on the role and its policies.'
  },
  'codedeploy-service-role': {
    kind: 'identity-policy',
    owner: 'you',
    target: "the policies of CodeDeploy's service role (the one the message names)",
    note: "No statement for the caller is proposed: CodeDeploy's service role lacks the service's permissions. Attach the AWS managed policy `AWSCodeDeployRole` to that role (`AWSCodeDeployRoleForECS` or `AWSCodeDeployRoleForLambda` for those platforms), and check that its trust policy allows `codedeploy.amazonaws.com`."
  },
  'kms-key-access-status': {
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the role the service uses for the resource (its data access role): its identity policy, and the KMS key's policy where that does not let IAM policies grant the key",
    note: "No statement for the caller is proposed: the service's own role (the data access role given to the resource) may not use the key. Allow that role kms:Decrypt and kms:GenerateDataKey (kms:CreateGrant where the service makes grants) on the key's ARN; with the default key policy an identity policy is enough, a key policy that names its principals must name the role too."
  },
  'lambda-function-url-forbidden': {
    kind: 'resource-policy',
    owner: 'resource-owner',
    target: "the function's resource-based policy and its URL's auth type",
    note: "No statement is drafted: which principal called is not in the message. With auth type `AWS_IAM`, the caller needs `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` on the function (its identity policy in the same account, the function's resource policy from another); with `NONE`, the function's resource policy must allow both to Principal `*` (`lambda:InvokeFunctionUrl` with the condition `lambda:FunctionUrlAuthType` `NONE`). Function URLs created since October 2025 need both actions; a URL whose alias or function was deleted answers with the same 403."
  },
  'logs-cross-account-lambda': {
    kind: 'workflow',
    owner: 'you',
    target:
      "the subscription filter's destination (a CloudWatch Logs destination in the function's account)",
    note: "No statement is proposed: CloudWatch Logs never invokes another account's function from a subscription filter. Create a destination in the receiving account (`aws logs put-destination`), admit the sending account in its access policy (`aws logs put-destination-policy`), and point the filter at the destination's ARN."
  }
}
