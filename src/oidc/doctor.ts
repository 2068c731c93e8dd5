// The OIDC doctor, pure: from what getting the token and calling STS gave (or what a user typed
// into the CLI), the cause, the claims that matter, the failed trust-policy tests and the fixes,
// as a Report with one finding of kind `oidc`. No I/O; the adapters are src/action/oidcDoctor.ts
// and src/cli/oidc.ts.
import type { Finding } from '../model/Finding.js'
import type { FixTarget } from '../model/FixTarget.js'
import type { OidcCause, OidcClaims, StsError, TrustMismatch } from '../model/Oidc.js'
import type { Remedy } from '../model/Remedy.js'
import type { Report } from '../model/Report.js'
import type { OidcContext } from '../remedy/RemedyOptions.js'
import { buildRemedies } from '../remedy/buildRemedies.js'
import { addAudienceRemedy, createProviderRemedy, guidanceRemedy } from '../remedy/oidcProvider.js'
import { GITHUB_OIDC_HOST, oidcSubjects } from '../remedy/oidcSubject.js'
import { CAUSES, type CauseFacts } from './causes.js'
import { audiences, JOB_CLAIMS } from './claims.js'
import { classifyStsError } from './classifyStsError.js'
import { evaluateTrustPolicy, readTrustPolicy, type TrustVerdict } from './trustPolicyEvaluator.js'

export const WEB_IDENTITY_ACTION = 'sts:AssumeRoleWithWebIdentity'
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com'

/** What asking GitHub for the token gave. */
export type TokenOutcome =
  | { status: 'claims'; claims: OidcClaims }
  | { status: 'missing'; fork: string | null }
  | { status: 'error'; message: string }

/** What AssumeRoleWithWebIdentity gave; `skipped` offline (CLI without --sts-error). */
export type StsOutcome =
  { status: 'ok' } | { status: 'error'; error: StsError } | { status: 'skipped' }

export interface DoctorInput {
  roleArn: string
  audience: string
  token: TokenOutcome
  sts: StsOutcome
  /** The role's trust policy, parsed JSON (any form readTrustPolicy accepts). */
  trustPolicy?: unknown
  durationSeconds?: number | null
  /** The run's context, for the expected `sub` when there is no token. */
  context?: OidcContext
}

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/

export function parseRoleArn(
  arn: string
): { partition: string; account: string; name: string } | null {
  const m = ROLE_ARN.exec(arn)
  return m ? { partition: m[1]!, account: m[2]!, name: m[3]! } : null
}

/** The issuer's host (`token.actions.githubusercontent.com`, or an enterprise's own). */
function issuerHost(claims: OidcClaims | null): string {
  const iss = claims?.iss
  if (!iss) return GITHUB_OIDC_HOST
  try {
    const url = new URL(iss)
    return url.protocol === 'https:'
      ? (url.host + url.pathname).replace(/\/+$/, '')
      : GITHUB_OIDC_HOST
  } catch {
    return GITHUB_OIDC_HOST
  }
}

/** The trust policy's verdict for these claims, as IAM builds the request for this provider. */
export function evaluateClaims(
  policy: unknown,
  claims: OidcClaims,
  role: { partition: string; account: string },
  audience: string
): TrustVerdict {
  const host = issuerHost(claims)
  const aud = audiences(claims)
  const context: Record<string, string[]> = {
    [`${host}:aud`]: aud.length > 0 ? aud : [audience],
    [`${host}:sub`]: claims.sub ? [claims.sub] : []
  }
  // GitHub's other claims are in the token but, as GitHub documents, AWS supports no custom
  // OIDC claims: a condition on them sees no value.
  const absentKeys: Record<string, string> = {}
  for (const claim of [...JOB_CLAIMS, 'actor', 'workflow']) {
    absentKeys[`${host}:${claim}`.toLowerCase()] =
      `AWS puts only the sub and aud claims of a GitHub token in the request (it supports no custom OIDC claims), so ${host}:${claim} never has a value: put that fact into the sub condition instead`
  }
  return evaluateTrustPolicy(policy, {
    action: WEB_IDENTITY_ACTION,
    federatedProvider: `arn:${role.partition}:iam::${role.account}:oidc-provider/${host}`,
    context,
    absentKeys
  })
}

function decideCause(input: DoctorInput, verdict: TrustVerdict | null): OidcCause {
  if (input.token.status === 'missing') {
    return input.token.fork ? 'fork-pull-request' : 'no-id-token-permission'
  }
  if (input.token.status === 'error') return 'unknown'
  if (input.sts.status === 'error') {
    return classifyStsError(input.sts.error.code, input.sts.error.message)
  }
  if (input.sts.status === 'ok') return 'assumable'
  // Offline: only what can be known without AWS.
  if (!parseRoleArn(input.roleArn)) return 'invalid-role-arn'
  if (verdict) return verdict.allowed ? 'assumable' : 'trust-policy-mismatch'
  return 'unknown'
}

function target(
  kind: FixTarget['kind'],
  owner: FixTarget['owner'],
  description: string,
  roleArn: string
): FixTarget {
  const role = parseRoleArn(roleArn)
  return {
    kind,
    owner,
    description,
    principalArn: null,
    principalType: 'unknown',
    principalName: null,
    rolePathUnknown: false,
    principalAccount: null,
    resourceArn: role ? roleArn : null,
    resourceAccount: role?.account ?? null,
    policyArn: null
  }
}

