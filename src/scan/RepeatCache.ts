// Remembers what the grammars made of a line, by the shape of the line and its neighbours, so
// that a message printed again (an `aws s3 sync` refusing every file, a retry loop) is counted
// without being parsed again. Only new shapes pay for the grammars.
//
// A result is reused only when reusing it cannot change a finding:
// - the window (the line and the neighbours a parse reads) has the same shapes, and the same
//   scan context (ECR registry, EKS, S3-compatible service);
// - every varying part that a field of the result could have come from is equal (the others,
//   such as the key of each synced file, may differ);
// - the result's candidates each lay within the line (nothing read across lines);
// - the first reuse of each result is checked: that line is parsed after all and must give the
//   same findings, or the window's shapes are never reused again.
import type { Denial } from '../model/Denial.js'
import { identityOf, identityValues } from '../model/denialIdentity.js'
import { partOf, partsFeeding } from './lineShape.js'
import type { LineShape } from './lineShape.js'

/** Windows remembered; past this the cache starts again (memory stays bounded). */
const MAX_WINDOWS = 2048
const MAX_RESULTS_PER_WINDOW = 256
/** Window keys seen once and not learnt (see `learnOnRepeat`); past this the set starts again. */
const MAX_SIGHTINGS = 16384

interface Result {
  /** The used parts' texts (see `WindowEntry.used`), compared on a hit: hashes may collide. */
  values: string[]
  denials: Denial[]
  identity: string
  verified: boolean
}

interface WindowEntry {
  /** What the entry's key was hashed from, compared on every hit (hashes may collide). */
  centre: number
  context: string
  hashes: number[]
  /** For each line of the window, the varying parts a result may have read. */
  used: number[][]
  /** By a 52-bit hash of the used parts' texts (see `valuesHash`). */
  results: Map<number, Result>
  /** A reuse gave other findings than a parse: this window shape is always parsed. */
  poisoned: boolean
}

/** What a lookup found: reuse `denials`, or parse and `check` (first reuse), or parse and `learn`. */
export type Lookup =
  | { kind: 'reuse'; denials: Denial[] }
  | { kind: 'check'; check: (denials: Denial[]) => void }
  | { kind: 'miss'; learn: ((denials: Denial[]) => void) | null }

function identities(denials: Denial[]): string {
  return denials.map(identityOf).join('\n')
}

/** The two hashes entries are found by. Hashes may collide: a hit is always compared in full. */
export interface RepeatHashes {
  window: (shapes: readonly LineShape[], centre: number, context: string) => number
  values: (shapes: readonly LineShape[], used: number[][]) => number
}

export class RepeatCache {
  /** By a 52-bit hash of the window (see `windowKey`): one number, no string built per line. */
  private readonly windows = new Map<number, WindowEntry>()

  /** Keys of windows seen once, not learnt yet. */
  private readonly sightings = new Set<number>()
  /** Shapes of the centre lines seen (see `seenCentre`). */
  private readonly centres = new Set<number>()

  /**
   * `hashing` only for tests: colliding ones show that a collision never reuses a result.
   * `learnOnRepeat`: a window is learnt the second time its key is seen, not the first. On a log
   * where refusals stand among noise (one line in 50), no window repeats, and learning each one
   * (the values of every finding matched against every part of twelve lines) cost a fifth of the
   * parse; an every-line log pays one more parse per shape.
   */
  constructor(
    private readonly hashing: RepeatHashes = { window: windowKey, values: valuesHash },
    private readonly learnOnRepeat = false
  ) {}

  /**
   * Whether a line of this shape (its `LineShape.hash`) was a window's centre before; notes it.
   * A window's key holds its centre's shape, so a centre never seen has no cached window: the
   * caller skips shaping the neighbours. Always true without `learnOnRepeat`.
   */
  seenCentre(hash: number): boolean {
    if (!this.learnOnRepeat || this.centres.has(hash)) return true
    if (this.centres.size >= MAX_SIGHTINGS) this.centres.clear()
    this.centres.add(hash)
    return false
  }

  /**
   * The cached result for the line at `centre` of `shapes` (its window, in order), or how to
   * learn one. `context` names what else the parse reads (the scanner's context).
   */
  lookup(shapes: readonly LineShape[], centre: number, context: string): Lookup {
    const key = this.hashing.window(shapes, centre, context)
    const entry = this.windows.get(key)
    if (entry && !sameWindow(entry, shapes, centre, context)) return { kind: 'miss', learn: null }
    if (entry?.poisoned) return { kind: 'miss', learn: null }
    const candidate = entry?.results.get(this.hashing.values(shapes, entry.used))
    const found = candidate && sameValues(shapes, entry!.used, candidate.values) ? candidate : null
    if (!entry && this.learnOnRepeat && !this.sightings.has(key)) {
      if (this.sightings.size >= MAX_SIGHTINGS) this.sightings.clear()
      this.sightings.add(key)
      return { kind: 'miss', learn: null }
    }
    if (found?.verified) return { kind: 'reuse', denials: found.denials }
    if (found) {
      return {
        kind: 'check',
        check: (denials) => {
          if (identities(denials) === found.identity) found.verified = true
          else entry!.poisoned = true
        }
      }
    }
    return {
      kind: 'miss',
      learn: (denials) => this.learn(key, shapes, centre, context, denials)
    }
  }

