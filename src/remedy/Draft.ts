// A remedy while it is being assembled from the findings that point at one target.
import type { FixTarget } from '../model/FixTarget.js'
import type { PolicyStatement } from '../model/Remedy.js'
import { newPlaceholders, type Placeholders, type PrintedAccounts } from './placeholders.js'

export type Shape = 'identity' | 'resource' | 'trust' | 'guidance'

/** One (principal, actions, resource, condition) need; merged into statements later. */
export interface Part {
  principal?: PolicyStatement['Principal']
  actions: string[]
  /** null: no Resource element (ECR repository policies, trust policies). */
  resource: string | null
  condition?: PolicyStatement['Condition']
  /** Words for the Sid (`Ecr`, `Repository`). */
  sidWords: string[]
  /** A trap's suggestion beside the proven statement: listed after it, its Sid says Optional. */
  optional?: boolean
}

export interface Draft {
  id: string
  target: FixTarget
  shape: Shape
  /** Service of a resource-based policy (`ecr`, `s3`...). */
  service: string | null
  /** ARN (or name) of the document's holder: the role, user, bucket, repository, key... */
  holder: string | null
  findings: number[]
  parts: Part[]
  notes: string[]
  placeholders: Placeholders
}

export class Drafts {
  private readonly byId = new Map<string, Draft>()
  /** The account fields of the finding being contributed: a new draft's placeholders tell them apart. */
  accounts: PrintedAccounts | null = null

  get(
    id: string,
    init: () => Omit<Draft, 'id' | 'findings' | 'parts' | 'notes' | 'placeholders'>
  ): Draft {
    let draft = this.byId.get(id)
    if (!draft) {
      draft = {
        id,
        findings: [],
        parts: [],
        notes: [],
        placeholders: newPlaceholders(this.accounts),
        ...init()
      }
      this.byId.set(id, draft)
    }
    return draft
  }

  all(): Draft[] {
    return [...this.byId.values()]
  }
}

export function addFinding(d: Draft, index: number): void {
  if (!d.findings.includes(index)) d.findings.push(index)
}

export function addNote(d: Draft, note: string): void {
  if (!d.notes.includes(note)) d.notes.push(note)
}
