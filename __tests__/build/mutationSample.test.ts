// The sampled mutation score (scripts/mutation/sample.mjs): the draw must be uniform and
// reproducible, a sampled run must test exactly the drawn positions, and the interval must hold the
// true score as often as it claims.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Instrumenter } from '@stryker-mutator/instrumenter'
import {
  clusterEstimate,
  countStatus,
  drawSample,
  inDrawOrder,
  mutateRange,
  noCounts,
  orderAsDrawn,
  positionsOf,
  sampleIgnorer,
  seededRandom,
  tallyPositions,
  testedMutants,
  toBabel,
  type Drawn,
  type Location,
  type Tested
} from '../../scripts/mutation/sampling.mjs'

const at = (sl: number, sc: number, el: number, ec: number): Location => ({
  start: { line: sl, column: sc },
  end: { line: el, column: ec }
})
// Where the event recorder puts the same span: the report's 1-based lines and columns.
const reported = ({ start, end }: Location) =>
  at(start.line + 1, start.column + 1, end.line + 1, end.column + 1)

describe('drawing the sample', () => {
  const items = Array.from({ length: 10 }, (_, i) => i)

  it('draws the same positions for the same seed, and others for another seed', () => {
    expect(drawSample(items, 4, 18)).toEqual(drawSample(items, 4, 18))
    expect(drawSample(items, 4, 18)).not.toEqual(drawSample(items, 4, 19))
  })

  it('draws without replacement, never more than there are, and leaves the input alone', () => {
    const copy = [...items]
    const all = drawSample(items, 50, 7)
    expect([...all].sort((a, b) => a - b)).toEqual(items)
    expect(new Set(drawSample(items, 6, 3)).size).toBe(6)
    expect(items).toEqual(copy)
  })

  it('gives every position the same chance (3 of 10 over 2,000 seeds)', () => {
    const counts = new Array<number>(10).fill(0)
    for (let seed = 0; seed < 2000; seed++) {
      for (const i of drawSample(items, 3, seed)) counts[i] = (counts[i] ?? 0) + 1
    }
    // Expected 600 each, standard deviation ~20.
    for (const c of counts) expect(Math.abs(c - 600)).toBeLessThan(90)
  })

  it('draws floats in [0, 1) from a seed', () => {
    const random = seededRandom(1)
    const values = Array.from({ length: 1000 }, random)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(values.reduce((s, v) => s + v, 0) / 1000).toBeCloseTo(0.5, 1)
  })
})

describe('positions', () => {
  it('groups the mutants of one span, in file and source order', () => {
    const m = (fileName: string, loc: Location, mutatorName: string) => ({
      fileName,
      location: loc,
      mutatorName,
      replacement: 'x'
    })
    const positions = positionsOf([
      m('src/b.ts', at(3, 0, 3, 5), 'ConditionalExpression'),
      m('src/a.ts', at(9, 2, 9, 8), 'StringLiteral'),
      m('src/b.ts', at(3, 0, 3, 5), 'EqualityOperator'),
      m('src/b.ts', at(1, 4, 1, 6), 'BooleanLiteral')
    ])
    expect(positions.map((p) => [p.file, p.location.start.line, p.mutants.length])).toEqual([
      ['src/a.ts', 9, 1],
      ['src/b.ts', 1, 1],
      ['src/b.ts', 3, 2]
    ])
  })

  it('names a position as a --mutate range: 1-based lines, 0-based columns', () => {
    expect(mutateRange({ file: 'src/a.ts', location: at(0, 4, 2, 1) })).toBe('src/a.ts:1:4-3:1')
    expect(toBabel(at(0, 4, 2, 1))).toEqual(at(1, 4, 3, 1))
  })
})

// Stryker's own instrumenter, as a sampled run calls it: the drawn ranges plus the ignorer.
const source = [
  'export function pick(a: number, b: string) {',
  '  if (a > 2 && b === "x") {',
  '    return a + 1',
  '  }',
  '  return b.length >= 3 ? "long" : "short"',
  '}'
].join('\n')
const quiet = () => undefined
const logger = { debug: quiet, info: quiet, warn: quiet, isDebugEnabled: () => false }
const options = { plugins: null, excludedMutations: [], ignorers: [], noHeader: true }
type ApiMutant = Drawn['mutants'][number] & {
  fileName: string
  location: Location
  status?: string
}
async function instrument(ranges: Location[] | true, ignore?: (loc: Location) => boolean) {
  const ignorers = ignore
    ? [
        {
          shouldIgnore: (path: { node: { loc: Location } }) =>
            ignore(path.node.loc) ? 'no' : undefined
        }
      ]
    : []
  const result = await new Instrumenter(logger as never).instrument(
    [{ name: 'src/pick.ts', mutate: ranges as never, content: source }],
    { ...options, ignorers } as never
  )
  return result.mutants as unknown as ApiMutant[]
}

