// Runs every grammar over one record (a trigger line with a few lines of context either side)
// and settles overlaps: the most specific reading of each stretch of text wins.
import { joinSoftWraps } from './softWraps.js'
import type { Candidate, Grammar, RecordContext } from './Candidate.js'
import { settle } from './Candidate.js'
import { AROUND_GROWTH, SLOT_LITERALS } from './codeSlots.js'
import { HINT_LITERALS } from './serviceHints.js'
import { LiteralIndex, holdsWithin } from './RecordLiterals.js'
import type { RecordLiterals } from './RecordLiterals.js'
import { GRAMMARS } from './grammars/index.js'
import { onQuotingLine } from './quotingLines.js'
import { blankCommentGutters } from './decoration.js'
import { inCodeLiteral, quotePositions } from './codeListing.js'
import { listingShapeAt } from './listingShapes.js'
import { sourceCommentAt } from './sourceComments.js'
import { isTemplate } from './templates.js'
import type { TemplateFacts } from './templates.js'
import { generalProseAt } from './generalProse.js'
import type { ProseLine } from './generalProse.js'
import { codeFits } from './codes.js'
import { foreignTargets } from './foreignTargets.js'
import { eventRows } from './eventTables.js'
import {
  callsAwsIdentity,
  emulatedGrammarsIn,
  emulatorAccount,
  hasOwnIam,
  refutedIn,
  s3CompatibleIn
} from './s3Compatible.js'
import { isLabel } from './tokens.js'
import { webIdentityIssuer } from './webIdentityIssuer.js'
import { s3CompatibleBackendOf } from './s3CompatibleBackend.js'
import { impossibleForAws } from './impossibleAnswers.js'
import { REASON_CLAUSE } from './grammars/messages.js'
import type { Denial } from '../model/Denial.js'
import { NearbyKept } from './nearbyKept.js'
import { BlockEnds } from './blockEnds.js'
import { BARE, EXACT_READINGS, READ, ReadingMemo } from './readingMemo.js'
import type { ReadingTally } from './readingMemo.js'

/** How far a reason clause may stand after the message it completes, inside its error block. */
const REASON_REACH = 400

/**
 * A message that printed no reason takes the layer of the reason clause that completes it, and
 * the action the clause names when the message named none (an SDK's code for the same service).
 */
function borrowReason(into: Denial, reason: Denial): boolean {
  if (into.deny !== null || into.grammar === REASON_CLAUSE) return false
  into.deny = reason.deny
  into.layer = reason.layer
  if (
    into.action === null &&
    reason.action !== null &&
    (into.service === null || into.service === reason.service)
  ) {
    into.action = reason.action
    into.service = reason.service
  }
  return true
}

/**
 * A reason clause read on its own, shortly after a message on an earlier line (`You are not
 * authorized to` / `perform this operation ... with an explicit deny in a service control policy`),
 * completes that message rather than being a second refusal.
 */
function absorbReasons(blocks: BlockEnds, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const r = kept[i]!
    if (r.denial.grammar !== REASON_CLAUSE) continue
    let before: Candidate | null = null
    for (const k of kept) {
      if (k !== r && k.start < r.start && (!before || k.start > before.start)) before = k
    }
    if (!before || before.denial.grammar === REASON_CLAUSE) continue
    const from = Math.min(before.end, r.start)
    if (r.start - from > REASON_REACH || blocks.within(from, r.start)) continue
    if (borrowReason(before.denial, r.denial)) kept.splice(i, 1)
  }
}

/**
 * A bare code that only says again what a message read in the same error block said: an SDK's
 * exception printed field by field (`Error Message: Access Denied (Service: Amazon S3; Status
 * Code: 403; Error Code: AccessDenied; …)`, two lines down `AWS Error Code:   AccessDenied`) is
 * one refusal. A code that names its own operation (`when calling the ListBuckets operation`) or
 * another service is another request.
 */
