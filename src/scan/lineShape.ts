// The shape of a log line: its text with the parts that vary between repeats of one message
// (file names, keys, ids, numbers, timestamps) taken out. Lines of one shape are one message
// printed again, and parse alike as long as the varying parts they differ in feed no field.

/** Characters that end a token: where a varying part starts and ends. */
const SEPARATORS = ' \t\n\r\f\v()[]{}"\'`,;<>|\\/'
const IS_SEPARATOR = new Uint8Array(128)
for (const c of SEPARATORS) IS_SEPARATOR[c.charCodeAt(0)] = 1
/**
 * A token is a varying part when it holds a digit, an inner dot, `=` or `+` (numbers, ids, file
 * names, base64), or is this long (ids, hashes: not words of a message).
 */
const LONG_TOKEN = 24
/** Stands for a varying part in the shape's hash (a code no normalised line holds). */
const HOLE = 1
/**
 * Base64 and hex ids (S3's extended request ids: `hwbE6/smJ/33550rR/ZmMJ…`) are this long at
 * least, and switch between lower case, upper case and digits at least once in this many
 * characters (random base64: about once in two); words, class names and paths (`dist/app-1.js`,
 * `node_modules/@aws-sdk/client-s3`) switch far less.
 */
const MIN_ID_LENGTH = 20
const CHARS_PER_SWITCH = 5
/** Characters of base64 and hex: what an opaque id is made of (`-` and `_` for URL-safe ones). */
const IS_ID_CHAR = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-')
  IS_ID_CHAR[c.charCodeAt(0)] = 1

/** Switches between lower case, upper case and digits in text[from, to). */
function switches(text: string, from: number, to: number): number {
  let n = 0
  let last = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const kind = c >= 48 && c <= 57 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 97 && c <= 122 ? 3 : 0
    if (kind === 0) continue
    if (last !== 0 && kind !== last) n++
    last = kind
  }
  return n
}

/** Whether text[from, to) (id characters only) reads as random: an opaque id. */
function looksRandom(text: string, from: number, to: number): boolean {
  return to - from >= MIN_ID_LENGTH && switches(text, from, to) * CHARS_PER_SWITCH >= to - from
}

/**
 * The run of base64 characters from `from`, which holds a `/` (a separator elsewhere, so such an id
 * would fall apart into pieces, some without a digit, that stay in the shape and make every line
 * a shape of its own): its end when it is an opaque id, else minus its end.
 */
function idRun(text: string, from: number): number {
  let i = from
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 || IS_ID_CHAR[c] !== 1) break
  }
  const ends =
    i === text.length || text.charCodeAt(i) >= 128 || IS_SEPARATOR[text.charCodeAt(i)] === 1
  return ends && looksRandom(text, from, i) ? i : -i
}

/** A varying part that is an opaque id: no field is read from inside it, only whole. */
function isOpaqueId(part: string): boolean {
  if (part.length < MIN_ID_LENGTH) return false
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i)
    if (c >= 128 || IS_ID_CHAR[c] !== 1) return false
  }
  return looksRandom(part, 0, part.length)
}

export interface LineShape {
  /**
   * A 52-bit hash of the text with each varying part replaced by one hole (two independent
   * 32-bit rounds: two shapes of one log collide about once in 10^15 pairs).
   */
  hash: number
  text: string
  /** Where each varying part starts and ends in `text`, in pairs. */
  bounds: number[]
}

/** Read by hand, with no string built: this runs for every line near a refusal. */
export function lineShape(text: string): LineShape {
  const bounds: number[] = []
  let a = 0x811c9dc5
  let b = 0x01000193
  const n = text.length
  let i = 0
  // Tokens before this lie inside a run already found not to be an opaque id.
  let noIdUntil = 0
  while (i < n) {
    const start = i
    // A token's characters are hashed as they are read; a varying one is hashed again as a hole.
    let ta = a
    let tb = b
    let varying = false
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c < 128 && IS_SEPARATOR[c] === 1) break
      if ((c >= 48 && c <= 57) || c === 61 || c === 43) varying = true
      else if (c === 46 && i + 1 < n && text.charCodeAt(i + 1) !== 46) varying = true
      ta = Math.imul(ta ^ c, 0x01000193)
      tb = Math.imul(tb ^ c, 0x5bd1e995)
    }
    // Only a token cut by a `/` may be the first piece of an opaque id.
    if (i < n && text.charCodeAt(i) === 47 && start >= noIdUntil) {
      const run = idRun(text, start)
      if (run > 0) {
        i = run
        varying = true
      } else {
        noIdUntil = -run
      }
    }
    if (i > start) {
      if (varying || i - start >= LONG_TOKEN) {
        bounds.push(start, i)
        a = Math.imul(a ^ HOLE, 0x01000193)
        b = Math.imul(b ^ HOLE, 0x5bd1e995)
      } else {
        a = ta
        b = tb
      }
    }
    if (i < n) {
      const c = text.charCodeAt(i++)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x5bd1e995)
    }
  }
  return { hash: (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff), text, bounds }
}

/** The k-th varying part of a line. */
export function partOf(s: LineShape, k: number): string {
  return s.text.slice(s.bounds[2 * k], s.bounds[2 * k + 1])
}

/**
 * The varying parts a parse may have read a value from: those that hold one of `values` or are
 * held by one (values lower case). Conservative: a short value marks every part that holds it,
 * except an opaque id (base64, hex), which feeds a value only whole: a random id holds `s3` or
 * `ec2` often enough that every line would otherwise be keyed by its own ids.
 */
export function partsFeeding(s: LineShape, values: readonly string[]): number[] {
  const used: number[] = []
  for (let k = 0; 2 * k < s.bounds.length; k++) {
    const raw = partOf(s, k)
    const p = raw.toLowerCase()
    const opaque = isOpaqueId(raw)
    if (values.some((v) => v.includes(p) || (!opaque && p.includes(v)))) used.push(k)
  }
  return used
}
