// Words around a denial that name the condition guarding the call: a trust policy asking for MFA
// or an external ID, a key policy asking for an enclave's attestation, a policy keyed on the
// source network, or a tool that creates first and tags afterwards under a policy requiring tags
// on the create call. An Allow without that condition would remove the guard, so the diagnosis
// says "meet the condition" instead (src/diagnose/traps/guardrailCondition.ts).
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

interface Signal {
  kind: 'mfa' | 'external-id' | 'attestation' | 'network' | 'tags-on-create' | 'object-ownership'
  re: RegExp
}

// One rule per guard; the first that matches names it. Bounded quantifiers only (untrusted text).
const SIGNALS: Signal[] = [
  {
    kind: 'attestation',
    re: /kms:RecipientAttestation(?::\w{1,20})?|attestation document|\bAttestationDocument\b|\bPCR(?:0|1|2|3|4|8)\b|["']?measurement["']?[ \t]{0,3}[:=][ \t]{0,3}["']?[0-9a-f]{96}\b/i
  },
  {
    kind: 'mfa',
    re: /\bMFA\b|multi-?factor auth\w{0,10}|aws:MultiFactorAuth(?:Present|Age)|--serial-number|--token-code|\bmfa_serial\b/i
  },
  { kind: 'external-id', re: /sts:ExternalId|--external-id\b|\bexternal[ _-]?id\b/i },
  {
    kind: 'network',
    re: /aws:(?:SourceIp|SourceVpce?|VpcSourceIp)\b|\bsource IP (?:address )?(?:is )?not allowed|\bnot (?:from|in) an allowed (?:IP|network|VPC)/i
  },
  {
    // The bucket's Object Ownership set in the template or call (`ObjectOwnership:
    // BucketOwnerEnforced`): guardrails that keep ACLs disabled deny s3:CreateBucket without the
    // header (heldout16 review h16-123). Read only for a refused CreateBucket (guardrailCondition.ts).
    kind: 'object-ownership',
    re: /\bBucketOwnerEnforced\b|\bObjectOwnership\b|\bx-amz-object-ownership\b|\bobject[ _-]ownership\b/i
  },
  {
    // "applies tags afterward" (hashicorp/vault#32001), "tags are added AFTER provisioning"
    // (ansible/ansible#42906), "Tags not included when creating" (amazon.aws#1843).
    kind: 'tags-on-create',
    re: /\b(?:appl(?:y|ies|ied)|adds?|added|sets?) (?:the )?tags?\b[^\n.]{0,30}?\b(?:after(?:wards?)?|later|separately)\b|\btags? (?:are|is|get|gets) (?:added|applied|set|attached) (?:only )?(?:after|later|separately)\b|\btags? (?:are |is )?not (?:included|passed|sent) (?:when|in|with) (?:the )?creat/i
  }
]

/**
 * The log shows the session had MFA: aws-vault's `using GetSessionToken (with MFA)` and `(chained
 * MFA)`, a code typed at the prompt (heldout35 review, h35-001). The MFA words are no unmet guard
 * then; a prompt left empty (`Enter MFA code: ` alone) still is.
 */
export const MFA_USED =
  /\bGetSessionToken \(with MFA\)|\(chained MFA\)|\bEnter MFA code for arn:aws[\w-]{0,10}:iam::\d{12}:mfa\/[\w+=,.@/-]{1,128}: {0,3}\d{6}\b/

export function guardrailSignalOf(ctx: LogContext): InferredValue | null {
  const text = joinedContext(ctx)
  const mfaUsed = MFA_USED.test(text)
  for (const s of SIGNALS) {
    if (s.kind === 'mfa' && mfaUsed) continue
    const m = s.re.exec(text)
    if (m) return { value: s.kind, from: `"${m[0].slice(0, 80)}" in the log` }
  }
  return null
}
