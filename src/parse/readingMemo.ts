// A per-record budget of candidate readings, and cheap repeats past it (issue 16).
//
// Reading a candidate in full (is it quoted, a template, prose about an error; then settling it:
// the code, operation and service read from ~2.5 KiB around it) costs tens of microseconds. An
// ordinary record holds a handful of candidates (15 at most across the corpora), a record crafted
// from refusal phrases holds hundreds, mostly the same few phrases again. So a record reads its
// first EXACT_READINGS candidates in full, as it always did; past them, a candidate whose phrase
// (grammar, priority, matched text) was already read in this record takes that reading (its
// verdict, and once settled, the fields and span growth its settling found), and one with a new
// phrase is read in full while the record's length allows (NOVEL_READING_CHARS per reading).
// Past that, a candidate keeps its bare match, unsettled. Either way the record is budget-limited,
// and the caller is told (`ReadingTally`).
import type { Candidate } from './Candidate.js'
import type { Denial } from '../model/Denial.js'

/** Candidates a record reads in full before any is copied: more than any ordinary record holds. */
export const EXACT_READINGS = 64

/**
 * And this many more per line of the record: a run of 64 real refusal lines (an `aws s3 sync` that
 * lacks s3:PutObject, a Java SDK batch job) holds 2-4 candidates a line and stays exact; lines of
 * refusal phrases over and over hold 7-35.
 */
export const EXACT_READINGS_PER_LINE = 8

/** Past EXACT_READINGS, one more full reading of a new phrase per this many characters of record. */
export const NOVEL_READING_CHARS = 256

/** How a record's candidates were read (for the caller's stats and for tests that bound work). */
export interface ReadingTally {
  /** Read in full. */
  read: number
  /** Took the reading of an earlier candidate of the same phrase. */
  copied: number
  /** Kept their bare match: the record's budget was spent. */
  bare: number
}

/** What settling a phrase found, relative to where its match stood. */
interface Settled {
  grewBefore: number
  grewAfter: number
  denial: Denial
}

/** The first full reading of a phrase in this record. */
export interface Reading {
  /** Dropped by the checks (quoted, template, prose, foreign target). */
  dropped: boolean
  /** Null until some candidate of this phrase is settled. */
  settled: Settled | null
}

/** Tells `plan`'s caller to read the candidate in full. */
export const READ = 'read'
/** Tells `plan`'s caller to keep the bare match: the budget is spent. */
export const BARE = 'bare'

/**
 * Characters around a match that take part in its key. Settling reads much farther (a code, an
 * operation and a service up to ~2 KiB away), so a key is an approximation: the same phrase in
 * the same immediate surroundings, on one line. Without them, `AccessDenied` read as a bare code
 * in `AccessDenied: Access Denied` and in `(AccessDenied) when calling` shared one reading.
 */
export const KEY_BEFORE = 32
export const KEY_AFTER = 64

function keyOf(text: string, c: Candidate): string {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1
  let lineEnd = text.indexOf('\n', c.end)
  if (lineEnd === -1) lineEnd = text.length
  const from = Math.max(lineStart, c.start - KEY_BEFORE)
  const to = Math.min(lineEnd, Math.max(c.end, c.end + KEY_AFTER))
  return `${c.denial.grammar}\u0000${c.priority}\u0000${c.start - from}\u0000${c.end - c.start}\u0000${text.slice(from, to)}`
}

function copyDenial(d: Denial): Denial {
  return Object.assign({}, d, { detail: { ...d.detail } })
}

/**
 * Wraps c's settling so that, once it runs, what it found is kept for the phrase's later
 * candidates. Runs before any settling (parseRecord settles after every candidate is read), so
 * the snapshot is taken before a stronger rival borrows into the denial.
 */
function recordSettling(c: Candidate, reading: Reading): void {
  const start = c.start
  const end = c.end
  const own = c.settle
  const snapshot = () => {
    reading.settled ??= {
      grewBefore: start - c.start,
      grewAfter: c.end - end,
      denial: copyDenial(c.denial)
    }
  }
  if (!own) {
    snapshot()
    return
  }
  c.settle = () => {
    own()
    snapshot()
  }
}

export class ReadingMemo {
  readonly tally: ReadingTally = { read: 0, copied: 0, bare: 0 }
  /** Full readings allowed in all (exact ones included). */
  private readonly limit: number
  /** The readings so far, kept as a list until the budget is reached (most records never are). */
  private readonly early: { c: Candidate; dropped: boolean }[] = []
  private memo: Map<string, Reading> | null = null
  private pendingKey: string | null = null

  private readonly exact: number

  /** `exact`: the fixed part of the exact readings (EXACT_READINGS; Infinity reads all in full). */
  constructor(text: string, exact: number = EXACT_READINGS) {
    this.exact = exact + EXACT_READINGS_PER_LINE * lineCount(text)
    this.limit = this.exact + Math.floor(text.length / NOVEL_READING_CHARS)
  }

  /** READ (then call `learn`), a Reading to copy (`copyInto`), or BARE. */
  plan(text: string, c: Candidate): typeof READ | typeof BARE | Reading {
    if (this.tally.read < this.exact) return READ
    const memo = (this.memo ??= this.index(text))
    const key = keyOf(text, c)
    const reading = memo.get(key)
    if (reading) return reading
    if (this.tally.read < this.limit) {
      this.pendingKey = key
      return READ
    }
    return BARE
  }

  /** Records a full reading's verdict (call after `plan` returned READ). */
  learn(text: string, c: Candidate, dropped: boolean): void {
    this.tally.read++
    if (!this.memo) {
      this.early.push({ c, dropped })
      return
    }
    const key = this.pendingKey ?? keyOf(text, c)
    this.pendingKey = null
    if (this.memo.has(key)) return
    const reading: Reading = { dropped, settled: null }
    this.memo.set(key, reading)
    if (!dropped) recordSettling(c, reading)
  }

  /** Gives c the phrase's reading: settling it applies what the first settled one found. */
  copyInto(c: Candidate, reading: Reading): void {
    this.tally.copied++
    const own = c.settle
    c.settle = () => {
      const s = reading.settled
      if (s) {
        c.start -= s.grewBefore
        c.end += s.grewAfter
        Object.assign(c.denial, copyDenial(s.denial))
        return
      }
      // No candidate of this phrase was settled yet: this one is, once, for all the others.
      const start = c.start
      const end = c.end
      own?.()
      reading.settled = {
        grewBefore: start - c.start,
        grewAfter: c.end - end,
        denial: copyDenial(c.denial)
      }
    }
  }

  /** Keeps c's bare match (no checks, no settling). */
  bare(c: Candidate): void {
    this.tally.bare++
    c.settle = undefined
  }

  /** The phrases read so far, the first reading of each (built once the exact budget is spent). */
  private index(text: string): Map<string, Reading> {
    const memo = new Map<string, Reading>()
    for (const { c, dropped } of this.early) {
      const key = keyOf(text, c)
      if (memo.has(key)) continue
      const reading: Reading = { dropped, settled: null }
      memo.set(key, reading)
      if (!dropped) recordSettling(c, reading)
    }
    this.early.length = 0
    return memo
  }
}

function lineCount(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}
