// The statements a Terraform policy already has, read from the tokens: `statement` blocks of an
// aws_iam_policy_document and the objects of `jsonencode({ Statement = [...] })`. Only literal
// strings count; a reference or a function call makes the part opaque (never matched).
import { hclString } from '../../remedy/render/escape.js'
import { addToList } from '../listInsert.js'
import {
  OPAQUE,
  shapeKey,
  type Edit,
  type ExistingStatement,
  type Literal
} from '../mergeStatements.js'
import { attribute, blocks, type HclBlock } from './hclTree.js'
import type { HclToken } from './hclTokens.js'

/** A value of an HCL expression with the offsets an edit needs. */
type HclValue =
  | { t: 'str'; value: string | null; start: number; end: number }
  | { t: 'list'; items: HclValue[]; open: number; close: number }
  | { t: 'obj'; entries: [string, HclValue][]; open: number; close: number }
  | { t: 'other' }

class NotLiteral extends Error {}

const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}' }

/** Reads one value from tokens[i]; returns it and the index after it. */
function readValue(tokens: HclToken[], i: number): [HclValue, number] {
  const t = tokens[i]
  if (!t) throw new NotLiteral()
  if (t.type === 'string') {
    const holes = t.parts?.some((p) => p === null) ?? true
    return [
      { t: 'str', value: holes ? null : t.parts!.join(''), start: t.start, end: t.end },
      i + 1
    ]
  }
  if (t.text === '[' || t.text === '{') {
    const isList = t.text === '['
    const items: HclValue[] = []
    const entries: [string, HclValue][] = []
    let j = i + 1
    for (;;) {
      const n = tokens[j]
      if (!n) throw new NotLiteral()
      if (n.text === ',') {
        j++
        continue
      }
      if (n.text === CLOSER[t.text]) {
        const close = n.start
        const v: HclValue = isList
          ? { t: 'list', items, open: t.start, close }
          : { t: 'obj', entries, open: t.start, close }
        return [v, j + 1]
      }
      if (isList) {
        const [v, next] = readValue(tokens, j)
        items.push(v)
        j = next
      } else {
        const key = n.type === 'string' ? n.parts?.join('') : n.type === 'ident' ? n.text : null
        if (!key || !['=', ':'].includes(tokens[j + 1]?.text ?? '')) throw new NotLiteral()
        const [v, next] = readValue(tokens, j + 2)
        entries.push([key, v])
        j = next
      }
    }
  }
  // A reference, a function call or a number: skip it whole.
  let j = i + 1
  for (;;) {
    const n = tokens[j]
    if (n?.text === '.' && tokens[j + 1]) j += 2
    else if (n && CLOSER[n.text] && n.text !== '{') {
      let depth = 0
      for (const t of tokens.slice(j)) {
        if (CLOSER[t.text]) depth++
        else if (Object.values(CLOSER).includes(t.text) && --depth === 0) break
        j++
      }
      j++
    } else break
  }
  return [{ t: 'other' }, j]
}

function literal(v: HclValue | undefined): Literal | undefined {
  if (!v) return undefined
  if (v.t === 'str') return v.value ?? OPAQUE
  if (v.t === 'list') return v.items.map((i) => literal(i) ?? OPAQUE)
  if (v.t === 'obj') return Object.fromEntries(v.entries.map(([k, x]) => [k, literal(x) ?? OPAQUE]))
  return OPAQUE
}

function strings(v: HclValue | undefined): string[] | null {
  const l = literal(v)
  const arr = typeof l === 'string' ? [l] : Array.isArray(l) ? l : null
  return arr && arr.every((a): a is string => typeof a === 'string') ? arr : null
}

/** The edit adding actions to a string or list value. */
function addTo(text: string, v: HclValue, actions: string[]): Edit | null {
  const quoted = actions.map(hclString)
  if (v.t === 'list') return addToList(text, v.open, v.close, quoted)
  if (v.t === 'str')
    return {
      start: v.start,
      end: v.end,
      text: `[${[text.slice(v.start, v.end), ...quoted].join(', ')}]`
    }
  return null
}

function valueOf(tokens: HclToken[] | undefined): HclValue | undefined {
  if (!tokens?.length) return undefined
  try {
    const [v, end] = readValue(tokens, 0)
    return end === tokens.length ? v : { t: 'other' }
  } catch {
    return { t: 'other' }
  }
}

/** The `statement` blocks of a data aws_iam_policy_document. */
export function documentStatements(text: string, doc: HclBlock): ExistingStatement[] {
  const out: ExistingStatement[] = []
  for (const st of blocks(doc, 'statement')) {
    const attr = (name: string) => valueOf(attribute(st, name)?.value)
    const actionsValue = attr('actions')
    const actions = strings(actionsValue)
    if (!actionsValue || !actions) continue
    const principals: Record<string, Literal> = {}
    for (const p of blocks(st, 'principals')) {
      const type = literal(valueOf(attribute(p, 'type')?.value))
      const ids = literal(valueOf(attribute(p, 'identifiers')?.value))
      if (typeof type !== 'string' || !Array.isArray(ids)) principals[''] = OPAQUE
      else principals[type] = [...((principals[type] as Literal[]) ?? []), ...ids]
    }
    const conditions: Record<string, Record<string, Literal>> = {}
    for (const c of blocks(st, 'condition')) {
      const test = literal(valueOf(attribute(c, 'test')?.value))
      const variable = literal(valueOf(attribute(c, 'variable')?.value))
      const values = literal(valueOf(attribute(c, 'values')?.value)) ?? OPAQUE
      if (typeof test !== 'string' || typeof variable !== 'string') conditions[''] = { '': OPAQUE }
      else conditions[test] = { ...(conditions[test] ?? {}), [variable]: values }
    }
    out.push({
      key: shapeKey({
        effect: literal(attr('effect')),
        resources: literal(attr('resources')),
        principals: Object.keys(principals).length ? principals : undefined,
        conditions: Object.keys(conditions).length ? conditions : undefined,
        negated:
          ['not_actions', 'not_resources'].some((n) => attribute(st, n)) ||
          blocks(st, 'not_principals').length > 0
      }),
      actions,
      addActions: (add) => addTo(text, actionsValue, add)
    })
  }
  return out
}

/** The objects of `Statement = [...]` in `jsonencode({...})`. */
export function jsonencodeStatements(text: string, value: HclToken[]): ExistingStatement[] {
  if (value[0]?.text !== 'jsonencode' || value[1]?.text !== '(') return []
  let policy: HclValue
  try {
    policy = readValue(value, 2)[0]
  } catch {
    return []
  }
  if (policy.t !== 'obj') return []
  const list = policy.entries.find(([k]) => k === 'Statement')?.[1]
  if (list?.t !== 'list') return []
  const out: ExistingStatement[] = []
  for (const item of list.items) {
    if (item.t !== 'obj') continue
    const get = (k: string) => item.entries.find(([key]) => key === k)?.[1]
    const action = get('Action')
    const actions = strings(action)
    if (!action || !actions) continue
    out.push({
      key: shapeKey({
        effect: literal(get('Effect')),
        resources: literal(get('Resource')),
        principals: literal(get('Principal')),
        conditions: literal(get('Condition')),
        negated: ['NotAction', 'NotResource', 'NotPrincipal'].some((k) => get(k) !== undefined)
      }),
      actions,
      addActions: (add) => addTo(text, action, add)
    })
  }
  return out
}
