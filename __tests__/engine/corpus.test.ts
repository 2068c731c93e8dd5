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
const notFound = corpus.filter((c) => c.expect.kind === 'not-found')
const negatives = corpus.filter((c) => c.expect.kind === 'negative')

/** The nine fields every record states, in the record's order (a null means "not shown"). */
const FIELDS = [
  'kind',
  'code',
  'action',
  'principal',
  'resource',
  'service',
  'layer',
  'deny',
  'policyArn'
] as const

/**
 * Records that hold several distinct failures: `expect` labels the first (corpus README, "Several
 * failures in one text"). Every other record holds one, repeats folded (d106 prints it five times).
 */
const FAILURES: Record<string, number> = { d144: 2 }

/**
 * Where the engine knowingly states more than the label (the labels take a service only from an
 * endpoint or SDK label):
 * - d107's text is ECR's own "does not exist in the registry with id" message, which names the
 *   service though no ECR endpoint is printed;
 * - d038, d104 and d151 carry S3's extended request ID (`host id: …`, `<HostId>…</HostId>`, 76
 *   base64 characters), which only S3 returns: the S3 causes and statements follow from it.
 */
const BEYOND_LABEL: Record<string, Partial<Case['expect']>> = {
  d107: { service: 'ecr' },
  d038: { service: 's3' },
  d104: { service: 's3' },
  d151: { service: 's3' }
}

const fieldsOf = (f: Record<(typeof FIELDS)[number], unknown>) =>
  Object.fromEntries(FIELDS.map((k) => [k, f[k]]))

describe('development corpus', () => {
  it('holds the 151 cases, each stating all nine fields', () => {
    expect(corpus).toHaveLength(151)
    expect(negatives.length).toBeGreaterThan(20)
    expect(positives.length + notFound.length + negatives.length).toBe(151)
    for (const c of corpus) expect([c.id, Object.keys(c.expect)]).toEqual([c.id, [...FIELDS]])
  })

  test.each(positives.map((c) => [c.id, c] as const))(
    '%s: every stated field, nulls included, and no finding more',
    (_id, c) => {
      const { findings } = analyzeText(c.text + '\n', `${c.id}.log`)
      // Over-reporting fails too: a look-alike line beside the real failure is not a second one.
      expect(findings.map((f) => f.kind)).toHaveLength(FAILURES[c.id] ?? 1)
      const f = findings[0]!
      expect(fieldsOf(f)).toEqual({ ...c.expect, ...BEYOND_LABEL[c.id] })
      expect(f.file).toBe(`${c.id}.log`)
      expect(f.line).toBeGreaterThanOrEqual(1)
    }
  )

  // d069's reporter cut the blob (`TU8IM<中略>EXAMPLE`): it is flagged, never sent to STS.
  const CUT_BLOB = 'd069'
  test.each(
    positives
      .filter((c) => c.expect.kind === 'encoded' && c.id !== CUT_BLOB)
      .map((c) => [c.id, c] as const)
  )('%s: the encoded message is read, whitespace removed', (_id, c) => {
    const [f] = analyzeText(c.text + '\n').findings
    expect(f!.detail.encodedTruncated).toBeUndefined()
    expect(f!.encodedMessage).toMatch(/^[A-Za-z0-9_-]{48,}$/)
  })

  it('d069: a blob the reporter cut is said to be cut and not read', () => {
    const c = positives.find((p) => p.id === CUT_BLOB)!
    const [f] = analyzeText(c.text + '\n').findings
    expect(f!.kind).toBe('encoded')
    expect(f!.detail.encodedTruncated).toBe('cut')
    expect(f!.encodedMessage).toBeNull()
  })

  test.each(notFound.map((c) => [c.id, c] as const))(
    '%s (the target does not exist): one not-found finding, never a denial',
    (_id, c) => {
      const { findings } = analyzeText(c.text + '\n', `${c.id}.log`)
      expect(findings.map((f) => f.kind)).toEqual(['not-found'])
      expect(fieldsOf(findings[0]!)).toEqual({ ...c.expect, ...BEYOND_LABEL[c.id] })
    }
  )

  test.each(negatives.map((c) => [c.id, c] as const))(
    '%s (look-alike) reports nothing',
    (_id, c) => {
      const { findings } = analyzeText(c.text + '\n', `${c.id}.log`)
      expect(findings.map((f) => `${f.kind}: ${f.title}`)).toEqual([])
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
