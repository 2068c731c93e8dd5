// An AWS endpoint's host names the service that answered: its first label is the IAM prefix
// (`sqs.eu-west-1.amazonaws.com` → `sqs`) but for a few whose endpoint is named otherwise.

/** Endpoint labels whose IAM prefix differs from the label. */
const PREFIX_OF_LABEL: Record<string, string> = {
  monitoring: 'cloudwatch',
  email: 'ses',
  'runtime.lex': 'lex',
  'runtime.sagemaker': 'sagemaker',
  'bedrock-runtime': 'bedrock',
  // Amazon Managed Service for Prometheus' workspace endpoint (robusta-dev/krr#165).
  'aps-workspaces': 'aps',
  'bedrock-agent-runtime': 'bedrock',
  'runtime-v2-lex': 'lex',
  'git-codecommit': 'codecommit'
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/

/**
 * `monitoring.amazonaws.com` → `cloudwatch`, `sqs.eu-west-1.amazonaws.com` → `sqs`; null for a
 * host that is not AWS's or names no service (a bucket's virtual host is left to S3's rules).
 */
export function prefixOfHost(host: string | null): string | null {
  const m = host ? /^([a-z0-9.-]+?)\.amazonaws\.com(?:\.cn)?$/i.exec(host) : null
  if (!m) return null
  const labels = m[1]!.toLowerCase().split('.')
  // The Region, when the host holds one, stands last: the service is what comes before it.
  const service = REGION.test(labels.at(-1)!) ? labels.slice(0, -1) : labels
  if (service.length === 0) return null
  const joined = service.join('.')
  if (PREFIX_OF_LABEL[joined]) return PREFIX_OF_LABEL[joined]
  if (service.length !== 1) return null
  // The Region glued on with a dash (`s3-eu-west-1`, S3's legacy endpoints): the service before it.
  return /^([a-z0-9]+)-[a-z]{2}(?:-[a-z]+)+-\d$/.exec(service[0]!)?.[1] ?? service[0]!
}