describe('a sampled run', () => {
  it('tests the mutants of the drawn positions and no other', async () => {
    const all = positionsOf(await instrument(true))
    // The function's block, a condition inside it, and an operator inside that: nesting is the hard case.
    const holding = (text: string) =>
      all.filter((p) => p.mutants.some((m) => m.replacement === text))
    const block = all.find((p) => p.mutants.some((m) => m.mutatorName === 'BlockStatement'))!
    const condition = holding('a > 2 || b === "x"')[0]!
    const inner = holding('a <= 2')[0]!
    const ternary = holding('b.length < 3')[0]!
    expect(new Set([block, condition, inner, ternary]).size).toBe(4)
    const names = (list: { mutatorName?: string; replacement?: string }[]) =>
      list.map((m) => `${m.mutatorName} ${m.replacement}`).sort()
    const placedFor = async (drawn: Drawn[]) => {
      const mutants = await instrument(
        drawn.map((p) => p.location),
        sampleIgnorer(drawn.map((p) => toBabel(p.location)))
      )
      return mutants.filter((m) => m.status !== 'Ignored')
    }
    for (const drawn of [[condition], [inner], [ternary], [block, condition, inner]]) {
      expect(names(await placedFor(drawn))).toEqual(names(drawn.flatMap((p) => p.mutants)))
    }
    // A node between two drawn ones cannot be left out without leaving the inner one out: it is
    // tested, and the tally does not count it.
    const nested = await placedFor([block, inner])
    expect(names(nested)).toEqual(names([block, condition, inner].flatMap((p) => p.mutants)))
    const tested = nested.map((m) => ({ ...m, location: reported(m.location), status: 'Killed' }))
    const { positions, extra } = tallyPositions([block, inner], tested)
    expect(positions.map((p) => p.killed)).toEqual([1, 3])
    expect(names(extra)).toEqual(names(condition.mutants))
  })

  it('without the ignorer, a range tests everything inside the drawn node too', async () => {
    const all = positionsOf(await instrument(true))
    const block = all.find((p) => p.mutants.some((m) => m.mutatorName === 'BlockStatement'))!
    const mutants = await instrument([block.location])
    expect(mutants.length).toBeGreaterThan(block.mutants.length)
  })
})

describe('the order of a sampled run', () => {
  // A second file, so that the draw crosses files as Stryker would not.
  const other = 'export const twice = (n: number) => (n > 0 ? n * 2 : 0)\n'
  const files = [
    { name: 'src/pick.ts', mutate: true, content: source },
    { name: 'src/twice.ts', mutate: true, content: other }
  ]
  const run = async (cls: typeof Instrumenter) =>
    (await new cls(logger as never).instrument(files as never, options as never))
      .mutants as unknown as ApiMutant[]
  const keyOf = (m: { fileName: string; location: Location }) =>
    `${m.fileName}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`

  it('tests the drawn positions in the order of the draw, across files, the others last', async () => {
    const fileOrder = await run(Instrumenter)
    const positions = positionsOf(fileOrder)
    const drawn = drawSample(positions, 6, 5)
    // Stryker's own order goes file by file: this draw must not already be in it.
    const firstAt = (p: Drawn) =>
      fileOrder.findIndex((m) => keyOf(m) === keyOf({ fileName: p.file, ...p }))
    expect(drawn.map(firstAt)).not.toEqual([...drawn.map(firstAt)].sort((a, b) => a - b))
    expect(new Set(drawn.map((p) => p.file)).size).toBe(2)

    class Ordered extends Instrumenter {}
    orderAsDrawn(Ordered, drawn)
    const ordered = await run(Ordered)
    expect(ordered.map(keyOf).sort()).toEqual(fileOrder.map(keyOf).sort())
    const expected = drawn.flatMap((p) => p.mutants.map(() => keyOf({ fileName: p.file, ...p })))
    expect(ordered.slice(0, expected.length).map(keyOf)).toEqual(expected)
    // The rest keep the instrumenter's order.
    const rest = ordered.slice(expected.length)
    expect(rest).toEqual(fileOrder.filter((m) => !expected.includes(keyOf(m))))
    // Wrapping twice changes nothing; the class it came from is left alone.
    orderAsDrawn(Ordered, drawn.slice(1))
    expect((await run(Ordered)).map(keyOf)).toEqual(ordered.map(keyOf))
    expect((await run(Instrumenter)).map(keyOf)).toEqual(fileOrder.map(keyOf))
  })

  it('maps file names before comparing, and refuses a run none of whose mutants was drawn', async () => {
    const positions = positionsOf(await run(Instrumenter))
    const drawn = drawSample(positions, 3, 9).map((p) => ({ ...p, file: `/repo/${p.file}` }))
    const mapped = inDrawOrder(await run(Instrumenter), drawn, (f) => `/repo/${f}`).slice(
      0,
      drawn[0]!.mutants.length
    )
    expect(mapped.map((m) => `/repo/${keyOf(m)}`)).toEqual(
      drawn[0]!.mutants.map(() => keyOf({ fileName: drawn[0]!.file, ...drawn[0]! }))
    )
    class Unmapped extends Instrumenter {}
    orderAsDrawn(Unmapped, drawn)
    await expect(run(Unmapped)).rejects.toThrow(/no mutant lies at a drawn position/)
  })
})

