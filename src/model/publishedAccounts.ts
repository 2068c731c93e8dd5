// Accounts that publish resources other accounts use (layers, images): whether a caller may use
// one is set on the publisher's side.

/** AWS-owned accounts whose resources users commonly reach and cannot change. */
export const AWS_OWNED_ACCOUNTS: Record<string, string> = {
  '580247275435': 'the Lambda Insights extension layer',
  '763104351884': 'AWS Deep Learning Containers',
  '602401143452': 'the Amazon EKS add-on images',
  '137112412989': 'Amazon Linux container images',
  '668099181075': 'the AWS-published SciPy layer (AWSLambda-Python*-SciPy*)'
}

/**
 * Accounts a vendor publishes shared resources from (its documented layer ARNs): a refusal there
 * is answered by the vendor's permission or the version's existence, not by the user's policy.
 */
export const PUBLISHER_ACCOUNTS: Record<string, string> = {
  '464622532012': "Datadog's Lambda layers",
  '002406178527': "Datadog's Lambda layers in AWS GovCloud",
  // Klayers (keithrozario/Klayers): public Python package layers, the old account and the new.
  '113088814899': "Klayers' public Python layers",
  '770693421928': "Klayers' public Python layers"
}

/** Who publishes from the account, or null. */
export function publisherOfAccount(account: string): string | null {
  return AWS_OWNED_ACCOUNTS[account] ?? PUBLISHER_ACCOUNTS[account] ?? null
}
