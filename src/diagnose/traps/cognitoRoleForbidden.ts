// Cognito Identity refusing the role a pool is handed (`Access to Role 'NAME' is forbidden`,
// SetIdentityPoolRoles, boto/boto3#73; heldout22 review h22-019): the call itself was allowed, the
// role was not. The value must be the role's ARN, the caller must be allowed to pass it, and the
// role must trust the pool: no Allow of SetIdentityPoolRoles changes any of those.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'
import { roleArnDefect } from '../../model/roleArnDefects.js'

export const cognitoRoleForbidden: Trap = {
  id: 'cognito-role-forbidden',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'cognito-role-forbidden',
  advice: ({ d }) => {
    const role = d.detail.role ?? 'ROLE'
    const bare = !role.startsWith('arn:')
    // A role ARN mistyped where it was built (`…012ole/NAME`, heldout28 h28-016): that first.
    const defect = bare ? null : roleArnDefect(role)
    return (
      `Cognito Identity refused the role it was handed (\`${tick(role)}\`), not the call: ` +
      (defect ? `that ARN is malformed: ${defect}; correct it where it is built. Besides, ` : '') +
      (bare
        ? `the message shows a name where the call takes the role's full ARN (\`arn:aws:iam::ACCOUNT_ID:role/${tick(role)}\`): check what was passed; `
        : '') +
      "the caller needs `iam:PassRole` on that role in its own identity policy, and the role's trust policy must trust " +
      '`cognito-identity.amazonaws.com` with `sts:AssumeRoleWithWebIdentity`, limited to this pool (`"StringEquals": {"cognito-identity.amazonaws.com:aud": "IDENTITY_POOL_ID"}`, and `cognito-identity.amazonaws.com:amr` `authenticated` or `unauthenticated` for the role it is). ' +
      'A role created a moment before may also not have propagated yet: retry after a few seconds. An Allow of `cognito-identity:SetIdentityPoolRoles` does not change this.'
    )
  }
}
