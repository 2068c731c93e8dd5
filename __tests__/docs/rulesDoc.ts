// docs/rules.md from the rule table (src/report/ruleIds.ts) and the grammar table: every id has
// an entry with an explicit anchor, the one SARIF helpUri and the compact format point to.
import { allRules, ruleAnchor } from '../../src/report/ruleIds.js'
import { GRAMMARS } from '../../src/parse/grammars/index.js'

const row = (cells: string[]) => `| ${cells.join(' | ')} |`

export function rulesDoc(): string {
  const rules = allRules()
  const section = (title: string, intro: string, from: string, to: string) => {
    const chosen = rules.filter((r) => r.id >= from && r.id < to)
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
  const grammars = [...new Set(GRAMMARS.map((g) => g.id))].sort()
  return [
    '# whydenied rules',
    '',
    '<!-- Generated from src/report/ruleIds.ts and src/parse/grammars by __tests__/docs/rules.test.ts',
    '     (UPDATE_DOCS=1 rewrites it). Do not edit by hand. -->',
    '',
    'Every finding has one rule id (SARIF `ruleId`, the third field of `--format compact`), and',
    'the traps and OIDC cause that apply to it are rules too (SARIF `properties.relatedRules`, in',
    'brackets at the end of a compact line). Ids never change once published.',
    '',
    section('Findings', 'What was refused, by kind and policy layer.', 'WD1', 'WD5'),
    section(
      'Traps',
      'A known way a denial misleads; its advice is part of the explanation.',
      'WD5',
      'WD6'
    ),
    section(
      'OIDC causes',
      'Why configure-aws-credentials could not assume the role (the OIDC doctor).',
      'WD6',
      'WD7'
    ),
    '## Grammars',
    '',
    'Which message shape recognised a finding (the JSON `grammar` field).',
    '',
    ...grammars.map((id) => `- <a id="grammar-${id}"></a>\`${id}\``),
    ''
  ].join('\n')
}
