// The AWS Management Console's own words for a refusal, as users paste its banners (heldout90):
// `You don’t have permission to perform ce:DescribeReport`, the S3 console's `You or your AWS
// administrator must update your IAM permissions to allow s3:GetBucketVersioning`, the Billing
// console's account-level gate, and AWS Sign-In refusing a SAML response. The action the banner
// names is the one refused; the console signs as the signed-in user or role.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** An IAM action as the console prints it (`s3:GetBucketVersioning`, `aws-portal:ViewBilling`). */
const ACTION = String.raw`([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})`

export const consoleBannerRules: PhraseRule[] = [
  {
    // karimelmel/cloud-security-bootcamp#1 (the S3 console),
    // blog.buildopssolutions.com's Cost Explorer page (`You don’t have permission to perform
    // ce:DescribeReport`, IAM Identity Center users).
    id: 'console-permission-banner',
    rule: 'WD7142',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['have permission to perform ', 'update your IAM permissions to allow '],
    re: new RegExp(
      String.raw`\bYou don[’']t have permission to perform ${ACTION}\b|\bmust update your IAM permissions to allow ${ACTION}\b`,
      'g'
    ),
    facts: (m, d) => {
      d.action = (m[1] ?? m[2])!
      d.service = d.action.split(':')[0]!
    }
  },
  {
    // The Billing and Account pages: the account lets no IAM identity see billing until its root
    // user activates it, whatever the caller's policy (AWS Account Management guide,
    // "Troubleshooting": `You don't have permission to access billing information for this account.`).
    id: 'console-billing-access',
    rule: 'WD7143',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['have permission to access billing information'],
    re: /\bYou don[’']t have permission to access billing information for this account\b\.?/g
  }
]
