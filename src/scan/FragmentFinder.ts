// Finds the pre-filter's fixed fragments in raw bytes, fast. A regular expression with thirty
// alternatives reads a log at a few hundred MB/s in V8; this multi-pattern skip search (Wu-Manber:
// a table of how far each pair of bytes lets the search jump) reads several times faster, and
// works on the bytes directly, without decoding a block into a string first.
//
// Each fragment is looked for through its rarest window of `m` bytes (`m` = the shortest
// fragment), judged by how common its letters are in ordinary text: common pairs such as `en`
// or `re` in the table would make most of the log jump by one byte only.

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
}

/** Letters from most to least common in English and log text; anything else counts as rare. */
const COMMON = ' etaoinsrhldcumfpgwybvkxjqz'

function commonness(byte: number): number {
  const i = COMMON.indexOf(String.fromCharCode(byte))
  return i === -1 ? 0 : COMMON.length - i
}

interface Window {
  /** Fragment index. */
  k: number
  /** Where the window starts inside the fragment. */
  offset: number
}

export class FragmentFinder {
  private readonly patterns: Uint8Array[]
  private readonly triggers: boolean[]
  private readonly unless: Uint8Array[][]
  /** Shortest fragment: the window every jump is computed over. */
  private readonly m: number
  /** Longest distance from a fragment's start to its window's end. */
  private readonly reach: number
  /** Pair of bytes → how far the window may jump when it ends with that pair. */
  private readonly shift = new Uint8Array(65536)
  /** Pair of bytes ending some fragment's window → those windows. */
  private readonly candidates = new Map<number, Window[]>()

  constructor(fragments: Fragment[]) {
    this.patterns = fragments.map((f) => Buffer.from(f.text, 'latin1'))
    this.triggers = fragments.map((f) => f.trigger)
    this.unless = fragments.map((f) => (f.unless ?? []).map((u) => Buffer.from(u, 'latin1')))
    const m = Math.min(...this.patterns.map((p) => p.length))
    if (m < 2) throw new Error('FragmentFinder: fragments must be at least 2 bytes long')
    this.m = m
    this.shift.fill(m - 1)
    let reach = 0
    this.patterns.forEach((p, k) => {
      const offset = rarestWindow(p, m)
      reach = Math.max(reach, offset + m)
      for (let j = 0; j + 1 < m; j++) {
        const pair = (p[offset + j]! << 8) | p[offset + j + 1]!
        this.shift[pair] = Math.min(this.shift[pair]!, m - 2 - j)
      }
      const last = (p[offset + m - 2]! << 8) | p[offset + m - 1]!
      const list = this.candidates.get(last) ?? []
      list.push({ k, offset })
      this.candidates.set(last, list)
    })
    this.reach = reach
  }

  /**
   * The leftmost fragment starting at or after `from` (ties go to the earlier fragment in the
   * list, as in a regular-expression alternation), or null.
   */
  find(buf: Uint8Array, from: number): FragmentHit | null {
    const m = this.m
    const n = buf.length
    let best: FragmentHit | null = null
    let bestK = 0
    // Windows end in increasing order, but fragments whose window lies further in may start
    // earlier: once a match is found, look on until no earlier start is possible.
    let limit = n
    for (let pos = from + m - 1; pos < limit; pos++) {
      pos = skip(this.shift, buf, pos, limit)
      if (pos >= limit) break
      const windowStart = pos - m + 1
      for (const { k, offset } of this.candidates.get((buf[pos - 1]! << 8) | buf[pos]!)!) {
        const start = windowStart - offset
        if (start < from) continue
        if (best && (start > best.index || (start === best.index && k > bestK))) continue
        const p = this.patterns[k]!
        if (!matchesAt(buf, start, p)) continue
        if (this.unless[k]!.some((u) => matchesAt(buf, start + p.length, u))) continue
        best = { index: start, end: start + p.length, trigger: this.triggers[k]! }
        bestK = k
        limit = Math.min(n, start + this.reach)
      }
    }
    return best
  }
}

/** Where the fragment's window of `m` bytes made of the least common pairs starts. */
function rarestWindow(p: Uint8Array, m: number): number {
  let best = 0
  let bestCost = Infinity
  for (let o = 0; o + m <= p.length; o++) {
    let cost = 0
    for (let j = o; j + 1 < o + m; j++) cost += commonness(p[j]!) * commonness(p[j + 1]!)
    if (cost < bestCost) {
      bestCost = cost
      best = o
    }
  }
  return best
}

function matchesAt(buf: Uint8Array, at: number, p: Uint8Array): boolean {
  if (at < 0 || at + p.length > buf.length) return false
  let j = 0
  while (j < p.length && buf[at + j] === p[j]) j++
  return j === p.length
}

/** The first window end at or after `pos` whose last two bytes may end a fragment's window. */
function skip(shift: Uint8Array, buf: Uint8Array, pos: number, limit: number): number {
  while (pos < limit) {
    const s = shift[(buf[pos - 1]! << 8) | buf[pos]!]!
    if (s === 0) return pos
    pos += s
  }
  return pos
}
