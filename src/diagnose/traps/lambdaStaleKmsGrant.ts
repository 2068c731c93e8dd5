import type { Trap, TrapInput } from '../Trap.js'

// Lambda decrypts a function's environment variables through a KMS grant it made for the
// execution role's unique ID when the role was set. A role deleted and recreated under the same
// name has a new ID: the grant no longer matches, and Lambda reports KMS refusing it (AWS
// knowledge center lambda-kmsaccessdeniedexception-errors; lastweekinaws "the sneaky weakness
// behind AWS managed KMS keys"). Re-saving the function's role makes Lambda create a new grant.
const RESET =
  'Make Lambda create a new grant: set the function to another role and back ' +
  '(`aws lambda update-function-configuration --function-name FUNCTION --role OTHER_ROLE_ARN`, then again with the original role ARN), ' +
  'or redeploy the function so it is recreated (Terraform `replace_triggered_by` on the role, or a new function).'

/**
 * Lambda's environment decryption refused: its own message, or KMS's IAM sentence quoted inside
 * it (`KMSAccessDeniedException: Lambda was unable to decrypt ... User: ... is not authorized to
 * perform: kms:Decrypt`, h12-129), which the IAM-sentence grammar reads instead.
 */
const isLambdaKms = ({ d, inferred }: TrapInput): boolean =>
  d.deny !== 'explicit' &&
  (d.grammar === 'lambda-kms-env' ||
    (inferred?.signals?.['lambda-env-decrypt'] !== undefined &&
      (d.service === 'kms' || /^kms:/i.test(d.action ?? ''))))

/** KMS did not recognise the grantee at all: the grant belongs to a role that no longer exists. */
export const lambdaStaleKmsGrant: Trap = {
  id: 'lambda-stale-kms-grant',
  lead: true,
  noPolicy: true,
  applies: (input) => isLambdaKms(input) && input.d.code === 'UnrecognizedClientException',
  advice: () =>
    'KMS answered `UnrecognizedClientException` ("The security token included in the request is invalid") for Lambda\'s decrypt of the environment variables: the function\'s KMS grant names an execution role that was deleted and recreated with the same name, so it matches no role any more. ' +
    RESET +
    ' No key policy or IAM change is needed; whoever updates the function needs permission to use the key (and iam:PassRole on the role).'
}

/** The ciphertext wording: a stale grant when the role was recreated, else the key's policy. */
export const lambdaKmsGrantOrKey: Trap = {
  id: 'lambda-kms-grant-or-key',
  // KMS's IAM sentence names a real missing kms:Decrypt unless the text says the function or
  // its role was recreated (the h12-129 post-mortem): only then does the stale grant come first.
  leadsWhen: ({ d, inferred }) =>
    d.grammar === 'lambda-kms-env' ||
    inferred?.signals?.['lambda-env-decrypt']?.value === 'recreated',
  applies: (input) => isLambdaKms(input) && input.d.code !== 'UnrecognizedClientException',
  advice: () =>
    'Lambda decrypts the environment variables through a KMS grant made for the execution role when the role was set. If the role was deleted and recreated under the same name (an IaC replace, a manual fix), the grant is stale whatever the policies say. ' +
    RESET +
    " Only if the function uses a customer managed key that the role was never allowed to use is a policy the fix: the key policy (or, when it delegates to IAM, the role's policy) must allow `kms:Decrypt` on that key."
}
