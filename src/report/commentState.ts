// What a comment remembers about the run that wrote it, in a second hidden line under the key
// marker: the commit it reported on and a compact id per finding. The next run reads it back to
// say what is new, fixed or still there, and to refuse to overwrite a newer commit's results.
// Everything read back is untrusted (anyone can edit a comment they can see): only ids of the
// shape we write are kept.
import { fnv1a } from '../common/fnv1a.js'
import type { Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'

export interface CommentState {
  /** Full head SHA of the commit the comment reports on; '' when unknown. */
  sha: string
  /** Compact ids of the findings shown, in report order. */
  ids: string[]
}

export interface Changes {
  added: string[]
  fixed: string[]
  remaining: string[]
}

const STATE_PREFIX = '<!-- whydenied:state '
const SHA = /^[0-9a-f]{7,64}$/
/** `service:Action@hash`: the label keeps the fixed list readable, the hash keeps ids apart. */
const ID = /^[a-z0-9-]{1,40}(:[A-Za-z0-9*]{1,80})?@[0-9a-f]{8}$/
/** No `--` (it would end the HTML comment) and never our own marker's name. */
const validId = (id: string) => ID.test(id) && !id.includes('--') && !/whydenied/i.test(id)

/** A comment with hundreds of findings still keeps its marker small. */
const MAX_IDS = 200

/** A short, stable id of what was refused: the same denial on the next run gets the same id. */
export function findingId(f: Finding): string {
  const fingerprint = [f.kind, f.action ?? f.operation, f.resource, f.principal, f.layer, f.code]
    .map((part) => part ?? '')
    .join('\u0000')
  // Only a well-formed IAM action names the id; anything else a log printed stays out of it.
  const [, service, name] =
    /^([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*):([A-Za-z0-9*]{1,80})$/.exec(f.action ?? '') ?? []
  const label = service && name ? `${service.toLowerCase().slice(0, 40)}:${name}` : f.kind
  const id = `${label}@${fnv1a(fingerprint)}`
  return validId(id) ? id : `finding@${fnv1a(fingerprint)}`
}

export function findingIds(report: Report): string[] {
  return [...new Set(report.findings.map(findingId))].slice(0, MAX_IDS)
}

/** The hidden state line; `--` cannot occur in it (ids and SHAs are checked above). */
export function renderState(state: CommentState): string {
  const sha = SHA.test(state.sha) ? state.sha : ''
  const ids = state.ids.filter(validId).slice(0, MAX_IDS)
  return `${STATE_PREFIX}sha=${sha} ids=${ids.join(',')} -->`
}

/** The state of an earlier comment; null when it has none (written by an older version). */
export function readState(body: string): CommentState | null {
  const line = body
    .split('\n', 3)
    .slice(1)
    .find((l) => l.startsWith(STATE_PREFIX))
  if (!line) return null
  const sha = /\bsha=(\S*)/.exec(line)?.[1] ?? ''
  const ids = (/\bids=(\S*)/.exec(line)?.[1] ?? '').split(',')
  return {
    sha: SHA.test(sha) ? sha : '',
    ids: ids.filter(validId).slice(0, MAX_IDS)
  }
}

export function changesSince(previous: string[], current: string[]): Changes {
  const before = new Set(previous)
  const now = new Set(current)
  return {
    added: current.filter((id) => !before.has(id)),
    fixed: previous.filter((id) => !now.has(id)),
    remaining: current.filter((id) => before.has(id))
  }
}

/** The readable half of an id: `s3:PutObject@1a2b3c4d` → `s3:PutObject`. */
export function idLabel(id: string): string {
  return id.slice(0, id.lastIndexOf('@'))
}

export function shortSha(sha: string): string {
  return SHA.test(sha) ? sha.slice(0, 7) : ''
}
