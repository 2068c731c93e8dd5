// AWS's own words for an account that may not use a service at all: unpaid or flagged billing,
// verification still pending, no subscription or sign-up for the service, a suspended account, a
// feature not open to the account where it was called.
// No IAM policy changes any of them (src/diagnose/traps/accountLevelBlock.ts).
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

interface Block {
  kind:
    | 'billing'
    | 'region-validation'
    | 'verification'
    | 'subscription'
    | 'suspended'
    | 'marketplace'
    | 'feature'
    | 'support'
    | 'support-plan'
  re: RegExp
}

const BLOCKS: Block[] = [
  {
    kind: 'billing',
    re: /noticed an issue with your AWS account|open a Billing Support Case|issue with your (?:AWS )?account'?s? (?:billing|payment)/i
  },
  {
    // EC2's PendingVerification for a Region the account has just started to use: a wait, not a
    // case (galaxyproject/cloudlaunch#172: `Your request for accessing resources in this region
    // is being validated … please allow up to 4 hours`).
    kind: 'region-validation',
    re: /request for accessing resources in this region is being validated/i
  },
  {
    kind: 'verification',
    re: /account must be verified|account (?:is )?(?:pending|still being) verifi\w{0,10}|\bPendingVerification\b|verify your account, (?:please )?contact AWS Support/i
  },
  {
    kind: 'suspended',
    re: /account (?:has been |is )(?:suspended|blocked|closed)|\bAccountBlocked\b|This account is currently blocked/i
  },
  {
    kind: 'marketplace',
    re: /this AWS Marketplace product you need to accept terms and subscribe/i
  },
  {
    // Translate's batch jobs in a Region without them (amazon-translate-video-subtitles-captions-
    // translation#3), Comprehend's custom models: the account, not a principal, is refused. (Amazon
    // Q's same words mean no Q subscription: the amazon-q-subscription trap says so instead.)
    kind: 'feature',
    re: /Your account is not authorized to make this call/i
  },
  {
    // A service refusing the account with no reason but a referral (`AccessDeniedException …
    // CreateJob operation: We are unable to process your request for CreateJob. Please reach out
    // to your support representative.`, AWS Deadline Cloud, aws-deadline/deadline-cloud#732):
    // the account's standing with the service, not a principal's permission.
    kind: 'support',
    re: /\bunable to process your request for \w+\. Please reach out to your support representative\b/i
  },
  {
    // The AWS Support API, Trusted Advisor's through it, answers SubscriptionRequiredException to
    // an account without a Business, Enterprise On-Ramp or Enterprise plan (FINRAOS/aphelion#18:
    // a limits scraper calling DescribeTrustedAdvisorChecks): the plan, not a policy.
    // The AWS Health API answers the same to such an account (`… when calling the
    // DescribeEventsForOrganization operation`, heldout136 review h137-038).
    kind: 'support-plan',
    re: /\bSubscriptionRequiredException\b[^\n]{0,200}?\b(?:DescribeTrustedAdvisor\w{0,40}|RefreshTrustedAdvisorCheck|DescribeCases|CreateCase|DescribeServices|DescribeSeverityLevels|AddCommunicationToCase|ResolveCase|DescribeEvent(?:s|Details|Types|Aggregates)(?:ForOrganization)?|DescribeAffected(?:Entities|Accounts)(?:ForOrganization)?|DescribeEntityAggregates(?:ForOrganization)?|(?:Enable|Disable)HealthServiceAccessForOrganization|DescribeHealthServiceStatusForOrganization)\b|\b(?:DescribeTrustedAdvisor\w{0,40}|DescribeCases|CreateCase|DescribeSeverityLevels)\b[^\n]{0,200}?\bSubscriptionRequiredException\b|\bAWS Premium Support Subscription is required\b/i
  },
  {
    kind: 'subscription',
    re: /needs a subscription for the service|You are not subscribed to this service|\bSubscriptionRequiredException\b|\bOptInRequired\b|not signed up for the \w{1,40} service|\bNotSignedUp\b/i
  }
]

export function accountBlockOf(ctx: LogContext): InferredValue | null {
  const text = joinedContext(ctx)
  for (const b of BLOCKS) {
    const m = b.re.exec(text)
    if (m) return { value: b.kind, from: `"${m[0].slice(0, 80)}" in the log` }
  }
  return null
}
