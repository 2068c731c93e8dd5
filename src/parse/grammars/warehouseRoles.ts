// Data warehouses and databases that call S3 with an IAM role of their own, refusing in their own
// words: the database, not the SQL user's IAM identity, asks for the role (Redshift's COPY and
// UNLOAD, Aurora's LOAD DATA FROM S3). One rule per wording.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** An account as printed: twelve digits, or a writer's mask (`xxx`, `***`). */
const ACCOUNT = String.raw`(?:\d{12}|[x*X#]{3,12})`
/** The role a statement names, its account possibly masked. */
const ROLE = String.raw`arn:aws[\w-]*:iam::${ACCOUNT}:role\/[\w+=,.@/-]+`

export const warehouseRoleRules: PhraseRule[] = [
  {
    // Redshift refusing a COPY or UNLOAD's `IAM_ROLE` (`User arn:aws:redshift:us-west-1:…:dbuser:
    // CLUSTER/USER is not authorized to assume IAM Role arn:aws:iam::…:role/NAME`, lib/pq relaying
    // it, fullstorydev/hauser#10; its accounts masked, `arn:aws-cn:redshift:…:xxx:dbuser:xxx/xxx`,
    // github-file:find_string#23138078344): the role is not associated with the cluster, or its
    // trust policy does not trust redshift.amazonaws.com (or, chained, the role before it). Its
    // older words name the role alone (`Not authorized to get credentials of role arn:…`,
    // UnauthorizedException, github-file:find_string#32982464084).
    id: 'redshift-assume-iam-role',
    rule: 'WD7000',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to assume IAM Role', 'Not authorized to get credentials of role '],
    re: new RegExp(
      String.raw`\bUser (arn:aws[\w-]*:redshift:[\w-]+:${ACCOUNT}:dbuser:[^\s/]+\/[^\s,;]+) is not authorized to assume IAM Role (${ROLE})|\bNot authorized to get credentials of role (${ROLE})`,
      'g'
    ),
    facts: (m, d) => {
      if (m[1]) d.principal = m[1]
      d.resource = (m[2] ?? m[3])!.replace(/[.,]+$/, '')
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
