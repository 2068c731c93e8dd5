// Accounts that publish resources other accounts use (layers, images): whether a caller may use
// one is set on the publisher's side.

/** AWS-owned accounts whose resources users commonly reach and cannot change. */
export const AWS_OWNED_ACCOUNTS: Record<string, string> = {
  '580247275435': 'the Lambda Insights extension layer',
  '763104351884': 'AWS Deep Learning Containers',
  '602401143452': 'the Amazon EKS add-on images',
  '137112412989': 'Amazon Linux container images',
  '668099181075': 'the AWS-published SciPy layer (AWSLambda-Python*-SciPy*)',
  '901920570463': 'the AWS Distro for OpenTelemetry (ADOT) layers',
  '177933569100': 'the AWS Parameters and Secrets Lambda Extension',
  '753240598075': 'the AWS Lambda Web Adapter layers',
  '017000801446': 'the Powertools for AWS Lambda (Python) layers',
  '094274105915': 'the Powertools for AWS Lambda (TypeScript) layers'
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
  '770693421928': "Klayers' public Python layers",
  '184161586896': "OpenTelemetry's community Lambda layers",
  '451483290750': "New Relic's Lambda layers",
  '943013980633': "Sentry's Lambda layers",
  '114300393969': "Lumigo's Lambda layers",
  '634166935893': "HashiCorp's Vault Lambda extension"
}

/**
 * Names a publisher never uses, which users type by analogy: the layer does not exist, whatever
 * the policy says (h83-001: ADOT names its x86 layers `amd64`, not `x86_64`).
 */
const LAYER_NAME_SLIPS: readonly { account: string; slip: RegExp; note: string }[] = [
  {
    account: '901920570463',
    slip: /-x86_64-/,
    note: 'ADOT names its x86 layers `amd64` (`aws-otel-…-amd64-ver-…`), never `x86_64`'
  }
]

/** Why a published layer's name cannot exist, or null. */
export function layerNameSlip(account: string, name: string): string | null {
  return LAYER_NAME_SLIPS.find((s) => s.account === account && s.slip.test(name))?.note ?? null
}

/** Who publishes from the account, or null. */
export function publisherOfAccount(account: string): string | null {
  return AWS_OWNED_ACCOUNTS[account] ?? PUBLISHER_ACCOUNTS[account] ?? null
}
