// CDK's bootstrap roles, named `cdk-<qualifier>-<job>-role-<account>-<region>` (deploy, lookup,
// file- and image-publishing, cfn-exec).

/** Every bootstrap role of the same qualifier in the same account: `…:role/cdk-hnb659fds-*`. */
export function cdkRolesPattern(roleArn: string): string | null {
  const m = /^(arn:aws[\w-]*:iam::[^:]+:role\/cdk-[a-z0-9]+-)/i.exec(roleArn)
  return m ? `${m[1]}*` : null
}
