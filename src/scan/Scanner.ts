// The streaming scanner: bytes in, located denials out, in bounded memory whatever the input.
//
// Most of a CI log is noise. Each block of complete lines is first searched, as one latin1
// string, for the trigger fragments; a block without any is only counted. Lines with a trigger
// are parsed together with a few lines either side (messages wrap, and codes are printed on
// the line before), once enough lines after them have arrived. A match is reported by the one
// window whose centre line holds its first trigger, so overlapping windows never report twice
// and the result does not depend on how the input was chunked.
import type { Denial } from '../model/Denial.js'
import type { AnnouncedCall, LogContext } from '../model/Inferred.js'
import type { CloudTrailCall, RecordContext } from '../parse/Candidate.js'
import { EKS_EVIDENCE } from '../parse/grammars/credentials.js'
import { MSK_IAM } from '../parse/grammars/mskIamSasl.js'
import { parseRecord } from '../parse/parseRecord.js'
import { PUSH_TARGET_SOURCE } from '../parse/registryHosts.js'
import {
  emulatedGrammarsIn,
  mayNameS3Compatible,
  namedInRecordOnly,
  namesS3CompatibleAcrossLines,
  s3CompatibleIn
} from '../parse/s3Compatible.js'
import { TARGET_LINES, announcedIn, requestTargetIn } from '../parse/requestTarget.js'
import { endpointServiceIn } from '../parse/serviceHints.js'
import { continuesList, isLeadIn } from '../parse/generalProse.js'
import { opensRawString, RAW_REACH } from '../parse/codeListing.js'
import { Line } from './Line.js'
import { HTTP_STATUS_LINE } from '../parse/grammars/storageStatus403.js'
import { RepeatCache } from './RepeatCache.js'
import type { Lookup } from './RepeatCache.js'
import type { LineShape } from './lineShape.js'
import { buildRecord } from './buildRecord.js'
import type { LogRecord } from './buildRecord.js'
import { FragmentFinder } from '../parse/FragmentFinder.js'
import { PREFILTER_FRAGMENTS, readersOf, triggerPattern } from './triggers.js'
import type { ContextReader } from './triggers.js'
import { StepContext } from './stepContext.js'
import { DecodedWatch } from './decodedInLog.js'
import { LaterSuccessWatch } from './laterSuccess.js'
import { RepeatContext } from './RepeatContext.js'

export interface ScannerOptions {
  /** Lines this long or longer are read in segments of this size. */
  maxLineBytes?: number
  /** Lines of context before and after a trigger line. */
  behind?: number
  ahead?: number
  /** Characters of the neighbouring lines a record keeps on each side of its centre line. */
  neighbourChars?: number
  /** Reuse the parse of a line whose shape was seen (see `RepeatCache`). Default true. */
  repeats?: boolean
}

export interface ScannerStats {
  bytes: number
  lines: number
  longLines: number
  binaryBytes: number
  /**
   * Records holding more candidates than parseRecord reads in full (text crafted or dense with
   * refusal phrases): repeats past the budget took the reading of their phrase (see readingMemo).
   */
  budgetLimited: number
  /** Records a grammar failed on (a defect of ours): read without that grammar, never lost whole. */
  unreadRecords: number
}

/**
 * Receives each denial found. Its strings may be slices of a large record: a sink that keeps one
 * keeps a copy (see `FindingCollector`), or it would hold the whole record alive.
 */
export type DenialSink = (denial: Denial, line: number, context: LogContext) => void

/** Characters of the denial's own line, and of the lines after it, a LogContext keeps. */
const CONTEXT_LINE_CHARS = 2048
const CONTEXT_AFTER_CHARS = 2048
const CONTEXT_BEFORE_CHARS = 512
const REPEAT_SPAN = { before: CONTEXT_BEFORE_CHARS, after: CONTEXT_AFTER_CHARS }
/** A step fragment's line is read this far at most. */
const STEP_LINE_BYTES = 1024

