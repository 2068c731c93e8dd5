// A KMS refusal whose caller's own side already allows the call, or whose key policy the writer
// read and found without the action: the key policy is the document to change (heldout86 review,
// h86-011: OrganizationAccountAccessRole refused kms:TagResource on a module's key; h86-013: "the
// key policy … does not allow kms:UntagResource"). Key policies written for key administrators
// often list the management actions one by one and leave out kms:TagResource and kms:UntagResource.
import { administratorRole } from '../../model/administratorRoles.js'
import { parseArn } from '../../model/Arn.js'
import type { Trap, TrapInput } from '../Trap.js'

const TAGGING = /^kms:(?:TagResource|UntagResource)$/i

function keyArn(d: TrapInput['d']): boolean {
  const arn = parseArn(d.resource ?? '')
  return arn?.service === 'kms' && /^key\//.test(arn.resource)
}

function why({ principal, inferred }: TrapInput): string | null {
  if (inferred?.statedCause?.value === 'key-policy-lacks') {
    return `the log says the key policy lacks it (${inferred.statedCause.from})`
  }
  const admin =
    principal?.type === 'role' ? administratorRole(principal.name, principal.permissionSet) : null
  return admin ? `the caller is ${admin}, so its own side already allows it` : null
}

/** A Terraform module made the key: its policy is changed there, or the next apply undoes it. */
function moduleWords({ inferred }: TrapInput): string {
  const address = inferred?.iacResource?.value ?? ''
  const module = /^((?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)+)aws_kms_key\./.exec(address)?.[1]
  return module
    ? ` The key is made by the Terraform module \`${module.slice(0, -1)}\`: change the key policy through the module (its policy input, or a release whose key policy includes the action), not in the console, or the next apply puts the old policy back.`
    : ''
}

export const kmsKeyPolicyDecides: Trap = {
  id: 'kms-key-policy-decides',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' &&
    input.d.deny !== 'explicit' &&
    /^kms:/i.test(input.d.action ?? '') &&
    keyArn(input.d) &&
    why(input) !== null,
  advice: (input) => {
    const { d } = input
    const tagging = TAGGING.test(d.action!)
      ? " Key policies that name their administrators' actions one by one often leave out `kms:TagResource` and `kms:UntagResource` (the default key policy's administrator statement lists both): add them there."
      : ''
    return `The key policy of ${d.resource} decides this one: ${why(input)}. An Allow in an identity policy counts only when the key policy allows the caller or delegates to the account (its "Enable IAM User Permissions" statement), so the statement below goes into the key policy (\`aws kms get-key-policy --key-id ${d.resource} --policy-name default\`, then \`put-key-policy\` with the statement added; keep the statements it has).${tagging}${moduleWords(input)}`
  }
}
