// Secrets Manager could not invoke the rotation function (heldout17 review h17-087, a snapshot of
// Secrets Manager's recorded answer in localstack/localstack): the service calls it as
// secretsmanager.amazonaws.com, which has no identity policy, so the function's resource policy
// must admit it. Nothing of the caller's changes this.
import type { Trap } from '../Trap.js'

export const secretsManagerRotationInvoke: Trap = {
  id: 'secretsmanager-rotation-invoke',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'secretsmanager-rotation-refused',
  advice: () =>
    "Secrets Manager invokes the rotation function as the service principal `secretsmanager.amazonaws.com`, which has no identity policy: the function's own resource policy must allow it. " +
    "Add it to the function (`aws lambda add-permission --function-name FUNCTION --statement-id SecretsManagerRotation --action lambda:InvokeFunction --principal secretsmanager.amazonaws.com --source-account ACCOUNT_ID`, or `--source-arn` the secret's ARN to admit that secret only), and check that the function ARN given to rotation exists in the secret's Region and account. No change to the caller's policies helps."
}
