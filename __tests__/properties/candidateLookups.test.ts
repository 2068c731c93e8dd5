// Benchmark guard (issue 16, tenth round), untimed: what settling and the prose check ask for each
// candidate of a hostile record (lines made of refusal phrases) is answered without searching the
// same text again. Each test counts work (searches, expression runs) or holds a kept answer to a
// fresh one on generated queries.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { emptyDenial } from '../../src/model/Denial.js'
import { HEAD_NEEDS, generalProseAt } from '../../src/parse/generalProse.js'
import type { ProseLine } from '../../src/parse/generalProse.js'
import { LineLiterals } from '../../src/parse/lineLiterals.js'
import { CODE_SLOTS, codeAround } from '../../src/parse/codeSlots.js'
import { parseRecord } from '../../src/parse/parseRecord.js'
import { serviceHint } from '../../src/parse/serviceHints.js'

/** ASCII capitals lowered: how the gated expressions (`i`, no `u`) fold case. */
const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** Calls of String.prototype.indexOf while `fn` runs, with the strings searched for. */
function indexOfCalls(fn: () => void): { on: string; literal: string }[] {
  const indexOf = String.prototype.indexOf
  const calls: { on: string; literal: string }[] = []
  String.prototype.indexOf = function (this: string, literal: string, from?: number) {
    calls.push({ on: String(this), literal })
    return indexOf.call(this, literal, from)
  }
  try {
    fn()
  } finally {
    String.prototype.indexOf = indexOf
  }
  return calls
}

describe('LineLiterals: one line, many questions', () => {
  const literals = [...new Set(HEAD_NEEDS.flatMap((h) => h.needs.flat()))]
  const lists = HEAD_NEEDS.flatMap((h) => h.needs)
  const pieces = [...literals, 'AccessDenied: ', 'Access Denied. ', 'the ', ' ', 'x', 'K', 'İ']
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''))

  it('answers every question of a sequence as a fresh search of the stretch would', () => {
    // Starts go back and forth (each grammar's candidates come in text order, one grammar after
    // another): what a search found for one start must not answer wrongly for another.
    const question = fc.tuple(fc.nat(lists.length - 1), fc.nat(), fc.nat())
    fc.assert(
      fc.property(line, fc.array(question, { maxLength: 40 }), (text, questions) => {
        const facts = new LineLiterals(text)
        for (const [k, a, b] of questions) {
          const list = lists[k]!
          const from = a % (text.length + 1)
          const to = from + (b % (text.length - from + 1))
          const naive = list.some((w) => folded(text.slice(from, to)).includes(w))
          expect([list, from, to, facts.anyWithin(list, from, to)]).toEqual([list, from, to, naive])
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('searches a literal absent from a line of refusal sentences at most once, most not at all', () => {
    // 60 sentences of refusal phrases: every sentence a new start for the shapes' words.
    const text = Array.from({ length: 60 }, (_, k) =>
      k % 2 ? 'AccessDenied: Access Denied. ' : 'Access Denied (Service: Amazon S3) error. '
    ).join('')
    const lower = folded(text)
    const lines = new Map<number, ProseLine>()
    let candidates = 0
    const calls = indexOfCalls(() => {
      for (let at = text.indexOf('Access'); at !== -1; at = text.indexOf('Access', at + 1)) {
        candidates++
        generalProseAt(text, at, emptyDenial('denial', 'test'), 'Access', null, lines)
      }
    })
    const searches = (literal: string) =>
      calls.filter((c) => c.on === lower && c.literal === literal).length
    const words = [...new Set(HEAD_NEEDS.flatMap((h) => h.needs.flat()))]
    const absent = words.filter((w) => !lower.includes(w))
    expect(candidates).toBeGreaterThan(80)
    expect(absent.length).toBeGreaterThan(20)
    // Per sentence, each was searched again: 60 searches of each word a shape asked for.
    for (const w of absent) expect([w, searches(w) <= 1]).toEqual([w, true])
    // Most are ruled out by a character pair the line lacks, without a search.
    expect(absent.filter((w) => searches(w) === 0).length).toBeGreaterThan(absent.length / 2)
    // A word the line holds is searched again only past where it was last found.
    expect(searches('error')).toBeLessThanOrEqual(31)
  })
})

describe('settling a candidate', () => {
  const text =
    'AccessDenied: Access Denied AccessDenied: Access Denied User: arn:aws:iam::1:user/u is not ' +
    'authorized to perform: s3:GetObject AccessDenied: Access Denied'

  it('looks for where the next error starts once, for both searches after the message', () => {
    const end = text.indexOf('Denied') + 'Denied'.length
    const calls = indexOfCalls(() => codeAround(text, 0, end, 0))
    // `Could not load credentials` is one of the phrases that start another error.
    expect(calls.filter((c) => c.literal === 'Could not load credentials')).toHaveLength(1)
  })

  it('reads the catalog for a hint with a target only when the window holds the hint', () => {
    const exec = RegExp.prototype.exec
    let catalogRuns = 0
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      // actionForOperation's first step: an operation's API-version suffix taken off.
      if (this.source.includes(String.raw`\d{8}|\d{4}_\d{2}_\d{2}`)) catalogRuns++
      return exec.call(this, s)
    }
    try {
      expect(serviceHint(text, 0, text.length, undefined, 'GetObject')).toBeNull()
      expect(catalogRuns).toBe(0)
      // With an `s3://` URL the target is read, and fits.
      const url = `${text} s3://bucket/key`
      expect(serviceHint(url, 0, url.length, undefined, 'GetObject')).toBe('s3')
      expect(catalogRuns).toBeGreaterThan(0)
    } finally {
      RegExp.prototype.exec = exec
    }
  })

  it('runs no code slot on a record that lacks every string its expression needs', () => {
    // The bench's hostile phrases: no `):` (Java SDK v2's suffix), no credential code on its own.
    const record = Array.from({ length: 12 }, (_, k) =>
      [
        'AccessDenied: Access Denied ',
        'User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject ',
        'An error occurred (AccessDenied) when calling the GetObject operation: ',
        'Access Denied (Service: Amazon S3; Status Code: 403) '
      ]
        .slice(k % 4)
        .join('')
    ).join('\n')
    const slots = new Set(CODE_SLOTS.map((s) => s.re))
    const exec = RegExp.prototype.exec
    const ran = new Map<string, number>()
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (slots.has(this)) ran.set(this.source, (ran.get(this.source) ?? 0) + 1)
      return exec.call(this, s)
    }
    const ctx = { cloudTrail: null, ecrRegistry: null, eks: false, s3Compatible: null }
    try {
      expect(parseRecord(record, ctx).length).toBeGreaterThan(5)
    } finally {
      RegExp.prototype.exec = exec
    }
    // The two that had no needs ran for every candidate settled.
    const suffix = CODE_SLOTS.find((s) => s.re.source.startsWith(String.raw`\):(?!null`))!
    const ownLine = CODE_SLOTS.find((s) => s.re.source.includes('^[ \\t>]*(SignatureDoesNotMatch'))!
    expect(ran.get(suffix.re.source) ?? 0).toBe(0)
    expect(ran.get(ownLine.re.source) ?? 0).toBe(0)
    for (const { re, needs } of CODE_SLOTS) {
      if (needs?.some((n) => record.includes(n)) !== false) continue
      expect([re.source, ran.get(re.source) ?? 0]).toEqual([re.source, 0])
    }
  })
})
