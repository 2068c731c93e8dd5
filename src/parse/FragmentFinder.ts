// Finds the pre-filter's fixed fragments in raw bytes, fast. A regular expression with thirty
// alternatives reads a log at a few hundred MB/s in V8; this search reads it several times faster,
// and works on the bytes directly, without decoding a block into a string first.
//
// Each fragment is looked for through its rarest window of `m` bytes (`m` = the shortest
// fragment), judged by how common its letters are in ordinary text. A window holds `m - 2`
// three-byte groups, so probing the group at every (m - 2)th position meets every occurrence of
// every window exactly once. Probes do not depend on each other (a skip search's next jump waits
// on its last table look-up), so the processor overlaps them; one in a hundred or so lands on a
// group some window holds and is checked. On CI logs: 1.45x a pair-table skip search.
//
// The stride is set by the shortest probed fragment, so fragments shorter than PROBED_FROM are not
// probed but looked for with Node's own byte search, each from its rarest byte: one three-byte
// fragment (`= \``) made the pre-filter probe every byte, 5x slower on CI text (issue 16).

export interface Fragment {
  text: string
  /** A trigger (worth parsing) rather than a context fragment (worth remembering). */
  trigger: boolean
  /** Continuations that cancel the match (a negative look-ahead). */
  unless?: string[]
}

export interface FragmentHit {
  index: number
  end: number
  trigger: boolean
  /** Which fragment: its place in the list the finder was built from. */
  fragment: number
}

/** Letters from most to least common in English and log text; anything else counts as rare. */
const COMMON = ' etaoinsrhldcumfpgwybvkxjqz'

/** Byte → how common it is (the space 27, `z` 1, anything else 0), read in place. */
const COMMONNESS = new Uint8Array(256)
for (let i = 0; i < COMMON.length; i++) COMMONNESS[COMMON.charCodeAt(i)] = COMMON.length - i

/**
 * Fragments this long or longer are probed (a stride of 4 bytes); shorter ones are searched for
 * directly (see `Short`), unless every fragment is shorter.
 */
export const PROBED_FROM = 6

/** A fragment shorter than PROBED_FROM, searched for by the part from its rarest byte on. */
interface Short {
  k: number
  /** Where the searched part starts in the fragment. */
  anchor: number
  needle: Buffer
  /**
   * The last answer, for the buffer it was found in: the scanner asks for each hit after the last
   * in the same block, and a short fragment is rare, so most asks are answered from here.
   */
  buf: Uint8Array | null
  /** It was asked from `from`: the first start found at or after it, or -1. */
  from: number
  at: number
}

export class FragmentFinder {
  private readonly patterns: Uint8Array[]
  private readonly triggers: boolean[]
  private readonly unless: Uint8Array[][]
  /** Distance between probes: the number of three-byte groups in a window. */
  private readonly stride: number
  /** Longest distance from a fragment's start to its window's end. */
  private readonly reach: number
  /** Per fragment: where its window of the least common three-byte groups starts. */
  readonly windowStarts: Int32Array
  /** Hashed group → where its entries start in `entryK`/`entryDelta`; equal bounds = none. */
  private readonly firstEntry = new Int32Array(BUCKETS + 1)
  /** Hashed group → 1 when some window holds it: the one look-up most probes need. */
  private readonly hasEntries = new Uint8Array(BUCKETS)
  /** Per entry: the fragment, and how far before the group the fragment starts. */
  private readonly entryK: Int32Array
  private readonly entryDelta: Int32Array
  /** Fragments searched for directly, not probed (see PROBED_FROM). */
  private readonly shorts: Short[] = []

