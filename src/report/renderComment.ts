// The pull-request comment: our hidden marker (so the Action finds and updates its own comment),
// a heading naming the workflow and job, then the report laid out for the reader (the fix first,
// see commentSections.ts) cut to GitHub's limit.
import { fnv1a } from '../common/fnv1a.js'
import type { Report } from '../model/Report.js'
import { credentialCause, credentialHeadline } from '../model/credentialCauses.js'
import { plural } from './labels.js'
import { layout, utf16Length } from './layout.js'
import { escapeText } from './markdown.js'
import { commentSections } from './commentSections.js'
import type { StepLine } from './logLink.js'
import type { Finding } from '../model/Finding.js'
import {
  changesSince,
  findingIds,
  idLabel,
  renderState,
  shortSha,
  type CommentState
} from './commentState.js'

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65536
/** Below this a useful comment cannot be written; smaller limits are raised to it. */
const MIN_COMMENT_LIMIT = 1024

export interface CommentOptions {
  key: string
  title: string
  runUrl?: string
  limit?: number
  /** A Markdown block the comment must carry whatever its size (the fork caution, say). */
  notice?: string
  /** Head commit the run tested (full SHA): shown short, and kept in the hidden state. */
  sha?: string
  /** The state the previous comment kept: the comment then says what changed since. */
  previous?: CommentState | null
  /** A finding's step and in-step line, when known: "Where" then links to that log line. */
  stepOf?: (f: Finding, index: number) => StepLine | null
}

/**
 * The hidden marker identifying one workflow + job. Safe keys are kept readable; anything else
 * (spaces, `-->`, unicode) becomes a hash, so the marker is always one well-formed comment.
 */
export function commentMarker(key: string): string {
  const k = String(key)
  const readable = /^[A-Za-z0-9._:/=+-]{1,100}$/.test(k) && !/--|whydenied/i.test(k)
  const safe = readable ? k : `h${fnv1a(k)}`
  return `<!-- whydenied:v1 key=${safe} -->`
}

/** A link to the run, only for http(s) URLs, with every character that could end it encoded. */
export function safeLink(text: string, url: string | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  const href = parsed.href.replace(
    /[()<>"'`\\[\]\s|*_~@]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
  )
  // `&` as an entity: CommonMark decodes it in the destination, so the URL is unchanged.
  return `[${escapeText(text)}](${href.replace(/&/g, '&amp;')})`
}

function commentNote(omittedCauses: number): string {
  const what =
    omittedCauses > 0
      ? `${plural(omittedCauses, 'more finding')} not shown`
      : 'Some fixes or details not shown'
  return `_${escapeText(`… ${what}; see the job summary.`)}_`
}

/** Names a few ids by their label (`s3:PutObject`), counting the rest. */
function idList(ids: string[]): string {
  const shown = ids.slice(0, 5).map((id) => `\`${idLabel(id)}\``)
  const more = ids.length - shown.length
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '')
}

/** One line on what changed since the comment's previous version; '' when there was none. */
export function changesLine(previous: CommentState | null | undefined, ids: string[]): string {
  if (!previous) return ''
  const { added, fixed, remaining } = changesSince(previous.ids, ids)
  if (added.length === 0 && fixed.length === 0) return ''
  const since = shortSha(previous.sha)
  const parts = [
    added.length > 0 ? `new: ${idList(added)}` : '',
    fixed.length > 0 ? `fixed: ${idList(fixed)}` : '',
    remaining.length > 0 ? `still failing: ${remaining.length}` : ''
  ].filter(Boolean)
  return `_Since the last run${since ? ` (at \`${since}\`)` : ''}: ${parts.join('; ')}._`
}

function commitText(sha: string | undefined): string {
  const short = shortSha(sha ?? '')
  return short ? ` at commit \`${short}\`` : ''
}

/**
 * What the comment is about, by the kinds of its findings: "denied access" only when something was
 * denied. A log whose findings are all a missing resource or unaccepted credentials says so
 * (heldout10 review h10-146: a plain 404 NoSuchBucket was headed "AWS denied access").
 */
function headingOf(findings: Report['findings'], title: string): string {
  if (findings.length === 0) return `No AWS authorization failures in ${title}`
  const kinds = new Set(findings.map((f) => f.kind))
  if (kinds.has('denial') || kinds.has('encoded')) return `AWS denied access in ${title}`
  if (kinds.size === 1 && kinds.has('oidc'))
    return `Why configure-aws-credentials could not assume the role in ${title}`
  if (kinds.size === 1 && kinds.has('not-found'))
    return `AWS could not find a resource the job named in ${title}`
  if (kinds.size === 1 && kinds.has('credentials'))
    return findings.every(
      (f) => credentialHeadline(credentialCause(f.detail?.cause, f.code)).nothingSent
    )
      ? `No AWS credentials were sent in ${title}`
      : `AWS did not accept the job's credentials in ${title}`
  return `AWS refused the job's requests in ${title}`
}

export function renderComment(report: Report, opts: CommentOptions): string {
  const limit = Math.max(opts.limit ?? COMMENT_LIMIT, MIN_COMMENT_LIMIT)
  const ids = findingIds(report)
  const marker = `${commentMarker(opts.key)}\n${renderState({ sha: opts.sha ?? '', ids })}`
  const link = safeLink('the workflow run', opts.runUrl)
  const heading = headingOf(report.findings, opts.title)
  const trailer = [
    opts.notice,
    link &&
      `Details and logs: ${link}${commitText(opts.sha)}. This comment is updated on every run of the job.`
  ].filter(Boolean)
  const changes = changesLine(opts.previous, ids)
  const sections = commentSections(
    report,
    {
      heading,
      ...(trailer.length > 0 ? { trailer: trailer.join('\n\n') } : {}),
      ...(changes ? { changes } : {}),
      ...(opts.runUrl ? { logUrl: opts.runUrl } : {}),
      ...(opts.stepOf ? { stepOf: opts.stepOf } : {})
    },
    safeLink
  )
  // Sized in UTF-16 units, which is never less than GitHub's count of characters.
  const body = layout(sections, limit - marker.length - 1, utf16Length, commentNote).text
  return `${marker}\n${body}`
}

export interface ResolvedOptions {
  key: string
  title: string
  runUrl?: string
  /** The clean run's head commit. */
  sha?: string
  /** What the comment reported before: named as fixed. */
  previous?: CommentState | null
}

/** The text a comment is edited to when its job is clean again: what was fixed, at which commit. */
export function renderResolvedComment(opts: ResolvedOptions): string {
  const link = safeLink('the latest run', opts.runUrl)
  const text = escapeText(
    `Resolved: the latest run of ${opts.title} had no AWS authorization failures.`,
    600
  ).replace(/^Resolved:/, `Resolved${commitText(opts.sha)}:`)
  const fixed = opts.previous?.ids.length ? `\n\nFixed: ${idList(opts.previous.ids)}.` : ''
  const state = renderState({ sha: opts.sha ?? '', ids: [] })
  return `${commentMarker(opts.key)}\n${state}\n### ✅ ${text}${fixed}${link ? `\n\nSee ${link}.` : ''}\n`
}
