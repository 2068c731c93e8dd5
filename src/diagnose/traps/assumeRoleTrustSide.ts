// A bare AssumeRole refusal (heldout6 review class 5: h6-095): the message names neither the
// caller nor the role, nor which side refused. Both policies decide, so the trust side (the target
// role trusting the caller) is given beside the caller's sts:AssumeRole, with what the text proves.
import type { Trap, TrapInput } from '../Trap.js'

// Snowflake's refusal has a caller outside the account (WD814): its trap says which side decides.
const assumes = ({ d, inferred }: TrapInput): boolean =>
  !d.action &&
  d.grammar !== 'snowflake-assume-role' &&
  /^sts:assumerole$/i.test(inferred?.action?.value ?? '')

export const assumeRoleTrustSide: Trap = {
  id: 'assume-role-trust-side',
  applies: (input) => input.d.kind === 'denial' && input.d.deny !== 'explicit' && assumes(input),
  advice: () =>
    'The message proves neither side: STS names no caller, no role and no policy. Assuming a role takes two permissions, and either can be the one missing: ' +
    'the target role\'s trust policy must name the caller (`"Principal": {"AWS": "CALLER_ROLE_ARN"}`, `"Action": "sts:AssumeRole"`; its role ARN, not a session ARN), ' +
    "and the caller's identity policy must allow `sts:AssumeRole` on the target role's ARN (always needed across accounts; within one account a trust policy naming the caller's role ARN is enough). " +
    '`aws sts get-caller-identity` in the same code names the caller, `aws iam get-role --role-name TARGET --query Role.AssumeRolePolicyDocument` shows the trust policy; the role ARN the code passes (RoleArn) must also exist.'
}
