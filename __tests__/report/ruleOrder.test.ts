// The JSON `rules` list and SARIF's driver rules are in id order. The order is code-unit order,
// not `localeCompare`: the collator's first call loads ICU data (~3 MiB of a 1 KB log's start-up,
// issue 16). Every id is `WD` and three or four digits, so that order is the ids' numeric order.
import { jest } from '@jest/globals'
import { grammarRules } from '../../src/parse/grammars/index.js'
import { allRules, byRuleId, grammarRule, type RuleInfo } from '../../src/report/ruleIds.js'
import { renderJson } from '../../src/report/renderJson.js'
import { renderSarif } from '../../src/report/renderSarif.js'
import { makeFinding, makeReport } from './makeReport.js'

/** Ids by their number: the shorter first (WD999 before WD5001), then in code-unit order. */
const byNumber = (ids: string[]): string[] =>
  [...ids].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))

const every: RuleInfo[] = [
  ...allRules(),
  ...grammarRules().flatMap((g) => grammarRule({ grammar: g.id, grammarRule: g.rule }) ?? [])
]

describe('rule order', () => {
  it('has ids of one shape, ordered by their number', () => {
    for (const r of every) expect(r.id).toMatch(/^WD\d{3,4}$/)
    const reversed = [...every].reverse()
    expect([...reversed].sort(byRuleId).map((r) => r.id)).toEqual(
      [...reversed].sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2))).map((r) => r.id)
    )
    expect(
      ['WD7000', 'WD899', 'WD701']
        .map((id) => ({ id, name: id, summary: '' }))
        .sort(byRuleId)
        .map((r) => r.id)
    ).toEqual(['WD701', 'WD899', 'WD7000'])
  })

  it('keeps equal ids together and in place', () => {
    const a = { id: 'WD101', name: 'a', summary: '' }
    const b = { id: 'WD101', name: 'b', summary: '' }
    const c = { id: 'WD100', name: 'c', summary: '' }
    expect([a, c, b].sort(byRuleId).map((r) => r.name)).toEqual(['c', 'a', 'b'])
  })

  it('renders JSON and SARIF rules in id order without the collator', () => {
    const report = makeReport({
      findings: [
        makeFinding(),
        makeFinding({ layer: 'identity', traps: [], grammar: 'bare-code', grammarRule: undefined })
      ]
    })
    const collate = jest.spyOn(String.prototype, 'localeCompare')
    try {
      const ids = JSON.parse(renderJson(report)).rules.map((r: { id: string }) => r.id)
      expect(ids.length).toBeGreaterThan(2)
      expect(ids).toEqual(byNumber(ids))
      const sarif = JSON.parse(renderSarif(report, { version: '0.0.0' }))
      const driver = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)
      expect(driver).toEqual(byNumber(driver))
      expect(collate).not.toHaveBeenCalled()
    } finally {
      collate.mockRestore()
    }
  })
})
