// Step Functions refusing a state machine whose role may not manage the EventBridge rule a `.sync`
// integration needs (ecs:runTask.sync, states:startExecution.sync, batch, glue, sagemaker): it
// checks the role on CreateStateMachine and UpdateStateMachine and answers
// `AccessDeniedException: 'arn:aws:iam::A:role/R' is not authorized to create managed-rule.`
// (aws-ia/terraform-aws-control_tower_account_factory#365, nasa/cumulus#2693; CloudFormation's
// handler relays it with `(Service: AWSStepFunctions; … Error Code: AccessDeniedException`).
// The quoted role is the state machine's, the one refused; no IAM action is named (the role needs
// events:PutTargets, events:PutRule and events:DescribeRule: src/infer/sfnManagedRule.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const managedRuleRules: PhraseRule[] = [
  {
    id: 'sfn-managed-rule',
    rule: 'WD857',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to create managed-rule'],
    // The role ARN in its quotes, or its tail after a reporter's cut (`…-role-WOALXN3M2BWR' is not
    // authorized`, serverless-operations/serverless-step-functions#385).
    re: /(?:'(arn:aws[\w-]*:iam::[^'\s:]{0,40}:role\/[^'\s]{1,512})'|([\w+=,.@/-]{1,512})')?[ \t]{0,4}is not authorized to create managed-rule\b/g,
    facts: (m, d) => {
      if (m[1]) {
        d.principal = m[1]
        d.detail.role = m[1]
      } else if (m[2]) {
        // Only the tail is left: the role it names, never a principal ARN.
        d.detail.role = m[2]
      }
      d.service = 'states'
    }
  }
]
