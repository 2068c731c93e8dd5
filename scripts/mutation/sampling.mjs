// The sampled mutation score (npm run mutate:sample; docs/mutation.md, "Score over the core (sampled)").
// A full run over the core takes hours per folder on a shared machine, so the score is estimated from a
// seeded random sample of mutant positions. A position (a file and the span of one syntax node) is the
// sampling unit: every mutant Stryker makes at that span is tested, so the sample is a cluster sample
// and the score is a ratio estimate with a cluster-sample interval.
import fs from 'node:fs'
import path from 'node:path'

/** Stryker's locations are 0-based lines and columns; Babel's (the ignorer sees them) 1-based lines. */
export const spanKey = (file, loc) =>
  `${file}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`

/**
 * A seeded generator of uniform floats in [0, 1) (mulberry32: 32-bit state, enough to shuffle a few
 * thousand positions reproducibly; the seed, not the quality of the stream, is what matters here).
 */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A uniform sample without replacement of `size` items, in a fixed order for a given seed. */
export function drawSample(items, size, seed) {
  const random = seededRandom(seed)
  const pool = [...items]
  const n = Math.min(size, pool.length)
  // Partial Fisher-Yates: the first n slots are a uniform sample.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j], pool[i]]
  }
  return pool.slice(0, n)
}

/** Groups Stryker's mutants by position: one entry per file and span, with its mutants. */
export function positionsOf(mutants) {
  const byKey = new Map()
  for (const m of mutants) {
    const key = spanKey(m.fileName, m.location)
    const at = byKey.get(key) ?? { file: m.fileName, location: m.location, mutants: [] }
    at.mutants.push({ mutatorName: m.mutatorName, replacement: m.replacement })
    byKey.set(key, at)
  }
  const order = (a, b) =>
    a.file.localeCompare(b.file) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    a.location.end.line - b.location.end.line ||
    a.location.end.column - b.location.end.column
  return [...byKey.values()].sort(order)
}

/**
 * Stryker's mutants in the order of the draw: Stryker tests them in the order its instrumenter lists
 * them, file by file, so a run stopped midway had reached only the first files. The draw is a random
 * order, and its first k positions are the seed's sample of size k; tested in that order, the positions
 * a stopped run reached are a uniform sample too. A mutant at a span that was not drawn (tested only
 * because a drawn span lies inside its node) goes last; otherwise the instrumenter's order is kept.
 * `relative` maps the instrumenter's file names to the sample's.
 */
export function inDrawOrder(mutants, drawn, relative = (f) => f) {
  const rank = new Map(drawn.map((p, i) => [spanKey(p.file, p.location), i]))
  return mutants
    .map((m, i) => ({
      m,
      i,
      r: rank.get(spanKey(relative(m.fileName), m.location)) ?? drawn.length
    }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ m }) => m)
}

/**
 * Makes an instrumenter class list its mutants in the order of the draw (see inDrawOrder). Stryker has
 * no option for the order, so a sampled run wraps `instrument` from its plugin module, which Stryker
 * loads before it instruments. Throws when no mutant lies at a drawn position: the names did not match,
 * and the run would silently go file by file.
 */
export function orderAsDrawn(InstrumenterClass, drawn, relative = (f) => f) {
  const original = InstrumenterClass.prototype.instrument
  if (original.asDrawn) return
  const instrument = async function (...args) {
    const result = await original.apply(this, args)
    const mutants = inDrawOrder(result.mutants, drawn, relative)
    const keys = new Set(drawn.map((p) => spanKey(p.file, p.location)))
    if (drawn.length && !mutants.some((m) => keys.has(spanKey(relative(m.fileName), m.location)))) {
      throw new Error('sampled run: no mutant lies at a drawn position (file names do not match)')
    }
    return { ...result, mutants }
  }
  instrument.asDrawn = true
  InstrumenterClass.prototype.instrument = instrument
}

/** The `--mutate` range that selects a position: 1-based lines, 0-based columns. */
export const mutateRange = ({ file, location: { start, end } }) =>
  `${file}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`

const within = (outer, inner) =>
  (outer.start.line < inner.start.line ||
    (outer.start.line === inner.start.line && outer.start.column <= inner.start.column)) &&
  (outer.end.line > inner.end.line ||
    (outer.end.line === inner.end.line && outer.end.column >= inner.end.column))

