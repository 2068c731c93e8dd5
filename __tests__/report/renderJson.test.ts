import type { Finding } from '../../src/model/Finding.js'
import { renderJson } from '../../src/report/renderJson.js'
import { makeFinding, makeRemedy, makeReport } from './makeReport.js'

function reversedKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).reverse()) as T
}

describe('renderJson', () => {
  const report = makeReport({ remedies: [makeRemedy()] })

  it('is the version 1 contract with two-space indentation', () => {
    const out = renderJson(report)
    const doc = JSON.parse(out)
    expect(Object.keys(doc)).toEqual(['version', 'findings', 'remedies', 'stats', 'rules'])
    expect(doc.version).toBe(1)
    // Each finding as built, plus its stable rule id (a resource-policy denial: WD101, as SARIF and compact name it).
    expect(doc.findings).toEqual(report.findings.map((f) => ({ ...f, rule: 'WD101' })))
    expect(doc.remedies).toEqual(report.remedies)
    expect(doc.stats).toEqual(report.stats)
    expect(out.split('\n')[1]).toBe('  "version": 1,')
  })

  it('puts finding keys in the contract order, then the rest alphabetically', () => {
    const keys = Object.keys(JSON.parse(renderJson(report)).findings[0])
    expect(keys.slice(0, 20)).toEqual([
      'kind',
      'file',
      'line',
      'occurrences',
      'code',
      'operation',
      'action',
      'service',
      'principal',
      'resource',
      'layer',
      'deny',
      'policyArn',
      'crossAccount',
      'traps',
      'title',
      'explanation',
      'fixTarget',
      'confidence',
      'rule'
    ])
    const rest = keys.slice(20)
    expect(rest).toEqual([...rest].sort())
    expect(rest).toContain('inferredAction')
  })

  it('gives the same text whatever order the objects were built in', () => {
    const shuffled = makeReport({
      findings: [
        reversedKeys({
          ...makeFinding(),
          fixTarget: reversedKeys(makeFinding().fixTarget)
        }) as Finding
      ],
      remedies: [
        reversedKeys({
          ...makeRemedy(),
          statements: makeRemedy().statements.map(reversedKeys)
        })
      ]
    })
    shuffled.stats = reversedKeys(shuffled.stats)
    expect(renderJson(shuffled)).toBe(renderJson(report))
    expect(renderJson(report)).toMatch(
      /"Sid": "AllowPushFromHato",\n\s+"Effect": "Allow",\n\s+"Principal"/
    )
  })
})

test('renderJson ends with one newline, like the other renderers', () => {
  expect(renderJson(makeReport())).toMatch(/\}\n$/)
})
