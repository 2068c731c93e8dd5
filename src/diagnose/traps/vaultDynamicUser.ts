import type { Trap, TrapInput } from '../Trap.js'

// Vault's AWS secrets engine creates an IAM user for each lease of an `iam_user` role, named
// `vault-DISPLAYNAME-ROLE-UNIXTIME-RANDOM` (64 characters at most), and deletes it when the lease
// ends (heldout124 review h124-087: `user/vault-token-wap-udp-int-readwrite-1686560253-…` refused
// glue:GetDatabase). A policy put on that user is lost with it: the Vault role's policy changes.

/** Vault's generated user name: its prefix, ten digits of Unix time, then random characters. */
const VAULT_USER = /^vault-[\w.@+=-]{1,60}?-(\d{10})-[A-Za-z0-9]{4,20}$/

export function vaultDynamicUser({ principal }: Pick<TrapInput, 'principal'>): boolean {
  return principal?.type === 'user' && VAULT_USER.test(principal.name ?? '')
}

/** WD5011: the caller is a user Vault created for one lease. */
export const vaultDynamicUserTrap: Trap = {
  id: 'vault-dynamic-user',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' && input.d.deny !== 'explicit' && vaultDynamicUser(input),
  advice: ({ principal }) =>
    `The caller \`${principal!.name}\` is an IAM user Vault's AWS secrets engine created for one lease (its name ends in the lease's Unix time and random characters): Vault deletes it when the lease ends, so a policy put on it is lost and the next credentials are refused again. ` +
    "Add the statement to the Vault role that issues these credentials (the role named in the user name after `vault-` and the auth method's name): `vault write aws/roles/ROLE policy_document=@policy.json` (or its `policy_arns` or `iam_groups`), then read new credentials (`vault read aws/creds/ROLE`); the policy Vault attaches applies to every user it creates from then on."
}
