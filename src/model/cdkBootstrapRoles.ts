// CDK's bootstrap roles, named `cdk-<qualifier>-<job>-role-<account>-<region>` (deploy, lookup,
// file- and image-publishing, cfn-exec).

/** Every bootstrap role of the same qualifier in the same account: `…:role/cdk-hnb659fds-*`. */
export function cdkRolesPattern(roleArn: string): string | null {
  const m = /^(arn:aws[\w-]*:iam::[^:]+:role\/cdk-[a-z0-9]+-)/i.exec(roleArn)
  return m ? `${m[1]}*` : null
}

/** A qualifier as printed, or masked by the reporter (`cdk-[HASH]-deploy-role`, aws/aws-cdk#9912). */
export const QUALIFIER = String.raw`(?:[a-z0-9]{1,20}|\[[A-Z_]{1,20}\]|<[A-Z_]{1,20}>)`

/** A bootstrap role's name, in an ARN or alone: `cdk-hnb659fds-deploy-role[-ACCOUNT-REGION]`. */
const BOOTSTRAP_NAME = new RegExp(
  String.raw`(?:^|[/\s:'"\x60])cdk-(${QUALIFIER})-(deploy|lookup|file-publishing|image-publishing|cfn-exec)-role\b`,
  'i'
)

/** Which bootstrap role a text names (`deploy`, `cfn-exec`...), with its qualifier; null when none. */
export function bootstrapRoleOf(text: string | null): { qualifier: string; job: string } | null {
  const m = BOOTSTRAP_NAME.exec(text ?? '')
  return m ? { qualifier: m[1]!, job: m[2]!.toLowerCase() } : null
}

/**
 * The deploy role's ARN beside a bootstrap execution role's (same qualifier, account, Region). A
 * masked account (`***`) is masked in the name too: both become `<ACCOUNT_ID>`, so the name's
 * printed qualifier and Region are kept rather than the whole name turned into a placeholder.
 */
export function deployRoleFor(execRoleArn: string): string | null {
  const m = /^(arn:aws[\w-]*:iam::)([^:]+)(:role\/cdk-[^/-]+-)cfn-exec-role(-[^/]+)?$/i.exec(
    execRoleArn
  )
  if (!m) return null
  const account = m[2]!
  const masked = !/^\d{12}$/.test(account)
  const suffix = masked ? (m[4] ?? '').split(account).join('<ACCOUNT_ID>') : (m[4] ?? '')
  return `${m[1]}${masked ? '<ACCOUNT_ID>' : account}${m[3]}deploy-role${suffix}`
}
