// Benchmark guard (issue 16), structural and untimed: on a dense log (a refusal among ordinary CI
// lines), a record's cost must not grow with rules that cannot match it. Each test counts work
// (expression runs, shape checks, cache look-ups) rather than time, and fails when a rule or a
// check reads the record although the strings it needs are absent. Lines are generated here in the
// shapes of the bench's dense row (scripts/bench.mjs: Terraform, Docker, Jest, Go test, JSON debug
// lines; refusals in corpus shapes d018, d046, d001, d025).
import { jest } from '@jest/globals'
import { parseRecord } from '../../src/parse/parseRecord.js'
import type { PhraseRule } from '../../src/parse/phraseRule.js'
import { messageRules } from '../../src/parse/grammars/messages.js'
import { credentialRules } from '../../src/parse/grammars/credentials.js'
import { notFoundRules } from '../../src/parse/grammars/notFound.js'
import { LISTING_SHAPES, listingShapeAt } from '../../src/parse/listingShapes.js'
import { inCodeLiteral } from '../../src/parse/codeListing.js'
import { sourceCommentAt } from '../../src/parse/sourceComments.js'
import { CODE_ENTRY } from '../../src/parse/grammars/mapDump.js'
import { Scanner } from '../../src/scan/Scanner.js'
import { RepeatCache } from '../../src/scan/RepeatCache.js'

const NOISE = [
  '  # aws_s3_bucket.web will be created',
  '      + tags                        = {',
  '#12 [build 3/9] RUN npm ci --omit=dev',
  'aws_iam_role.deploy: Creation complete after 3s [id=deploy-4f2a9c1e]',
  '=== RUN   TestIngest/case_17',
  '--- PASS: TestIngest (0.42s)',
  '{"level":"debug","ts":"2026-11-23T13:05:09.114Z","msg":"request","method":"GET","path":"/api/v1/web/4711","status":200}',
  'PASS src/web/router.test.ts (2.118 s)',
  'Step 4/12 : COPY --from=build /app/dist /srv/web',
  ' ---> Running in 0c9d2e7f4a11',
  '#25 41.312 added 343 packages, and audited 1218 packages in 39s'
]

const REFUSALS = [
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy-7/GitHubActions is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket-7/key because no identity-based policy allows the s3:GetObject action',
  'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 5E2B7A1C9D0F3B46-5), S3 Extended Request ID: 9f1c0e7d',
  'denied: User: arn:aws:iam::123456789012:user/deploy-6 is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:123456789012:repository/deploy-6 because no resource-based policy allows the ecr:InitiateLayerUpload action',
  '##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity (role deploy-3)'
]

/** A record as the scanner builds it: three lines before the refusal, eight after. */
function record(refusal: string, seed: number): string {
  const pick = (k: number) => NOISE[(seed * 7 + k * 3) % NOISE.length]!
  return [0, 1, 2].map(pick).concat(refusal, [3, 4, 5, 6, 7, 8, 9, 10].map(pick)).join('\n')
}

const ctx = { cloudTrail: null, ecrRegistry: null, eks: false, s3Compatible: null }

/** Counts the runs of each rule's expression (its own `exec`: `test` and `matchAll` go through it). */
function countRuns(rules: PhraseRule[]): { runs: Map<string, number>; restore: () => void } {
  const runs = new Map<string, number>()
  const restore = rules.map((rule) => {
    const exec = rule.re.exec
    rule.re.exec = function (this: RegExp, s: string) {
      runs.set(rule.id, (runs.get(rule.id) ?? 0) + 1)
      return exec.call(this, s)
    }
    return () => {
      delete (rule.re as { exec?: unknown }).exec
    }
  })
  return { runs, restore: () => restore.forEach((r) => r()) }
}

/** Expression runs of any kind while `fn` runs. */
function expressionRuns(fn: () => unknown): number {
  const exec = RegExp.prototype.exec
  let n = 0
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    n++
    return exec.call(this, s)
  }
  try {
    fn()
  } finally {
    RegExp.prototype.exec = exec
  }
  return n
}

