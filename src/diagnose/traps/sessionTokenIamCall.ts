// WD5017: a session made by GetSessionToken without MFA calling IAM. STS documents that such
// credentials cannot call the IAM API (nor STS beyond AssumeRole and GetCallerIdentity), and IAM
// answers them InvalidClientTokenId though the key is valid (heldout135 review h135-036: aws-vault
// exec of a profile with no role; h135-048: paws' get_session_token, then list_roles). Re-adding
// or rotating the key, the generic advice, changes nothing.
import type { Trap } from '../Trap.js'

export const sessionTokenIamCall: Trap = {
  id: 'session-token-iam-call',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['session-token-iam-call'] !== undefined,
  advice: () =>
    'The call went to IAM with a session from GetSessionToken (aws-vault makes one for a profile with no role), and without MFA in it IAM refuses such a session as `InvalidClientTokenId` even though the key is valid. ' +
    'Call IAM with the long-term keys (`aws-vault exec --no-session PROFILE`), put MFA in the session (`mfa_serial` on the profile, or `SerialNumber` and `TokenCode` on GetSessionToken), or assume a role for the work; re-adding or rotating the key changes nothing.'
}
