import type { Denial } from '../model/Denial.js'
import type { RecordLiterals } from './RecordLiterals.js'

/** A grammar's match inside a record's text, before overlaps are resolved. */
export interface Candidate {
  start: number
  end: number
  /**
   * Where the message itself starts when `start` was widened to a code printed before it (`An
   * UnauthorizedOperation error occurs when … (e.g., "User is not authorized…")`): prose about
   * the error is read around the message too.
   */
  core?: number
  /** Higher wins when candidates overlap or sit on the same line. */
  priority: number
  denial: Denial
  /**
   * Reads what surrounds the match (code, operation, service) into `denial` and widens the span.
   * Deferred because most weaker readings lose to a stronger one and never need it.
   */
  settle?: () => void
}

/** Settles a candidate once (see `Candidate.settle`). */
export function settle(c: Candidate): Candidate {
  const s = c.settle
  if (s) {
    c.settle = undefined
    s()
  }
  return c
}

/** What a grammar may know beyond the record's own text. */
export interface RecordContext {
  /** The last ECR registry host the log mentioned (docker prints it lines before the error). */
  ecrRegistry: string | null
  /** The registry host docker last said it pushes to, ECR's or not (lines above a refusal). */
  pushTarget?: string | null
  /** The log showed kubectl/eksctl talking to an EKS cluster (recently, or in this record). */
  eks?: boolean
  /** The log placed a Kafka login on Amazon MSK's IAM mechanism (recently; see `MSK_IAM`). */
  mskIam?: boolean
  /** The service a line just above said it was calling (see `requestTarget`). */
  requestTarget?: string | null
  /**
   * The service of an AWS endpoint a line just above named (see `endpointServiceIn`): whose
   * credentials check a failure below it was, when the record names no service of its own.
   */
  endpointAbove?: string | null
  /** A non-AWS S3-compatible service the log named recently (see `S3_COMPATIBLE`). */
  s3Compatible?: string | null
  /** Grammars whose refusals a sign of an emulator the log showed recently makes its own (see `EMULATOR_SIGNS`). */
  emulatedGrammars?: readonly string[] | null
  /**
   * A lead-in line above the record that presents a list of samples or fragments, the lines
   * since it all short list items (see `generalProse`): the list may run past a record's reach.
   */
  leadIn?: string | null
  /**
   * A backtick raw string opened on a line above the record, within `RAW_REACH` lines (a Go
   * test's canned response body): the record's text up to its first backtick is the string's.
   */
  inRawString?: boolean
  /** The CloudTrail event fields the log printed above the record (see `CloudTrailCall`). */
  cloudTrail?: CloudTrailCall | null
  /**
   * Which of the grammars' `literals` the record may hold (set by `parseRecord`). A grammar
   * skips an expression whose literals are absent; without this, every expression runs.
   */
  literals?: RecordLiterals
}

/** A CloudTrail event's `eventSource` and `eventName`, as printed. */
export interface CloudTrailCall {
  eventSource: string | null
  eventName: string | null
  /** `userIdentity.arn`: the session or user that made the call (never `sessionIssuer`'s role). */
  caller?: string | null
}

export interface Grammar {
  /** The name its denials carry in `grammar` (the JSON field). */
  id: string
  /**
   * Stable rule id (WD7xx), shown in the outputs and anchored in docs/rules.md. Never changed or
   * reused once published: a new grammar takes the next free number (a test holds the list).
   */
  rule: string
  /** Other names this grammar gives some of its denials, each with its own rule id. */
  variants?: readonly { id: string; rule: string }[]
  /** Fixed strings this grammar's expressions cannot match without (see `RecordContext.literals`). */
  literals?: readonly string[]
  find(text: string, ctx: RecordContext): Candidate[]
}

/** Priorities: the full IAM sentence beats a message phrase, which beats a bare error code. */
export const PRIORITY = {
  sentence: 50,
  message: 30,
  credentials: 25,
  notFound: 22,
  bareCode: 10
} as const
