// Plain-words labels for the model's enums, shared by every renderer. One row per case.
import type { DenyType, FindingKind, PolicyLayer } from '../model/Denial.js'
import type { FixOwner } from '../model/FixTarget.js'
import type { RemedyRenderings } from '../model/Remedy.js'

export const LAYER_LABEL: Record<PolicyLayer, string> = {
  identity: 'identity policy (the caller’s own permissions)',
  resource: 'resource-based policy (on the resource)',
  scp: 'service control policy (AWS Organizations)',
  rcp: 'resource control policy (AWS Organizations)',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy (passed when the session was created)',
  'vpc-endpoint': 'VPC endpoint policy',
  trust: 'role trust policy'
}

export const DENY_LABEL: Record<DenyType, string> = {
  implicit: 'implicit: no policy allows it',
  explicit: 'explicit: a Deny statement matches'
}

export const KIND_LABEL: Record<FindingKind, string> = {
  denial: 'Access denied',
  encoded: 'Access denied (encoded message)',
  credentials: 'Credential problem',
  'not-found': 'Not found (looks like a denial)',
  oidc: 'OIDC role assumption (configure-aws-credentials)'
}

export const OWNER_LABEL: Record<FixOwner, string> = {
  you: 'you (the caller’s account)',
  'resource-owner': 'the owner of the resource',
  'org-admin': 'your AWS Organizations administrator',
  'session-creator': 'whoever creates the session',
  'network-owner': 'the owner of the VPC endpoint',
  'aws-support': 'AWS Support',
  'policy-owner':
    'whoever owns the denying policy (an SCP or RCP: the organization’s management account; a permissions boundary or identity policy: the caller’s account)'
}

/** The ready-to-paste forms of a remedy, in the order a reader wants them. */
export const RENDERINGS: { key: keyof RemedyRenderings; label: string; lang: string }[] = [
  { key: 'diff', label: 'Policy change (JSON)', lang: 'diff' },
  { key: 'terraform', label: 'Terraform', lang: 'hcl' },
  { key: 'cdk', label: 'AWS CDK (TypeScript)', lang: 'ts' },
  { key: 'cli', label: 'AWS CLI', lang: 'sh' }
]

export function plural(n: number, one: string, many = one + 's'): string {
  return `${grouped(n)} ${n === 1 ? one : many}`
}

/**
 * 1234567 → "1,234,567", as `toLocaleString('en-US')` writes it for a count. Not that function:
 * its first call loads ICU's number formats, 7 MiB of memory for a comma.
 */
export function grouped(n: number): string {
  return String(n).replace(/^-?\d+/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ','))
}

/** A label for a value the model keeps as a string union; unknown values are shown as they are. */
export function labelOf<K extends string>(
  table: Record<K, string>,
  value: K | null
): string | null {
  if (value === null) return null
  return (table as Record<string, string>)[value] ?? String(value)
}
