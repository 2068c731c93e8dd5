// Folds repeated denials (retries, the same error printed twice) into one finding each.
import type { Denial, LocatedDenial } from '../model/Denial.js'
import type { LogContext, UrlSpread } from '../model/Inferred.js'
import { s3UrlOf, spreadWith } from '../infer/urlSpread.js'

export interface Collected {
  denial: LocatedDenial
  occurrences: number
  /** What the log showed around the first occurrence (src/infer reads it). */
  context?: LogContext
  /** The S3 URLs the occurrences' lines named, folded (they differ per key: not part of the key). */
  spread?: UrlSpread | null
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

/**
 * A copy whose strings no longer point into the scanner's record: V8 keeps a whole string alive
 * for any slice of it, so a kept finding would hold its record (up to ~100 KB). Only the distinct
 * findings kept pay for it.
 */
function detached<T>(d: T): T {
  return JSON.parse(JSON.stringify(d)) as T
}

/** A spread's strings are slices of the record too; commonPrefix keeps slices of `first`. */
function detachedSpread(s: UrlSpread): UrlSpread {
  return { first: detached(s.first), common: detached(s.common), count: s.count }
}

/**
 * What kind of failure a denial is, coarser than its key: a cap drops repeats of one shape (3,000
 * similar denials), never the only credentials problem or the only explicit deny of a log.
 */
function shapeOf(d: Denial): string {
  return [d.kind, d.grammar, d.detail.cause, d.code, d.layer, d.deny].map((v) => v ?? '').join('|')
}

/** Findings of a shape not yet kept are kept past the cap, up to this many. */
const MAX_BEYOND_CAP = 100
/** Distinct dropped findings remembered (as hashes) to count them exactly; past this, estimated. */
const MAX_DROPPED_REMEMBERED = 200_000

/** A 52-bit hash of a string (two FNV-1a rounds): distinct keys collide about once in 10^15. */
function hash52(s: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

export class FindingCollector {
  /** Every key a finding is known by (a code-less one gains its code's key when it learns it). */
  private readonly byKey = new Map<string, Collected>()
  /** The first finding of each message whatever its code: where a code-less repeat folds. */
  private readonly byMessage = new Map<string, Collected>()
  private readonly order: Collected[] = []
  private readonly shapes = new Set<string>()
  private beyondCap = 0
  private readonly droppedKeys = new Set<number>()
  /** Distinct findings counted but not kept. */
  dropped = 0

  constructor(private readonly max: number) {}

  add(denial: Denial, file: string | null, line: number, context?: LogContext): void {
    const url = context ? s3UrlOf(context.line, denial.operation) : null
    this.fold({ ...denial, file, line }, 1, true, context, url ? spreadWith(null, url) : null)
  }

  /** Takes in what another collector found (a worker thread's), as if it had been added here. */
  merge(collected: Collected[], dropped: number): void {
    this.dropped += dropped
    for (const c of collected) this.fold(c.denial, c.occurrences, false, c.context, c.spread)
  }

  /** In order of first appearance. */
  collected(): Collected[] {
    return [...this.order]
  }

  private fold(
    denial: LocatedDenial,
    occurrences: number,
    copy = false,
    context?: LogContext,
    spread: UrlSpread | null = null
  ): void {
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
      // The common prefix slices the kept (detached) spread: only a first URL needs a copy.
      if (spread)
        seen.spread = seen.spread
          ? spreadWith(seen.spread, spread)
          : copy
            ? detachedSpread(spread)
            : spread
      return
    }
    if (!this.admit(denial, key)) return
    const entry: Collected = {
      denial: copy ? detached(denial) : denial,
      occurrences,
      context: context && copy ? detached(context) : context,
      spread: spread && copy ? detachedSpread(spread) : spread
    }
    this.order.push(entry)
    this.byKey.set(key, entry)
    if (!this.byMessage.has(message)) this.byMessage.set(message, entry)
  }

  /** Whether a new distinct finding is kept; one that is not is counted once in `dropped`. */
  private admit(d: Denial, key: string): boolean {
    const shape = shapeOf(d)
    if (this.order.length < this.max) {
      this.shapes.add(shape)
      return true
    }
    if (!this.shapes.has(shape) && this.beyondCap < MAX_BEYOND_CAP) {
      this.shapes.add(shape)
      this.beyondCap++
      return true
    }
    const h = hash52(key)
    if (this.droppedKeys.has(h)) return false
    if (this.droppedKeys.size < MAX_DROPPED_REMEMBERED) this.droppedKeys.add(h)
    this.dropped++
    return false
  }
}
