// The statements already in a YAML or JSON policy (CloudFormation, SAM, Serverless, a Terraform
// heredoc), read from the `yaml` library's nodes, and the edit that adds actions to one of them:
// a new `- item` in a block list, one more element in a flow list, a scalar turned into a list.
import type { Node, YAMLMap, YAMLSeq } from 'yaml'
import { indentAt } from '../Definition.js'
import { addToList } from '../listInsert.js'
import type { PolicyStatement } from '../../model/Remedy.js'
import {
  mergeStatements,
  OPAQUE,
  shapeKey,
  type ExistingStatement,
  type Literal
} from '../mergeStatements.js'
import { appendStatements, type YamlLib } from './yamlEdit.js'

/** A node as a plain value; OPAQUE for tags (`!Sub`, `!Ref`), aliases and intrinsic functions. */
function literal(yaml: YamlLib, node: unknown): Literal {
  if (yaml.isScalar(node)) {
    if (node.tag && !node.tag.startsWith('tag:yaml.org')) return OPAQUE
    const v = node.value
    // `${...}`: a Terraform template, a Serverless variable or a Sub: not known until deployed.
    if (typeof v === 'string') return v.includes('${') ? OPAQUE : v
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : OPAQUE
  }
  if (yaml.isSeq(node)) {
    if (node.tag) return OPAQUE
    return node.items.map((i) => literal(yaml, i))
  }
  if (yaml.isMap(node)) {
    if (node.tag) return OPAQUE
    const out: Record<string, Literal> = {}
    for (const pair of node.items) {
      const key = literal(yaml, pair.key)
      if (typeof key !== 'string' || key.startsWith('Fn::') || key === 'Ref') return OPAQUE
      out[key] = literal(yaml, pair.value)
    }
    return out
  }
  return OPAQUE
}

function pairValue(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items.find((p) => (p.key as { value?: unknown })?.value === key)
  return (pair?.value ?? undefined) as Node | undefined
}

const quoteLike = (text: string, first: Node | undefined, value: string): string => {
  const raw = first?.range ? text[first.range[0]] : ''
  if (raw === "'") return `'${value.replace(/'/g, "''")}'`
  if (raw === '"' || !/^[A-Za-z0-9][A-Za-z0-9:*._/-]*$/.test(value)) return JSON.stringify(value)
  return value
}

/** The edit adding actions to an `Action` node: a sequence (flow or block) or one scalar. */
function addActions(text: string, node: Node, base: number, actions: string[]) {
  const n = node as YAMLSeq
  if (!node.range) return null
  if (Array.isArray(n.items)) {
    const items = n.items as Node[]
    if (n.flow) {
      const open = node.range[0]
      const close = text.lastIndexOf(']', node.range[1])
      if (text[open] !== '[' || close < open) return null
      const edit = addToList(
        text,
        open,
        close,
        actions.map((a) => quoteLike(text, items[0], a))
      )
      return { ...edit, start: edit.start + base, end: edit.end + base }
    }
    const last = items[items.length - 1]
    const first = items[0]
    if (!last?.range || !first?.range) return null
    const dash = indentAt(text, first.range[0])
    const lineEnd = text.indexOf('\n', last.range[1] - 1)
    if (lineEnd < 0) return null
    const lines = actions.map((a) => `${dash}- ${quoteLike(text, items[0], a)}\n`).join('')
    return { start: base + lineEnd + 1, end: base + lineEnd + 1, text: lines }
  }
  const [start, end] = node.range
  const list = [text.slice(start, end), ...actions.map((a) => JSON.stringify(a))]
  return { start: base + start, end: base + end, text: `[${list.join(', ')}]` }
}

/**
 * The statements of a `Statement` sequence. `base` is the offset of `text` in the file (a
 * heredoc's body); the edits are in file offsets.
 */
export function yamlStatements(
  yaml: YamlLib,
  text: string,
  seq: YAMLSeq,
  base = 0
): ExistingStatement[] {
  const out: ExistingStatement[] = []
  for (const item of seq.items) {
    if (!yaml.isMap(item)) continue
    const get = (k: string) => pairValue(item, k)
    const action = get('Action')
    if (!action) continue
    const actions = literal(yaml, action)
    const listed = typeof actions === 'string' ? [actions] : Array.isArray(actions) ? actions : []
    if (!listed.every((a): a is string => typeof a === 'string')) continue
    const opt = (k: string) => (get(k) === undefined ? undefined : literal(yaml, get(k)))
    out.push({
      key: shapeKey({
        effect: opt('Effect'),
        resources: opt('Resource'),
        principals: opt('Principal'),
        conditions: opt('Condition'),
        negated: ['NotAction', 'NotResource', 'NotPrincipal'].some((k) => get(k) !== undefined)
      }),
      actions: listed,
      addActions: (add) => addActions(text, action, base, add)
    })
  }
  return out
}

/** The text with the statements merged into the sequence's matching ones or appended to it. */
export function mergeYamlStatements(
  yaml: YamlLib,
  text: string,
  seq: YAMLSeq,
  statements: PolicyStatement[]
): string | null {
  return mergeStatements(text, yamlStatements(yaml, text, seq), statements, (s) =>
    appendStatements(yaml, text, seq, s)
  )
}
