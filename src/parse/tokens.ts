// Small lexical helpers shared by the grammars.

/**
 * Prose in Chinese, Japanese or Korean around a quoted message: full-width punctuation (`」`, `。`,
 * `，`, `：`) and letters of those scripts glued to a value (`…WebIdentity\`로`, `s3:GetObjectの`).
 * IAM names, actions and ARNs are ASCII; only an S3 object key may hold such a letter, and a
 * key cut short is a smaller harm than a denial lost to prose.
 */
const CJK = String.raw`\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef`

/**
 * A placeholder a writer or a tool put where a value stands, one token whatever it holds:
 * `<Log Archive Account>`, `[accnt id]`, `{the user ARN}` (never `{"` of a JSON body), an
 * unresolved CloudFormation/CDK substitution `${AWS::AccountId}` (its `::` and `}` are its own), and
 * words set in Markdown's underscores (`User: _my role_ is not authorized…`, gravitational/teleport#7939).
 */
export const PLACEHOLDER = String.raw`<(?!/)[^<>\n]{1,80}>|\[[^[\]\n]{1,64}\]|\$?\{(?!["\s])[^{}"\n]{1,60}\}|(?<!\w)_[^_\s][^_\n]{0,40}? [^_\n]{0,40}?[^_\s]_(?!\w)`

/**
 * A value token, defined by what cannot be part of it: whitespace, a double quote (ARNs and
 * principals never hold one: it ends a JSON string, escaped or not), a closing markup tag
 * (`</Message>` of an XML error body) and CJK text (see `CJK`). Placeholders (`PLACEHOLDER`) are
 * tokens of their own and may hold spaces. A run of backslashes before a quote or a line end is
 * escaping (`\\"`, a `\n` a paste turned into `\` and a line break), never part of the value.
 */
export const VALUE_TOKEN = String.raw`(?:${PLACEHOLDER}|[^\s<"\\${CJK}]|\\+(?!["\\\r\n]|$)|<(?!/))+`

/**
 * A label written before a value (`Reason:`, `Error:`, `Details:`, `Grund:`): words and their colon.
 * IAM names hold no colon and ARNs have text after theirs, so a label is never a principal.
 */
export function isLabel(value: string): boolean {
  return /^[\p{L}][\p{L}\p{N} _-]{0,40}:$/u.test(value.trim())
}

export const ACTION_RE = /^[A-Za-z0-9][A-Za-z0-9-]*:[A-Za-z0-9*]+$/

const TRAILING = /[.,;:'"`\]}”’»]+$/

/** An ARN end whose colon belongs to it though it looks like punctuation: an unnamed log stream. */
const KEEPS_COLON = /:log-stream$/

/** Strips sentence punctuation and closing brackets a log wrapped around a value. */
export function trimValue(value: string): string {
  // No ARN holds a double quote: from one on, it is the JSON or escaping the message was printed
  // inside (`role/x"}],"isError":true`, `role/x\",\"next`).
  const raw = value
    .trim()
    .replace(/^(arn:[^"]*?)\\*".*$/s, '$1')
    // Ruby prints the exception's class right after its message, no space between
    // (`…function:XXXXXX(Aws::Lambda::Errors::AccessDeniedException)`, travis-ci/travis-ci#7461).
    .replace(/\((?:Aws|AWS)::[\w:]+\)$/, '')
  const v = trimPunctuation(raw)
  if (KEEPS_COLON.test(v) && raw[v.length] === ':') return v + ':'
  // An ARN printed only up to its empty fields (`…in a service control policy:
  // arn:aws:organizations::`, a cut the printer made): its colons are what it shows of them.
  if (ARN_HEAD_ONLY.test(v)) return v + /^:*/.exec(raw.slice(v.length))![0]
  return v
}

/** An ARN's partition and service, perhaps its Region, and nothing after (see trimValue). */
const ARN_HEAD_ONLY = /^arn:[\w-]+:[\w-]+(?::[\w-]*)?$/

/** An elision mark a reporter or tool cut the value with: part of the value as printed. */
export const ELIDED = /(?:\.{3}|…)$/

/** A placeholder closing the value, sentence punctuation after it (group 1: what to keep). */
const ENDS_IN_PLACEHOLDER = new RegExp(String.raw`^(.*(?:${PLACEHOLDER}))[.,;:'"\x60”’»)]*$`, 's')

function trimPunctuation(value: string): string {
  let v = value.trim()
  for (;;) {
    const before = v
    // A placeholder's closing brace or bracket ends the value as printed: `…-${AWS::Region}`.
    const kept = /[}\]][^}\]]{0,3}$/.test(v) ? ENDS_IN_PLACEHOLDER.exec(v) : null
    if (kept) return kept[1]!
    // `role/x...` keeps its elision (`role/x....` too: elision, then the sentence's period), and
    // so does an ARN elided after a colon (`arn:aws:kms:...`: the colon is part of the ARN).
    v = v.replace(TRAILING, (cut) =>
      cut.startsWith('...') ? '...' : cut.startsWith(':...') ? ':...' : ''
    )
    if (v.endsWith(')') && count(v, '(') < count(v, ')')) v = v.slice(0, -1)
    // Likewise a wrapper's closing angle bracket: Ruby's inspect of an exception
    // (`#<Aws::STS::Errors::AccessDenied: … on resource: arn:…:role/x>`, h125-077); a
    // placeholder (`<ACCOUNT>`) opens its own.
    if (v.endsWith('>') && count(v, '<') < count(v, '>')) v = v.slice(0, -1)
    if (v === before) return v
  }
}

function count(s: string, ch: string): number {
  let n = 0
  for (const c of s) if (c === ch) n++
  return n
}

/** Removes quotes or backticks around a whole value. */
export function unquote(value: string): string {
  // A backtick escaped by Markdown source (a DevelopersIO article's SES message, h151-015).
  return value.replace(/^\\?[`'"“‘]+/, '').replace(/[`'"”’]+$/, '')
}

const BLOB_CHARS = /[A-Za-z0-9_-]+/y
const BLOB_LINE = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*$/
/**
 * The Go SDK v1's status line, printed right under a message (`…failure message: ` / ` \tstatus
 * code: 403, request id: `): where it stands, the marker was left empty and `status` is no blob.
 */
const STATUS_LINE = /status\s{1,40}code: \d{3}/y

/**
 * Reads an encoded authorization message starting at `pos`, joining the lines a terminal or log
 * wrapped it over: a following line continues the blob only when it is made of blob characters
 * alone and looks like one (a digit, `_` or `-`, or long).
 */
export function readBlob(text: string, pos: number): { blob: string; end: number } {
  STATUS_LINE.lastIndex = pos
  if (STATUS_LINE.test(text)) return { blob: '', end: pos }
  BLOB_CHARS.lastIndex = pos
  const first = BLOB_CHARS.exec(text)
  if (!first) return { blob: '', end: pos }
  let blob = first[0]
  let end = pos + first[0].length
  while (text[end] === '\n' && blob.length >= 40) {
    const next = text.indexOf('\n', end + 1)
    const line = text.slice(end + 1, next === -1 ? text.length : next)
    const m = BLOB_LINE.exec(line)
    if (!m || !(/[0-9_-]/.test(m[1]!) || m[1]!.length >= 40)) break
    blob += m[1]
    end = next === -1 ? text.length : next
  }
  return { blob, end }
}
