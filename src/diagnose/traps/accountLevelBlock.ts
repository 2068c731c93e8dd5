import type { Trap, TrapInput } from '../Trap.js'

// The account itself may not use the service: AWS says so in its own words (an unresolved
// billing issue, verification still pending, no subscription or sign-up, a suspended account, a
// feature not open to the account where it was called).
// No IAM change helps and CloudTrail records no policy decision: AWS Support or the account's
// settings do.
const ADVICE: Record<string, string> = {
  billing:
    'AWS has flagged the account itself (billing or payment): open a case with AWS Support in the Billing category, as the message asks.',
  'region-validation':
    'AWS is still validating the account for this Region (a new account, or a Region it has not used before): wait and run the job again (the message says this usually takes minutes and may take up to 4 hours); if it persists, write to the address the message gives (aws-verification@amazon.com).',
  verification:
    'The account has not been verified for this service yet (new accounts often are not for CloudFront and some others): contact AWS Support to have it verified, then run the job again.',
  suspended:
    'The account is suspended or blocked: only AWS Support (or paying the outstanding balance) can reinstate it.',
  marketplace:
    'The AWS Marketplace product has not been subscribed to: accept its terms and subscribe in the Marketplace page the message links to, with the account that launches it.',
  feature:
    "The service refused the account, not a principal: the feature is not open to this account where it was called (Amazon Translate's batch jobs and Amazon Comprehend's custom models run only in some Regions). Call it in a Region that offers it (the service's endpoints page lists them), or have it enabled for the account through AWS Support.",
  support:
    'The service refused the account, not a principal, and names no permission: it asks you to contact AWS Support (a service or feature not enabled for the account, or a state only AWS can see). Open a case from the account that made the call, naming the operation and its request ID.',
  'support-plan':
    "The AWS Support API (and Trusted Advisor's checks through it) and the AWS Health API answer only accounts on a Business, Enterprise On-Ramp or Enterprise Support plan (for the Health API's organization view, the management or delegated administrator account's plan): Basic and Developer are refused whatever the caller's policy allows. The account's owner changes the plan (Support Center, Support plans), or the job reads what it needs elsewhere (Service Quotas for limits).",
  subscription:
    "The account is not signed up for the service, or the Region is one the account has not enabled (opt-in Regions): enable the Region in the account settings (`aws account enable-region --region-name REGION`), finish the account's sign-up, or ask AWS Support. A new account can take a while to be activated for every service."
}

function kindOf({ inferred }: TrapInput): string {
  return inferred?.accountBlock?.value ?? ''
}

/** Amazon Q words its missing subscription the same way: its own trap reads it (amazonQSubscription). */
function amazonQ({ inferred }: TrapInput): boolean {
  return inferred?.signals?.['known-app']?.value === 'amazon-q-developer'
}

export const accountLevelBlock: Trap = {
  id: 'account-level-block',
  lead: true,
  // AWS refused the account, not a principal: no policy decided it, whoever changes the account.
  noPolicy: true,
  applies: (input) =>
    (input.d.kind === 'denial' || input.d.kind === 'credentials') &&
    Object.hasOwn(ADVICE, kindOf(input)) &&
    !(kindOf(input) === 'feature' && amazonQ(input)),
  advice: (input) =>
    `${ADVICE[kindOf(input)]!} This is an account-level block, not an IAM refusal: no policy change helps, and CloudTrail holds no policy decision to look for.`
}
