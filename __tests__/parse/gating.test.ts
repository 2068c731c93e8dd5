// The literal gates that let a record skip expressions: a gate must never hide a match.
import fs from 'node:fs'
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import type { Grammar } from '../../src/parse/Candidate.js'
import { CODE_SLOTS } from '../../src/parse/codeSlots.js'
import { KNOWN_CODE_SOURCE } from '../../src/parse/codes.js'
import { GRAMMARS } from '../../src/parse/grammars/index.js'
import { STRONG_SLOTS, prefixSlots } from '../../src/parse/grammars/bareCode.js'
import { credentialRules } from '../../src/parse/grammars/credentials.js'
import { messageRules } from '../../src/parse/grammars/messages.js'
import { notFoundRules } from '../../src/parse/grammars/notFound.js'
import { parseRecord } from '../../src/parse/parseRecord.js'
import { normalizeLine } from '../../src/scan/normalizeLine.js'

const corpusRecords = fs
  .readFileSync(new URL('../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string; expect: { action: string | null } })
const corpusTexts = corpusRecords.map((r) => r.text)
const exampleDir = new URL('../../examples/', import.meta.url)
const exampleTexts = fs
  .readdirSync(exampleDir)
  .filter((f) => f.endsWith('.log'))
  .map((f) => fs.readFileSync(new URL(f, exampleDir), 'utf8'))

// Texts as the grammars see them (normalised), plus shapes the corpus lacks.
const TEXTS = [...corpusTexts, ...exampleTexts]
  .map((t) => t.split('\n').map(normalizeLine).join('\n'))
  .concat([
    'User: arn:aws:iam::1:user/u does not have permissions to call kms:Decrypt',
    'Error: Unauthorized tagging operation',
    'unexpected status from HEAD request to https://1.dkr.ecr.us-east-1.amazonaws.com/v2/x: 403 Forbidden',
    'Error response from daemon: Your Authorization Token has expired. Please run aws ecr get-login'
  ])

const rules = [...messageRules, ...credentialRules, ...notFoundRules]

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0])
}

