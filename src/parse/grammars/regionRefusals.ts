// A service refusing the Region a call was sent to, in its own words: the call is allowed, but
// only at another Regional endpoint. The Region changes, never a policy (src/model/ownWordsRefusals.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const regionRefusalRules: PhraseRule[] = [
  {
    // QuickSight's user and group calls go to the account's identity Region (`AccessDeniedException
    // … ListUsers operation: Operation is being called from endpoint us-west-2, but your identity
    // region is us-east-1. Please use the us-east-1 endpoint.`, the CUDOS deploy scripts,
    // aws-solutions-library-samples/cloud-intelligence-dashboards-framework#12).
    id: 'quicksight-identity-region',
    rule: 'WD7091',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['but your identity region is'],
    re: /\bOperation is being called from endpoint ([a-z]{2}(?:-[a-z]+)+-\d), but your identity region is ([a-z]{2}(?:-[a-z]+)+-\d)\b(?:\. Please use the [a-z0-9-]+ endpoint\.?)?/g,
    facts: (m, d) => {
      d.service = 'quicksight'
      d.detail.calledRegion = m[1]!
      d.detail.identityRegion = m[2]!
    }
  },
  {
    // STS turned off in the Region for the account, in STS's own words where no code is printed
    // (`Error assuming AWS_ROLE:` / `STS is not activated in this region for account:…. Your account
    // administrator can activate STS in this region using the IAM Console.`, a Snowflake external
    // volume's check): the RegionDisabledException refusal (src/model/nonIamRefusals.ts).
    id: 'sts-region-disabled',
    rule: 'WD7313',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['STS is not activated in this region'],
    re: /\bSTS is not activated in this region for account\b/g,
    facts: (_m, d) => {
      d.service = 'sts'
    }
  }
]
