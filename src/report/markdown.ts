// Safe building blocks for Markdown that carries untrusted text (every byte of a log is untrusted).
// GitHub renders comments with cmark-gfm, then links @mentions and #refs in the resulting text
// nodes, so escaping alone is not enough: those are broken with a zero-width space instead.

const ZWSP = '\u200b'

// C0/C1 controls (terminal escapes, NUL), bidi overrides that can disguise text, BOM.
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const NEWLINES = /[\r\n\u2028\u2029]+/
// Characters with inline meaning anywhere in a line (GitHub also renders `$math$`).
const INLINE_SPECIAL = /[\\`*_[\]|~$]/g
// Characters that only mean something at the start of a line (headings, lists, setext, quotes).
const LINE_START_SPECIAL = /^([#+\-=!]|\d{1,9}(?=[.)]))/
const HTML_SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
// Our hidden comment marker must never be forgeable from log text, even inside code.
const MARKER_TOKEN = /whydenied:v/gi
const HTML_COMMENT_OPEN = /<!--/g

/** Removes controls and lone surrogates: what is left is printable, well-formed text. */
export function cleanText(s: string): string {
  return String(s).replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd')
}

/** One line: each newline, with the spaces around it, becomes a single space. */
export function oneLine(s: string): string {
  // split + trim rather than one regex: linear on long runs of spaces.
  return cleanText(s)
    .split(NEWLINES)
    .map((part, i, all) =>
      i === 0 ? part.trimEnd() : i === all.length - 1 ? part.trimStart() : part.trim()
    )
    .filter((part, i, all) => part !== '' || i === 0 || i === all.length - 1)
    .join(' ')
}

/** Shortens to at most `max` UTF-16 units, never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s
  let cut = Math.max(0, max - 1)
  if (cut > 0 && /[\ud800-\udbff]/.test(s[cut - 1] ?? '')) cut -= 1
  return s.slice(0, cut) + '…'
}

// Bounds the work on huge fields before any regular expression sees them.
function head(s: string, max: number): string {
  const text = String(s)
  return Number.isFinite(max) && text.length > max * 2 + 16 ? text.slice(0, max * 2 + 16) : text
}

// GFM turns bare URLs and www. names into links: a log must not choose where a comment links to.
const AUTOLINK = /\b(https?|ftp|mailto)(:)|\b(www)(\.)/gi

// Applied last to already-escaped text: nothing GitHub could link or treat as our marker survives.
function neutralise(s: string): string {
  return s
    .replace(AUTOLINK, (_m, scheme, colon, www, dot) =>
      scheme ? scheme + ZWSP + colon : www + ZWSP + dot
    )
    .replace(/@/g, '@' + ZWSP)
    .replace(/(?<!&)#(?=\\?[0-9])/g, '#' + ZWSP)
    .replace(/(GH)(-)(?=[0-9])/gi, '$1' + ZWSP + '$2')
    .replace(MARKER_TOKEN, (m) => m.slice(0, 9) + ZWSP + m.slice(9))
}

function escapeInline(s: string): string {
  return s.replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c).replace(INLINE_SPECIAL, '\\$&')
}

function escapeLineStart(s: string): string {
  return s.replace(LINE_START_SPECIAL, (m) => (/^\d/.test(m) ? m + '\\' : '\\' + m))
}

/**
 * Untrusted text as inline Markdown: one line, at most `max` characters, Markdown syntax
 * escaped and `< > &` as entities (no raw HTML can appear), mentions and #refs broken.
 */
export function escapeText(s: string, max = 500): string {
  const text = truncate(oneLine(head(s, max)).trim(), max)
  return neutralise(escapeLineStart(escapeInline(text)))
}

/** Untrusted text inside raw HTML (a `<summary>`), where Markdown is not interpreted. */
export function escapeHtml(s: string, max = 300): string {
  const text = truncate(oneLine(head(s, max)).trim(), max)
  return neutralise(text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c] ?? c))
}

function longestBacktickRun(s: string): number {
  let longest = 0
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return longest
}

// Inside code GitHub links nothing, so the text is kept verbatim except for the marker.
function guardCode(s: string): string {
  return s
    .replace(HTML_COMMENT_OPEN, '<!' + ZWSP + '--')
    .replace(MARKER_TOKEN, (m) => m.slice(0, 9) + ZWSP + m.slice(9))
}

/**
 * Untrusted text as an inline code span. The fence is longer than any backtick run inside;
 * a space pads content that starts or ends with a backtick or a space (CommonMark strips one).
 */
export function codeSpan(s: string, max = 1000): string {
  let text = guardCode(truncate(oneLine(head(s, max)), max))
  if (text === '') text = ' '
  const fence = '`'.repeat(longestBacktickRun(text) + 1)
  const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? ' ' : ''
  return fence + pad + text + pad + fence
}

/**
 * A code span fit for a GFM table cell: the table splits rows on `|` before code spans are
 * parsed, even inside them, so pipes are escaped (the table parser removes the backslash).
 */
export function tableCode(s: string, max = 1000): string {
  return codeSpan(s, max).replace(/\|/g, '\\|')
}

/** Untrusted text as a fenced code block that nothing inside can close or escape from. */
export function codeBlock(s: string, lang = ''): string {
  const text = guardCode(cleanText(s).replace(/\r\n?/g, '\n').replace(/\n+$/, ''))
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1))
  const info = lang.replace(/[^A-Za-z0-9_+-]/g, '')
  return `${fence}${info}\n${text}\n${fence}`
}

/**
 * Prose we wrote around values from a log (titles, explanations, notes): `backticked` parts
 * become code spans, the rest is escaped. Paragraphs (blank lines) are kept.
 */
export function formatProse(s: string, max = 2000): string {
  const paragraphs = truncate(cleanText(head(s, max)), max)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return paragraphs.map(formatInline).join('\n\n')
}

function formatInline(s: string): string {
  const parts = oneLine(s).split(/`([^`]+)`/)
  return parts
    .map((part, i) => {
      // The prose is capped already; a command in it (an encoded blob) must not be cut.
      if (i % 2 === 1) return codeSpan(part, Infinity)
      const escaped = escapeInline(part)
      return neutralise(i === 0 ? escapeLineStart(escaped) : escaped)
    })
    .join('')
}

/** A collapsible section: our own `<details>`/`<summary>`, the body as Markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`
}
