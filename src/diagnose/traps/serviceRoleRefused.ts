// A service says its own role may not act on a resource (`AWS Backup does not have permission to
// describe resource ARN`, WD895; heldout22 review h22-007): the service works as the role a plan or
// job names, not as the caller, so that role's policy changes. AWS Backup documents a managed policy
// per resource type, and S3 backups need versioning on the bucket.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

function backupAdvice(resource: string | null): string {
  const s3 = /^arn:[\w-]+:s3:::/.test(resource ?? '')
  return (
    "AWS Backup runs the job as the IAM role the backup plan's resource assignment or the job names (`AWSBackupDefaultServiceRole` unless another was chosen), not as whoever started it, and that role may not read the resource. " +
    (s3
      ? 'For S3, attach the managed policies `AWSBackupServiceRolePolicyForS3Backup` (and `AWSBackupServiceRolePolicyForS3Restore` to restore) to that role, and turn on versioning on the bucket: AWS Backup needs it for S3. '
      : 'Attach the managed policy AWS Backup documents for the resource type (`AWSBackupServiceRolePolicyForBackup`, with `AWSBackupServiceRolePolicyForRestores` to restore) to that role. ') +
    "The role's trust policy must trust `backup.amazonaws.com`; a resource encrypted with a customer managed key also needs that key to let the role use it."
  )
}

export const serviceRoleRefused: Trap = {
  id: 'service-role-refused',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'service-role-no-permission',
  advice: ({ d }) => {
    const service = d.detail.refusedService ?? 'The service'
    const what = d.resource ? ` \`${tick(d.resource)}\`` : ''
    if (/^Backup$/i.test(service)) return backupAdvice(d.resource)
    return (
      `${tick(service)} acts with its own service role, not as the caller, and that role may not act on${what || ' the resource'}: ` +
      "give the role the permission (the managed policy the service documents for it), and check that the role's trust policy trusts the service. No Allow of the caller changes this."
    )
  }
}
