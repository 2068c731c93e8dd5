import type { Trap } from '../Trap.js'

// "The role defined for the function cannot be assumed by Lambda": Lambda itself could not assume
// the execution role. The deployer's CreateFunction permission is not in question (the call got
// that far), so no Allow is drafted; the role's trust policy is the fix.
export const lambdaRoleTrust: Trap = {
  id: 'lambda-role-trust',
  applies: ({ d }) => d.grammar === 'lambda-role-trust',
  advice: () =>
    'Check the execution role: `aws iam get-role --role-name ROLE --query Role.AssumeRolePolicyDocument` must show a statement allowing Principal `{"Service": "lambda.amazonaws.com"}` the action sts:AssumeRole.'
}
