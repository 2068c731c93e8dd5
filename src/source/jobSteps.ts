// Which step of a job a log line belongs to, and its line within that step: GitHub anchors a
// job-log line as `#step:STEP:LINE` (LINE counted within the step), while the log we download is
// the whole job's. The jobs API gives each step's start and end (to the second); every log line
// starts with the runner's timestamp. A line belongs to the last step started at or before it.
// When one step ends and the next starts within the same second, the next step begins at its
// first group header (`##[group]Run …`, how the runner opens a step) in that second.

/** A step as the jobs API lists it (`GET …/actions/runs/{id}/jobs`). */
export interface RunStep {
  number: number
  name: string
  status: string
  conclusion: string | null
  started_at?: string | null
  completed_at?: string | null
}

/** A log line's place on GitHub's job page (both 1-based). */
export interface StepLine {
  step: number
  line: number
}

interface Span {
  number: number
  start: number
  end: number | null
  /** Line of the job log the step's output starts on; 0 until seen. */
  first: number
}

const NL = 0x0a
/** Enough of a line for the timestamp and a step header after it. */
const HEAD_BYTES = 64
// The runner's timestamp, to the second (the API's precision), after an optional BOM (its UTF-8
// bytes, as the head is read byte for byte).
const STAMP = /^(?:\u00EF\u00BB\u00BF)?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z ?/
// How the runner opens a step's output: a group header, or the post-job cleanup line.
const STEP_HEADER = /^(?:##\[group\]|Post job cleanup\.|Cleaning up orphan processes)/

/** Seconds since the epoch, or null when absent or unreadable. */
function second(iso: string | null | undefined): number | null {
  if (!iso) return null
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null
}

/** Fed the job log as it streams (a tee beside the engine); answers for any line after. */
export class StepLines {
  private readonly spans: Span[]
  private current = -1
  private lineNo = 1
  private head = ''

  constructor(steps: readonly RunStep[]) {
    this.spans = steps
      .filter((s) => s.conclusion !== 'skipped' && Number.isSafeInteger(s.number) && s.number > 0)
      .flatMap((s) => {
        const start = second(s.started_at)
        return start === null
          ? []
          : [{ number: s.number, start, end: second(s.completed_at), first: 0 }]
      })
      .sort((a, b) => a.number - b.number)
  }

  write(chunk: Uint8Array | string): void {
    if (this.spans.length === 0) return
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    for (let nl = buf.indexOf(NL, start); nl !== -1; nl = buf.indexOf(NL, start)) {
      this.take(buf, start, nl)
      this.endLine()
      start = nl + 1
    }
    this.take(buf, start, buf.length)
  }

  end(): void {
    if (this.head) this.endLine()
  }

  /** The step and in-step line of a job-log line; null when no step is known to hold it. */
  at(line: number): StepLine | null {
    let found: Span | null = null
    for (const span of this.spans) if (span.first > 0 && span.first <= line) found = span
    return found ? { step: found.number, line: line - found.first + 1 } : null
  }

  private take(buf: Buffer, from: number, to: number): void {
    const room = HEAD_BYTES - this.head.length
    if (room > 0 && to > from) this.head += buf.toString('latin1', from, Math.min(to, from + room))
  }

  private endLine(): void {
    const stamp = STAMP.exec(this.head)
    if (stamp) this.place(Date.parse(`${stamp[1]}Z`) / 1000, this.head.slice(stamp[0].length))
    this.head = ''
    this.lineNo++
  }

  /** Moves on to the step this line opens, if it opens one. */
  private place(at: number, text: string): void {
    if (!Number.isFinite(at)) return
    let headerUsed = false
    while (this.current + 1 < this.spans.length) {
      const next = this.spans[this.current + 1]!
      const cur = this.current >= 0 ? this.spans[this.current]! : null
      // Within the second the current step may still be printing: only a header says it ended.
      const shared = cur !== null && (cur.end === null || cur.end >= next.start)
      const opens =
        at > next.start ||
        (at === next.start && (!shared || (!headerUsed && STEP_HEADER.test(text))))
      if (!opens) break
      if (at === next.start && shared) headerUsed = true
      this.current++
      next.first = this.lineNo
    }
  }
}
