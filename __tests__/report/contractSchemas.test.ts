// Every corpus case's JSON output validates against the published schema (schema/), and its SARIF
// output against the SARIF 2.1.0 schema (fixture: oasis-tcs/sarif-spec,
// sarif-2.1/schema/sarif-schema-2.1.0.json at commit e0583813964ec43cea53b6b531b402866095ed1f).
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { isDeepStrictEqual } from 'node:util'
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { renderCompact, renderJson, renderSarif, sarifLog } from '../../src/report/index.js'
import {
  allRules,
  grammarRule,
  relatedRules,
  ruleAnchor,
  ruleFor
} from '../../src/report/ruleIds.js'
import type { FindingKind, PolicyLayer } from '../../src/model/Denial.js'
import type { FixOwner, FixTargetKind, PrincipalType } from '../../src/model/FixTarget.js'
import { at } from '../support/at.js'
import { PASS_LOG_NAME, corpusPass } from '../support/corpusPass.js'

// CommonJS packages: their `default` export, typed, without esModuleInterop guesses.
const require = createRequire(import.meta.url)
const Ajv = (require('ajv') as typeof import('ajv')).default
const AjvDraft04 = (require('ajv-draft-04') as typeof import('ajv-draft-04')).default
const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default

const readJson = (rel: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as Record<string, unknown>

const corpusDir = new URL('../fixtures/corpus/', import.meta.url)
const cases = fs
  .readdirSync(corpusDir)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) =>
    fs
      .readFileSync(new URL(name, corpusDir), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string })
  )

const ajv = new Ajv({ allErrors: true, strict: true })
addFormats(ajv)
const validateReport = ajv.compile(readJson('../../schema/report.schema.json'))
// SARIF's schema is draft-04 and uses keywords strict mode does not know ("id").
const ajv04 = new AjvDraft04({ allErrors: true, strict: false })
addFormats(ajv04)
const validateSarif = ajv04.compile(readJson('../fixtures/sarif/sarif-schema-2.1.0.json'))

interface SarifRun {
  tool: { driver: { name: string; rules?: unknown[] } }
  results: unknown[]
}
// The schema's uniqueItems compares a driver's ~100 rules pairwise: ~0.1 s a report, and reports
// have as many drivers as sets of grammar rules (a thousand and more across the corpora). The
// rules array's schema is its items' schema, uniqueItems and nothing else, so the same check is
// made in parts: each distinct rule once, in a driver of its own; the rules of a driver pairwise
// distinct (compared canonically, key order aside, as uniqueItems compares); each distinct driver
// without its rules once; and each report with its drivers cut to their name.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  )
const partErrors = new Map<string, string | null>()
function partError(key: string, document: unknown): string | null {
  if (!partErrors.has(key))
    partErrors.set(key, validateSarif(document) ? null : ajv04.errorsText(validateSarif.errors))
  return partErrors.get(key) ?? null
}
// A driver object's errors, kept by identity: the corpus test hands each distinct driver in as
// one object, however many cases share it.
const driverErrors = new WeakMap<object, string[]>()
function driverPartErrors(run: SarifRun, alone: (rules: unknown[] | undefined) => unknown) {
  const { rules, ...bare } = run.tool.driver
  const errors: string[] = []
  const driverError = partError(`driver ${canonical(bare)}`, alone(undefined))
  if (driverError) errors.push(driverError)
  if (rules !== undefined && !Array.isArray(rules)) errors.push('driver rules must be an array')
  const seen = new Map<string, number>()
  for (const [i, rule] of (Array.isArray(rules) ? rules : []).entries()) {
    const key = canonical(rule)
    const ruleError = partError(`rule ${key}`, alone([rule]))
    if (ruleError) errors.push(`rule ${i}: ${ruleError}`)
    const first = seen.get(key)
    if (first !== undefined)
      errors.push(`driver rules must NOT have duplicate items (items ## ${i} and ${first})`)
    else seen.set(key, i)
  }
  return errors
}
function sarifErrors(sarif: { runs: SarifRun[] }): string | null {
  const errors: string[] = []
  const runs = sarif.runs.map((run) => {
    const driver = run.tool.driver
    let known = driverErrors.get(driver)
    if (!known) {
      known = driverPartErrors(run, (rules) => ({
        ...sarif,
        runs: [{ ...run, tool: { ...run.tool, driver: { ...driver, rules } }, results: [] }]
      }))
      driverErrors.set(driver, known)
    }
    errors.push(...known)
    return { ...run, tool: { ...run.tool, driver: { name: driver.name } } }
  })
  if (!validateSarif({ ...sarif, runs })) errors.push(ajv04.errorsText(validateSarif.errors))
  return errors.length ? errors.join('; ') : null
}

