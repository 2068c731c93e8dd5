// docs/rules.md is generated from the rule and grammar tables: a new trap, cause or grammar
// without a rule, or a stale page, fails here.
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allGrammarRules, rulesDoc } from './rulesDoc.js'
import {
  allRules,
  causeRule,
  ruleAnchor,
  relatedRules,
  trapRule
} from '../../src/report/ruleIds.js'
import { TRAPS } from '../../src/diagnose/traps/index.js'
import { CAUSES } from '../../src/oidc/causes.js'
import { GRAMMARS, grammarRules } from '../../src/parse/grammars/index.js'
import { analyzeText } from '../../src/engine/Analysis.js'

const DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url))
/**
 * Every rule id ever published, `ID name` a line, in the order they were given. It may only grow:
 * an id whose rule is gone stays, marked `retired`, so it is never given to another rule.
 */
const PUBLISHED = fileURLToPath(new URL('./published-rules.txt', import.meta.url))

const current = () => [...allRules(), ...allGrammarRules()]

function readPublished(): { id: string; name: string; retired: boolean }[] {
  return fs
    .readFileSync(PUBLISHED, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [id = '', name = '', mark] = line.trim().split(/\s+/)
      return { id, name, retired: mark === 'retired' }
    })
}

describe('rule ids', () => {
  it('every trap and every OIDC cause has its own rule', () => {
    // Traps filled WD501-WD599 and go on at WD901.
    // Three digits until they ran out, then four from WD5001 (as grammars went on from WD7001).
    for (const trap of TRAPS) expect(trapRule(trap.id)?.id).toMatch(/^WD(?:[59]\d\d|5\d{3})$/)
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

describe('grammar rule ids', () => {
  // WD7xx filled up, then WD8xx; grammars go on at WD7000 (four digits: no published id is reused).
  it('every grammar and variant has its own WD7xx, WD8xx or WD7xxx id, unique among all rules', () => {
    const grammars = grammarRules()
    expect(grammars.length).toBeGreaterThan(GRAMMARS.length)
    for (const g of grammars) expect(g.rule).toMatch(/^WD(?:[78]\d\d|7\d\d\d)$/)
    // One id per grammar name: two rule objects of one name would split its findings.
    expect(new Set(grammars.map((g) => g.id)).size).toBe(grammars.length)
    const ids = current().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('a finding carries the rule of the grammar that read it', () => {
    const log = [
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action',
      'Error: The security token included in the request is expired',
      'An error occurred (AccessDeniedException) when calling the ListThings operation: nope'
    ].join('\n')
    const byName = new Map(grammarRules().map((g) => [g.id, g.rule]))
    const findings = analyzeText(log, 'ci.log').findings
    expect(findings.map((f) => f.grammar)).toEqual([
      'iam-sentence',
      'security-token-expired',
      'bare-code'
    ])
    for (const f of findings) expect(f.grammarRule).toBe(byName.get(f.grammar))
  })
})

describe('published rule ids', () => {
  it('only grow: every rule is listed under its name, and no listed id is lost or renamed', () => {
    const rules = current()
    if (process.env.UPDATE_DOCS === '1') {
      const known = new Set(readPublished().map((p) => p.id))
      const added = rules.filter((r) => !known.has(r.id)).map((r) => `${r.id} ${r.name}\n`)
      if (added.length > 0) fs.appendFileSync(PUBLISHED, added.join(''))
    }
    const published = readPublished()
    const ids = published.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    const byId = new Map(rules.map((r) => [r.id, r.name]))
    // A listed id is a current rule of the same name, or retired (then no rule may take it).
    const broken = published
      .filter((p) => (p.retired ? byId.has(p.id) : byId.get(p.id) !== p.name))
      .map((p) => `${p.id} ${p.name}: now ${byId.get(p.id) ?? 'gone (mark it retired)'}`)
    expect(broken).toEqual([])
    const unlisted = rules.filter((r) => !ids.includes(r.id)).map((r) => r.id)
    expect(unlisted).toEqual([])
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
    for (const rule of allGrammarRules()) {
      expect(doc).toContain(
        `<a id="${ruleAnchor(rule).slice(1)}"></a><a id="grammar-${rule.name}">`
      )
    }
  })
})
