// Explicit denies that are guardrails: an organization or resource policy that denies unless a
// condition holds. The fix is to meet the condition, not to exempt the caller. And where the
// message names no policy type, the places a Deny can live, each with the check that shows it.
import type { Finding } from '../model/Finding.js'

interface Guardrail {
  /** Condition key the denying statement usually tests. */
  key: string
  /** How the request meets it. */
  meet: string
}

/** Conditions organization guardrails and bucket policies commonly deny on. */
export const GUARDRAILS: Guardrail[] = [
  {
    key: 'aws:RequestedRegion',
    meet: "run in a Region the policy allows (the job's region input or AWS_REGION; global services such as IAM are called in us-east-1)"
  },
  {
    key: 's3:x-amz-server-side-encryption',
    meet: 'send the encryption the policy requires (`--sse aws:kms`, `ServerSideEncryption` in the SDK call)'
  },
  { key: 'aws:SecureTransport', meet: 'call over HTTPS (no `http://` endpoint URL)' },
  { key: 'aws:MultiFactorAuthPresent', meet: 'use a session created with MFA' },
  {
    key: 'aws:SourceVpce / aws:SourceIp',
    meet: 'call from the network the policy allows (its VPC endpoint or IP range)'
  }
]

const code = (value: string): string => '`' + value + '`'

/** Which guardrail keys the decoded context names, when it was decoded. */
function decodedKeys(f: Finding): Set<string> {
  return new Set((f.decode?.conditions ?? []).map((c) => c.key.toLowerCase()))
}

/** The "meet the condition" note for an explicit deny in an SCP, RCP, resource or unnamed policy. */
export function guardrailNote(f: Finding): string {
  const seen = decodedKeys(f)
  const named = GUARDRAILS.filter((g) => g.key.split(' / ').some((k) => seen.has(k.toLowerCase())))
  const list = (named.length > 0 ? named : GUARDRAILS)
    .map((g) => `${code(g.key)}: ${g.meet}`)
    .join('; ')
  return `Guardrail Denies usually apply on a Condition, and then the fix is to meet it rather than to exempt the caller. Check the Deny's Condition first: ${list}.`
}

/** The IAM entity a check names: `aws iam get-user` for a user, `get-role` for anything else. */
export type IamEntity = 'role' | 'user'

export function iamEntityOf(principal: string | null): IamEntity {
  return /:user\//.test(principal ?? '') ? 'user' : 'role'
}

const Entity = { role: 'Role', user: 'User' } as const

/** Where an explicit Deny of unnamed type can be, with the check for each. */
export const DENY_CANDIDATES: { where: string; check: (e: IamEntity) => string }[] = [
  {
    where: 'a service control policy',
    check: () =>
      'aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY'
  },
  {
    where: "a resource control policy (in the resource's account)",
    check: () =>
      'aws organizations list-policies-for-target --target-id RESOURCE_ACCOUNT_ID --filter RESOURCE_CONTROL_POLICY'
  },
  {
    where: 'a permissions boundary',
    check: (e) => boundaryCheck(e)
  },
  {
    where: 'a session policy',
    check: () =>
      'the session-policy inputs of whatever created the session (inline-session-policy / managed-session-policies, or AssumeRole Policy / PolicyArns)'
  },
  {
    where: "a Deny in the resource's policy",
    check: () => "aws s3api get-bucket-policy --bucket BUCKET (or the service's get-*-policy)"
  },
  {
    where: "a Deny in the caller's own identity policies",
    check: (e) =>
      `aws iam list-attached-${e}-policies --${e}-name NAME and aws iam list-${e}-policies --${e}-name NAME`
  }
]

/** The command that shows the permissions boundary of a role or a user. */
export function boundaryCheck(e: IamEntity): string {
  return `aws iam get-${e} --${e}-name NAME --query ${Entity[e]}.PermissionsBoundary`
}

export function denyCandidatesNote(f: Finding): string {
  const e = iamEntityOf(f.principal)
  const items = DENY_CANDIDATES.map((c) => `${c.where} (${code(c.check(e))})`).join('; ')
  return `The message does not say which policy holds the Deny. It can be in ${items}.`
}
