// Step Functions' `'ROLE' is not authorized to create managed-rule` (grammar WD857): for a
// `.sync` integration (ecs:runTask.sync, states:startExecution.sync, batch, glue, sagemaker…)
// Step Functions keeps an EventBridge rule of its own, named `StepFunctionsGetEventsFor…Rule`,
// and manages it with the state machine's role. The role needs events:PutTargets, events:PutRule
// and events:DescribeRule on those rules (Step Functions developer guide, "IAM policies for
// integrated services"; nasa/cumulus#2693 added exactly these three).
import type { Denial } from '../model/Denial.js'
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'

const FROM = "Step Functions' managed rule for a .sync integration (StepFunctionsGetEventsFor…Rule)"

/** The state machine's Region as its ARN prints it (`arn:aws:states:ap-southeast-2:…`). */
const STATES_ARN = /\barn:aws[\w-]*:states:([a-z]{2}(?:-[a-z]+){1,2}-\d):/

export interface SfnManagedRule {
  action: InferredValue
  resource: InferredValue
  companions: CompanionNeed[]
}

export function sfnManagedRuleOf(d: Denial, ctx: LogContext): SfnManagedRule | null {
  if (d.grammar !== 'sfn-managed-rule' || d.action) return null
  // The account as printed (a mask stays a mask, for the remedy to name), else any.
  const account = /^arn:aws[\w-]*:iam::([^:/]{1,40}):role\//.exec(d.principal ?? '')?.[1] ?? '*'
  const partition = /^arn:(aws[\w-]*):/.exec(d.principal ?? '')?.[1] ?? 'aws'
  const region = STATES_ARN.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}`)?.[1] ?? '*'
  const rule = `arn:${partition}:events:${region}:${account}:rule/StepFunctions*`
  return {
    action: { value: 'events:PutRule', from: FROM },
    resource: { value: rule, from: FROM },
    companions: ['events:PutTargets', 'events:DescribeRule'].map((action) => ({
      action,
      resource: rule,
      from: FROM
    }))
  }
}
