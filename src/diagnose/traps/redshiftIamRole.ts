import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// Redshift assumes a COPY's or UNLOAD's IAM_ROLE itself, for the database user that ran it
// (`User arn:aws:redshift:…:dbuser:CLUSTER/USER is not authorized to assume IAM Role …`,
// fullstorydev/hauser#10): no IAM identity of the user's decides, the cluster's roles and the
// role's trust policy do (Redshift Management Guide, "Authorizing Amazon Redshift to access other
// AWS services", "Restricting an IAM role to a database user").

const DBUSER = /:dbuser:([^/\s]+)\/(\S+)$/

/** WD953: Redshift refused a database user the IAM role of a COPY or UNLOAD. */
export const redshiftIamRole: Trap = {
  id: 'redshift-iam-role',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'redshift-assume-iam-role',
  advice: ({ d }) => {
    const m = DBUSER.exec(d.principal ?? '')
    const cluster = m?.[1] ?? 'CLUSTER'
    const user = m ? ` for the database user ${code(m[2]!)}` : ''
    const role = d.resource ?? 'ROLE_ARN'
    return (
      `Redshift assumes the COPY's or UNLOAD's \`IAM_ROLE\` itself${user}: no IAM policy of the user or the job decides, the cluster's roles and the role's trust policy do. Check, in order: ` +
      `the role is associated with the cluster (${code(`aws redshift describe-clusters --cluster-identifier ${cluster} --query "Clusters[0].IamRoles"`)}; add it with ${code(`aws redshift modify-cluster-iam-roles --cluster-identifier ${cluster} --add-iam-roles ${role}`)}); ` +
      'its trust policy trusts the service principal `redshift.amazonaws.com` for sts:AssumeRole, and when it limits the role to some database users (`sts:ExternalId` listing their `dbuser` ARNs) this user is among them; ' +
      "a chained role (`IAM_ROLE 'arn1,arn2'`) is trusted by the one before it. The role's own policy then needs the S3 actions on the bucket."
    )
  }
}
