import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

export const oidcTrustConditions: Trap = {
  id: 'oidc-trust-conditions',
  applies: ({ d }) => actionIs(d, 'sts:AssumeRoleWithWebIdentity'),
  advice: () =>
    "GitHub's token was valid, but the role's trust policy did not accept it. Usual causes: the " +
    '`token.actions.githubusercontent.com:sub` condition does not match this run (a job with ' +
    '`environment:` presents `repo:OWNER/REPO:environment:NAME`, pull requests present ' +
    '`repo:OWNER/REPO:pull_request`, tags `ref:refs/tags/...`; repositories created or renamed after ' +
    'July 2026 present the immutable `repo:OWNER@ID/REPO@ID:...` form; matching is case-sensitive), ' +
    "the `aud` condition is not `sts.amazonaws.com`, the federated principal names another account's " +
    "OIDC provider, or the role name in `role-to-assume` is wrong. CloudTrail's " +
    '`AssumeRoleWithWebIdentity` event shows the claims GitHub presented.'
}