const NL = 10
const ECR_HOST = /[\w*-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com(?:\.cn)?/
/**
 * Lines this long or longer are read in segments. 16 KiB rather than 64: a segment with a denial is
 * parsed with 4 KiB of each neighbour, and smaller records made a 256 MiB one-line log twice as
 * fast to read (35 to 66 MB/s) in less memory.
 */
export const MAX_LINE_BYTES = 16 * 1024
/** Longer than any trigger fragment. */
const SEGMENT_OVERLAP = 40
/** The most trigger lines, and bytes of them, parsed together as one record's centre. */
const MAX_RUN_LINES = 64

/**
 * Look-ahead for a failed row of a fixed-width event table (`sam deploy`): its reason cell wraps
 * over as many lines as the column is narrow (see parse/eventTables).
 */
const TABLE_AHEAD = 40
const TABLE_ROW = /_FAILED[ \t]{2,}(?:AWS|Custom|Alexa)::\S+[ \t]{2,}\S+[ \t]{2,}\S/
/**
 * Look-ahead for an S3-style XML error body: a client that dumps one (rclone, quickwit) prints the
 * request's host or the endpoint it was configured with further below than a message wraps, and
 * an S3-compatible store named there makes the body not AWS's (see parse/s3Compatible).
 */
const S3_BODY_AHEAD = 16
const S3_BODY = /<Code>[A-Za-z]+<\/Code>/
/**
 * Look-ahead for kubectl's `You must be logged in to the server`: a reporter pastes the kubeconfig
 * (its `server: https://….eks.amazonaws.com`, its `aws-iam-authenticator` exec) below the error,
 * and that is what places the cluster on EKS (h8-094).
 */
const KUBECTL_AHEAD = 24
const KUBECTL_REFUSAL = 'You must be logged in to the server'
/**
 * Look-ahead for CDK's synth-time error (`[Error at /Stack] You are not authorized ...`): a
 * reporter quotes it first and pastes the run below, where CDK's warning that it could not assume
 * its lookup role names the cause (h11-065).
 */
const CDK_SYNTH_AHEAD = 24
const CDK_SYNTH_ERROR = '[Error at /'
/**
 * Look-ahead for a failed pytest test's exception (its `E   ` line): a reporter names the mock
 * the test ran against (moto) in the prose under the run's short summary (h12-116).
 */
const PYTEST_AHEAD = 16
const PYTEST_ERROR = /^E {2,}[\w.]+(?:Error|Exception)\b/
/**
 * Look-ahead for a registry's 401 printed without its host (`error getting image manifest:
 * unsupported status code 401; body: Not Authorized`): a reporter pastes the manifest naming the
 * image below it, and an ECR host there makes the 401 ECR's (h13-013).
 */
const REGISTRY_401_AHEAD = 16
const REGISTRY_401 = 'status code 401; body: Not Authorized'
/**
 * Look-ahead for Terraform's S3 backend refusal (`Error loading state: AccessDenied`): a reporter
 * pastes it first and says below what was tried, past a debug trace ("I tried giving the role
 * admin access but no change", h13-035), which puts the cause outside the identity policy.
 */
/**
 * Look-ahead for docker's empty 403 (`error parsing HTTP 403 response body: unexpected end of JSON
 * input: ""`): a reporter shows below it what answered, a capture naming the S3 host a registry
 * redirected the blob request to (h15-104), or the command that names another registry (h15-128).
 */
const REGISTRY_403_AHEAD = 24
const REGISTRY_403 = 'HTTP 403 response body'
/**
 * Look-ahead for S3's unknown-key sentence (`The Access Key Id you provided does not exist in our
 * records.`), which every S3-compatible store prints for a key it does not hold: a reporter pastes
 * the configuration below it, and a store named there makes it not AWS's (MinIO in a chart's
 * values, bitnami/charts#13993).
 */
const UNKNOWN_KEY_AHEAD = 16
const UNKNOWN_KEY = 'does not exist in our records'
const TF_STATE_AHEAD = 24
const TF_STATE_ERROR = 'Error loading state'
/**
 * Look-ahead for an HTTP response a client's trace prints (`HTTP/1.1 403 Forbidden`, its headers
 * one a line, a blank line, its body): the body's code, below the headers, is the finding
 * (h18-055), and its `Server:` header says who answered (see parse/grammars/storageStatus403).
 */
const HTTP_TRACE_AHEAD = 24
/** The longest look-ahead `aheadOf` gives. */
const LONGEST_AHEAD = Math.max(
  TABLE_AHEAD,
  S3_BODY_AHEAD,
  KUBECTL_AHEAD,
  CDK_SYNTH_AHEAD,
  PYTEST_AHEAD,
  REGISTRY_401_AHEAD,
  REGISTRY_403_AHEAD,
  TF_STATE_AHEAD,
  HTTP_TRACE_AHEAD,
  UNKNOWN_KEY_AHEAD
)
const MAX_RUN_BYTES = 16 * 1024
/** Lines longer than this are always parsed: repeats worth caching are ordinary log lines. */
const MAX_REPEAT_LINE = 4096
/** The registry host docker names above a push's layers (see parse/registryHosts). */
const PUSH_TARGET = new RegExp(PUSH_TARGET_SOURCE)
/** How long a context mention (registry, EKS, S3-compatible host) stays relevant to later lines. */
const CONTEXT_LINES = 200
/** How many lines a title naming an S3-compatible store governs (an issue body, a note). */
const TITLE_LINES = 60
/** A first line longer than this is a log line, not a title. */
const TITLE_BYTES = 200
/**
 * CloudTrail fields (`"eventSource": "…"`, `"eventName": "…"`) as a context line holds them, keys
 * quoted or not (a JavaScript object's `eventSource: "ecs.amazonaws.com",`, aws/amazon-ecs-agent#2928).
 */
const TRAIL_SOURCE = /(?:"eventSource"|\beventSource)\s*:\s*"([\w.-]{1,100})"/
const TRAIL_NAME = /(?:"eventName"|\beventName)\s*:\s*"(\w{1,100})"/
/**
 * `userIdentity.arn`: a session, user or root. `sessionIssuer.arn` (a role) is the session's
 * source, not the caller; the account field may be masked (`12345678`, `***`).
 */
const TRAIL_CALLER =
  /"arn"\s*:\s*"(arn:[\w-]+:(?:sts|iam)::[^:"\s]{1,40}:(?:assumed-role\/|user\/|federated-user\/|root\b)[^"\s]{0,512})"/
/** How far below its fields an event's code may stand. */
const TRAIL_LINES = 40
/**
 * Remembered calls, targets and CloudTrail fields are kept by line, not by count: a line is read
 * when its record's look-ahead has arrived, up to a run and the longest look-ahead below the
 * newest line, and what stood above it must still be there then. Kept by count (32), an
 * every-line log whose reading lagged 36 lines had lost them: one line read in two contexts.
 */
const KEPT_CAP = 1024
/** Lines past what can still be asked for that kept entries may linger, let go in one batch. */
const KEPT_SLACK = 64

let prefilter: FragmentFinder | null = null

/** One pre-filter for every scanner: its tables never change once built. */
function sharedPrefilter(): FragmentFinder {
  prefilter ??= new FragmentFinder(PREFILTER_FRAGMENTS)
  return prefilter
}

/** Each reader's bit in a fragment's mask (see READERS). */
const READER_BIT: Record<ContextReader, number> = {
  ecr: 1,
  eks: 2,
  msk: 4,
  store: 8,
  step: 16,
  trail: 32,
  decoded: 64,
  target: 128,
  raw: 256,
  resumed: 512,
  endpoint: 1024,
  registry: 2048
}

/** The readers that look at the bytes around a hit (the rest read the hit's whole line). */
const NEAR_READERS =
  READER_BIT.ecr |
  READER_BIT.eks |
  READER_BIT.msk |
  READER_BIT.store |
  READER_BIT.target |
  READER_BIT.trail |
  READER_BIT.endpoint

/** Per pre-filter fragment, the readers its hit runs (0 for a trigger). */
const READERS = Uint16Array.from(PREFILTER_FRAGMENTS, (f) =>
  f.trigger ? 0 : [...readersOf(f.text)].reduce((mask, r) => mask | READER_BIT[r], 0)
)

export class Scanner {
  private readonly maxLine: number
  private readonly behind: number
  private readonly ahead: number
  private readonly neighbourChars: number
  /** How many lines behind the newest a line may be read (a run, its look-ahead, the lines behind). */
  private readonly maxLag: number
  private readonly prefilter = sharedPrefilter()
  private readonly trigger = triggerPattern()
  private readonly repeats: RepeatCache | null

  private carry: Buffer | null = null
  /** The carried bytes continue a line already emitted in segments. */
  private carryCont = false
  private lineNo = 1
  private seq = 0
  private window: Line[] = []
  private pending = 0
  private watermark = { seq: -1, off: -1 }
  private ecr: { host: string; line: number } | null = null
  /** The last line that showed kubectl/eksctl talking to EKS. */
  private eksLine = -Infinity
  /** The last line placing a Kafka login on Amazon MSK's IAM mechanism (see `MSK_IAM`). */
  private mskIamLine = -Infinity
  /** The service a recent line said it was calling (see parse/requestTarget). */
  private targets: { service: string; line: number }[] = []
  /** The service of an AWS endpoint a recent line named (see parse/requestTarget's `endpointServiceIn`). */
  private endpoints: { service: string; line: number }[] = []
  /** The calls and S3 names recent lines announced, newest last (see parse/requestTarget). */
  private announced: (AnnouncedCall & { line: number })[] = []
  private s3Compatible: { name: string; line: number } | null = null
  private pushTarget: { host: string; line: number } | null = null
  private emulated: { grammars: readonly string[]; line: number } | null = null
  /** An S3-compatible service the text's title (its first line) names, see `readTitle`. */
  private title: string | null = null
  /** A lead-in presenting samples or fragments, while the lines after it are a list's. */
  private lead: { text: string; line: number } | null = null
  /** The last line that opened a backtick raw string (see `RecordContext.inRawString`). */
  private rawOpen = -Infinity
  /** Inside a fenced block opened under the lead-in. */
  private leadFence = false
  /** The CloudTrail event fields seen last (see `CloudTrailCall`), newest last. */
  private trail: (CloudTrailCall & { line: number })[] = []
  /** The last `userIdentity.arn` seen, with its line. */
  private trailCaller: { arn: string; line: number } | null = null
  private readonly step = new StepContext()
  private readonly decoded = new DecodedWatch()
  private readonly resumed = new LaterSuccessWatch()
  private lastContext = {
    ecr: '',
    eks: false,
    msk: false,
    s3: '',
    trail: '',
    lead: '',
    target: '',
    key: '|0|0||||'
  }
  /** The end of the last line or segment emitted, to catch a trigger cut by a segment boundary. */
  private segmentTail: Buffer | null = null
  /** The line the step reader last read (see `remember`). */
  private stepLine = -1
  private ended = false

  readonly stats: ScannerStats = {
    bytes: 0,
    lines: 0,
    longLines: 0,
    binaryBytes: 0,
    budgetLimited: 0,
    unreadRecords: 0
  }

  constructor(
    private readonly sink: DenialSink,
    options: ScannerOptions = {}
  ) {
    this.maxLine = options.maxLineBytes ?? MAX_LINE_BYTES
    this.behind = options.behind ?? 3
    this.ahead = options.ahead ?? 8
    this.neighbourChars = options.neighbourChars ?? 4096
    this.maxLag = MAX_RUN_LINES + Math.max(this.ahead, LONGEST_AHEAD) + this.behind
    this.repeats = options.repeats === false ? null : new RepeatCache(undefined, true)
  }

  /** Hands a denial on; an encoded one first watches for its decoded form below it. */
  private report(d: Denial, line: number, context: LogContext): void {
    if (d.kind === 'encoded') this.decoded.encoded(context, line)
    if (d.kind === 'credentials') this.resumed.failed(context, line)
    this.sink(d, line, context)
  }

  /** Bytes of input the scanner holds right now (the partial line and the context window). */
  retainedBytes(): number {
    let n = this.carry?.length ?? 0
    for (const line of this.window) n += line.raw.length
    return n
  }

  write(chunk: Uint8Array | string): void {
    if (this.ended) throw new Error('Scanner: write after end')
    let buf: Buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (buf.length === 0) return
    if (this.stats.bytes === 0) this.readTitle(buf)
    this.stats.bytes += buf.length
    // Counted as bytes arrive, so the count does not depend on where lines or chunks end.
    if (buf.indexOf(0) !== -1) this.stats.binaryBytes += countByte(buf, 0)
    if (this.carry) {
      // Join the held partial line to its end only, not to the whole chunk: no copy of the chunk.
      const nl = buf.indexOf(NL)
      if (nl === -1) {
        buf = Buffer.concat([this.carry, buf])
        this.carry = null
      } else {
        const first = Buffer.concat([this.carry, buf.subarray(0, nl + 1)])
        this.carry = null
        this.block(first)
        buf = buf.subarray(nl + 1)
      }
    }
    const last = buf.lastIndexOf(NL)
    if (last === -1) {
      this.holdPartial(buf)
    } else {
      this.block(buf.subarray(0, last + 1))
      if (last + 1 < buf.length) this.holdPartial(buf.subarray(last + 1))
    }
    for (const line of this.window) line.own()
  }

  end(): void {
    if (this.ended) return
    if (this.carry || this.carryCont) {
      if (this.carry) this.emitLine(this.carry, this.carryCont)
      this.stats.lines++
      this.lineNo++
    }
    this.carry = null
    this.ended = true
    this.drain(true)
    this.window = []
  }

  /**
   * An issue's or a note's title names the store once (`R2 upload fails with AccessDenied`) and
   * the pasted trace under it never again. Only the first line counts, and only for the
   * `TITLE_LINES` after it: a long log that names a store in one step keeps its AWS refusals.
   */
  private readTitle(buf: Buffer): void {
    const nl = buf.indexOf(NL)
    const end = nl === -1 ? Math.min(buf.length, TITLE_BYTES) : nl
    if (end > TITLE_BYTES) return
    const named = s3CompatibleIn(buf.toString('utf8', 0, end))
    this.title = named && !namedInRecordOnly(named) ? named : null
  }

  /** Keeps an unfinished line; a long one is cut into segments so memory stays bounded. */
  private holdPartial(buf: Uint8Array): void {
    let rest = buf
    while (rest.length >= this.maxLine) {
      const cut = utf8Boundary(rest, this.maxLine)
      const segment = rest.subarray(0, cut)
      this.emitLine(segment, this.carryCont)
      // Only a segment that the line continues after needs its end kept (see emitLine).
      this.segmentTail = Buffer.from(
        segment.subarray(Math.max(0, segment.length - SEGMENT_OVERLAP))
      )
      if (!this.carryCont) this.stats.longLines++
      this.carryCont = true
      rest = rest.subarray(cut)
    }
    // Copy: the caller may reuse its buffer, and a small copy frees the big chunk.
    this.carry = rest.length > 0 ? Buffer.from(rest) : null
  }

  /** A block of complete lines (ends with a newline). */
  private block(block: Uint8Array): void {
    try {
      this.blockLines(block)
    } finally {
      // The finder keeps its last answers for this block only: let the block's bytes go.
      this.prefilter.forget()
    }
  }

  private blockLines(block: Uint8Array): void {
    let start = 0
    if (this.carryCont) start = this.lastSegment(block)
    let hit = this.prefilter.find(block, start)
    while (start < block.length) {
      if (this.pending === 0) {
        // Nothing waits for look-ahead: count the lines up to the next hit's line in bulk.
        const to = !hit
          ? block.length
          : hit.index === 0
            ? 0
            : block.lastIndexOf(NL, hit.index - 1) + 1
        if (to > start) start = this.fastForward(block, start, to)
        if (start >= block.length) return
      }
      const nl = block.indexOf(NL, start)
      // A line too long to hold whole is read by its segments (emitLine), each fragment once.
      const long = nl - start >= this.maxLine
      let trigger = false
      while (hit && hit.index < nl) {
        if (hit.trigger) trigger = true
        else if (!long) this.remember(block, hit.index, READERS[hit.fragment]!)
        // From the next byte, not the hit's end: a fragment may start inside another's hit
        // (`url=http://localhost` inside `--endpoint-url=http://…`), and each runs its readers.
        hit = this.prefilter.find(block, hit.index + 1)
      }
      if (long) {
        this.holdPartial(block.subarray(start, nl))
        if (this.carry) this.emitLine(this.carry, this.carryCont)
        this.carry = null
      } else if (trigger || this.pending > 0) {
        this.emitLine(block.subarray(start, nl), this.carryCont, trigger)
      } else {
        this.skipLine(block.subarray(start, nl))
      }
      this.carryCont = false
      this.stats.lines++
      this.lineNo++
      start = nl + 1
    }
  }

  /**
   * The end of a line already emitted in segments, however the chunks fell: the same segments
   * as when the line arrives whole (no empty last segment), and a trigger cut by the segment
   * boundary is still seen. Returns where the next line starts.
   */
  private lastSegment(block: Uint8Array): number {
    const nl = block.indexOf(NL)
    if (nl >= this.maxLine) {
      this.holdPartial(block.subarray(0, nl))
      if (this.carry) this.emitLine(this.carry, this.carryCont)
      this.carry = null
    } else if (nl > 0) {
      this.emitLine(block.subarray(0, nl), true)
    }
    this.carryCont = false
    this.stats.lines++
    this.lineNo++
    return nl + 1
  }

  /**
   * Lines without triggers and nothing waiting for context, from `from` up to `to` (a line
   * start): count them and keep the last few as context. Stops before a line too long to hold
   * whole, which goes the slow way (in segments); returns where it stopped.
   */
  private fastForward(block: Uint8Array, from: number, to: number): number {
    const starts: number[] = []
    let at = from
    let lines = 0
    while (at < to) {
      const nl = block.indexOf(NL, at)
      if (nl - at >= this.maxLine) break
      if (starts.length === this.behind) starts.shift()
      starts.push(at)
      this.followRaw(block, at, nl, this.lineNo + lines, this.carryCont && lines === 0)
      lines++
      at = nl + 1
    }
    if (lines === 0) return at
    // The last `behind` lines may be context for a trigger further on.
    const tail = starts.map((s) => block.subarray(s, block.indexOf(NL, s)))
    const firstNo = this.lineNo + lines - tail.length
    this.window = this.window.slice(-Math.max(0, this.behind - tail.length))
    tail.forEach((raw, i) => {
      const cont = this.carryCont && i === 0 && tail.length === lines
      this.window.push(new Line(this.seq++, firstNo + i, raw, cont, false))
    })
    if (this.window.length > this.behind) this.window = this.window.slice(-this.behind)
    this.carryCont = false
    this.stats.lines += lines
    this.lineNo += lines
    return at
  }

  private skipLine(raw: Uint8Array): void {
    const line = new Line(this.seq++, this.lineNo, raw, this.carryCont, false)
    this.followList(line)
    this.window.push(line)
    if (this.window.length > this.behind) this.window.shift()
  }

  private emitLine(raw: Uint8Array, cont: boolean, knownHit?: boolean): void {
    // A trigger cut in two by a segment boundary belongs to the segment where it ends.
    const hit =
      knownHit ??
      (cont && this.segmentTail
        ? this.hasTrigger(Buffer.concat([this.segmentTail, raw]), this.segmentTail.length)
        : this.hasTrigger(raw))
    const line = new Line(this.seq++, this.lineNo, raw, cont, hit)
    this.followList(line)
    this.window.push(line)
    if (hit) this.pending++
    this.drain(false)
  }

  /**
   * Keeps the lead-in a list of samples or fragments stands under (`… looks for these log
   * fragments:`) while the lines after it are short items: a record further down the list no
   * longer holds it. Most lines are ruled out by their length or last byte, undecoded.
   */
  private followList(line: Line): void {
    this.followRaw(line.raw, 0, line.raw.length, line.no, line.cont)
  }

  /** `followList` for the line buf[start, end), read in place (the bulk skip has no Line). */
  private followRaw(buf: Uint8Array, start: number, end: number, no: number, cont: boolean): void {
    // A Markdown heading (`## Logs`), not BuildKit's step numbers (`#8 …`).
    const heading = buf[start] === 35 && (buf[start + 1] === 35 || buf[start + 1] === 32)
    if (this.lead) {
      // A fenced sample under the lead-in is the sample's, however long its lines.
      if (isFence(buf, start)) this.leadFence = !this.leadFence
      // A long line ends the list; so does the next heading outside a sample.
      else if (!this.leadFence && (!continuesList(end - start) || heading)) this.lead = null
    }
    while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 13 || buf[end - 1] === 9)) end--
    // A colon, or the last byte of `：` in UTF-8; or a heading (`## Common errors`, `**Known
    // issues**`).
    const last = buf[end - 1]
    if (end - start < 12 || (last !== 58 && last !== 0x9a && last !== 42 && !heading) || cont)
      return
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString(
      'utf8',
      start,
      end
    )
    if (isLeadIn(text)) {
      this.lead = { text, line: no }
      this.leadFence = false
    }
  }

  /**
   * Whether a trigger ends past `from`, reading the context fragments that do: fragments ending
   * earlier belong to the previous segment, which read them.
   */
  private hasTrigger(raw: Uint8Array, from = 0): boolean {
    let found = false
    for (let m = this.prefilter.find(raw, 0); m; m = this.prefilter.find(raw, m.index + 1)) {
      // A fragment that ends in the previous segment's tail was read with that segment.
      if (m.end <= from) continue
      if (m.trigger) found = true
      else this.remember(raw, m.index, READERS[m.fragment]!)
    }
    this.prefilter.forget()
    return found
  }

  /**
   * Context a later record may need, found near a context fragment at `at`: only what the
   * fragment's readers look for (`readers`, READER_BIT), each reader gated by its own fragments.
   */
  private remember(raw: Uint8Array, at: number, readers: number): void {
    // Read once, and only by the readers that need it: a step title's hit reads its line alone.
    const near = readers & NEAR_READERS ? nearText(raw, at) : ''
    let line: string | null = null
    const lineOf = (): string => (line ??= lineAround(raw, at))
    if (readers & READER_BIT.ecr) {
      const host = ECR_HOST.exec(near)
      if (host) this.ecr = { host: host[0], line: this.lineNo }
    }
    if (readers & READER_BIT.registry) {
      const target = PUSH_TARGET.exec(lineOf())
      if (target) this.pushTarget = { host: target[1]!, line: this.lineNo }
    }
    if (readers & READER_BIT.eks && EKS_EVIDENCE.test(near)) this.eksLine = this.lineNo
    if (readers & READER_BIT.msk && MSK_IAM.test(near)) this.mskIamLine = this.lineNo
    // What a line already gave is not read again at its next hit: a long line of fragments (the
    // finder reports overlapping ones too) would pay for each.
    if (readers & READER_BIT.store) {
      const s3 = this.s3Compatible?.line === this.lineNo ? null : s3CompatibleIn(near)
      if (s3 && !namedInRecordOnly(s3)) this.s3Compatible = { name: s3, line: this.lineNo }
      const grammars = this.emulated?.line === this.lineNo ? null : emulatedGrammarsIn(near)
      if (grammars) this.emulated = { grammars, line: this.lineNo }
    }
    if (readers & READER_BIT.target) {
      const target = requestTargetIn(near)
      if (target) {
        // Look-ahead lines are remembered before the lines above them are read: kept by line (see
        // `keep`), so a line still sees the target above it and not one printed after it.
        this.keep(this.targets, { service: target, line: this.lineNo }, TARGET_LINES)
      }
      // The whole line: a URL or the EB CLI's arguments run past the window. Once per line.
      if (this.announced.at(-1)?.line !== this.lineNo) {
        for (const call of announcedIn(lineOf())) {
          this.keep(this.announced, { ...call, line: this.lineNo }, TARGET_LINES)
        }
      }
    }
    if (readers & READER_BIT.endpoint && this.endpoints.at(-1)?.line !== this.lineNo) {
      const service = endpointServiceIn(near)
      if (service) this.keep(this.endpoints, { service, line: this.lineNo }, TARGET_LINES)
    }
    // The step reader reads the whole line (to STEP_LINE_BYTES) at its first hit: once a line.
    if (readers & READER_BIT.step && this.stepLine !== this.lineNo) {
      this.stepLine = this.lineNo
      this.step.see(lineOf(), this.lineNo)
    }
    if (readers & READER_BIT.raw && opensRawString(lineOf())) this.rawOpen = this.lineNo
    if (readers & READER_BIT.decoded) this.decoded.see(lineOf(), this.lineNo)
    if (readers & READER_BIT.resumed) this.resumed.see(lineOf(), this.lineNo)
    if (readers & READER_BIT.trail) {
      this.rememberTrail(near)
      // A caller's ARN runs past the window: read its whole line.
      if (near.includes('"arn"')) {
        const caller = TRAIL_CALLER.exec(lineOf())?.[1]
        if (caller) this.trailCaller = { arn: caller, line: this.lineNo }
      }
    }
  }

  /**
   * Adds `item` (seen on the newest line) to `list`, and lets go of what no line still waiting to be
   * read can ask for: entries more than `reach` lines above the oldest such line (KEPT_CAP).
   */
  private keep<T extends { line: number }>(list: T[], item: T, reach: number): void {
    list.push(item)
    // Let go in batches: on an every-line log each line adds one, and a splice per line moved
    // the whole list each time.
    const oldest = item.line - this.maxLag - reach
    if (list[0]!.line >= oldest - KEPT_SLACK && list.length <= KEPT_CAP) return
    let drop = 0
    while (drop < list.length && (list[drop]!.line < oldest || list.length - drop > KEPT_CAP))
      drop++
    if (drop > 0) list.splice(0, drop)
  }

  /**
   * A pretty-printed CloudTrail event names its service and operation lines above its
   * `errorCode`, further than a record looks back: kept per line, so each event's code pairs
   * with its own fields and not the next event's.
   */
  private rememberTrail(near: string): void {
    const source = TRAIL_SOURCE.exec(near)?.[1] ?? null
    const name = TRAIL_NAME.exec(near)?.[1] ?? null
    if (!source && !name) return
    const last = this.trail.at(-1)
    if (last && last.line === this.lineNo) {
      last.eventSource ??= source
      last.eventName ??= name
    } else {
      const prev = source ? null : (last?.eventSource ?? null)
      this.keep(
        this.trail,
        { eventSource: source ?? prev, eventName: name, line: this.lineNo },
        TRAIL_LINES
      )
    }
  }

  /** The CloudTrail fields in force at line `no`: the newest seen on or before it. */
  /** The service the nearest announced call at or above line `no` names, within TARGET_LINES. */
  private targetAt(no: number, list = this.targets): string | null {
    for (let k = list.length - 1; k >= 0; k--) {
      const t = list[k]!
      if (t.line <= no) return no - t.line <= TARGET_LINES ? t.service : null
    }
    return null
  }

  /**
   * What was announced at or above line `no`, within TARGET_LINES: a name printed farther up
   * than a record's lines, in the same tool's run. Absent when nothing was.
   */
  private announcedAt(no: number): { announced?: AnnouncedCall[] } {
    // Kept in line order: read back from the newest, only as far as TARGET_LINES above `no`.
    let k = this.announced.length
    while (k > 0 && this.announced[k - 1]!.line > no) k--
    let from = k
    while (from > 0 && no - this.announced[from - 1]!.line <= TARGET_LINES) from--
    if (from === k) return {}
    const out: AnnouncedCall[] = []
    for (let i = from; i < k; i++) {
      const a = this.announced[i]!
      out.push({
        service: a.service,
        operation: a.operation,
        bucket: a.bucket,
        key: a.key,
        above: no - a.line
      })
    }
    return { announced: out }
  }

  private trailAt(no: number): CloudTrailCall | null {
    for (let k = this.trail.length - 1; k >= 0; k--) {
      const t = this.trail[k]!
      if (t.line <= no) return no - t.line <= TRAIL_LINES ? t : null
    }
    return null
  }

  /**
   * Parses every run of trigger lines that has its lines of look-ahead (all of them at the end).
   * Consecutive trigger lines are parsed as one record, the run as its centre: a log where every
   * line is a denial would otherwise parse each line again as the context of the next ones. A
   * run ends at the first line without a trigger, or when it is long enough, so where runs fall
   * depends on the lines alone, never on how the input was chunked.
   */
  private drain(final: boolean): void {
    while (this.pending > 0) {
      const idx = this.window.findIndex((l) => l.hit && !l.done)
      if (idx === -1) {
        this.pending = 0
        break
      }
      if (!final && this.window.length - 1 - idx < this.ahead) break
      const seen = this.lookup(idx)
      if (seen?.kind === 'reuse') {
        this.reuse(idx, seen.denials)
        continue
      }
      // idx and last stay inside the window (the loop checks last + 1 < length before reading it).
      let last = idx
      let bytes = this.window[idx]!.raw.length
      const runContext = this.contextKey(this.window[idx]!.no)
      // A line seen before is parsed alone, to check that reusing its result is sound.
      while (
        seen?.kind !== 'check' &&
        last + 1 < this.window.length &&
        this.window[last + 1]!.hit &&
        last + 1 - idx < MAX_RUN_LINES &&
        bytes < MAX_RUN_BYTES &&
        // A run is read with its first line's context: it ends where a line's context differs
        // (a call announced 10 lines above reaches some of the run), as a reused line's would.
        this.contextKey(this.window[last + 1]!.no) === runContext
      ) {
        last++
        bytes += this.window[last]!.raw.length
      }
      const ahead = this.aheadOf(last)
      if (!final && this.window.length - 1 - last < ahead) break
      const parsed = this.parseAround(idx, last, ahead)
      if (seen?.kind === 'check') {
        seen.check(parsed.crossed ? [] : (parsed.byLine.get(this.window[idx]!.seq) ?? []))
      } else if (this.repeats && !parsed.crossed) {
        for (let k = idx; k <= last; k++) {
          const learnt = k === idx ? seen : this.lookup(k)
          if (learnt?.kind === 'miss' && learnt.learn) {
            learnt.learn(parsed.byLine.get(this.window[k]!.seq) ?? [])
          }
        }
      }
      for (let k = idx; k <= last; k++) this.window[k]!.done = true
      this.pending -= last - idx + 1
    }
    const first = this.window.findIndex((l) => l.hit && !l.done)
    const keepFrom = first === -1 ? this.window.length - this.behind : first - this.behind
    if (keepFrom > 0) this.window = this.window.slice(keepFrom)
  }

  /** What the repeat cache knows of the line at `idx` in its window; null when it cannot help. */
  private lookup(idx: number): Lookup | null {
    // A centre line of a shape never seen as one cannot have a window in the cache: the eleven
    // neighbours are not shaped (no line repeats on a log with refusals among noise).
    if (!this.repeats?.seenCentre(this.window[idx]!.shape.hash)) return null
    // A table row or an error body reads a wider window than the shape covers: always parsed.
    if (this.aheadOf(idx) !== this.ahead) return null
    const lo = Math.max(0, idx - this.behind)
    const hi = Math.min(this.window.length, idx + this.ahead + 1)
    // One pass, no copies: this runs for every trigger line of an every-line log.
    const shapes: LineShape[] = []
    for (let k = lo; k < hi; k++) {
      const l = this.window[k]!
      if (l.cont || l.raw.length > MAX_REPEAT_LINE) return null
      shapes.push(l.shape)
    }
    // A context line is one line of text (see reuse): escaped newlines make several.
    if (this.window[idx]!.text.includes('\n')) return null
    return this.repeats.lookup(shapes, idx - lo, this.contextKey(this.window[idx]!.no))
  }

  /** The scan context as a key, remade only when what it is made of changes. */
  private contextKey(no: number): string {
    const ctx = this.context(no)
    const ecr = `${ctx.ecrRegistry ?? ''}>${ctx.pushTarget ?? ''}`
    // An emulator's signs change what a line yields as its name does.
    const s3 = `${ctx.s3Compatible ?? ''}${ctx.emulatedGrammars ? '+emulator' : ''}`
    const trail = ctx.cloudTrail
      ? `${ctx.cloudTrail.eventSource}/${ctx.cloudTrail.eventName}/${ctx.cloudTrail.caller ?? ''}`
      : ''
    const lead = `${ctx.leadIn ?? ''}${ctx.inRawString ? '+raw' : ''}`
    const target = `${ctx.requestTarget ?? ''}/${ctx.endpointAbove ?? ''}`
    const c = this.lastContext
    if (
      c.ecr !== ecr ||
      c.eks !== ctx.eks ||
      c.msk !== ctx.mskIam ||
      c.s3 !== s3 ||
      c.trail !== trail ||
      c.lead !== lead ||
      c.target !== target
    ) {
      this.lastContext = {
        ecr,
        eks: ctx.eks === true,
        msk: ctx.mskIam === true,
        s3,
        trail,
        lead,
        target,
        key: `${ecr}|${ctx.eks ? 1 : 0}|${ctx.mskIam ? 1 : 0}|${s3}|${trail}|${lead}|${target}`
      }
    }
    return this.lastContext.key
  }

  /** Counts the line at `idx` as a repeat: its findings, without parsing it. */
  private reuse(idx: number, denials: Denial[]): void {
    const line = this.window[idx]!
    // The window changes as lines arrive: a reader that asks later still sees these lines.
    const from = Math.max(0, idx - this.behind)
    const no = line.no
    // The context a parse would give (see contextOf), read only as far as the collector asks:
    // most repeats are only counted.
    const context = new RepeatContext(
      line.text.slice(-CONTEXT_LINE_CHARS),
      this.window.slice(from, idx + 1 + this.ahead),
      idx - from,
      REPEAT_SPAN,
      () => ({ ...this.step.at(no), ...this.announcedAt(no) })
    )
    for (const d of denials) this.report(d, line.no, context)
    if (denials.length > 0) this.watermark = { seq: line.seq, off: line.text.length }
    line.done = true
    this.pending--
  }

  private context(no = this.lineNo): RecordContext {
    const recent = (line: number) => this.lineNo - line <= CONTEXT_LINES
    const trail = this.trailAt(no)
    // The caller stands above its event's source and name (userIdentity comes first).
    const caller =
      trail &&
      this.trailCaller &&
      this.trailCaller.line <= no &&
      no - this.trailCaller.line <= TRAIL_LINES
        ? this.trailCaller.arn
        : null
    return {
      cloudTrail: trail
        ? { eventSource: trail.eventSource, eventName: trail.eventName, caller }
        : null,
      ecrRegistry: this.ecr && recent(this.ecr.line) ? this.ecr.host : null,
      pushTarget: this.pushTarget && recent(this.pushTarget.line) ? this.pushTarget.host : null,
      eks: recent(this.eksLine),
      mskIam: recent(this.mskIamLine),
      requestTarget: this.targetAt(no),
      endpointAbove: this.targetAt(no, this.endpoints),
      s3Compatible:
        this.s3Compatible && recent(this.s3Compatible.line)
          ? this.s3Compatible.name
          : no <= TITLE_LINES
            ? this.title
            : null,
      emulatedGrammars: this.emulated && recent(this.emulated.line) ? this.emulated.grammars : null,
      // Only a lead-in above the record: the record reads its own lines itself.
      leadIn: this.lead && this.lead.line < no - this.behind ? this.lead.text : null,
      inRawString: this.rawOpen < no - this.behind && no - this.rawOpen <= RAW_REACH
    }
  }

  /** Lines of look-ahead a run ending at window[last] needs. */
  private aheadOf(last: number): number {
    const line = this.window[last]!
    // The literals first: this runs for every trigger line, and table rows are rare.
    if (line.raw.length > 60 && line.text.includes('_FAILED') && TABLE_ROW.test(line.text))
      return TABLE_AHEAD
    if (line.raw.length > 20 && line.text.includes('<Code>') && S3_BODY.test(line.text))
      return S3_BODY_AHEAD
    if (line.text.includes(CDK_SYNTH_ERROR)) return CDK_SYNTH_AHEAD
    if (line.text.startsWith('E ') && PYTEST_ERROR.test(line.text)) return PYTEST_AHEAD
    if (line.text.includes(REGISTRY_401)) return REGISTRY_401_AHEAD
    if (line.text.includes(REGISTRY_403)) return REGISTRY_403_AHEAD
    if (line.text.includes(TF_STATE_ERROR)) return TF_STATE_AHEAD
    if (line.text.includes('HTTP/') && HTTP_STATUS_LINE.test(line.text)) return HTTP_TRACE_AHEAD
    if (line.text.includes(UNKNOWN_KEY)) return UNKNOWN_KEY_AHEAD
    return line.text.includes(KUBECTL_REFUSAL) ? KUBECTL_AHEAD : this.ahead
  }

  /**
   * Parses lines idx..last as one record's centre and reports what it finds. Returns the denials
   * reported per line (by seq), and whether anything read across lines or was held back (then
   * no line's result may be reused).
   */

  private parseAround(
    idx: number,
    last: number,
    ahead = this.ahead
  ): { byLine: Map<number, Denial[]>; crossed: boolean } {
    const lo = Math.max(0, idx - this.behind)
    const hi = Math.min(this.window.length, last + ahead + 1)
    const lines = this.window.slice(lo, hi)
    const record = buildRecord(lines, idx - lo, this.neighbourChars, last - lo)
    // The record was built from window[lo..], so it has a span for every line from idx to last.
    const centre = { start: record.spans[idx - lo]!.start, end: record.spans[last - lo]!.end }
    const byLine = new Map<number, Denial[]>()
    let crossed = false
    const ctx = this.context(this.window[idx]!.no)
    // A record that names an S3-compatible service (a runbook heading `… upload to R2`) names it
    // for the lines after it too, as a remembered host does.
    let namesNoS3Compatible = false
    if (!ctx.s3Compatible) {
      const named = mayNameS3CompatibleIn(record, lines) ? s3CompatibleIn(record.text) : null
      if (named) {
        ctx.s3Compatible = named
        if (!namedInRecordOnly(named))
          this.s3Compatible = { name: named, line: this.window[last]!.no }
      } else namesNoS3Compatible = true
    }
    const tally = { read: 0, copied: 0, bare: 0 }
    const faults = { count: 0 }
    const limits = {
      focus: centre,
      sourceComments: record.sourceComments,
      namesNoS3Compatible,
      tally,
      faults
    }
    const found = parseRecord(record.text, ctx, undefined, limits)
    if (tally.copied + tally.bare > 0) this.stats.budgetLimited++
    if (faults.count > 0) this.stats.unreadRecords++
    for (const c of found) {
      const from = record.position(c.start)
      if (this.repeats && record.position(Math.max(c.start, c.end - 1)).seq !== from.seq) {
        crossed = true
      }
      const anchor = this.firstTrigger(record.text, c.start, c.end)
      if (anchor < centre.start || anchor >= centre.end) continue
      if (
        from.seq < this.watermark.seq ||
        (from.seq === this.watermark.seq && from.off < this.watermark.off)
      ) {
        crossed = true
        continue
      }
      this.watermark = record.position(c.end)
      this.report(c.denial, from.no, this.contextOf(record.text, c.start, c.end, from.no))
      const list = byLine.get(from.seq)
      if (list) list.push(c.denial)
      else byLine.set(from.seq, [c.denial])
    }
    return { byLine, crossed }
  }

  /** The denial's line and what follows it, as slices of the record: no copy for repeats. */
  private contextOf(text: string, start: number, end: number, line: number): LogContext {
    const from = text.lastIndexOf('\n', start - 1) + 1
    const nl = text.indexOf('\n', end)
    const to = nl === -1 ? text.length : nl
    return {
      line: text.slice(Math.max(from, to - CONTEXT_LINE_CHARS), to),
      before: text.slice(Math.max(0, from - CONTEXT_BEFORE_CHARS), Math.max(0, from - 1)),
      after: nl === -1 ? '' : text.slice(nl + 1, nl + 1 + CONTEXT_AFTER_CHARS),
      ...this.step.at(line),
      ...this.announcedAt(line)
    }
  }

  /** Where the candidate's first trigger ends: the line it ends on owns the candidate. */
  private firstTrigger(text: string, start: number, end: number): number {
    this.trigger.lastIndex = start
    const m = this.trigger.exec(text)
    return m && m.index < end ? m.index + m[0].length - 1 : start
  }
}

