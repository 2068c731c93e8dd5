// Reads the policy statements back out of a patched file with real parsers (hcl2-parser for
// Terraform, yaml for templates and serverless.yml, @babel/parser for the CDK), so a test checks
// what the file grants, not what its text looks like.
import { createRequire } from 'node:module'
import { parse as parseTs } from '@babel/parser'
import YAML from 'yaml'
import { at } from '../support/at.js'

const require = createRequire(import.meta.url)
const hcl = require('hcl2-parser') as { parseToObject(text: string): unknown[] }

export interface Granted {
  Effect?: string
  Action: string[]
}

const arr = (v: unknown): string[] =>
  Array.isArray(v) ? (v as string[]) : v === undefined ? [] : [String(v)]

/** An HCL object literal (as jsonencode takes it) turned into JSON: keys quoted, commas added. */
function hclObjectToJson(expr: string): unknown {
  const body = expr.replace(/^\$\{jsonencode\(/, '').replace(/\)\}$/, '')
  const json = body
    .replace(/^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*=/gm, '$1"$2":')
    .replace(/^(\s*)("[^"\n]+")\s*=/gm, '$1$2:')
    .replace(/([\]}"0-9])(\s*\n\s*")/g, '$1,$2')
    .replace(/([\]}])(\s*\n\s*\{)/g, '$1,$2')
    .replace(/,(\s*[\]}])/g, '$1')
  return JSON.parse(json)
}

const TAGS = ['!Ref', '!Sub', '!GetAtt'].flatMap((tag) => [
  { tag, resolve: (v: string) => v },
  { tag, collection: 'seq' as const, resolve: (v: unknown) => v }
])

type Walkable = { type?: string; [k: string]: unknown }
function walk(n: unknown, visit: (n: Walkable) => void): void {
  if (Array.isArray(n)) return n.forEach((c) => walk(c, visit))
  if (!n || typeof n !== 'object') return
  visit(n as Walkable)
  for (const [k, v] of Object.entries(n)) if (k !== 'loc') walk(v, visit)
}

export function statementsIn(form: string, text: string, name: string): Granted[] {
  if (form === 'terraform-document') {
    const doc = at(
      hcl.parseToObject(text) as {
        data: {
          aws_iam_policy_document: Record<
            string,
            { statement: { effect?: string; actions: string[] }[] }[]
          >
        }
      }[]
    )
    return at(doc.data.aws_iam_policy_document[name]).statement.map((s) => ({
      Effect: s.effect,
      Action: arr(s.actions)
    }))
  }
  if (form === 'terraform-jsonencode') {
    const doc = at(
      hcl.parseToObject(text) as {
        resource: { aws_iam_role_policy: Record<string, { policy: string }[]> }
      }[]
    )
    const policy = hclObjectToJson(at(doc.resource.aws_iam_role_policy[name]).policy) as {
      Statement: { Effect: string; Action: unknown }[]
    }
    return policy.Statement.map((s) => ({ Effect: s.Effect, Action: arr(s.Action) }))
  }
  if (form === 'sam' || form === 'serverless') {
    const doc = YAML.parse(text, { customTags: TAGS }) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    const lists =
      form === 'sam'
        ? (doc.Resources[name].Properties.Policies as { Statement?: unknown[] }[]).map(
            (p) => p.Statement ?? []
          )
        : [doc.provider.iam.role.statements as unknown[]]
    return lists.flat().map((s) => {
      const st = s as { Effect?: string; Action: unknown }
      return { Effect: st.Effect, Action: arr(st.Action) }
    })
  }
  const out: Granted[] = []
  walk(parseTs(text, { sourceType: 'module', plugins: ['typescript'] }).program, (n) => {
    const call = n as { type?: string; callee?: Walkable; arguments?: Walkable[] }
    if (call.type !== 'CallExpression' || call.callee?.type !== 'MemberExpression') return
    const target = call.callee.object as Walkable
    if (target.type !== 'Identifier' || target.name !== name) return
    const stmt = call.arguments?.[0] as {
      arguments?: {
        properties?: { key: { name: string }; value: { elements?: { value: string }[] } }[]
      }[]
    }
    const actions = stmt?.arguments?.[0]?.properties?.find((p) => p.key.name === 'actions')
    out.push({ Action: (actions?.value.elements ?? []).map((e) => e.value) })
  })
  return out
}

function matches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
    'i'
  )
  return re.test(action)
}

/** True when an Allow statement names the action (IAM compares actions case-insensitively). */
export function grants(statements: Granted[], action: string): boolean {
  return statements.some(
    (s) => (s.Effect ?? 'Allow') === 'Allow' && s.Action.some((a) => matches(a, action))
  )
}