function reportOf(text: string) {
  return withRemedies(analyzeText(text, PASS_LOG_NAME), undefined, () => {})
}
// Each case is analysed once for both contracts, in the pass the whole-corpus tests share (the
// same name, no OIDC context: what reportOf gives). Awaited at load, not in a hook: another
// worker may be computing the pass, and a hook would time out waiting for it.
const reports: { id: string; report: ReturnType<typeof reportOf> }[] = (await corpusPass()).map(
  (o) => ({ id: o.id, report: { ...o.report, remedies: o.remedies } })
)

describe('published contracts', () => {
  it('has the corpus to check', () => {
    expect(cases.length).toBeGreaterThan(150)
    expect(reports.map((r) => r.id).sort()).toEqual(cases.map((c) => c.id).sort())
  })

  it('every corpus case: JSON output matches schema/report.schema.json', () => {
    const failures: string[] = []
    for (const c of reports) {
      const json: unknown = JSON.parse(renderJson(c.report))
      if (!validateReport(json)) failures.push(`${c.id}: ${ajv.errorsText(validateReport.errors)}`)
    }
    expect(failures).toEqual([])
  })

  it('every corpus case: SARIF output matches the SARIF 2.1.0 schema', () => {
    const failures: string[] = []
    let results = 0
    // The log as renderSarif writes it, without writing and parsing the ~100 rules of its driver
    // for each case: the drivers are found by their rule ids and compared whole, each distinct
    // one goes through JSON and validation once, and each case's results go through JSON as the
    // output's do.
    const drivers = new Map<string, { made: unknown; written: SarifRun['tool']['driver'] }[]>()
    const writtenDriver = (driver: { rules: { id: string }[] }) => {
      const ids = driver.rules.map((rule) => rule.id).join()
      const same = drivers.get(ids) ?? []
      drivers.set(ids, same)
      let known = same.find((d) => isDeepStrictEqual(d.made, driver))
      if (!known) {
        known = {
          made: driver,
          written: JSON.parse(JSON.stringify(driver)) as SarifRun['tool']['driver']
        }
        same.push(known)
      }
      return known.written
    }
    for (const c of reports) {
      const log = sarifLog(c.report, { version: '0.1.0' })
      const runs = log.runs.map((run) => ({
        tool: { driver: writtenDriver(run.tool.driver) },
        results: JSON.parse(JSON.stringify(run.results)) as unknown[]
      }))
      results += runs.reduce((n, run) => n + run.results.length, 0)
      const errors = sarifErrors({ ...log, runs })
      if (errors) failures.push(`${c.id}: ${errors}`)
    }
    expect(failures).toEqual([])
    expect(results).toBeGreaterThan(100)
    expect(drivers.size).toBeGreaterThan(1)
  })

  it('SARIF: the check in parts agrees with validating the whole written log', () => {
    const written = JSON.parse(renderSarif(at(reports, 1).report, { version: '0.1.0' })) as {
      runs: SarifRun[]
    }
    expect(validateSarif(written)).toBe(true)
    expect(sarifErrors(written)).toBeNull()
    expect(written).toEqual(
      JSON.parse(JSON.stringify(sarifLog(at(reports, 1).report, { version: '0.1.0' })))
    )
  })

  it('SARIF: a broken rule or result fails its report, however many reports share the driver', () => {
    const sarif = () =>
      JSON.parse(renderSarif(at(reports).report, { version: '0.1.0' })) as {
        runs: (SarifRun & {
          tool: { driver: { rules: { id: string }[] } }
          results: { ruleIndex?: number }[]
        })[]
      }
    expect(sarifErrors(sarif())).toBeNull()
    const duplicate = sarif()
    const rules = at(duplicate.runs).tool.driver.rules
    // A copy with its keys in another order is the same item to uniqueItems.
    rules.push(Object.fromEntries(Object.entries(at(rules)).reverse()) as { id: string })
    expect(sarifErrors(duplicate)).toMatch(/duplicate items/)
    // The whole document fails ajv's own uniqueItems the same way.
    expect(validateSarif(duplicate)).toBe(false)
    expect(ajv04.errorsText(validateSarif.errors)).toMatch(/duplicate items/)
    const nameless = sarif()
    const rule = at(at(nameless.runs).tool.driver.rules, 1) as Record<string, unknown>
    delete rule.id
    expect(sarifErrors(nameless)).toMatch(/^rule 1: .*must have required property 'id'/)
    // Its validation is kept: the same broken rule fails the next report that has it.
    expect(sarifErrors(nameless)).toMatch(/must have required property 'id'/)
    const badDriver = sarif()
    ;(at(badDriver.runs).tool.driver as Record<string, unknown>).version = 7
    expect(sarifErrors(badDriver)).toMatch(/version/)
    const badResult = sarif()
    at(badResult.runs).results.push({ ruleIndex: -2 })
    expect(sarifErrors(badResult)).toMatch(/ruleIndex/)
  })

  it('the schema rejects a report that breaks the contract', () => {
    const json = JSON.parse(renderJson(reportOf(at(cases).text))) as {
      findings: Record<string, unknown>[]
    }
    at(json.findings).line = 0
    expect(validateReport(json)).toBe(false)
    at(json.findings).line = 1
    at(json.findings).layer = 'made-up'
    expect(validateReport(json)).toBe(false)
  })

  it('the schema holds inferred values with their sources, and rejects one without', () => {
    const log = [
      '##[group]Run aws-actions/configure-aws-credentials@v4',
      '  role-to-assume: arn:aws:iam::111122223333:role/gha-deploy',
      '##[group]Run aws s3 sync ./public s3://my-site-prod --delete',
      'upload failed: ./public/a.jpg to s3://my-site-prod/a.jpg An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      'upload failed: ./public/b.jpg to s3://my-site-prod/b.jpg An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    const json = JSON.parse(renderJson(reportOf(log))) as {
      findings: { inferred: Record<string, { value?: string; from?: string }> }[]
    }
    const inferred = at(json.findings).inferred
    expect(Object.keys(inferred).sort()).toEqual(['action', 'companions', 'principal', 'resource'])
    expect(validateReport(json)).toBe(true)
    delete inferred.resource!.from
    expect(validateReport(json)).toBe(false)
  })

  it("the schema's enums list every value the model's types allow, and no other", () => {
    // Records keyed by the model's unions: a value added to a type does not compile here until it
    // is listed, and then this test says which schema enum lacks it.
    const findingKinds: Record<FindingKind, true> = {
      denial: true,
      encoded: true,
      credentials: true,
      'not-found': true,
      oidc: true
    }
    const layers: Record<PolicyLayer, true> = {
      identity: true,
      resource: true,
      scp: true,
      rcp: true,
      'permissions-boundary': true,
      session: true,
      'vpc-endpoint': true,
      trust: true
    }
    const targetKinds: Record<FixTargetKind, true> = {
      'identity-policy': true,
      'resource-policy': true,
      'trust-policy': true,
      'permissions-boundary': true,
      'session-policy': true,
      'vpc-endpoint-policy': true,
      scp: true,
      rcp: true,
      'explicit-deny': true,
      credentials: true,
      'resource-name': true,
      'resource-attribute': true,
      workflow: true,
      'identity-provider': true,
      unknown: true
    }
    const owners: Record<FixOwner, true> = {
      you: true,
      'resource-owner': true,
      'org-admin': true,
      'session-creator': true,
      'network-owner': true,
      'aws-support': true,
      'policy-owner': true
    }
    const principalTypes: Record<PrincipalType, true> = {
      role: true,
      user: true,
      root: true,
      'federated-user': true,
      anonymous: true,
      service: true,
      unknown: true
    }
    type Node = { properties: Record<string, Node>; items: Node; enum: unknown[] }
    const schema = readJson('../../schema/report.schema.json') as unknown as Node
    const finding = schema.properties.findings!.items.properties
    const remedy = schema.properties.remedies!.items.properties
    const listed = (node: Node) => node.enum.filter((v) => v !== null).sort()
    const keys = (r: object) => Object.keys(r).sort()
    expect(listed(finding.kind!)).toEqual(keys(findingKinds))
    expect(listed(finding.layer!)).toEqual(keys(layers))
    for (const target of [finding.fixTarget!, remedy.target!]) {
      expect(listed(target.properties.kind!)).toEqual(keys(targetKinds))
      expect(listed(target.properties.owner!)).toEqual(keys(owners))
      expect(listed(target.properties.principalType!)).toEqual(keys(principalTypes))
    }
  })

  it('the schema documents every key it names', () => {
    const missing: string[] = []
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return
      const props = (node as { properties?: Record<string, unknown> }).properties
      for (const [key, value] of Object.entries(props ?? {})) {
        const described = (value as { description?: string }).description
        if (!described) missing.push(`${where}.${key}`)
        walk(value, `${where}.${key}`)
        walk((value as { items?: unknown }).items, `${where}.${key}[]`)
      }
    }
    walk(readJson('../../schema/report.schema.json'), '$')
    expect(missing).toEqual([])
  })
})

