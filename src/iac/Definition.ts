// What a locator finds: a place in the repository that holds one of the target's policies, and
// how to add statements there in the file's own syntax.
import type { IacConfidence, IacKind, PolicyStatement } from '../model/Remedy.js'
import type { NamePattern } from './namePattern.js'

/** Which document of the named thing the definition holds. */
export type Holds = 'identity' | 'trust' | 'resource'

export type Principal = 'role' | 'user'

/** Services whose resource policies a repository may define. */
export type ResourceService = 's3' | 'ecr' | 'kms' | 'sqs' | 'sns' | 'secretsmanager'

export interface Definition {
  kind: IacKind
  /** The file that changes (where the policy lives). */
  file: string
  line: number
  endLine: number
  /** The definition's own name in its syntax: `data.aws_iam_policy_document.deploy`. */
  resource: string
  holds: Holds
  /** The name of the role, user, bucket or repository the policy belongs to. */
  name: NamePattern
  /** An identity policy's principal kind; a role when absent. */
  principal?: Principal
  /** A resource policy's service. */
  service?: ResourceService
  /**
   * A resource whose name no denial spells (a KMS key is named by its id): a partial match for
   * any name of its service, when the repository defines no other one.
   */
  anyName?: boolean
  /** For names CloudFormation makes up (no RoleName): the logical id they start from. */
  generatedFrom?: string
  /** Lowers the confidence below the name's own (a module's input, a default role name). */
  confidence?: IacConfidence
  /** The file's whole text with the statements added, or null when there is no place for them. */
  apply(statements: PolicyStatement[]): string | null
}

/** The line (1-based) of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The indentation of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(start))![0]
}

/** `text` with `insert` placed at `offset`. */
export function insertAt(text: string, offset: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset)
}
