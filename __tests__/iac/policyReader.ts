// Reads every statement of a policy back out of a file with real parsers (hcl2-parser, yaml,
// @babel/parser, JSON.parse), with its effect, actions and resources, so a merge test can say
// "this statement now allows the action" and "no statement was added" without string matching.
import { createRequire } from 'node:module'
import { parse as parseTs } from '@babel/parser'
import YAML from 'yaml'

const require = createRequire(import.meta.url)
const hcl = require('hcl2-parser') as { parseToObject(text: string): unknown[] }

export interface ReadStatement {
  Effect: string
  Action: string[]
  Resource: string[]
}

const arr = (v: unknown): string[] =>
  Array.isArray(v) ? (v as string[]) : v === undefined ? [] : [String(v)]

function fromJson(statements: unknown): ReadStatement[] {
  return arr(statements as never).map((s) => {
    const st = s as unknown as Record<string, unknown>
    return {
      Effect: String(st.Effect ?? 'Allow'),
      Action: arr(st.Action),
      Resource: arr(st.Resource)
    }
  })
}

/** jsonencode's argument, an HCL object literal, parsed by hcl2-parser as an attribute's value. */
function hclObject(expr: string): unknown {
  const body = expr.replace(/^\$\{jsonencode\(/, '').replace(/\)\}$/, '')
  const [doc] = hcl.parseToObject(`v = ${body}\n`) as { v: unknown }[]
  return doc?.v
}

type Tree = Record<string, Record<string, Record<string, Record<string, unknown>[]>>>

/** Terraform: a document's statement blocks, or a resource's `policy` (heredoc or jsonencode). */
export function terraformStatements(text: string, address: string): ReadStatement[] {
  const doc = (hcl.parseToObject(text) as Tree[])[0] ?? {}
  const [kind = '', type = '', name = ''] = address.split('.')
  if (kind === 'data') {
    const statements = doc.data?.[type]?.[name]?.[0]?.statement as Record<string, unknown>[]
    return statements.map((s) => ({
      Effect: String(s.effect ?? 'Allow'),
      Action: arr(s.actions),
      Resource: arr(s.resources)
    }))
  }
  const policy = String(doc.resource?.[kind]?.[type]?.[0]?.policy)
  const parsed = (policy.startsWith('${jsonencode(') ? hclObject(policy) : JSON.parse(policy)) as {
    Statement: unknown
  }
  return fromJson(parsed.Statement)
}

const TAGS = ['!Ref', '!Sub', '!GetAtt', '!Join'].flatMap((tag) => [
  { tag, resolve: (v: string) => ({ [tag]: v }) },
  { tag, collection: 'seq' as const, resolve: (v: unknown) => ({ [tag]: v }) }
])

/** YAML or JSON: the statements at a dotted path (`Resources.Role.Properties.Policies.0.PolicyDocument`). */
export function yamlStatements(text: string, path: string): ReadStatement[] {
  let node = YAML.parse(text, { customTags: TAGS }) as unknown
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key]
  return fromJson(node)
}

type Walkable = { type?: string; [k: string]: unknown }
function walk(n: unknown, visit: (n: Walkable) => void): void {
  if (Array.isArray(n)) return n.forEach((c) => walk(c, visit))
  if (!n || typeof n !== 'object') return
  visit(n as Walkable)
  for (const [k, v] of Object.entries(n)) if (k !== 'loc') walk(v, visit)
}

/** CDK: every `new PolicyStatement({...})` of the file, wherever it is written. */
export function cdkStatements(text: string): ReadStatement[] {
  const out: ReadStatement[] = []
  walk(parseTs(text, { sourceType: 'module', plugins: ['typescript'] }).program, (n) => {
    const callee = n.callee as Walkable | undefined
    const name =
      callee?.type === 'MemberExpression' ? (callee.property as Walkable).name : callee?.name
    if (n.type !== 'NewExpression' || name !== 'PolicyStatement') return
    const props = ((n.arguments as Walkable[])[0]?.properties ?? []) as Walkable[]
    const prop = (k: string) => props.find((p) => (p.key as Walkable).name === k)?.value as Walkable
    const strings = (k: string) =>
      ((prop(k)?.elements ?? []) as Walkable[]).map((e) => String(e.value))
    const effect = prop('effect')
    out.push({
      Effect: effect && (effect.property as Walkable).name === 'DENY' ? 'Deny' : 'Allow',
      Action: strings('actions'),
      Resource: strings('resources')
    })
  })
  return out
}

function matches(pattern: string, value: string): boolean {
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${re}$`, 'i').test(value)
}

/** The Allow statements that grant the action on the resource. */
export function allowing(statements: ReadStatement[], action: string, resource: string) {
  return statements.filter(
    (s) =>
      s.Effect === 'Allow' &&
      s.Action.some((a) => matches(a, action)) &&
      s.Resource.some((r) => r === resource || matches(r, resource))
  )
}
