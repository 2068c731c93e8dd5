import type { FixTarget } from './FixTarget.js'

/** One IAM policy statement as it would be pasted into a policy document. */
export interface PolicyStatement {
  Sid: string
  Effect: 'Allow' | 'Deny'
  Principal?: Record<string, string | string[]>
  Action: string | string[]
  Resource?: string | string[]
  Condition?: Record<string, Record<string, string | string[]>>
}

/** Ready-to-paste texts of one remedy. Absent when the shape has no such form. */
export interface RemedyRenderings {
  /** JSON statements as a ```diff of `+` lines against the current document. */
  diff?: string
  terraform?: string
  cdk?: string
  cli?: string
}

/**
 * How far a remedy's statements answer its findings, when not plainly ("they fix them"):
 * `also-needed`: the cause is another owner's (a published layer, a sample's template), so the
 * statements are required as well but cannot fix it; `likely`: they rest on a guessed action with
 * neither the caller nor the reason printed, a candidate rather than a certainty.
 */
export type FixStanding = 'also-needed' | 'likely'

/**
 * The change one target needs, merged over every finding that points at it.
 * `statements` is empty for guidance-only remedies (explicit deny, SCP, credentials...).
 */
export interface Remedy {
  /** Stable identifier derived from the target, e.g. `identity-policy:role/deploy`. */
  id: string
  target: FixTarget
  /** Indexes into Report.findings of the findings this remedy answers. */
  findings: number[]
  statements: PolicyStatement[]
  /** Checks to make first, placeholders to fill in, who must act. Plain text. */
  notes: string[]
  renderings: RemedyRenderings
  /** True when `--current-policy` shows every statement already present. */
  alreadyPresent?: boolean
  /** Absent when the statements fix the findings; see FixStanding. */
  standing?: FixStanding
  /** Where the repository defines the target, with the change to that file (src/iac). */
  locations?: IacLocation[]
}

export type IacKind = 'terraform' | 'cloudformation' | 'cdk' | 'serverless'

/**
 * `exact`: the definition names the target literally. `partial`: the name is built from
 * variables and only its literal parts match (e.g. `"${var.env}-deploy"`).
 */
export type IacConfidence = 'exact' | 'partial'

/** Lines [startLine, endLine] of the file replaced by `text`: a GitHub ```suggestion. */
export interface IacSuggestion {
  startLine: number
  endLine: number
  text: string
}

/** A definition of the remedy's target in the checked-out repository. */
export interface IacLocation {
  /** Repository-relative path with `/` separators. */
  file: string
  line: number
  endLine: number
  kind: IacKind
  /** The definition's own name: `aws_iam_role.deploy`, `DeployRole`, `provider.iam.role`... */
  resource: string
  confidence: IacConfidence
  /** Unified diff against the file as checked out (`git apply` accepts it); null when none. */
  patch: string | null
  suggestion?: IacSuggestion
  /** The file at the run's commit, when the adapter knows the repository's web address. */
  url?: string
}
