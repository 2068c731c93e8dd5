// AWS refusing the account itself, in its own words: no principal and no policy, only the
// account's standing with AWS (src/infer/accountBlock.ts names the kind, the account-level-block
// trap what to do).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const accountRefusalRules: PhraseRule[] = [
  {
    // EC2 on an account AWS has blocked (`Error launching source instance: Blocked: This account
    // is currently blocked and not recognized as a valid account. Please contact
    // aws-verification@amazon.com …`, a Packer build quoted in tcondit/interview-liatrio-2018):
    // the Go SDK v1's `Code: message` form, its code only there.
    id: 'account-blocked',
    rule: 'WD899',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['This account is currently blocked'],
    re: /\b(?:(Blocked): )?This account is currently blocked\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
    }
  },
  {
    // A Region the account has only started to use, still being validated: EC2 answers
    // `PendingVerification`, and Auto Scaling relays the same words as a `ValidationError` through
    // CloudFormation (eksctl-io/eksctl#1022), a code that says nothing of a refusal.
    id: 'region-validation-hold',
    rule: 'WD808',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is being validated'],
    // The whole of AWS's message, so a code printed after it (`(Service: …; Error Code: …)`) is near.
    re: /\bYour request for accessing resources in this region is being validated\b(?:[^\n"()]{0,600}?\bfor further assistance\.)?/g
  },
  {
    // The Amazon Chime namespace of the Chime SDK closed to an account (`ForbiddenException: Not
    // authorized to call Chime SDK with Account Id …`, Terraform's aws_chime_voice_connector,
    // hashicorp/terraform-provider-aws#33633; `Account Id … is not authorized to call deprecated
    // Amazon Chime SDK API on the "chime" endpoint`, aws-samples/amazon-chime-sdk#433): the
    // chime-sdk-* endpoints and their clients, not a policy.
    id: 'chime-legacy-namespace',
    rule: 'WD7089',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Not authorized to call Chime SDK', 'to call deprecated Amazon Chime SDK API'],
    re: /\bNot authorized to call Chime SDK with Account Id \S+|\bAccount Id \S+ is not authorized to call deprecated Amazon Chime SDK API on the "chime" endpoint\b/g,
    facts: (_m, d) => {
      d.service = 'chime'
    }
  }
]
