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
function keyOf(d: Denial, file: string | null): string {
  const unnamed = d.action === null
  return (
    part(file) +
    part(d.kind) +
    part(unnamed ? d.code : null) +
    part(d.action?.toLowerCase() ?? null) +
    part(d.principal) +
    part(d.resource) +
    part(d.layer) +
    part(d.deny) +
    part(d.policyArn) +
    part(d.encodedMessage) +
    part(unnamed || d.grammar === 'bare-code' ? d.operation : null) +
    part(unnamed ? d.grammar : null) +
    part(unnamed ? d.service : null)
  )
}

export class FindingCollector {
  private readonly byKey = new Map<string, Collected>()
  dropped = 0

  constructor(private readonly max: number) {}

  add(denial: Denial, file: string | null, line: number): void {
    const key = keyOf(denial, file)
    const seen = this.byKey.get(key)
    if (seen) {
      seen.occurrences++
      seen.denial.code ??= denial.code
      return
    }
    if (this.byKey.size >= this.max) {
      this.dropped++
      return
    }
    this.byKey.set(key, { denial: { ...denial, file, line }, occurrences: 1 })
  }

  /** Takes in what another collector found (a worker thread's), as if it had been added here. */
  merge(collected: Collected[], dropped: number): void {
    this.dropped += dropped
    for (const c of collected) {
      const key = keyOf(c.denial, c.denial.file)
      const seen = this.byKey.get(key)
      if (seen) {
        seen.occurrences += c.occurrences
        seen.denial.code ??= c.denial.code
      } else if (this.byKey.size >= this.max) this.dropped++
      else this.byKey.set(key, { denial: c.denial, occurrences: c.occurrences })
    }
  }

  /** In order of first appearance. */
  collected(): Collected[] {
    return [...this.byKey.values()]
  }
}