describe('phrase rule gates', () => {
  test.each(rules.map((r) => [r.id, r] as const))(
    '%s: needs are written in its expression',
    (_id, rule) => {
      expect(rule.needs.length).toBeGreaterThan(0)
      for (const need of rule.needs) {
        expect(need.length).toBeGreaterThanOrEqual(6)
        const escaped = need.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        expect(rule.re.source.includes(need) || rule.re.source.includes(escaped)).toBe(true)
      }
    }
  )

  it('every match of every rule and strong slot, in the corpus and examples, holds a need', () => {
    const gated = [
      ...rules.map((r) => ({ id: r.id, re: r.re, needs: r.needs })),
      ...STRONG_SLOTS.map((s) => ({ id: s.re.source, re: s.re, needs: s.needs })),
      ...CODE_SLOTS.flatMap((s) => (s.needs ? [{ id: s.re.source, re: s.re, needs: s.needs }] : []))
    ]
    const misses: string[] = []
    let seen = 0
    for (const text of TEXTS) {
      for (const g of gated) {
        for (const m of matches(g.re, text)) {
          seen++
          if (!g.needs.some((n) => m.includes(n))) misses.push(`${g.id}: ${m}`)
        }
      }
    }
    expect(misses).toEqual([])
    expect(seen).toBeGreaterThan(200)
  })

  it('a record gives the same candidates with and without the gates', () => {
    // Without `literals` in the context, every grammar runs every expression.
    const ungated: Grammar[] = GRAMMARS.map((g) => ({
      id: g.id,
      rule: g.rule,
      find: (text, ctx) => g.find(text, { ecrRegistry: ctx.ecrRegistry })
    }))
    const strip = (cs: ReturnType<typeof parseRecord>) =>
      cs.map((c) => ({ start: c.start, end: c.end, priority: c.priority, denial: c.denial }))
    let found = 0
    for (const text of TEXTS) {
      const ctx = { ecrRegistry: '123456789012.dkr.ecr.us-east-1.amazonaws.com' }
      const withGates = strip(parseRecord(text, ctx))
      expect(withGates).toEqual(strip(parseRecord(text, ctx, ungated)))
      found += withGates.length
    }
    expect(found).toBeGreaterThan(120)
  })

  it('with the gates, finds the action every labelled corpus record states', () => {
    // An oracle independent of the code under test: the labels, not an ungated run.
    const labelled = corpusRecords.filter((r) => r.expect.action !== null)
    const missed = labelled
      .filter((r) => {
        const text = r.text.split('\n').map(normalizeLine).join('\n')
        const ctx = { ecrRegistry: null }
        return !parseRecord(text, ctx).some(
          (c) => c.denial.action?.toLowerCase() === r.expect.action!.toLowerCase()
        )
      })
      .map((r) => r.id)
    expect(missed).toEqual([])
    expect(labelled.length).toBeGreaterThan(60)
  })

  it('skips a rule whose needs are absent', () => {
    const rule = messageRules.find((r) => r.id === 'kms-ciphertext')!
    const text =
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.'
    const [grammar] = GRAMMARS.filter((g) => g.id === 'kms-ciphertext')
    expect(grammar!.find(text, { ecrRegistry: null })).toHaveLength(1)
    const holding = (found: string[]) => ({
      mayHoldAny: (needs: readonly string[]) => needs.some((n) => found.includes(n))
    })
    expect(grammar!.find(text, { ecrRegistry: null, literals: holding([]) })).toHaveLength(0)
    expect(grammar!.find(text, { ecrRegistry: null, literals: holding(rule.needs) })).toHaveLength(
      1
    )
  })

  it('the index of a record finds its literals, short ones (not in the one pass) included', async () => {
    const { LiteralIndex } = await import('../../src/parse/RecordLiterals.js')
    const index = new LiteralIndex(['An error occurred (', 'when calling the ', '<Co>'])
    const literals = index.of('x An error occurred (AccessDenied) y')
    expect(literals.mayHoldAny(['An error occurred ('])).toBe(true)
    expect(literals.mayHoldAny(['when calling the '])).toBe(false)
    expect(literals.mayHoldAny(['when calling the ', 'An error occurred ('])).toBe(true)
    // Too short for the one pass: looked for in the text itself.
    expect(literals.mayHoldAny(['<Co>'])).toBe(false)
    expect(literals.mayHoldAny(['<Co>', 'y'])).toBe(true)
    expect(index.of('a <Co> b').mayHoldAny(['<Co>'])).toBe(true)
    // Past latin1, a character keeps its low byte: never a false "absent".
    expect(index.of('é “when calling the ”').mayHoldAny(['when calling the '])).toBe(true)
  })
})

describe('prefixSlots (`CODE:` read back from each colon)', () => {
  const oracle = new RegExp(
    String.raw`(?<![\w-])(${KNOWN_CODE_SOURCE}|403 Forbidden)\]?:[ \t]*`,
    'g'
  )
  const expected = (text: string) =>
    [...text.matchAll(oracle)].map((m) => ({
      code: m[1]!,
      start: m.index,
      end: m.index + m[0].length
    }))

  it.each([
    ['AccessDenied: Access Denied'],
    ['[AccessDenied]: x'],
    ['model.AccessDeniedException: User'],
    ['x-AccessDenied: no'],
    ['Client.UnauthorizedOperation: You are'],
    ['HTTP 403 Forbidden: body'],
    ['x403 Forbidden: y'],
    ['NotAccessDenied: y AccessDenied:\tz'],
    ['a.b.ExpiredToken: c']
  ])('%s', (text) => {
    expect(prefixSlots(text)).toEqual(expected(text))
  })

  it('finds what the expression finds, in any arrangement of codes and punctuation', () => {
    const piece = fc.constantFrom(
      'AccessDenied',
      'AccessDeniedException',
      'Client.UnauthorizedOperation',
      'UnauthorizedOperation',
      'Forbidden',
      '403 ',
      'ExpiredToken',
      'NoSuchBucket',
      'x',
      '_',
      '-',
      '.',
      ':',
      ']',
      '[',
      ' ',
      '\t',
      '\n',
      'é'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(prefixSlots(text)).toEqual(expected(text))
      }),
      { numRuns: 500 }
    )
  })
})