function absorbCodeEchoes(text: string, facts: BlockFacts, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i]!.denial
    if (e.grammar !== 'bare-code' || e.operation !== null || e.action !== null) continue
    const echoed = kept.find(
      (k) =>
        k !== kept[i] &&
        k.priority > kept[i]!.priority &&
        k.denial.kind === e.kind &&
        k.denial.code === e.code &&
        (e.service === null || k.denial.service === e.service) &&
        sameBlock(text, facts, k, kept[i]!)
    )
    if (echoed) kept.splice(i, 1)
  }
}

/**
 * A stack frame (`at Request.extractError (/opt/…/query.js:50:29)`, `at /a/b.js:26:10`): a Node
 * error inspected on one line puts its whole stack between the message and its fields (`{ code:
 * 'AccessDenied', … }`, getlift/lift#236), and frames say nothing of another error.
 */
const STACK_FRAME =
  /\s*\bat (?:[^\s()]{1,200}(?: \[as [^\]\s]{1,80}\])? \([^()\n]{1,400}:\d+:\d+\)|[^\s()]{1,400}:\d+:\d+)/g

/** How far apart one error's parts may stand when what separates them is its stack. */
const STACK_REACH = 8192

/** Whether two readings stand in one error block, close enough to be one error's parts. */
function sameBlock(text: string, facts: BlockFacts, a: Candidate, b: Candidate): boolean {
  const first = a.start <= b.start ? a : b
  const to = first === a ? b.start : a.start
  const from = Math.min(first.end, to)
  const length = to - from
  // The free tests first: a record of refusal phrases asks for every pair of its readings.
  if (length > STACK_REACH) return false
  // A gap longer than a reason's reach is one error's only through its stack frames (`at …`).
  if (length > REASON_REACH && !holdsWithin(text, from, to, 'at ', facts.literals)) return false
  if (facts.blocks.within(from, to)) return false
  if (length <= REASON_REACH) return true
  return text.slice(from, to).replace(STACK_FRAME, '').length <= REASON_REACH
}

/** What sameBlock asks of a record, indexed once per record. */
interface BlockFacts {
  blocks: BlockEnds
  /** The record's literals, which say where a stack frame's `at ` stands (STACK_FRAME needs one). */
  literals: RecordLiterals | undefined
}

/**
 * An EC2 message whose blob the writer elided (`Encoded authorization failure message: ...`) and
 * the IAM sentence right after it in the same error block (`federated user '…'` / `is not
 * authorized to perform: ec2:RunInstances on resource: …`) are one refusal: the sentence says
 * what the blob would have, the message says it was encoded. The sentence keeps both.
 */
function joinElidedBlobs(blocks: BlockEnds, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const m = kept[i]!
    if (m.denial.kind !== 'encoded' || !m.denial.detail.encodedTruncated) continue
    if (m.denial.action !== null || m.denial.principal !== null) continue
    const next = kept
      .filter((k) => k.start >= m.end && k.denial.grammar === 'iam-sentence')
      .sort((a, b) => a.start - b.start)[0]
    if (!next || next.denial.kind !== 'denial') continue
    if (next.start - m.end > REASON_REACH || blocks.within(m.end, next.start)) continue
    const into = next.denial
    into.kind = 'encoded'
    into.code ??= m.denial.code
    into.detail.encodedTruncated = m.denial.detail.encodedTruncated
    next.start = m.start
    kept.splice(i, 1)
  }
}

