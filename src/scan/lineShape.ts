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
 * held by one (values lower case). Conservative: a short value marks every part that holds it.
 */
export function partsFeeding(s: LineShape, values: readonly string[]): number[] {
  const used: number[] = []
  for (let k = 0; 2 * k < s.bounds.length; k++) {
    const p = partOf(s, k).toLowerCase()
    if (values.some((v) => p.includes(v) || v.includes(p))) used.push(k)
  }
  return used
}