describe('SARIF and compact output', () => {
  const text =
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action\n' +
    'denied: User: arn:aws:iam::123456789012:user/hato is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository because no resource-based policy allows the ecr:InitiateLayerUpload action\n'

  it('names the stable rule of each finding, with its location and a documented rule', () => {
    const sarif = JSON.parse(renderSarif(reportOf(text), { version: '9.9.9' })) as {
      runs: {
        tool: { driver: { version: string; rules: { id: string; helpUri: string }[] } }
        results: {
          ruleId: string
          ruleIndex: number
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }[]
        }[]
      }[]
    }
    const run = at(sarif.runs)
    expect(run.tool.driver.version).toBe('9.9.9')
    expect(run.results.map((r) => r.ruleId)).toEqual(['WD100', 'WD101'])
    expect(run.results.map((r) => at(run.tool.driver.rules, r.ruleIndex).id)).toEqual([
      'WD100',
      'WD101'
    ])
    expect(at(at(run.results, 1).locations).physicalLocation).toEqual({
      artifactLocation: { uri: 'logs/deploy%20step.log' },
      region: { startLine: 2 }
    })
    expect(at(run.tool.driver.rules).helpUri).toMatch(/docs\/rules\.md#wd100-identity-policy$/)
  })

  it('compact: one line per finding, file:line: RULE title, the grammar rule last', () => {
    const lines = renderCompact(reportOf(text)).split('\n').filter(Boolean)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^logs\/deploy step\.log:1: WD100 s3:PutObject denied.* \(WD701\)$/)
    expect(lines[1]).toMatch(/^logs\/deploy step\.log:2: WD101 .* \(WD701\)$/)
  })

  it('compact: the trap and cause rules that apply in brackets, before the grammar rule', () => {
    const kms =
      'aws s3 cp big.tar s3://backups-222233334444/big.tar --sse aws:kms\nupload failed: ./big.tar to s3://backups-222233334444/big.tar An error occurred (AccessDenied) when calling the CompleteMultipartUpload operation: Access Denied'
    const report = reportOf(kms)
    const f = at(report.findings)
    expect(f.traps).toContain('s3-sse-kms-key')
    const ids = relatedRules(f).map((r) => r.id)
    expect(ids.length).toBeGreaterThan(0)
    const [line] = renderCompact(report).split('\n')
    expect(line).toContain(` [${ids.join(', ')}] (`)
  })

  it('SARIF: each result names its grammar rule, which the driver documents', () => {
    const sarif = JSON.parse(renderSarif(reportOf(text), { version: '1.0.0' })) as {
      runs: {
        tool: { driver: { rules: { id: string; name: string; helpUri: string }[] } }
        results: { properties: { grammarRule?: string } }[]
      }[]
    }
    const run = at(sarif.runs)
    expect(run.results.map((r) => r.properties.grammarRule)).toEqual(['WD701', 'WD701'])
    const rule = run.tool.driver.rules.find((r) => r.id === 'WD701')
    expect(rule?.name).toBe('iam-sentence')
    expect(rule?.helpUri).toMatch(/docs\/rules\.md#wd701-iam-sentence$/)
    // One entry per id even when the finding rules and the grammar rules are both given.
    const given = renderSarif(reportOf(text), {
      version: '1.0.0',
      grammarRules: [grammarRule({ grammar: 'iam-sentence', grammarRule: 'WD701' })!]
    })
    const ids = (JSON.parse(given) as typeof sarif).runs[0]!.tool.driver.rules.map((r) => r.id)
    expect(ids.filter((id) => id === 'WD701')).toHaveLength(1)
    // By number: WD999 before WD5001.
    expect(ids).toEqual(
      [...ids].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    )
  })

  it('JSON: each finding names its rule and grammar rule, and the report links every rule named', () => {
    const json = JSON.parse(renderJson(reportOf(text))) as {
      findings: { rule: string; grammarRule: string; traps: string[] }[]
      rules: { id: string; name: string; helpUri: string }[]
    }
    expect(json.findings.map((f) => [f.rule, f.grammarRule])).toEqual([
      ['WD100', 'WD701'],
      ['WD101', 'WD701']
    ])
    const named = new Set(json.rules.map((r) => r.id))
    for (const f of json.findings) {
      expect(named.has(f.rule) && named.has(f.grammarRule)).toBe(true)
    }
    for (const r of json.rules)
      expect(r.helpUri).toMatch(new RegExp(`rules\\.md#${r.id.toLowerCase()}-`))
    expect(validateReport(json)).toBe(true)
    at(json.findings).grammarRule = 'WD100'
    expect(validateReport(json)).toBe(false)
  })

  it('rule ids are unique and every kind maps to one', () => {
    const ids = allRules().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ruleFor({ kind: 'credentials', layer: null, deny: null }).id).toBe('WD300')
    expect(ruleFor({ kind: 'denial', layer: null, deny: 'explicit' }).id).toBe('WD108')
    expect(ruleFor({ kind: 'denial', layer: null, deny: null }).id).toBe('WD109')
    expect(ruleFor({ kind: 'not-found', layer: null, deny: null }).id).toBe('WD400')
  })
})

describe('rule documentation', () => {
  it('every rule has its anchor in docs/rules.md', () => {
    const readme = fs.readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
    for (const rule of allRules()) {
      expect(readme).toContain(`<a id="${ruleAnchor(rule).slice(1)}"></a>\`${rule.id}\``)
    }
  })
})
