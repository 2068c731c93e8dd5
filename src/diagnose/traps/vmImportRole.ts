import type { Trap } from '../Trap.js'

// VM Import/Export works as a service role of the caller's account (by default `vmimport`) and
// answers one sentence for every way that role fails it: missing, not trusting
// `vmie.amazonaws.com` with the `vmimport` external ID, lacking the bucket's reads or EC2's
// snapshot and image calls, or the caller not allowed to pass it (VM Import/Export user guide,
// required service role; aws/aws-cli#8873, nanovms/ops#396).

/** WD5006: VM Import's service role is missing, untrusted, short of permissions or not passable. */
export const vmImportRole: Trap = {
  id: 'vmimport-service-role',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'vmimport-role-refused',
  advice: ({ d }) => {
    const role = d.detail.serviceRole ?? 'vmimport'
    return (
      `VM Import works as the service role \`${role}\` and found it missing or unable to do the import; it says the same for each cause, so check them in order. ` +
      `(1) The role exists: \`aws iam get-role --role-name ${role}\` (without \`--role-name\` on the command, VM Import looks for one named \`vmimport\`). ` +
      '(2) Its trust policy lets `vmie.amazonaws.com` `sts:AssumeRole` with the condition `"StringEquals": {"sts:Externalid": "vmimport"}`. ' +
      "(3) Its permissions policy allows `s3:GetBucketLocation`, `s3:GetObject` and `s3:ListBucket` on the disk images' bucket (and `s3:PutObject` there for an export), plus `ec2:ModifySnapshotAttribute`, `ec2:CopySnapshot`, `ec2:RegisterImage` and `ec2:Describe*`; a KMS-encrypted bucket or image also needs the key. " +
      `(4) The caller may \`iam:PassRole\` on \`${role}\`${role === 'vmimport' ? '' : ' (a role not named vmimport always needs it)'}.`
    )
  }
}
