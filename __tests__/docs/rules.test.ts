// docs/rules.md is generated from the rule and grammar tables: a new trap, cause or grammar
// without a rule, or a stale page, fails here.
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { rulesDoc } from './rulesDoc.js'
import {
  allRules,
  causeRule,
  ruleAnchor,
  relatedRules,
  trapRule
} from '../../src/report/ruleIds.js'
import { TRAPS } from '../../src/diagnose/traps/index.js'
import { CAUSES } from '../../src/oidc/causes.js'
import { GRAMMARS } from '../../src/parse/grammars/index.js'

const DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url))

describe('rule ids', () => {
  it('every trap and every OIDC cause has its own rule', () => {
    for (const trap of TRAPS) expect(trapRule(trap.id)?.id).toMatch(/^WD5\d\d$/)
    for (const cause of Object.keys(CAUSES)) expect(causeRule(cause)?.id).toMatch(/^WD6\d\d$/)
    const ids = allRules().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names the traps and cause of a finding as related rules', () => {
    expect(
      relatedRules({ traps: ['iam-passrole', 'kms-key-policy'], cause: 'audience' }).map(
        (r) => r.id
      )
    ).toEqual(['WD508', 'WD507', 'WD604'])
    expect(relatedRules({ traps: ['not-a-trap'] })).toEqual([])
  })
})

describe('docs/rules.md', () => {
  it('is what the tables generate (UPDATE_DOCS=1 rewrites it)', () => {
    const expected = rulesDoc()
    if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(DOC, expected)
    expect(fs.readFileSync(DOC, 'utf8')).toBe(expected)
  })

  it('has an anchor for every rule and every grammar', () => {
    const doc = fs.readFileSync(DOC, 'utf8')
    for (const rule of allRules()) {
      expect(doc).toContain(`<a id="${ruleAnchor(rule).slice(1)}"></a>\`${rule.id}\``)
    }
    for (const grammar of GRAMMARS) expect(doc).toContain(`<a id="grammar-${grammar.id}"></a>`)
  })
})
