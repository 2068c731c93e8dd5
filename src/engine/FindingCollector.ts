// Folds repeated denials (retries, the same error printed twice) into one finding each.
import type { Denial, LocatedDenial } from '../model/Denial.js'

export interface Collected {
  denial: LocatedDenial
  occurrences: number
}

/** A field as its length and text: unambiguous whatever the text holds. */
function part(v: string | null): string {
  return v === null ? '-|' : `${v.length}:${v}|`
}

/**
 * The fields that make two denials the same one: repeats within one log fold together. A denial
 * that names its action is known by what it states about the request: the same sentence printed
 * again without its code (an SDK's struct dump repeats the message alone) is the same failure.
 * A denial that names no action is known only by its message: its code, grammar, service and
 * operation then tell it apart (two phrases with no stated fields are two failures, not one).
 */
function keyOf(d: Denial, file: string | null, code: string | null): string {
  const unnamed = d.action === null
  return (
    part(file) +
    part(d.kind) +
    part(unnamed ? code : null) +
    part(d.action?.toLowerCase() ?? null) +
    part(d.principal) +
    part(d.resource) +
    part(d.layer) +
    part(d.deny) +
    part(d.policyArn) +
    part(d.encodedMessage) +
    part(unnamed ? d.operation : null) +
    part(unnamed ? d.grammar : null) +
    part(unnamed ? d.service : null)
  )
}

export class FindingCollector {
  /** Every key a finding is known by (a code-less one gains its code's key when it learns it). */
  private readonly byKey = new Map<string, Collected>()
  /** The first finding of each message whatever its code: where a code-less repeat folds. */
  private readonly byMessage = new Map<string, Collected>()
  private readonly order: Collected[] = []
  dropped = 0

  constructor(private readonly max: number) {}

  add(denial: Denial, file: string | null, line: number): void {
    this.fold({ ...denial, file, line }, 1)
  }

  /** Takes in what another collector found (a worker thread's), as if it had been added here. */
  merge(collected: Collected[], dropped: number): void {
    this.dropped += dropped
    for (const c of collected) this.fold(c.denial, c.occurrences)
  }

  /** In order of first appearance. */
  collected(): Collected[] {
    return [...this.order]
  }

  private fold(denial: LocatedDenial, occurrences: number): void {
    const key = keyOf(denial, denial.file, denial.code)
    const message = keyOf(denial, denial.file, null)
    let seen = this.byKey.get(key)
    // The same message with and without its code (printed once with it, once alone) is one.
    if (!seen && denial.action === null) {
      if (denial.code === null) {
        seen = this.byMessage.get(message)
      } else {
        const codeless = this.byKey.get(message)
        if (codeless && codeless.denial.code === null) {
          seen = codeless
          this.byKey.set(key, codeless)
        }
      }
    }
    if (seen) {
      seen.occurrences += occurrences
      seen.denial.code ??= denial.code
      return
    }
    if (this.order.length >= this.max) {
      this.dropped++
      return
    }
    const entry = { denial, occurrences }
    this.order.push(entry)
    this.byKey.set(key, entry)
    if (!this.byMessage.has(message)) this.byMessage.set(message, entry)
  }
}