/**
 * Decides, for a syntax node inside a drawn range, whether its mutants stay out of the run. A range
 * selects a node and everything inside it; only the drawn span itself is wanted, so any other node
 * is left out unless a drawn span lies inside it (leaving it out would leave that one out too). The
 * ignorer does not know the file, so spans are compared across all files: a coincidence keeps a
 * node in (tested, then not counted), never leaves a drawn one out.
 * @param drawn locations in Babel's numbering (1-based lines)
 */
export function sampleIgnorer(drawn) {
  const keys = new Set(drawn.map((loc) => spanKey('', loc)))
  return (loc) => {
    if (!loc || keys.has(spanKey('', loc))) return false
    return !drawn.some((d) => within(loc, d))
  }
}

/** Shifts a Stryker location (0-based lines) to Babel's numbering. */
export const toBabel = ({ start, end }) => ({
  start: { line: start.line + 1, column: start.column },
  end: { line: end.line + 1, column: end.column }
})

/**
 * Ratio estimate of the score from a cluster sample: clusters[i] = { detected, valid } for the i-th
 * drawn position (valid = detected + undetected; static, ignored and erroring mutants count in
 * neither, as in Stryker's score). `population` is the number of positions drawn from.
 * Variance by linearization with the finite-population correction; 95 % normal interval.
 */
export function clusterEstimate(clusters, population) {
  const n = clusters.length
  const y = clusters.reduce((s, c) => s + c.detected, 0)
  const x = clusters.reduce((s, c) => s + c.valid, 0)
  if (n < 2 || x === 0) return { score: x ? y / x : NaN, low: NaN, high: NaN, se: NaN, n, y, x }
  const r = y / x
  const meanX = x / n
  const residuals = clusters.reduce((s, c) => s + (c.detected - r * c.valid) ** 2, 0) / (n - 1)
  const fpc = population ? 1 - n / population : 1
  const se = Math.sqrt((fpc * residuals) / (n * meanX * meanX))
  const z = 1.959964
  return {
    score: r,
    se,
    low: Math.max(0, r - z * se),
    high: Math.min(1, r + z * se),
    n,
    y,
    x
  }
}

/** Counts of a run's results: Stryker's statuses, anything else (errors) as `other`. */
export const noCounts = () => ({
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  ignored: 0,
  other: 0
})
const COUNTED = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  Ignored: 'ignored' // static: see ignoreStatic in stryker.config.mjs
}
/** Adds one mutant's status to its row of counts. */
export function countStatus(row, status) {
  row[Object.hasOwn(COUNTED, status) ? COUNTED[status] : 'other']++
  return row
}

/** The event recorder's results, one file per tested mutant, in the order of their file names. */
export function testedMutants(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('-onMutantTested.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
}

/** The event recorder writes the report's locations: lines and columns 1-based. */
export const fromReport = ({ start, end }) => ({
  start: { line: start.line - 1, column: start.column - 1 },
  end: { line: end.line - 1, column: end.column - 1 }
})

/**
 * Per drawn position, what its mutants became. `results` are the event recorder's tested mutants
 * (report locations; file names absolute or relative; `relative` maps them to the sample's names); a mutant at a span
 * that was not drawn (tested because its node could not be left out) is not counted.
 */
export function tallyPositions(positions, results, relative = (f) => f) {
  const byKey = new Map(
    positions.map((p) => [spanKey(p.file, p.location), { ...p, status: {}, ...noCounts() }])
  )
  const extra = []
  for (const m of results) {
    const at = byKey.get(spanKey(relative(m.fileName), fromReport(m.location)))
    if (!at) {
      extra.push(m)
      continue
    }
    countStatus(at, m.status)
    at.status[m.status] = (at.status[m.status] ?? 0) + 1
  }
  // A position counts once each of its mutants has a result (a run stopped midway leaves some out).
  const all = [...byKey.values()].map((p) => ({
    ...p,
    done: p.killed + p.timeout + p.survived + p.noCoverage + p.ignored + p.other >= p.mutants.length
  }))
  // The run tests in the order of the draw: the done positions before the first one not done are
  // the seed's sample of that size. Positions done beyond it (static and uncovered mutants are
  // settled before any test runs) would over-weight those kinds, so the estimate leaves them out.
  const firstOpen = all.findIndex((p) => !p.done)
  return { positions: all, extra, reached: firstOpen === -1 ? all.length : firstOpen }
}

/** A tested position as a cluster: timeouts count as detected (Stryker) or not (`strict`). */
export const clusterOf = (p, strict = false) => {
  const detected = p.killed + (strict ? 0 : p.timeout)
  return { detected, valid: p.killed + p.timeout + p.survived + p.noCoverage }
}
