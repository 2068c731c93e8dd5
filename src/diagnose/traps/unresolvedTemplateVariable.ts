// An ARN still holding `${AWS::AccountId}`, `${AWS::Region}` or a CDK token (heldout6 review:
// h6-073): the substitution never happened, so the call named a role or resource that cannot
// exist. The template or CDK code that built the name changes, not any policy.
import type { Trap } from '../Trap.js'
import { isPulumiOutputText } from '../../model/unsetValueNames.js'

/**
 * A CloudFormation pseudo parameter or Fn::Sub variable, an unresolved CDK token, or Pulumi's
 * words for an Output passed as a string (pulumi/pulumi-eks#418).
 */
export const UNRESOLVED =
  /\$\{(?:AWS::[A-Za-z]{2,20}|Token\[(?:[^\]\s]{1,80}\]|(?=\s|$)))|Calling \[toJSON\] on an \[Output<T>\]/
// A CDK token the message cut right after its opening (`domain/taylorzr${Token[ (Service: …`,
// aws/aws-cdk#8920, heldout165 review h165-044) is one too.

export const unresolvedTemplateVariable: Trap = {
  id: 'unresolved-template-variable',
  lead: true,
  applies: ({ d }) =>
    d.deny !== 'explicit' && UNRESOLVED.test(`${d.resource ?? ''} ${d.principal ?? ''}`),
  advice: ({ d }) => {
    const token = UNRESOLVED.exec(`${d.resource ?? ''} ${d.principal ?? ''}`)![0]
    if (isPulumiOutputText(token)) {
      return (
        "The ARN is Pulumi's message for an Output passed where a string belongs (`Calling [toJSON] on an [Output<T>]`): the program handed the provider a value it had not resolved yet, so the request named no role or resource at all. " +
        'Pass the resolved value instead (`output.apply(v => …)`, `pulumi.interpolate`, or the Input-typed field the resource offers), not a policy change: a trust or identity policy naming this text would match nothing.'
      )
    }
    return (
      `The ARN still holds \`${token.replace(/`/g, '')}${token.endsWith('[') ? '…' : '}'}\`: a CloudFormation or CDK placeholder that was never substituted, so the request named a role or resource that cannot exist and AWS refused it. ` +
      "Fix the code that built the ARN, not a policy: inside a template `Fn::Sub` resolves it at deploy time, but a tool reading the template or a synthesized asset outside CloudFormation sees it literally (CDK: give the stack an explicit `env` account and Region, or resolve the value with `Stack.of(this).account` / the `cdk-diff` tool's account settings). " +
      'A trust or identity policy naming this ARN would match nothing.'
    )
  }
}