  private learn(
    key: number,
    shapes: readonly LineShape[],
    centre: number,
    context: string,
    denials: Denial[]
  ): void {
    const values = denials.flatMap(identityValues)
    const used = shapes.map((s) => partsFeeding(s, values))
    let entry = this.windows.get(key)
    if (entry && !sameUse(entry.used, used)) {
      // A result read other parts than the earlier ones: key them all by the union of both.
      entry.used = entry.used.map((u, k) => [...new Set([...u, ...used[k]!])].sort((a, b) => a - b))
      entry.results.clear()
    }
    if (!entry) {
      if (this.windows.size >= MAX_WINDOWS) this.windows.clear()
      const hashes = shapes.map((sh) => sh.hash)
      entry = { centre, context, hashes, used, results: new Map(), poisoned: false }
      this.windows.set(key, entry)
    }
    if (entry.results.size >= MAX_RESULTS_PER_WINDOW) entry.results.clear()
    entry.results.set(this.hashing.values(shapes, entry.used), {
      values: entry.used.flatMap((indices, k) => indices.map((i) => partOf(shapes[k]!, i))),
      denials,
      identity: identities(denials),
      verified: false
    })
  }
}

/** A 52-bit hash of the window: its shapes' hashes, the centre and the context. */
function windowKey(shapes: readonly LineShape[], centre: number, context: string): number {
  let a = Math.imul(0x811c9dc5 ^ centre, 0x01000193)
  let b = Math.imul(0x01000193 ^ centre, 0x5bd1e995)
  for (let i = 0; i < context.length; i++) {
    a = Math.imul(a ^ context.charCodeAt(i), 0x01000193)
    b = Math.imul(b ^ context.charCodeAt(i), 0x5bd1e995)
  }
  for (const s of shapes) {
    // Both halves of the shape's hash (it holds 52 bits: more than one 32-bit word).
    const lo = s.hash % 0x100000000
    const hi = Math.floor(s.hash / 0x100000000)
    a = Math.imul(Math.imul(a ^ lo, 0x01000193) ^ hi, 0x01000193)
    b = Math.imul(Math.imul(b ^ hi, 0x5bd1e995) ^ lo, 0x5bd1e995)
    a ^= a >>> 15
    b ^= b >>> 13
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

function sameWindow(
  e: WindowEntry,
  shapes: readonly LineShape[],
  centre: number,
  context: string
): boolean {
  if (e.centre !== centre || e.context !== context || e.hashes.length !== shapes.length)
    return false
  for (let i = 0; i < shapes.length; i++) if (e.hashes[i] !== shapes[i]!.hash) return false
  return true
}

function sameUse(a: number[][], b: number[][]): boolean {
  return a.every((u, k) => b[k]!.every((i) => u.includes(i)))
}

/**
 * A 52-bit hash of the window's used parts, read in place: a lookup runs for every line of an
 * every-line log, and building the parts into a string key made garbage of each.
 */
function valuesHash(shapes: readonly LineShape[], used: number[][]): number {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let k = 0; k < used.length; k++) {
    const s = shapes[k]!
    for (const i of used[k]!) {
      const end = s.bounds[2 * i + 1]!
      for (let j = s.bounds[2 * i]!; j < end; j++) {
        const c = s.text.charCodeAt(j)
        a = Math.imul(a ^ c, 0x01000193)
        b = Math.imul(b ^ c, 0x5bd1e995)
      }
      // Ends each part, so that parts `ab`,`c` and `a`,`bc` differ.
      a = Math.imul(a ^ 0x10000, 0x01000193)
      b = Math.imul(b ^ 0x10000, 0x5bd1e995)
    }
    a = Math.imul(a ^ 0x10001, 0x01000193)
    b = Math.imul(b ^ 0x10001, 0x5bd1e995)
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

/** Whether the window's used parts are `values`, compared in place. */
function sameValues(shapes: readonly LineShape[], used: number[][], values: string[]): boolean {
  let n = 0
  for (let k = 0; k < used.length; k++) {
    const s = shapes[k]!
    for (const i of used[k]!) {
      const v = values[n++]
      const start = s.bounds[2 * i]!
      if (v === undefined || s.bounds[2 * i + 1]! - start !== v.length) return false
      if (!s.text.startsWith(v, start)) return false
    }
  }
  return n === values.length
}
