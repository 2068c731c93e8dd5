import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// AWS Config invokes a custom rule's function itself, and checks it may when the rule is put
// (`The AWS Lambda function arn:… cannot be invoked. Check the specified function ARN, and check
// the function's permissions.`): the function's resource-based policy must allow
// config.amazonaws.com (AWS Config developer guide, "Creating AWS Config Custom Lambda Rules";
// cloud-custodian/cloud-custodian#3530, whose function allowed only events.amazonaws.com).

/** WD993: AWS Config may not invoke a custom rule's function. */
export const configRuleLambdaPermission: Trap = {
  id: 'config-rule-lambda-permission',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'config-rule-lambda-permission',
  advice: ({ d }) => {
    const fn = /:function:([^:/\s]+)/.exec(d.resource ?? '')?.[1] ?? 'FUNCTION_NAME'
    return (
      "AWS Config invokes a custom rule's function itself and checked, when the rule was put, that it may: the function's resource-based policy does not allow `config.amazonaws.com`. " +
      `Add a statement for it, limited to your account (${code(`aws lambda add-permission --function-name ${fn} --statement-id config-invoke --action lambda:InvokeFunction --principal config.amazonaws.com --source-account ACCOUNT_ID`)}), then put the rule again; ` +
      "a statement for another service (EventBridge's `events.amazonaws.com`) does not cover Config. The caller's own Config permissions (`config:PutConfigRule`) are not what failed, and the ARN must name the function as deployed (its Region and account)."
    )
  }
}
