// The typed shape every message grammar parses into, before any diagnosis.
// Fields hold what the message states, exactly as printed; `null` means "not stated".

export type FindingKind = 'denial' | 'encoded' | 'credentials' | 'not-found' | 'oidc'

export type PolicyLayer =
  | 'identity'
  | 'resource'
  | 'scp'
  | 'rcp'
  | 'permissions-boundary'
  | 'session'
  | 'vpc-endpoint'
  | 'trust'

export type DenyType = 'implicit' | 'explicit'

/** Where the facts of a finding came from. */
export type Evidence = 'text' | 'decoded'

export interface Denial {
  kind: FindingKind
  /** Wire error code as printed (`AccessDenied`, `UnauthorizedOperation`, `403`). */
  code: string | null
  /** API operation named by the tool (`when calling the GetObject operation`). */
  operation: string | null
  /** IAM action as printed (`SNS:Publish` keeps its case). */
  action: string | null
  /** Lower-case IAM service prefix, from the action or from an SDK/endpoint label. */
  service: string | null
  principal: string | null
  resource: string | null
  layer: PolicyLayer | null
  deny: DenyType | null
  /** ARN of the denying policy when the message appends it. */
  policyArn: string | null
  /** Name in parentheses after the policy ARN, when printed. */
  policyName: string | null
  /** Authorization ID of the IAM access troubleshooter tail, when printed. */
  authorizationId: string | null
  /** EC2-style encoded blob, whitespace removed. */
  encodedMessage: string | null
  /**
   * Which grammar recognised the text (`iam-sentence`, `s3-bare`, `oidc-web-identity`...).
   * Diagnosis and traps key on it; it is also useful in JSON for debugging.
   */
  grammar: string
  /** The grammar's stable rule id (WD7xx); absent for findings no grammar read (OIDC doctor). */
  grammarRule?: string
  /** Extra facts a grammar found that have no dedicated field (bucket name, registry id...). */
  detail: Record<string, string>
}

/** A denial located in a log: the first line it was seen on. */
export interface LocatedDenial extends Denial {
  file: string | null
  line: number
}

/**
 * The grammar of a refusal code no table knows, read from a strong code slot: its findings carry
 * `confidence: "low"`.
 */
export const UNRECOGNISED_CODE_GRAMMAR = 'unrecognised-refusal-code'

export function emptyDenial(kind: FindingKind, grammar: string, grammarRule?: string): Denial {
  // Two whole literals, no spread: every candidate of every record starts here, and
  // `{ ...(rule ? { grammarRule } : {}), kind, … }` made a dictionary-mode object whose later
  // writes were ~200× slower (8 % of the dense scan's own time in a profile).
  if (!grammarRule) {
    return {
      kind,
      code: null,
      operation: null,
      action: null,
      service: null,
      principal: null,
      resource: null,
      layer: null,
      deny: null,
      policyArn: null,
      policyName: null,
      authorizationId: null,
      encodedMessage: null,
      grammar,
      detail: {}
    }
  }
  return {
    grammarRule,
    kind,
    code: null,
    operation: null,
    action: null,
    service: null,
    principal: null,
    resource: null,
    layer: null,
    deny: null,
    policyArn: null,
    policyName: null,
    authorizationId: null,
    encodedMessage: null,
    grammar,
    detail: {}
  }
}
