// The statements a CDK role already gets (`new iam.PolicyStatement({...})` passed to its
// addToPolicy, directly or through a const), read from Babel's AST; and the edit adding actions
// to one's `actions` array in the file's quote style.
import { tsString } from '../../remedy/render/escape.js'
import { addToList } from '../listInsert.js'
import { OPAQUE, shapeKey, type ExistingStatement, type Literal } from '../mergeStatements.js'

/** The parts of Babel's AST we read. */
export interface AstNode {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

function keyName(p: AstNode): string | null {
  const k = p.key as AstNode
  if (p.computed) return null
  if (k.type === 'Identifier') return k.name as string
  if (k.type === 'StringLiteral') return k.value as string
  return null
}

function literal(n: AstNode | undefined): Literal {
  if (!n) return OPAQUE
  if (n.type === 'StringLiteral') return n.value as string
  if (n.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0)
    return ((n.quasis as AstNode[])[0]?.value as { cooked: string }).cooked
  if (n.type === 'ArrayExpression')
    return (n.elements as (AstNode | null)[]).map((e) => literal(e ?? undefined))
  if (n.type === 'ObjectExpression') {
    const out: Record<string, Literal> = {}
    for (const p of n.properties as AstNode[]) {
      const key = p.type === 'ObjectProperty' ? keyName(p) : null
      if (key === null) return OPAQUE
      out[key] = literal(p.value as AstNode)
    }
    return out
  }
  // `iam.Effect.ALLOW` / `Effect.DENY`
  if (n.type === 'MemberExpression' && (n.property as AstNode).type === 'Identifier') {
    const name = (n.property as AstNode).name
    return name === 'ALLOW' ? 'Allow' : name === 'DENY' ? 'Deny' : OPAQUE
  }
  return OPAQUE
}

/** The properties object of a `new PolicyStatement({...})`, or null. */
export function statementProps(n: AstNode | undefined): AstNode | null {
  if (n?.type !== 'NewExpression') return null
  const c = n.callee as AstNode
  const name =
    c.type === 'Identifier'
      ? c.name
      : c.type === 'MemberExpression'
        ? (c.property as AstNode).name
        : null
  const arg = (n.arguments as AstNode[])[0]
  return name === 'PolicyStatement' && arg?.type === 'ObjectExpression' ? arg : null
}

export function cdkStatement(text: string, props: AstNode): ExistingStatement | null {
  const byName = new Map<string, AstNode>()
  for (const p of props.properties as AstNode[]) {
    const key = p.type === 'ObjectProperty' ? keyName(p) : null
    if (key === null) return null
    byName.set(key, p.value as AstNode)
  }
  const actions = byName.get('actions')
  const listed = literal(actions)
  if (actions?.type !== 'ArrayExpression' || !Array.isArray(listed)) return null
  if (!listed.every((a): a is string => typeof a === 'string')) return null
  const opt = (k: string) => (byName.has(k) ? literal(byName.get(k)) : undefined)
  const first = (actions.elements as AstNode[])[0]
  const quote = (a: string) =>
    first && text[first.start] === '"' ? JSON.stringify(a) : tsString(a)
  return {
    key: shapeKey({
      effect: opt('effect'),
      resources: opt('resources'),
      principals: byName.has('principals') ? OPAQUE : undefined,
      conditions: opt('conditions'),
      negated: ['notActions', 'notResources', 'notPrincipals'].some((k) => byName.has(k))
    }),
    actions: listed,
    addActions: (add) => addToList(text, actions.start, actions.end - 1, add.map(quote))
  }
}
