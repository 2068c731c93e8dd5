// Statement lists in YAML (CloudFormation, SAM, Serverless) found through the `yaml` library's
// source ranges, and new statements written in the list's own style: block items at the list's
// indentation, or JSON in a flow list (JSON templates are flow YAML).
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml'
import type { PolicyStatement } from '../../model/Remedy.js'
import { indentAt, insertAt } from '../Definition.js'
import { appendToList, indentLines } from '../listInsert.js'

export type YamlLib = typeof import('yaml')

/** CloudFormation's short-form intrinsics: accepted as tags so templates parse without warnings. */
const INTRINSICS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'Base64',
  'Cidr',
  'GetAZs',
  'Condition',
  'Transform'
]

export function cfnTags(): object[] {
  return INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (v: string) => ({ [`Fn::${name}`]: v }) },
    { tag: `!${name}`, collection: 'seq', resolve: (v: unknown) => v },
    { tag: `!${name}`, collection: 'map', resolve: (v: unknown) => v }
  ])
}

export function parseYaml(yaml: YamlLib, text: string): Document.Parsed {
  return yaml.parseDocument(text, { customTags: cfnTags() as never, uniqueKeys: false })
}

/** The text after appending the statements to a YAML sequence node. */
export function appendStatements(
  yaml: YamlLib,
  text: string,
  seq: YAMLSeq,
  statements: PolicyStatement[]
): string | null {
  if (!seq.range) return null
  const plain = statements.map((s) => JSON.parse(JSON.stringify(s)) as object)
  if (seq.flow) {
    const open = seq.range[0]
    const close = text.lastIndexOf(']', seq.range[1])
    if (text[open] !== '[' || close < open) return null
    return appendToList(text, open, close, (indent, unit) =>
      plain
        .map((s) => indentLines(JSON.stringify(s, null, unit).split('\n'), indent))
        .join(',\n' + indent)
    )
  }
  const items = seq.items as Node[]
  const last = items[items.length - 1]
  if (!last?.range) return null
  const dashIndent = indentAt(text, (items[0] as Node).range![0])
  const block = yaml
    .stringify(plain, { indent: 2, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => dashIndent + l)
    .join('\n')
  const end = last.range[1]
  const lineEnd = text.indexOf('\n', Math.max(end - 1, 0))
  if (lineEnd < 0) return text + (text.endsWith('\n') ? '' : '\n') + block + '\n'
  return insertAt(text, lineEnd + 1, block + '\n')
}

/** A key's value node in a map node, or undefined. */
export function get(map: unknown, key: string): Node | undefined {
  const m = map as YAMLMap
  if (!m || typeof m !== 'object' || !Array.isArray(m.items)) return undefined
  const pair = m.items.find((p) => (p.key as { value?: unknown })?.value === key)
  return (pair?.value ?? undefined) as Node | undefined
}

/** A scalar's text and tag. */
export function scalar(node: unknown): { value: string; tag?: string } | null {
  const n = node as { value?: unknown; tag?: string; items?: unknown }
  if (!n || typeof n !== 'object' || n.items !== undefined) return null
  if (typeof n.value === 'string') return { value: n.value, tag: n.tag }
  // A short-form intrinsic (`!Ref X`) resolves to `{ "Fn::Ref": "X" }` (cfnTags): its text.
  const inner = n.tag && n.value && typeof n.value === 'object' ? Object.values(n.value) : []
  return inner.length === 1 && typeof inner[0] === 'string' ? { value: inner[0], tag: n.tag } : null
}

/** `${...}` holes of a !Sub string or a Serverless variable, as a name pattern. */
export function subPattern(value: string): (string | null)[] {
  const parts: (string | null)[] = []
  let rest = value
  for (let m = /\$\{[^}]*\}/.exec(rest); m; m = /\$\{[^}]*\}/.exec(rest)) {
    if (rest.startsWith('${!', m.index)) {
      parts.push(rest.slice(0, m.index) + '${' + m[0].slice(3))
    } else {
      parts.push(rest.slice(0, m.index), null)
    }
    rest = rest.slice(m.index + m[0].length)
  }
  parts.push(rest)
  return parts
}