describe('work per record on a dense log', () => {
  const rules = [...messageRules, ...credentialRules, ...notFoundRules]

  it.each(REFUSALS.map((r, i) => [i, r] as const))(
    'refusal %i: no phrase rule runs its expression over a record without its strings',
    (i, refusal) => {
      const text = record(refusal, i)
      const { runs, restore } = countRuns(rules)
      let found
      try {
        found = parseRecord(text, { ...ctx })
      } finally {
        restore()
      }
      // The record is read: the count is not of a parse that stopped early.
      expect(found.length).toBeGreaterThan(0)
      const absent = rules.filter((r) => !r.needs.some((n) => text.includes(n)))
      expect(absent.length).toBeGreaterThan(rules.length / 2)
      for (const rule of absent) expect([rule.id, runs.get(rule.id) ?? 0]).toEqual([rule.id, 0])
      // ...and the counting sees runs where a rule's strings are there.
      const present = rules.filter((r) => r.needs.some((n) => text.includes(n)))
      expect(present.some((r) => (runs.get(r.id) ?? 0) > 0)).toBe(true)
    }
  )

  it('checks no listing shape on a line that holds none of the strings the shape needs', () => {
    const line = REFUSALS[1]!
    const text = record(line, 2)
    const at = text.indexOf('Access Denied')
    const spies = LISTING_SHAPES.map((s) => jest.spyOn(s, 'holds'))
    try {
      expect(listingShapeAt(text, at)).toBeNull()
      LISTING_SHAPES.forEach((shape, k) => {
        const prev = text
          .slice(0, text.lastIndexOf('\n', at - 1))
          .split('\n')
          .at(-1)!
        const met = shape.needs.some(
          (n) => line.includes(n) || (shape.needsAbove === true && prev.includes(n))
        )
        expect([shape.id, spies[k]!.mock.calls.length > 0]).toEqual([shape.id, met])
      })
    } finally {
      spies.forEach((s) => s.mockRestore())
    }
  })

  it("judges the listing shapes' needs once per line, however many candidates it holds", () => {
    const line = REFUSALS[0]!
    const text = record(line, 3)
    const starts = [line.indexOf('An error'), line.indexOf('User:'), line.indexOf('because')]
    const needs = LISTING_SHAPES.flatMap((s) => s.needs)
    const includes = jest.spyOn(String.prototype, 'includes')
    const memo = new Map<number, number>()
    try {
      const first = text.indexOf(line)
      for (const at of starts) listingShapeAt(text, first + at, memo)
      const asked = includes.mock.calls.filter(([n]) => needs.includes(n as string)).length
      // At most one look per need and line (the line and the one above), not one per candidate.
      expect(asked).toBeGreaterThan(0)
      expect(asked).toBeLessThanOrEqual(2 * needs.length)
    } finally {
      includes.mockRestore()
    }
    expect(memo.size).toBe(1)
    // A bit per shape: the mask holds them all.
    expect(LISTING_SHAPES.length).toBeLessThanOrEqual(31)
  })

  it('tries the map-dump code entry only near the strings every entry holds', () => {
    const exec = jest.spyOn(CODE_ENTRY.sticky, 'exec')
    try {
      for (const [i, refusal] of REFUSALS.entries()) {
        const text = record(refusal, i)
        exec.mockClear()
        parseRecord(text, { ...ctx })
        const anchors = (text.match(/ode|name/g) ?? []).length
        expect(exec.mock.calls.length).toBeLessThanOrEqual(11 * anchors)
      }
    } finally {
      exec.mockRestore()
    }
  })

  it('runs no expression to rule out code literals and comments around a plain log line', () => {
    // No quote on the line or the one above, no text block, no comment gutter or opener.
    const text = ['PASS src/web/router.test.ts (2.118 s)', REFUSALS[1]!, NOISE[2]!].join('\n')
    const at = text.indexOf('Access Denied')
    expect(expressionRuns(() => expect(inCodeLiteral(text, at)).toBe(false))).toBe(0)
    // One look at the line's own start for a gutter; no search of the 8 KiB above for `/*`.
    expect(expressionRuns(() => expect(sourceCommentAt(text, at)).toBeNull())).toBe(1)
  })

  it('consults the repeat cache for no window whose centre line was never a centre before', () => {
    const lookups = jest.spyOn(RepeatCache.prototype, 'lookup')
    try {
      const seen: string[] = []
      const scanner = new Scanner((d) => seen.push(d.grammar))
      // Distinct refusals among noise, as on the bench's dense row: no window repeats.
      const lines = REFUSALS.flatMap((r, i) => [...NOISE.slice(i), r, ...NOISE])
      scanner.write(lines.join('\n') + '\n')
      scanner.end()
      expect(seen.length).toBeGreaterThanOrEqual(REFUSALS.length)
      expect(lookups).not.toHaveBeenCalled()
      // The same refusal again is looked up (and, seen often enough, counted without a parse).
      const again = new Scanner(() => undefined)
      again.write(`${NOISE[0]}\n${REFUSALS[0]}\n`.repeat(6))
      again.end()
      expect(lookups).toHaveBeenCalled()
    } finally {
      lookups.mockRestore()
    }
  })
})
