import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// A Cognito user pool invokes its Lambda triggers itself, and the function's resource-based
// policy must let it: the console adds that permission when a trigger is chosen there, an SDK,
// CLI or Terraform setup does not (`PostConfirmation invocation failed due to error
// AccessDeniedException`, amazon-archives/amazon-cognito-auth-js#223; Cognito developer guide,
// "Customizing user pool workflows with Lambda triggers").

/** WD996: a user pool may not invoke its Lambda trigger. */
export const cognitoTriggerPermission: Trap = {
  id: 'cognito-trigger-permission',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'cognito-trigger-permission',
  advice: ({ d }) =>
    `The user pool invokes its ${d.detail.cognitoTrigger ?? 'Lambda'} trigger itself, and the function's resource-based policy does not let it. ` +
    `Add a statement for Cognito, limited to this pool (${code('aws lambda add-permission --function-name FUNCTION_NAME --statement-id cognito-trigger --action lambda:InvokeFunction --principal cognito-idp.amazonaws.com --source-arn arn:aws:cognito-idp:REGION:ACCOUNT_ID:userpool/USER_POOL_ID')}; in Terraform an \`aws_lambda_permission\` beside the pool). ` +
    'The console adds it when a trigger is chosen there, which is why choosing the function again in the console "fixes" a pool set up by code; a function replaced or renamed since needs the statement again.'
}