  constructor(fragments: Fragment[]) {
    this.patterns = fragments.map((f) => Buffer.from(f.text, 'latin1'))
    this.triggers = fragments.map((f) => f.trigger)
    this.unless = fragments.map((f) => (f.unless ?? []).map((u) => Buffer.from(u, 'latin1')))
    if (Math.min(...this.patterns.map((p) => p.length)) < 3)
      throw new Error('FragmentFinder: fragments must be at least 3 bytes long')
    const long = this.patterns.filter((p) => p.length >= PROBED_FROM)
    const m = Math.min(...(long.length > 0 ? long : this.patterns).map((p) => p.length))
    this.stride = m - 2
    const byBucket = new Map<number, { k: number; delta: number }[]>()
    let reach = 0
    // Every fragment's window and groups in this one loop, with no call per fragment or per
    // group: building the two finders is start-up work, and a function called that often gets
    // hot enough for V8's optimising compiler, whose first use is ~4 MiB of a 1 KB log's peak
    // memory (issue 16). The hash is `bucketOf`'s (the property tests hold the finder to the
    // regular expression, and each window to a sum over every window).
    const c = COMMONNESS
    const groups = m - 2
    this.windowStarts = new Int32Array(this.patterns.length)
    for (let k = 0; k < this.patterns.length; k++) {
      const p = this.patterns[k]!
      if (p.length < m) {
        this.windowStarts[k] = -1
        this.shorts.push(shortOf(k, p))
        continue
      }
      // The window of the lowest sum of its groups' costs, the first on a tie; the sum slides.
      let sum = 0
      for (let j = 0; j < groups; j++) sum += c[p[j]!]! * c[p[j + 1]!]! * c[p[j + 2]!]!
      let best = 0
      let bestCost = sum
      for (let o = 1; o + m <= p.length; o++) {
        const a = o + groups - 1
        sum += c[p[a]!]! * c[p[a + 1]!]! * c[p[a + 2]!]! - c[p[o - 1]!]! * c[p[o]!]! * c[p[o + 1]!]!
        if (sum < bestCost) {
          bestCost = sum
          best = o
        }
      }
      this.windowStarts[k] = best
      reach = Math.max(reach, best + m)
      for (let j = best; j < best + groups; j++) {
        const group = (p[j]! << 16) | (p[j + 1]! << 8) | p[j + 2]!
        const bucket = Math.imul(group, 0x9e3779b1) >>> (32 - BUCKET_BITS)
        const list = byBucket.get(bucket) ?? []
        list.push({ k, delta: j })
        byBucket.set(bucket, list)
      }
    }
    this.reach = reach
    const total = [...byBucket.values()].reduce((n, l) => n + l.length, 0)
    this.entryK = new Int32Array(total)
    this.entryDelta = new Int32Array(total)
    // Only buckets with entries are visited (a few hundred of 64 Ki): a loop over every bucket
    // made 3 MiB of garbage per finder, paid by every run before it read a byte. A probe reads
    // first[b] and first[b + 1] only for a bucket b that has entries, so those are all set.
    let at = 0
    for (const bucket of [...byBucket.keys()].sort((a, b) => a - b)) {
      this.firstEntry[bucket] = at
      this.hasEntries[bucket] = 1
      for (const { k, delta } of byBucket.get(bucket)!) {
        this.entryK[at] = k
        this.entryDelta[at] = delta
        at++
      }
      this.firstEntry[bucket + 1] = at
    }
  }

  /**
   * The leftmost fragment starting at or after `from` (ties go to the earlier fragment in the
   * list, as in a regular-expression alternation), or null. A buffer's bytes must not change
   * between calls that pass it (short fragments' answers are kept per buffer, see `Short`).
   */
  find(buf: Uint8Array, from: number): FragmentHit | null {
    const first = this.firstEntry
    const n = buf.length
    let bestAt = -1
    let bestK = 0
    // Probes meet windows in order of their position, but a fragment whose window lies further
    // in may start earlier: once a match is found, probe on until no earlier start is possible.
    // Hot loop: the `!`s read typed-array offsets that the constructor built for every bucket and
    // entry (first[] has one more slot than there are buckets), so they are always in range.
    let limit = n - 2
    const { hasEntries: has, entryK, entryDelta, stride } = this
    for (let p = from; p < limit; p += stride) {
      const bucket = bucketOf(buf, p)
      if (has[bucket] === 0) continue
      const end = first[bucket + 1]!
      for (let e = first[bucket]!; e < end; e++) {
        const k = entryK[e]!
        const start = p - entryDelta[e]!
        if (start < from) continue
        if (bestAt !== -1 && (start > bestAt || (start === bestAt && k > bestK))) continue
        if (!this.matches(buf, start, k)) continue
        bestAt = start
        bestK = k
        limit = Math.min(n - 2, start + this.reach - 2)
      }
    }
    for (const sh of this.shorts) {
      const at = this.shortAt(buf, sh, from)
      if (at !== -1 && (bestAt === -1 || at < bestAt || (at === bestAt && sh.k < bestK))) {
        bestAt = at
        bestK = sh.k
      }
    }
    if (bestAt === -1) return null
    return {
      index: bestAt,
      end: bestAt + this.patterns[bestK]!.length,
      trigger: this.triggers[bestK]!,
      fragment: bestK
    }
  }