export function diagnoseOidc(input: DoctorInput): Report {
  const claims = input.token.status === 'claims' ? input.token.claims : null
  const role = parseRoleArn(input.roleArn)
  const verdict =
    claims && role && input.trustPolicy !== undefined
      ? evaluateClaims(input.trustPolicy, claims, role, input.audience)
      : null
  const cause = decideCause(input, verdict)
  const rule = CAUSES[cause]
  const stsError = input.sts.status === 'error' ? input.sts.error : null
  const mismatches: TrustMismatch[] = verdict?.mismatches ?? []
  const aud = claims ? audiences(claims).join(', ') || null : null
  const facts: CauseFacts = {
    roleArn: input.roleArn,
    roleName: role?.name ?? null,
    account: role?.account ?? null,
    sub: claims?.sub ?? null,
    aud,
    audience: input.audience,
    stsMessage: stsError?.message ?? null,
    tokenProblem: input.token.status === 'error' ? input.token.message : null,
    durationSeconds: input.durationSeconds ?? null,
    forkRepository: input.token.status === 'missing' ? input.token.fork : null,
    policyAccepts: verdict?.allowed ?? false,
    mismatchCount: mismatches.length
  }
  const fixTarget = target(
    rule.target.kind,
    rule.target.owner,
    rule.target.description(facts),
    input.roleArn
  )
  const notes = verdict?.problems ?? []
  const finding: Finding = {
    kind: 'oidc',
    code: stsError?.code ?? null,
    operation: 'AssumeRoleWithWebIdentity',
    action: WEB_IDENTITY_ACTION,
    service: 'sts',
    principal: null,
    resource: input.roleArn || null,
    layer: cause === 'trust-policy-mismatch' ? 'trust' : null,
    deny: verdict && verdict.deniedBy.length > 0 ? 'explicit' : null,
    policyArn: null,
    policyName: null,
    authorizationId: null,
    encodedMessage: null,
    grammar: 'oidc-doctor',
    detail: {},
    file: null,
    line: 0,
    occurrences: 1,
    crossAccount: null,
    traps: cause === 'trust-policy-mismatch' ? ['oidc-trust-conditions'] : [],
    title: rule.title(facts),
    explanation: [rule.explanation(facts), ...notes].join('\n\n'),
    fixTarget,
    confidence: input.sts.status === 'skipped' ? 'inferred' : 'stated',
    inferredAction: null,
    evidence: 'text',
    cause,
    claims,
    stsError,
    mismatches
  }
  return {
    version: 1,
    findings: [finding],
    remedies: remediesFor(input, finding, claims, role),
    stats: { bytes: 0, lines: 0, longLines: 0, droppedFindings: 0, binaryBytes: 0 }
  }
}

function remediesFor(
  input: DoctorInput,
  finding: Finding,
  claims: OidcClaims | null,
  role: ReturnType<typeof parseRoleArn>
): Remedy[] {
  const cause = finding.cause!
  const out: Remedy[] = []
  const host = issuerHost(claims)
  const providerFacts = {
    account: role?.account ?? null,
    audience: (claims && audiences(claims)[0]) || input.audience,
    host,
    target: finding.fixTarget,
    findings: [0]
  }
  if (cause === 'no-oidc-provider') out.push(createProviderRemedy(providerFacts))
  if (cause === 'audience')
    out.push(addAudienceRemedy({ ...providerFacts, partition: role?.partition ?? 'aws' }))
  if (CAUSES[cause].trustRemedy && role) {
    const trustFinding: Finding = {
      ...finding,
      fixTarget: {
        ...finding.fixTarget,
        kind: 'trust-policy',
        description: `the trust policy of role ${role.name}`
      }
    }
    const oidc: OidcContext = {
      ...input.context,
      ...(claims?.sub ? { subject: claims.sub } : {}),
      ...(providerFacts.audience !== DEFAULT_AUDIENCE ? { audience: providerFacts.audience } : {}),
      ...(host !== GITHUB_OIDC_HOST ? { providerHost: host } : {})
    }
    // The remedy is a change to the given trust policy (whatever form it came in).
    const current =
      input.trustPolicy === undefined ? undefined : readTrustPolicy(input.trustPolicy).document
    out.push(
      ...buildRemedies([trustFinding], {
        oidc,
        ...(current ? { currentPolicy: current } : {})
      })
    )
  }
  if (out.length === 0) {
    const notes = [finding.explanation.split('\n\n')[0]!]
    if (cause === 'no-id-token-permission' || cause === 'fork-pull-request') {
      const expected = oidcSubjects(input.context)
      if (!expected.placeholder) {
        notes.push(
          `Once the job gets a token, GitHub will present the sub ${expected.subjects.map((s) => `\`${s.replace(/`/g, "'")}\``).join(' or ')}: the role's trust policy must accept it.`
        )
      }
    }
    out.push(guidanceRemedy(`${finding.fixTarget.kind}:${cause}`, finding.fixTarget, [0], notes))
  }
  return out
}
