// Data warehouses and databases that call S3 with an IAM role of their own, refusing in their own
// words: the database, not the SQL user's IAM identity, asks for the role (Redshift's COPY and
// UNLOAD, Aurora's LOAD DATA FROM S3). One rule per wording.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const warehouseRoleRules: PhraseRule[] = [
  {
    // Redshift refusing a COPY or UNLOAD's `IAM_ROLE` (`User arn:aws:redshift:us-west-1:…:dbuser:
    // CLUSTER/USER is not authorized to assume IAM Role arn:aws:iam::…:role/NAME`, lib/pq relaying
    // it, fullstorydev/hauser#10): the role is not associated with the cluster, or its trust policy
    // does not trust redshift.amazonaws.com (or, chained, the role before it).
    id: 'redshift-assume-iam-role',
    rule: 'WD7000',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to assume IAM Role'],
    re: /\bUser (arn:aws[\w-]*:redshift:[\w-]+:\d{12}:dbuser:[^\s/]+\/[^\s,;]+) is not authorized to assume IAM Role (arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+)/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.resource = m[2]!.replace(/[.,]+$/, '')
      d.service = 'redshift'
    }
  },
  {
    // Aurora MySQL's LOAD DATA FROM S3 / SELECT INTO OUTFILE S3 with no IAM role associated with the
    // cluster (`ERROR 1871 (HY000): S3 API returned error: Missing Credentials: Cannot instantiate
    // S3 Client`, awsdocs/amazon-rds-user-guide#10): the cluster has no credentials to call S3.
    id: 'aurora-s3-no-role',
    rule: 'WD7001',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['Missing Credentials: Cannot instantiate S3 Client'],
    re: /\bMissing Credentials: Cannot instantiate S3 Client\b/g,
    facts: (_m, d) => {
      d.detail.cause = 'aurora-no-role'
    }
  }
]