/** A Markdown code fence (three backticks or tildes after indentation), read undecoded. */
function isFence(raw: Uint8Array, start: number): boolean {
  let i = start
  while (i < raw.length && (raw[i] === 32 || raw[i] === 9)) i++
  const c = raw[i]
  return (c === 96 || c === 126) && raw[i + 1] === c && raw[i + 2] === c
}

/** The line holding byte `at` of `raw`, at most STEP_LINE_BYTES of it from its start. */
/** The bytes around a context fragment's hit that its readers look at (64 before, 80 from it). */
function nearText(raw: Uint8Array, at: number): string {
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString(
    'latin1',
    Math.max(0, at - 64),
    Math.min(raw.length, at + 80)
  )
}

/**
 * The line holding raw[at], at most STEP_LINE_BYTES of it from its start, or from STEP_LINE_BYTES
 * before `at` on a longer line. Both searches stay inside that reach: on a line of megabytes with
 * a fragment every few bytes, searching to the line's ends for each hit was quadratic.
 */
function lineAround(raw: Uint8Array, at: number): string {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  const from = Math.max(0, at - STEP_LINE_BYTES)
  const back = buf.subarray(from, at + 1).lastIndexOf(NL)
  const start = back === -1 ? from : from + back + 1
  const limit = Math.min(buf.length, start + STEP_LINE_BYTES)
  const nl = at < limit ? buf.subarray(at, limit).indexOf(NL) : -1
  const end = nl === -1 ? limit : at + nl
  return buf.toString('latin1', start, Math.max(end, Math.min(buf.length, at + 1)))
}