  /** Drops the answers kept per buffer (see `Short`), so the last buffer searched can be freed. */
  forget(): void {
    for (const sh of this.shorts) sh.buf = null
  }

  /**
   * Marks `marks[k] = stamp` for every fragment k that occurs anywhere in `buf[0, end)`, in one
   * pass (no allocation: this runs once per parsed record). Continuations that cancel a match
   * (`unless`) are ignored: this answers "could an expression match here?".
   */
  mark(buf: Uint8Array, end: number, marks: Uint32Array, stamp: number): void {
    const first = this.firstEntry
    const limit = Math.min(end, buf.length) - 2
    const { hasEntries: has, entryK, entryDelta, stride } = this
    for (let p = 0; p < limit; p += stride) {
      const bucket = bucketOf(buf, p)
      if (has[bucket] === 0) continue
      const last = first[bucket + 1]!
      for (let e = first[bucket]!; e < last; e++) {
        const k = entryK[e]!
        if (matchesAt(buf, p - entryDelta[e]!, this.patterns[k]!, end)) marks[k] = stamp
      }
    }
    for (const sh of this.shorts) {
      const p = this.patterns[sh.k]!
      const view = asBuffer(buf).subarray(0, Math.min(end, buf.length))
      for (
        let i = view.indexOf(sh.needle, sh.anchor);
        i !== -1;
        i = view.indexOf(sh.needle, i + 1)
      ) {
        if (matchesAt(view, i - sh.anchor, p)) {
          marks[sh.k] = stamp
          break
        }
      }
    }
  }

  /**
   * The leftmost start at or after `from` of the short fragment, not cancelled by its `unless`,
   * or -1, answered from the last search of the same buffer when it can be. The search runs to
   * the end of the buffer, not to the caller's bound: a bounded answer could not serve the next
   * line's ask, and each ask made a view of the buffer (an allocation per line and fragment).
   * Each search starts at or after the last one's start, so a block costs one pass per fragment.
   */
  private shortAt(buf: Uint8Array, sh: Short, from: number): number {
    if (sh.buf === buf && from >= sh.from && (sh.at === -1 || sh.at >= from)) return sh.at
    const at = this.searchShort(buf, sh, from)
    sh.buf = buf
    sh.from = from
    sh.at = at
    return at
  }

  private searchShort(buf: Uint8Array, sh: Short, from: number): number {
    const view = asBuffer(buf)
    for (
      let i = view.indexOf(sh.needle, from + sh.anchor);
      i !== -1;
      i = view.indexOf(sh.needle, i + 1)
    ) {
      const start = i - sh.anchor
      if (this.matches(buf, start, sh.k)) return start
    }
    return -1
  }

  private matches(buf: Uint8Array, start: number, k: number): boolean {
    const p = this.patterns[k]!
    if (!matchesAt(buf, start, p)) return false
    return !this.unless[k]!.some((u) => matchesAt(buf, start + p.length, u))
  }
}

/** The short fragment's search: from its rarest byte (the first of the rarest) to its end. */
function shortOf(k: number, p: Uint8Array): Short {
  let anchor = 0
  for (let j = 1; j < p.length; j++) if (COMMONNESS[p[j]!]! < COMMONNESS[p[anchor]!]!) anchor = j
  return { k, anchor, needle: asBuffer(p).subarray(anchor), buf: null, from: 0, at: -1 }
}

function asBuffer(buf: Uint8Array): Buffer {
  return Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
}

const BUCKET_BITS = 16
const BUCKETS = 1 << BUCKET_BITS

/** The three bytes at `at`, hashed (Fibonacci hashing) into a 64 Ki-entry table. */
function bucketOf(buf: Uint8Array, at: number): number {
  const group = (buf[at]! << 16) | (buf[at + 1]! << 8) | buf[at + 2]!
  return Math.imul(group, 0x9e3779b1) >>> (32 - BUCKET_BITS)
}

function matchesAt(buf: Uint8Array, at: number, p: Uint8Array, end = buf.length): boolean {
  if (at < 0 || at + p.length > end) return false
  let j = 0
  while (j < p.length && buf[at + j] === p[j]) j++
  return j === p.length
}
