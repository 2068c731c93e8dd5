// Every labelled real-world case of the development corpus (sources in each record).
import fs from 'node:fs'
import { analyzeText } from '../../src/engine/Analysis.js'

interface Case {
  id: string
  source: string
  tool: string
  text: string
  expect: Record<string, string | null>
}

const corpus: Case[] = fs
  .readFileSync(new URL('../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Case)

const REPORTED = new Set(['denial', 'encoded', 'credentials'])
const positives = corpus.filter((c) => REPORTED.has(c.expect.kind!))
const negatives = corpus.filter((c) => !REPORTED.has(c.expect.kind!))

describe('development corpus', () => {
  it('holds the 151 cases', () => {
    expect(corpus).toHaveLength(151)
    expect(negatives.length).toBeGreaterThan(20)
  })

  test.each(positives.map((c) => [c.id, c] as const))('%s gives the expected fields', (_id, c) => {
    const { findings } = analyzeText(c.text + '\n', `${c.id}.log`)
    const reported = findings.filter((f) => REPORTED.has(f.kind))
    expect(reported.length).toBeGreaterThan(0)
    const e = c.expect
    const f =
      (e.action && reported.find((x) => x.action?.toLowerCase() === e.action!.toLowerCase())) ||
      reported[0]!
    expect(f.kind).toBe(e.kind)
    for (const key of [
      'code',
      'principal',
      'resource',
      'service',
      'layer',
      'deny',
      'policyArn'
    ] as const) {
      if (e[key] !== null) expect({ [key]: f[key] }).toEqual({ [key]: e[key] })
    }
    if (e.action !== null) expect(f.action?.toLowerCase()).toBe(e.action!.toLowerCase())
    // `service` is only ever stated, never guessed from an operation name.
    if (e.service === null) expect({ service: f.service }).toEqual({ service: null })
    if (e.kind === 'encoded') expect(f.encodedMessage).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(f.file).toBe(`${c.id}.log`)
    expect(f.line).toBeGreaterThanOrEqual(1)
  })

  test.each(negatives.map((c) => [c.id, c] as const))(
    '%s (look-alike or not-found) reports no denial',
    (_id, c) => {
      const { findings } = analyzeText(c.text + '\n', `${c.id}.log`)
      expect(findings.filter((f) => REPORTED.has(f.kind)).map((f) => f.title)).toEqual([])
    }
  )

  it('reports the same-account missing ECR repository as not-found, with its name', () => {
    const c = corpus.find((x) => x.id === 'd003')!
    const [f] = analyzeText(c.text).findings
    expect(f).toMatchObject({
      kind: 'not-found',
      service: 'ecr',
      fixTarget: { kind: 'resource-name' }
    })
    expect(f!.title).toContain('hato-repository')
  })

  it('folds the five identical STS refusals of d106 into one finding', () => {
    const c = corpus.find((x) => x.id === 'd106')!
    const found = analyzeText(c.text).findings
    expect(found).toHaveLength(1)
    expect(found[0]!.occurrences).toBe(5)
    expect(found[0]!.line).toBe(3)
  })

  it('finds both Terraform denials of d144 on their own lines', () => {
    const c = corpus.find((x) => x.id === 'd144')!
    const found = analyzeText(c.text).findings
    expect(found.map((f) => [f.action, f.line])).toEqual([
      ['elasticloadbalancing:CreateTargetGroup', 7],
      ['elasticloadbalancing:CreateLoadBalancer', 11]
    ])
  })
})
