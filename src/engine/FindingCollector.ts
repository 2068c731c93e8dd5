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

/** The fields that make two denials the same one: repeats within one log fold together. */
function keyOf(d: Denial, file: string | null): string {
  return (
    part(file) +
    part(d.kind) +
    part(d.code) +
    part(d.action?.toLowerCase() ?? null) +
    part(d.principal) +
    part(d.resource) +
    part(d.layer) +
    part(d.deny) +
    part(d.policyArn) +
    part(d.encodedMessage) +
    part(d.grammar === 'bare-code' ? d.operation : null)
  )
}

/**
 * A copy whose strings no longer point into the scanner's record: V8 keeps a whole string alive
 * for any slice of it, so a kept finding would hold its record (up to ~100 KB). Only the distinct
 * findings kept pay for it.
 */
function detached(d: Denial): Denial {
  return JSON.parse(JSON.stringify(d)) as Denial
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
      return
    }
    if (this.byKey.size >= this.max) {
      this.dropped++
      return
    }
    this.byKey.set(key, { denial: { ...detached(denial), file, line }, occurrences: 1 })
  }

  /** Takes in what another collector found (a worker thread's), as if it had been added here. */
  merge(collected: Collected[], dropped: number): void {
    this.dropped += dropped
    for (const c of collected) {
      const key = keyOf(c.denial, c.denial.file)
      const seen = this.byKey.get(key)
      if (seen) seen.occurrences += c.occurrences
      else if (this.byKey.size >= this.max) this.dropped++
      else this.byKey.set(key, { denial: c.denial, occurrences: c.occurrences })
    }
  }

  /** In order of first appearance. */
  collected(): Collected[] {
    return [...this.byKey.values()]
  }
}