/** Lower-priority candidates on the same line as a stronger one, this close, describe the same error. */
const SAME_ERROR_GAP = 300

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * A reading of an event-table row's reason column, de-tabled, outranks whatever the grammars make
 * of the same cells read line by line (fragments of a sentence cut by the other columns' padding).
 */
const TABLE_LIFT = 100

/** A weaker candidate next to a stronger one on the same line describes the same error. */
function besides(text: string, a: Candidate, b: Candidate): boolean {
  // Compared with every kept candidate, for every candidate: no slice, no pair array.
  const firstEnd = a.start <= b.start ? a.end : b.end
  const secondStart = a.start <= b.start ? b.start : a.start
  const gap = secondStart - firstEnd
  if (gap < 0 || gap > SAME_ERROR_GAP) return false
  const nl = text.indexOf('\n', firstEnd)
  return (
    (nl === -1 ||
      nl >= secondStart ||
      (gap <= 16 && wrappedAtColon(text, firstEnd, secondStart))) &&
    !glued(text, secondStart)
  )
}

/**
 * A message ending its line with a colon goes on at the next line's start: a wrapper whose reason
 * the log wrapped below it (`…please check your action inputs: ` / `Could not load credentials
 * from any providers`). Only the colon, blanks and one line break stand between the two.
 */
const COLON_WRAP = /^[ \t]*:[ \t]*\r?\n[ \t]*$/

function wrappedAtColon(text: string, firstEnd: number, secondStart: number): boolean {
  return COLON_WRAP.test(text.slice(firstEnd, secondStart))
}

/**
 * A reading that starts glued to the word before it (`…WebIdentityAccessDenied: User: …`, `on
 * resource ...InvalidIdentityToken: …`, `token audienceNo OpenIDConnect provider …`): a page that
 * dropped the line breaks between messages ran them together, each its own error. Wrappers and
 * chains of one error always put a space, a colon or a quote between their parts.
 */
function glued(text: string, at: number): boolean {
  const next = text.charCodeAt(at)
  if (!(next >= 65 && next <= 90)) return false
  const prev = text.charCodeAt(at - 1)
  return (
    (prev >= 97 && prev <= 122) ||
    (prev >= 48 && prev <= 57) ||
    prev === 0x2026 ||
    text.endsWith('...', at)
  )
}

const indexes = new WeakMap<Grammar[], LiteralIndex>()

function literalIndex(grammars: Grammar[]): LiteralIndex {
  let index = indexes.get(grammars)
  if (!index) {
    index = new LiteralIndex([
      ...grammars.flatMap((g) => g.literals ?? []),
      ...SLOT_LITERALS,
      ...HINT_LITERALS
    ])
    indexes.set(grammars, index)
  }
  return index
}

/**
 * Candidates of a record's context (outside the lines it reports) settled and compared, at most.
 * Ordinary records hold a handful; a record crafted from refusal phrases holds hundreds, each
 * line read again as context of its neighbours. Past the budget the candidates nearest the
 * centre are kept, so the cost of a record is a fixed multiple of its centre's length.
 */
export const CANDIDATE_BUDGET = 64

/** What a caller may bound and observe of one record's parse. */
export interface ParseLimits {
  /** The span the caller reports candidates from; the budget keeps the candidates nearest it. */
  focus?: { start: number; end: number }
  /** Overrides `CANDIDATE_BUDGET` (tests compare with an unbounded parse). */
  budget?: number
  /** Counts candidate work (settles and rival comparisons), for tests that bound it. */
  work?: { units: number }
  /** Candidates read in full before repeats are copied (see `readingMemo`); tests pass Infinity. */
  readings?: number
  /** Adds how this record's candidates were read: in full, copied from a repeat, or left bare. */
  tally?: ReadingTally
  /** Counts grammars that threw on this record (a defect of ours): the others still read it. */
  faults?: { count: number }
  /** Spans of the text that were comments of source code before their gutters were taken off. */
  sourceComments?: readonly { start: number; end: number }[]
  /** The caller found no S3-compatible service named in the text it passes: not searched again. */
  namesNoS3Compatible?: boolean
}

function distance(c: Candidate, focus: { start: number; end: number }): number {
  if (c.end <= focus.start) return focus.start - c.end
  return c.start >= focus.end ? c.start - focus.end : 0
}

/**
 * Every candidate inside the focus (the caller reports each line once as a centre, so these
 * cost a multiple of the log's length) and the `budget` others nearest it; without a focus, the
 * first `budget` in text order.
 */
function withinBudget(all: Candidate[], focus: ParseLimits['focus'], budget: number): Candidate[] {
  if (all.length <= budget) return all
  const order = all
    .map((c, i) => ({ c, d: focus ? distance(c, focus) : c.start, i }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
  const inside = focus ? order.filter((o) => o.d === 0).length : 0
  return order.slice(0, inside + budget).map((o) => o.c)
}

/**
 * Whether settling `c` may lend a kept reading what it lacks, or a reason clause its reason. A
 * settled span grows by at most AROUND_GROWTH, and a rival overlaps it or stands within
 * SAME_ERROR_GAP of it: a kept reading missing its code or service farther away can be no
 * rival of it, and one no longer missing them takes nothing. On a record of hundreds of refusal
 * phrases, one reading without a service had every later candidate settled.
 */
function mayLend(c: Candidate, needy: Candidate[], everNeedy: boolean): boolean {
  // A reason clause lends to whichever reading is its rival once settled: as before, settled
  // once any kept reading was missing a code or service.
  if (c.denial.grammar === REASON_CLAUSE) return everNeedy
  if (needy.length === 0) return false
  const from = c.start - AROUND_GROWTH.before - SAME_ERROR_GAP
  const to = c.end + AROUND_GROWTH.after + SAME_ERROR_GAP
  for (let i = needy.length - 1; i >= 0; i--) {
    const k = needy[i]!
    if (k.denial.code !== null && k.denial.service !== null) {
      // Filled by a borrow since: never needy again (a borrow only fills).
      needy.splice(i, 1)
      continue
    }
    if (k.end >= from && k.start <= to) return true
  }
  return false
}

function namesAwsPrincipal(c: Candidate): boolean {
  return c.denial.grammar === 'iam-sentence' && /^arn:aws/.test(c.denial.principal ?? '')
}

/**
 * Whether text[at] is quoted by a test line, a code listing, a line shaped as one or a comment of
 * source code (read on the text as printed, gutters and all).
 */
function quoted(text: string, printed: string, at: number, facts: QuotedFacts): boolean {
  facts.quotes ??= quotePositions(text)
  facts.openers ??= printed.includes('/*')
  return (
    onQuotingLine(text, at) ||
    inCodeLiteral(text, at, facts.blocks, facts.quotes) ||
    listingShapeAt(text, at, facts.shapeNeeds) !== null ||
    sourceCommentAt(printed, at, facts.openers) !== null
  )
}

/** What `quoted` reads of a whole record, once for all its candidates. */
interface QuotedFacts {
  /** Each line's listing-shape needs (see `listingShapeAt`). */
  shapeNeeds: Map<number, number>
  /** Whether any text block (triple quotes) can hold a candidate. */
  blocks: boolean
  /** Where the text's quote characters stand. */
  quotes?: number[]
  /** Whether the text as printed holds a block comment's opener. */
  openers?: boolean
}

function inSpans(spans: ParseLimits['sourceComments'], at: number): boolean {
  return spans?.some((s) => at >= s.start && at < s.end) ?? false
}

export function parseRecord(
  printed: string,
  ctx: RecordContext,
  grammars: Grammar[] = GRAMMARS,
  limits: ParseLimits = {}
): Candidate[] {
  const seen = { candidates: 0 }
  const found = parseWhole(printed, ctx, grammars, limits, seen)
  // Only when no grammar matched at all: a reading set aside (quoted, a test's string, prose)
  // stays set aside, however its lines would join.
  if (seen.candidates > 0 || limits.sourceComments?.length) return found
  // Nothing matched: a phrase the record's wrapping broke is read with its wraps joined.
  const joined = joinSoftWraps(printed)
  if (!joined) return found
  const focus = limits.focus && {
    start: joined.joined(limits.focus.start),
    end: joined.joined(limits.focus.end)
  }
  return parseWhole(joined.text, ctx, grammars, { ...limits, focus }).map((c) => ({
    ...c,
    start: joined.origin(c.start),
    end: joined.origin(c.end)
  }))
}

function parseWhole(
  printed: string,
  ctx: RecordContext,
  grammars: Grammar[],
  limits: ParseLimits,
  seen: { candidates: number } = { candidates: 0 }
): Candidate[] {
  // A message pasted into a comment block reads as printed (same length: positions still hold).
  const text = blankCommentGutters(printed)
  let all: Candidate[] = []
  const gated: RecordContext = { ...ctx, literals: literalIndex(grammars).of(text) }
  const foreign = foreignTargets(text)
  // Several grammars read one message from the same position: each position is judged once.
  const quotedAt = new Map<number, boolean>()
  const proseLines = new Map<number, ProseLine>()
  const templateFacts: TemplateFacts = { lines: new Map() }
  // Whether any text block (triple quotes) can hold a candidate: asked once, not per candidate.
  const quotedFacts: QuotedFacts = {
    shapeNeeds: new Map(),
    blocks: text.includes('"""') || text.includes("'''")
  }
  // Up to its first backtick, a record opening inside a raw string is the string's text.
  const rawEnd = ctx.inRawString ? text.indexOf('`') : -2
  /** Whether c reads as a refusal where it stands: not quoted, a template, prose about one. */
  const readable = (c: Candidate): boolean => {
    if (rawEnd !== -2 && (rawEnd === -1 || c.start < rawEnd)) return false
    let q = quotedAt.get(c.start)
    if (q === undefined) {
      q = quoted(text, printed, c.start, quotedFacts) || inSpans(limits.sourceComments, c.start)
      quotedAt.set(c.start, q)
    }
    if (q) return false
    if (isTemplate(text, c.start, c.denial, templateFacts)) return false
    const span = text.slice(c.start, c.end)
    if (generalProseAt(text, c.start, c.denial, span, ctx.leadIn ?? null, proseLines)) return false
    if (
      c.core !== undefined &&
      c.core > c.start &&
      // The same line's facts as any candidate's (each IAM sentence widened to a code before
      // it read its whole line and 4 KiB above afresh here).
      generalProseAt(
        text,
        c.core,
        c.denial,
        text.slice(c.core, c.end),
        ctx.leadIn ?? null,
        proseLines
      )
    )
      return false
    return !(foreign?.(c.start, c.denial.grammar) && !namesAwsPrincipal(c))
  }
  const found: Candidate[] = []
  for (const g of grammars) {
    // One grammar's defect costs its own reading of this record, never the log's other findings.
    try {
      for (const c of g.find(text, gated)) found.push(c)
    } catch {
      if (limits.faults) limits.faults.count++
    }
  }
  seen.candidates = found.length
  const budget = limits.budget ?? CANDIDATE_BUDGET
  // The budget bounds the checks below too: on a record crafted from refusal phrases every
  // context line holds dozens of candidates, each re-read as context of its neighbours' records.
  // A record within the budget (every ordinary one) is checked whole, as before.
  const memo = new ReadingMemo(text, limits.readings ?? EXACT_READINGS)
  for (const c of withinBudget(found, limits.focus, budget)) {
    const plan = memo.plan(text, c)
    if (plan === BARE) {
      memo.bare(c)
    } else if (plan !== READ) {
      if (plan.dropped) {
        memo.tally.copied++
        continue
      }
      memo.copyInto(c, plan)
    } else {
      const dropped = !readable(c)
      memo.learn(text, c, dropped)
      if (dropped) continue
    }
    // Whatever grammar read it, a label (`Reason: is not authorized…`) names no one.
    if (c.denial.principal && isLabel(c.denial.principal)) c.denial.principal = null
    all.push(c)
  }
  if (limits.tally) {
    limits.tally.read += memo.tally.read
    limits.tally.copied += memo.tally.copied
    limits.tally.bare += memo.tally.bare
  }
  for (const row of eventRows(text)) {
    for (const c of parseRecord(row.reason, ctx, grammars)) {
      all.push({
        start: row.start,
        end: row.end,
        priority: c.priority + TABLE_LIFT,
        denial: c.denial
      })
    }
  }
  // Another S3-compatible service's `AccessDenied` is not AWS's: only an IAM sentence naming an
  // AWS principal, or a call the log shows going to AWS's IAM or STS, stays a finding there.
  // The caller's search read the same text unless gutters were blanked.
  const searched = limits.namesNoS3Compatible === true && text === printed
  const named = ctx.s3Compatible && !refutedIn(ctx.s3Compatible, text) ? ctx.s3Compatible : null
  const store = named ?? (searched || ctx.s3Compatible ? null : s3CompatibleIn(text))
  if (store) {
    // An emulator's IAM sentence names a principal of its own account: the emulator's, not AWS's.
    // A store with an IAM of its own words every refusal as AWS does: none of them is AWS's.
    const own = emulatorAccount(store)
    const ownIam = hasOwnIam(store)
    const emulated = (c: Candidate) =>
      ownIam || (own !== null && c.denial.principal?.split(':')[4] === own)
    // A store has no IAM or STS of its own: a call to them went to AWS (an emulator has both).
    const toAwsIdentity = (c: Candidate) =>
      own === null && !ownIam && callsAwsIdentity(text, c.start)
    for (let i = all.length - 1; i >= 0; i--)
      if ((!namesAwsPrincipal(all[i]!) && !toAwsIdentity(all[i]!)) || emulated(all[i]!))
        all.splice(i, 1)
  }
  // An answer AWS and an emulator word alike is the emulator's where the log shows its signs,
  // and so is every other reading of the same words (its code read on its own).
  const emulatedGrammars = ctx.emulatedGrammars ?? emulatedGrammarsIn(text)
  if (emulatedGrammars) {
    const theirs = all.filter((c) => emulatedGrammars.includes(c.denial.grammar))
    if (theirs.length > 0)
      all = all.filter((c) => !theirs.some((t) => overlaps(t, c) || besides(text, t, c)))
  }
  all = withinBudget(all, limits.focus, budget)
  all.sort((a, b) => b.priority - a.priority || a.start - b.start)
  const kept: Candidate[] = []
  const work = limits.work ?? { units: 0 }
  // Only kept readings within SAME_ERROR_GAP of a candidate can be its rival: looked up there.
  const nearby = new NearbyKept(SAME_ERROR_GAP)
  const rivalOf = (c: Candidate) => {
    if (c.settle) work.units++
    return nearby.find(
      c,
      (k) => overlaps(k, c) || (k.priority > c.priority && besides(text, k, c)),
      work
    )
  }
  // Settled, a span only grows: a rival of the bare match is a rival of the settled one. So a
  // candidate that already has a rival is settled only when a kept reading may borrow from it:
  // one still missing its code or service, near enough to be the settled candidate's rival.
  const needy: Candidate[] = []
  let everNeedy = false
  for (const c of all) {
    let rival = rivalOf(c)
    if (!rival || mayLend(c, needy, everNeedy)) rival = rivalOf(settle(c))
    if (!rival) {
      kept.push(c)
      nearby.add(c)
      if (c.denial.code === null || c.denial.service === null) {
        needy.push(c)
        everNeedy = true
      }
      continue
    }
    if (c.denial.grammar === REASON_CLAUSE) borrowReason(rival.denial, c.denial)
    if (c.settle) continue
    // Same error seen twice: let the stronger reading borrow what only the weaker one knew.
    const into = rival.denial
    if (
      into.code === null &&
      c.denial.code !== null &&
      rival.priority > c.priority &&
      codeFits(into, c.denial.code)
    ) {
      into.code = c.denial.code
    }
    if (into.service === null && c.denial.service !== null) into.service = c.denial.service
  }
  const blocks = new BlockEnds(text)
  absorbReasons(blocks, kept)
  absorbCodeEchoes(text, { blocks, literals: gated.literals }, kept)
  joinElidedBlobs(blocks, kept)
  for (const c of kept) {
    if (!/^sts:AssumeRoleWithWebIdentity$/i.test(c.denial.action ?? '')) continue
    const evidence = webIdentityIssuer(text)
    if (evidence)
      Object.assign(c.denial.detail, { webIdentityIssuer: evidence.issuer }, evidence.detail)
  }
  for (const c of kept) {
    const store = s3CompatibleBackendOf(text, c.denial, ctx.s3Compatible)
    if (store) c.denial.detail.s3CompatibleBackend = store
  }
  // An answer AWS never gives to the call came from another store: no AWS finding.
  return kept.filter((c) => !impossibleForAws(c.denial)).sort((a, b) => a.start - b.start)
}
