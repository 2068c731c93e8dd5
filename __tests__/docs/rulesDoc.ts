// docs/rules.md from the rule table (src/report/ruleIds.ts) and the grammar table: every id has
// an entry with an explicit anchor, the one SARIF helpUri and the compact format point to.
import {
  allRules,
  byRuleId,
  grammarRule,
  ruleAnchor,
  type RuleInfo
} from '../../src/report/ruleIds.js'
import { grammarRules } from '../../src/parse/grammars/index.js'

/** Every grammar's rule, in id order, as the outputs name it. */
export function allGrammarRules(): RuleInfo[] {
  return grammarRules()
    .map((g) => grammarRule({ grammar: g.id, grammarRule: g.rule })!)
    .sort(byRuleId)
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`

export function rulesDoc(): string {
  const rules = allRules()
  // Each [from, to) range of ids: traps go on at WD901 once WD5xx is full.
  const section = (title: string, intro: string, ...ranges: [string, string][]) => {
    const chosen = rules.filter((r) => ranges.some(([from, to]) => r.id >= from && r.id < to))
    return [
      `## ${title}`,
      '',
      intro,
      '',
      row(['rule', 'name', 'meaning']),
      row(['---', '---', '---']),
      ...chosen.map((r) =>
        row([`<a id="${ruleAnchor(r).slice(1)}"></a>\`${r.id}\``, `\`${r.name}\``, r.summary])
      ),
      ''
    ].join('\n')
  }
  return [
    '# whydenied rules',
    '',
    '<!-- Generated from src/report/ruleIds.ts and src/parse/grammars by __tests__/docs/rules.test.ts',
    '     (UPDATE_DOCS=1 rewrites it). Do not edit by hand. -->',
    '',
    'Every finding has one rule id (SARIF `ruleId`, the third field of `--format compact`, the JSON',
    '`rule` field), and the traps and OIDC cause that apply to it are rules too (SARIF',
    '`properties.relatedRules`, in brackets at the end of a compact line). The grammar that read the',
    'message has one as well (JSON `grammarRule`, SARIF `properties.grammarRule`, in parentheses at',
    'the end of a compact line). Ids never change and are never reused once published.',
    '',
    section('Findings', 'What was refused, by kind and policy layer.', ['WD1', 'WD5']),
    section(
      'Traps',
      'A known way a denial misleads; its advice is part of the explanation.',
      ['WD5', 'WD6'],
      ['WD9', 'WDA']
    ),
    section(
      'OIDC causes',
      'Why configure-aws-credentials could not assume the role (the OIDC doctor).',
      ['WD6', 'WD7']
    ),
    '## Grammars',
    '',
    'Which message shape recognised a finding (the JSON `grammar` field, and its `grammarRule`).',
    '',
    row(['rule', 'grammar']),
    row(['---', '---']),
    // The `grammar-NAME` anchor is the one these entries had before they had ids.
    ...allGrammarRules().map((r) =>
      row([
        `<a id="${ruleAnchor(r).slice(1)}"></a><a id="grammar-${r.name}"></a>\`${r.id}\``,
        `\`${r.name}\``
      ])
    ),
    ''
  ].join('\n')
}
