// Tools that catch an AWS refusal and report it in their own words, naming the refused API call.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const toolReportRules: PhraseRule[] = [
  {
    // Cloud Custodian's c7n-org on a ClientError whose code is AccessDenied: `Access denied
    // api:AssumeRole policy:<policy> account:<name in accounts.yml> region:<region>`. `api` is the
    // refused operation (AssumeRole: the runner may not assume the account's role, or that role's
    // trust refuses it); `account` is the file's name for the account, not its ID.
    id: 'c7n-org-access-denied',
    rule: 'WD806',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied api:'],
    re: /\bAccess denied api:(\w+) policy:(\S+) account:(\S+) region:([\w-]+)/g,
    facts: (m, d) => {
      d.operation = m[1]!
      if (/^AssumeRole/.test(m[1]!)) d.service = 'sts'
      d.detail.policy = m[2]!
      d.detail.accountName = m[3]!
      d.detail.region = m[4]!
    }
  },
  {
    // s3-deploy (import-io/s3-deploy and its GitHub Action fork Reggionick/s3-deploy) prints the
    // JS SDK v2 error as `(code) message` and gives the file up: `Unexpected error: (Forbidden)
    // null, aborting upload for index.html`. Its HEAD of the object came back 403 with no body to
    // carry a code or message; the tool talks to S3 only, so the status is S3's refusal. Other
    // statuses (`(BadRequest) null`, a Region mismatch) are not refusals.
    id: 's3-deploy-forbidden',
    rule: 'WD841',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['(Forbidden) null, aborting upload'],
    re: /\bUnexpected error: \((Forbidden)\) null, aborting upload for\b/g,
    facts: (m, d) => {
      d.code = m[1]!
    }
  }
]
