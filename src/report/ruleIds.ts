// Stable rule ids, one per kind of finding and policy layer, each with an anchor in the README's
// "Rules" section. SARIF and the compact format name them; they never change once published.
import type { PolicyLayer } from '../model/Denial.js'
import type { Finding } from '../model/Finding.js'

export interface RuleInfo {
  id: string
  name: string
  summary: string
}

const rule = (id: string, name: string, summary: string): RuleInfo => ({ id, name, summary })

const RULES = {
  WD100: rule('WD100', 'identity-policy', 'No identity-based policy allows the action'),
  WD101: rule('WD101', 'resource-policy', 'The resource-based policy does not allow the caller'),
  WD102: rule('WD102', 'scp', 'A service control policy denies or does not allow the action'),
  WD103: rule('WD103', 'rcp', 'A resource control policy denies or does not allow the action'),
  WD104: rule(
    'WD104',
    'permissions-boundary',
    'The permissions boundary does not allow the action'
  ),
  WD105: rule('WD105', 'session-policy', 'The session policy does not allow the action'),
  WD106: rule('WD106', 'vpc-endpoint-policy', 'The VPC endpoint policy does not allow the action'),
  WD107: rule('WD107', 'trust-policy', 'The role trust policy refuses the caller'),
  WD108: rule('WD108', 'explicit-deny', 'An explicit Deny statement matches the request'),
  WD109: rule(
    'WD109',
    'denied-unknown-layer',
    'Access denied; the message does not say which policy'
  ),
  WD200: rule('WD200', 'encoded-message', 'Denied with an encoded authorization message'),
  WD300: rule('WD300', 'credentials', 'Missing, expired or invalid AWS credentials'),
  WD400: rule('WD400', 'not-found-may-be-denial', 'Not found: may hide a denial (S3, ECR)')
} satisfies Record<string, RuleInfo>

// Every layer has its rule: the compiler checks the table is complete.
const BY_LAYER: Record<PolicyLayer, keyof typeof RULES> = {
  identity: 'WD100',
  resource: 'WD101',
  scp: 'WD102',
  rcp: 'WD103',
  'permissions-boundary': 'WD104',
  session: 'WD105',
  'vpc-endpoint': 'WD106',
  trust: 'WD107'
}

/** All rules, in id order (SARIF lists them in tool.driver.rules). */
export function allRules(): RuleInfo[] {
  return Object.values(RULES).sort((a, b) => a.id.localeCompare(b.id))
}

export function ruleFor(finding: Pick<Finding, 'kind' | 'layer' | 'deny'>): RuleInfo {
  if (finding.kind === 'encoded') return RULES.WD200
  if (finding.kind === 'credentials') return RULES.WD300
  if (finding.kind === 'not-found') return RULES.WD400
  if (finding.layer) return RULES[BY_LAYER[finding.layer]]
  if (finding.deny === 'explicit') return RULES.WD108
  return RULES.WD109
}

/** The README anchor documenting a rule. */
export function ruleAnchor(rule: RuleInfo): string {
  return `#${rule.id.toLowerCase()}-${rule.name}`
}
