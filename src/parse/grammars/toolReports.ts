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
  }
]