function countByte(buf: Uint8Array, byte: number): number {
  let n = 0
  for (let i = buf.indexOf(byte); i !== -1; i = buf.indexOf(byte, i + 1)) n++
  return n
}

/** The largest cut ≤ `at` that does not split a UTF-8 sequence. */
function utf8Boundary(buf: Uint8Array, at: number): number {
  let cut = at
  for (let k = 0; k < 3 && cut > 0 && (buf[cut]! & 0xc0) === 0x80; k++) cut--
  return cut > 0 ? cut : at
}

/** How far an S3-compatible store's name may reach on each side of a join of two lines. */
const JOIN_REACH = 256

/**
 * Whether a record may name an S3-compatible store: its lines are asked once each (see
 * `Line.mayNameS3Compatible`); only the text around a wrap the record read across is asked again,
 * since a name may straddle it, and the whole text only by the few expressions that read across
 * lines.
 */
function mayNameS3CompatibleIn(record: LogRecord, lines: Line[]): boolean {
  return (
    lines.some(
      (line, k) => record.spans[k]!.end > record.spans[k]!.start && line.mayNameS3Compatible
    ) ||
    record.joins.some((at) =>
      mayNameS3Compatible(record.text.slice(Math.max(0, at - JOIN_REACH), at + JOIN_REACH))
    ) ||
    namesS3CompatibleAcrossLines(record.text)
  )
}
