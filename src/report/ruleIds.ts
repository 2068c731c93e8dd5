// Stable rule ids: one per kind of finding and policy layer (WD1xx-WD4xx), one per trap (WD5xx)
// and one per OIDC cause (WD6xx), each with an anchor in docs/rules.md (generated from this
// table, checked by a test). SARIF and the compact format name them; they never change once
// published: a new trap or cause gets the next free number.
import type { Finding } from '../model/Finding.js'

export interface RuleInfo {
  id: string
  name: string
  summary: string
}

const RULES: Record<string, RuleInfo> = {}
function rule(id: string, name: string, summary: string): void {
  RULES[id] = { id, name, summary }
}
rule('WD100', 'identity-policy', 'No identity-based policy allows the action')
rule('WD101', 'resource-policy', 'The resource-based policy does not allow the caller')
rule('WD102', 'scp', 'A service control policy denies or does not allow the action')
rule('WD103', 'rcp', 'A resource control policy denies or does not allow the action')
rule('WD104', 'permissions-boundary', 'The permissions boundary does not allow the action')
rule('WD105', 'session-policy', 'The session policy does not allow the action')
rule('WD106', 'vpc-endpoint-policy', 'The VPC endpoint policy does not allow the action')
rule('WD107', 'trust-policy', 'The role trust policy refuses the caller')
rule('WD108', 'explicit-deny', 'An explicit Deny statement matches the request')
rule('WD109', 'denied-unknown-layer', 'Access denied; the message does not say which policy')
rule('WD200', 'encoded-message', 'Denied with an encoded authorization message')
rule('WD300', 'credentials', 'Missing, expired or invalid AWS credentials')
rule('WD400', 'not-found-may-be-denial', 'Not found: may hide a denial (S3, ECR)')

/** Trap id (src/diagnose/traps) → rule. Numbers are fixed: never renumber. */
const TRAP_RULES: Record<string, string> = {}
function trap(id: string, trapId: string, summary: string): void {
  rule(id, trapId, summary)
  TRAP_RULES[trapId] = id
}
trap('WD501', 'compromised-key-quarantine', 'The access key was quarantined as exposed')
trap(
  'WD502',
  'get-caller-identity-is-credentials',
  'sts:GetCallerIdentity failing means bad credentials, not a policy'
)
trap(
  'WD503',
  'cognito-unauthenticated-role',
  'Cognito unauthenticated role: the identity pool role, not a user'
)
trap(
  'WD504',
  'ecr-repository-may-not-exist',
  'ECR denial that may mean the repository does not exist'
)
trap(
  'WD505',
  's3-missing-object-without-listbucket',
  'S3 403 for a missing object without s3:ListBucket'
)
trap(
  'WD506',
  'resource-must-be-star',
  'The action supports no resource-level permissions: Resource must be *'
)
trap('WD507', 'kms-key-policy', 'The KMS key policy must allow the caller as well')
trap('WD508', 'iam-passrole', 'iam:PassRole on the role handed to the service')
trap(
  'WD509',
  'assume-role-two-policies',
  'sts:AssumeRole needs both the caller policy and the trust policy'
)
trap('WD510', 'oidc-trust-conditions', 'The OIDC trust policy conditions do not match the job')
trap('WD511', 'oidc-id-token-permission', 'The job lacks permissions: id-token: write')
trap(
  'WD512',
  'service-linked-role',
  'Creating a service-linked role needs iam:CreateServiceLinkedRole'
)
trap(
  'WD513',
  'sso-permission-set',
  'An IAM Identity Center role: change the permission set, not the role'
)
trap('WD514', 'cdk-bootstrap-role', 'A CDK bootstrap role: change the bootstrap, not the role')
trap('WD515', 's3-block-public-access', 'S3 Block Public Access refuses a public policy or ACL')
trap('WD516', 'cfn-tagging', 'CloudFormation tagging needs the service tagging actions')
trap('WD517', 'aws-owned-resource', 'The resource belongs to AWS, not to your account')

/** OIDC doctor cause (src/oidc/causes.ts) → rule. */
const CAUSE_RULES: Record<string, string> = {}
function cause(id: string, causeId: string, summary: string): void {
  rule(id, `oidc-${causeId}`, summary)
  CAUSE_RULES[causeId] = id
}
cause('WD601', 'no-id-token-permission', 'OIDC: the job has no ID token (id-token: write missing)')
cause('WD602', 'fork-pull-request', 'OIDC: pull requests from forks get no ID token')
cause('WD603', 'no-oidc-provider', 'OIDC: the account has no GitHub OIDC identity provider')
cause('WD604', 'audience', 'OIDC: the token audience is not the one the provider expects')
cause('WD605', 'thumbprint', 'OIDC: the provider thumbprint does not match')
cause('WD606', 'invalid-role-arn', 'OIDC: the role ARN is not a valid role ARN')
cause('WD607', 'session-duration', "OIDC: the session duration exceeds the role's maximum")
cause('WD608', 'clock-skew', 'OIDC: the token is not yet valid or expired (clock skew)')
cause(
  'WD609',
  'trust-policy-mismatch',
  "OIDC: the trust policy's conditions reject this job's token"
)
cause('WD610', 'assumable', 'OIDC: the role can be assumed now')
cause('WD611', 'unknown', 'OIDC: STS refused for a reason not recognised')

const BY_LAYER: Record<string, string> = {
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
  if (finding.layer && BY_LAYER[finding.layer]) return RULES[BY_LAYER[finding.layer]]
  if (finding.deny === 'explicit') return RULES.WD108
  return RULES.WD109
}

/** The traps and OIDC cause that also apply to a finding, as rules. */
export function relatedRules(finding: Pick<Finding, 'traps' | 'cause'>): RuleInfo[] {
  const ids = [
    ...(finding.traps ?? []).map((t) => TRAP_RULES[t]),
    finding.cause ? CAUSE_RULES[finding.cause] : undefined
  ]
  return ids.flatMap((id) => (id && RULES[id] ? [RULES[id]] : []))
}

/** The rule of a trap id or OIDC cause; undefined when it has none (a test forbids that). */
export function trapRule(trapId: string): RuleInfo | undefined {
  const id = TRAP_RULES[trapId]
  return id ? RULES[id] : undefined
}
export function causeRule(causeId: string): RuleInfo | undefined {
  const id = CAUSE_RULES[causeId]
  return id ? RULES[id] : undefined
}

/** Where the rules are documented (docs/rules.md, generated from this table). */
export const RULES_DOC_URL = 'https://github.com/whydenied/whydenied/blob/main/docs/rules.md'

/** The docs/rules.md anchor of a rule: GitHub's slug of its heading `WD100 identity-policy`. */
export function ruleAnchor(rule: RuleInfo): string {
  return `#${rule.id.toLowerCase()}-${rule.name}`
}

export function ruleUrl(rule: RuleInfo): string {
  return RULES_DOC_URL + ruleAnchor(rule)
}