describe('the estimate', () => {
  it('is the ratio of detected to valid mutants over the tested positions', () => {
    const e = clusterEstimate(
      [
        { detected: 1, valid: 1 },
        { detected: 0, valid: 1 },
        { detected: 2, valid: 3 },
        { detected: 0, valid: 0 }
      ],
      1000
    )
    expect(e.score).toBeCloseTo(3 / 5)
    // Residuals d - r v: 0.4, -0.6, 0.2, 0; s^2 = 0.56/3; se^2 = 0.996 s^2 / (4 * 1.25^2)
    expect(e.se).toBeCloseTo(Math.sqrt((0.996 * (0.56 / 3)) / (4 * 1.5625)), 6)
    expect(e.low).toBeCloseTo(0.6 - 1.959964 * e.se, 6)
  })

  it('has no spread when every position was drawn, and none when all agree', () => {
    const clusters = [
      { detected: 1, valid: 2 },
      { detected: 2, valid: 2 },
      { detected: 0, valid: 1 }
    ]
    expect(clusterEstimate(clusters, 3).se).toBe(0)
    expect(
      clusterEstimate(
        [
          { detected: 2, valid: 2 },
          { detected: 1, valid: 1 }
        ],
        50
      ).high
    ).toBe(1)
  })

  it('has no interval from fewer than two positions or no valid mutant', () => {
    expect(clusterEstimate([{ detected: 1, valid: 1 }], 10).low).toBeNaN()
    expect(
      clusterEstimate(
        [
          { detected: 0, valid: 0 },
          { detected: 0, valid: 0 }
        ],
        10
      ).score
    ).toBeNaN()
  })

  it('holds the true score in about 95 of 100 samples', () => {
    // A population of 3,000 positions of 1 to 4 mutants, killed more often where there are more.
    const random = seededRandom(42)
    const population = Array.from({ length: 3000 }, () => {
      const valid = 1 + Math.floor(random() * 4)
      const p = 0.5 + 0.1 * valid
      let detected = 0
      for (let i = 0; i < valid; i++) if (random() < p) detected++
      return { detected, valid }
    })
    const truth =
      population.reduce((s, c) => s + c.detected, 0) / population.reduce((s, c) => s + c.valid, 0)
    let inside = 0
    for (let seed = 0; seed < 400; seed++) {
      const e = clusterEstimate(drawSample(population, 150, seed), population.length)
      if (e.low <= truth && truth <= e.high) inside++
    }
    expect(inside / 400).toBeGreaterThan(0.91)
    expect(inside / 400).toBeLessThan(0.985)
  })
})

