// Values that must never appear in anything whydenied writes (comment, summary, annotations,
// outputs, log lines). Masked as the runner masks them (actions/runner HostContext.cs registers
// these encoders): the value, each of its lines, and the forms a tool may print it in.

import { escapeRegExp } from '../common/escapeRegExp.js'

const REPLACEMENT = '***'

/** `https://user:pass@host` keeps only `https://***@host`: credentials in URLs are never written. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>`]+@/gi

function base64(bytes: Buffer): string {
  return bytes.toString('base64')
}

/** .NET Uri.EscapeDataString: only RFC 3986 unreserved characters stay. */
function uriEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()
  )
}

function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The encoded forms, one rule each, as the runner's ValueEncoders produce them. */
const ENCODERS: ((value: string) => string)[] = [
  (v) => base64(Buffer.from(v)),
  // A secret inside `base64(user:secret)` starts at any byte offset modulo 3.
  (v) => base64(Buffer.from(v).subarray(1)),
  (v) => base64(Buffer.from(v).subarray(2)),
  (v) => v.replace(/"/g, '\\"'),
  (v) => v.replace(/'/g, "''"),
  (v) => JSON.stringify(v).slice(1, -1),
  uriEscape,
  xmlEscape,
  (v) => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : '')
]

export class SecretMask {
  private readonly values = new Set<string>()
  private pattern: RegExp | null = null

  /** Adds a secret; blank values are ignored, as the runner ignores them. */
  add(value: string): void {
    if (value.trim() === '') return
    const forms = [value, ...value.split(/[\r\n]+/).map((line) => line.trim())]
    for (const form of forms) {
      if (form === '') continue
      this.values.add(form)
      for (const encode of ENCODERS) {
        const encoded = encode(form)
        if (encoded !== '') this.values.add(encoded)
      }
    }
    this.pattern = null
  }

  get size(): number {
    return this.values.size
  }

  /** The text with every known secret and every URL's userinfo replaced by `***`. */
  mask(text: string): string {
    let out = text.replace(URL_USERINFO, `$1${REPLACEMENT}@`)
    if (this.values.size === 0) return out
    // Longest first, so a secret that contains another is masked whole.
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g'
    )
    out = out.replace(this.pattern, REPLACEMENT)
    return out
  }

  /** Every string inside plain data (a report, a findings array), masked; the shape is kept. */
  maskDeep<T>(value: T): T {
    if (typeof value === 'string') return this.mask(value) as T
    if (Array.isArray(value)) return value.map((v: unknown) => this.maskDeep(v)) as T
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.maskDeep(v)])) as T
    }
    return value
  }
}
