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
  advice: () =>
    "The call was made inside a Lambda function, whose runtime hands the SDK the execution role's temporary credentials (with their session token) on its own. A key AWS does not accept here means something replaced them: keys set in the function's environment or packaged config, or an access key and secret passed to the client without the session token. " +
    'Remove the explicit keys and let the SDK use the role (`aws lambda get-function-configuration --function-name FUNCTION --query Environment` shows the variables); give the role the permissions the code needs instead.'
}