describe('tallying a run', () => {
  const drawn: Drawn[] = [
    {
      file: 'src/a.ts',
      location: at(1, 0, 1, 9),
      mutants: [{ mutatorName: 'A', replacement: '1' }]
    },
    {
      file: 'src/a.ts',
      location: at(4, 2, 4, 7),
      mutants: [
        { mutatorName: 'B', replacement: 'true' },
        { mutatorName: 'B', replacement: 'false' }
      ]
    }
  ]
  const result = (line: number, status: string, fileName = '/repo/src/a.ts'): Tested => ({
    fileName,
    location: reported(line === 1 ? at(1, 0, 1, 9) : at(4, 2, 4, 7)),
    status
  })
  const relative = (f: string) => f.replace('/repo/', '')

  it('counts a position once all its mutants have a result, and says what each became', () => {
    const { positions } = tallyPositions(
      drawn,
      [result(1, 'Survived'), result(4, 'Killed')],
      relative
    )
    expect(positions.map((p) => [p.done, p.survived, p.killed])).toEqual([
      [true, 1, 0],
      [false, 0, 1]
    ])
    const later = tallyPositions(drawn, [result(4, 'Killed'), result(4, 'Timeout')], relative)
    expect(later.positions[1]).toMatchObject({ done: true, killed: 1, timeout: 1 })
  })

  it('counts only the positions up to the first one not done: the run goes in the order of the draw', () => {
    const third: Drawn = {
      file: 'src/b.ts',
      location: at(0, 0, 0, 3),
      mutants: [{ mutatorName: 'C', replacement: '""' }]
    }
    const uncovered: Tested = {
      fileName: '/repo/src/b.ts',
      location: reported(third.location),
      status: 'NoCoverage'
    }
    // The first position done, the second half done, the third settled before any test ran.
    const partial = tallyPositions(
      [...drawn, third],
      [result(1, 'Killed'), result(4, 'Killed'), uncovered],
      relative
    )
    expect(partial.reached).toBe(1)
    expect(partial.positions.map((p) => p.done)).toEqual([true, false, true])
    const whole = tallyPositions(
      [...drawn, third],
      [result(1, 'Killed'), result(4, 'Killed'), result(4, 'Survived'), uncovered],
      relative
    )
    expect(whole.reached).toBe(3)
    expect(
      tallyPositions(drawn, [result(4, 'Killed'), result(4, 'Killed')], relative).reached
    ).toBe(0)
  })

  it("reads the report's 1-based locations: the same numbers 0-based are another span", () => {
    const as0Based: Tested = {
      fileName: '/repo/src/a.ts',
      location: at(1, 0, 1, 9),
      status: 'Killed'
    }
    const { positions, extra } = tallyPositions(drawn, [as0Based], relative)
    expect(extra).toEqual([as0Based])
    expect(positions[0]?.killed).toBe(0)
  })

  it('does not count a mutant tested beside the drawn ones', () => {
    const stray: Tested = {
      fileName: '/repo/src/a.ts',
      location: reported(at(4, 3, 4, 5)),
      status: 'Survived'
    }
    const elsewhere = result(1, 'Survived', '/repo/src/b.ts')
    const { positions, extra } = tallyPositions(drawn, [stray, elsewhere], relative)
    expect(extra).toEqual([stray, elsewhere])
    expect(positions.every((p) => p.survived === 0)).toBe(true)
  })
})

describe('reading a run (sample.mjs --tally and summary.mjs)', () => {
  it('counts each status in its column and anything else as an error', () => {
    const row = [
      'Killed',
      'Timeout',
      'Timeout',
      'Survived',
      'NoCoverage',
      'Ignored',
      'RuntimeError',
      'CompileError'
    ].reduce(countStatus, noCounts())
    expect(row).toEqual({ killed: 1, timeout: 2, survived: 1, noCoverage: 1, ignored: 1, other: 2 })
    // A status named like an object's own key is still an error.
    expect(countStatus(noCounts(), 'toString').other).toBe(1)
  })

  it("reads the event recorder's files of tested mutants, in name order, and nothing else", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutation-events-'))
    try {
      const write = (name: string, status: string) =>
        fs.writeFileSync(path.join(dir, name), JSON.stringify({ status }))
      write('0002-onMutantTested.json', 'Survived')
      write('0001-onMutantTested.json', 'Killed')
      write('0000-onDryRunCompleted.json', 'not a mutant')
      expect(testedMutants(dir).map((m) => m.status)).toEqual(['Killed', 'Survived'])
      expect(testedMutants(path.join(dir, 'missing'))).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
