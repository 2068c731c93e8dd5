// CDK in TypeScript: `new iam.Role(scope, 'Id', { roleName })` bound to a variable or property,
// and the statements added to it with addToPolicy / addToPrincipalPolicy. The new statement goes
// after the last such call (or after the role), as one more addToPolicy in the file's own style.
import type { PolicyStatement } from '../../model/Remedy.js'
import { tsString } from '../../remedy/render/escape.js'
import { indentAt, insertAt, lineAt, type Definition } from '../Definition.js'
import type { NamePattern } from '../namePattern.js'
import type { RepoFile } from '../RepoFile.js'
import { mergeStatements, type ExistingStatement } from '../mergeStatements.js'
import { cdkStatement, statementProps, type AstNode } from './cdkStatements.js'

function walk(
  node: unknown,
  visit: (n: AstNode, parent: AstNode | null) => void,
  parent: AstNode | null = null
): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit, parent)
    return
  }
  if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return
  const n = node as AstNode
  visit(n, parent)
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'loc' && key !== 'extra' && value && typeof value === 'object')
      walk(value, visit, n)
  }
}

/** `iam.Role` → ['iam.', 'Role']; `Role` → ['', 'Role']. */
function callee(n: AstNode): [string, string] | null {
  const c = n.callee as AstNode
  if (c?.type === 'Identifier') return ['', c.name as string]
  if (c?.type === 'MemberExpression' && (c.property as AstNode).type === 'Identifier') {
    const obj = c.object as AstNode
    return obj.type === 'Identifier'
      ? [`${obj.name as string}.`, (c.property as AstNode).name as string]
      : null
  }
  return null
}

/** `x` or `this.x` as written. */
function binding(text: string, n: AstNode | undefined): string | null {
  if (!n) return null
  if (
    n.type === 'Identifier' ||
    (n.type === 'MemberExpression' && (n.object as AstNode).type === 'ThisExpression')
  )
    return text.slice(n.start, n.end)
  return null
}

function roleName(props: AstNode | undefined): NamePattern | null | undefined {
  const prop = (props?.properties as AstNode[] | undefined)?.find(
    (p) =>
      p.type === 'ObjectProperty' &&
      ((p.key as AstNode).name === 'roleName' || (p.key as AstNode).value === 'roleName')
  )
  if (!prop) return undefined
  const v = prop.value as AstNode
  if (v.type === 'StringLiteral') return [v.value as string]
  if (v.type === 'TemplateLiteral') {
    const quasis = v.quasis as AstNode[]
    return quasis.flatMap((q, i) => [
      (q.value as { cooked: string }).cooked,
      ...(i < quasis.length - 1 ? [null] : [])
    ])
  }
  return null
}

const array = (v: string | string[]) => `[${(Array.isArray(v) ? v : [v]).map(tsString).join(', ')}]`

function statementCall(
  target: string,
  ns: string,
  s: PolicyStatement,
  unit: string,
  semi: string
): string[] {
  const props = [`sid: ${tsString(s.Sid)},`, `actions: ${array(s.Action)},`]
  if (s.Resource !== undefined) props.push(`resources: ${array(s.Resource)},`)
  if (s.Condition) props.push(`conditions: ${JSON.stringify(s.Condition)},`)
  if (s.Effect === 'Deny') props.push(`effect: ${ns}Effect.DENY,`)
  return [
    `${target}.addToPolicy(`,
    `${unit}new ${ns}PolicyStatement({`,
    ...props.map((p) => unit + unit + p),
    `${unit}}),`,
    `)${semi}`
  ]
}

function fileDefinitions(file: RepoFile, ast: unknown): Definition[] {
  const { text } = file
  const roles: {
    bind: string
    ns: string
    id: string
    name: NamePattern | null | undefined
    stmt: AstNode
  }[] = []
  const calls: { target: string; stmt: AstNode; arg: AstNode | undefined }[] = []
  // `const s = new iam.PolicyStatement({...})`: statements passed to addToPolicy by name.
  const consts = new Map<string, AstNode>()
  let statement: AstNode | null = null
  walk(ast, (n, parent) => {
    if (parent?.type === 'BlockStatement' || parent?.type === 'Program') statement = n
    if (n.type === 'NewExpression' && callee(n)?.[1] === 'Role' && statement) {
      const [ns] = callee(n)!
      const args = n.arguments as AstNode[]
      const id = args[1]?.type === 'StringLiteral' ? (args[1].value as string) : ''
      const decl =
        parent?.type === 'VariableDeclarator'
          ? (parent.id as AstNode)
          : parent?.type === 'AssignmentExpression'
            ? (parent.left as AstNode)
            : undefined
      const bind = binding(text, decl)
      if (bind) roles.push({ bind, ns, id, name: roleName(args[2]), stmt: statement })
    }
    if (n.type === 'VariableDeclarator' && (n.id as AstNode).type === 'Identifier' && n.init)
      consts.set((n.id as AstNode).name as string, n.init as AstNode)
    if (n.type === 'CallExpression' && statement) {
      const c = n.callee as AstNode
      const method = c?.type === 'MemberExpression' ? (c.property as AstNode).name : null
      if (method === 'addToPolicy' || method === 'addToPrincipalPolicy') {
        const target = binding(text, c.object as AstNode)
        if (target) calls.push({ target, stmt: statement, arg: (n.arguments as AstNode[])[0] })
      }
    }
  })
  return roles.flatMap((role): Definition[] => {
    if (role.name === null || (role.name === undefined && !role.id)) return []
    const mine = calls.filter(
      (c) => c.target === role.bind || c.target === role.bind.replace(/^this\./, '')
    )
    const after = mine.length ? mine[mine.length - 1].stmt : role.stmt
    const semi = text.slice(role.stmt.start, role.stmt.end).trimEnd().endsWith(';') ? ';' : ''
    const existing = (): ExistingStatement[] =>
      mine.flatMap((c) => {
        const arg = c.arg?.type === 'Identifier' ? consts.get(c.arg.name as string) : c.arg
        const props = statementProps(arg)
        const found = props && cdkStatement(text, props)
        return found ? [found] : []
      })
    const append = (statements: PolicyStatement[]): string => {
      const indent = indentAt(text, after.start)
      const unit = indent.includes('\t') ? '\t' : '  '
      const lines = statements.flatMap((s) => statementCall(role.bind, role.ns, s, unit, semi))
      const eol = text.indexOf('\n', after.end)
      const at = eol < 0 ? text.length : eol + 1
      return insertAt(
        text,
        at,
        (eol < 0 ? '\n' : '') + lines.map((l) => indent + l).join('\n') + '\n'
      )
    }
    return [
      {
        kind: 'cdk',
        file: file.path,
        line: lineAt(text, role.stmt.start),
        endLine: lineAt(text, after.end),
        resource: role.id ? `${role.ns}Role '${role.id}'` : role.bind,
        holds: 'identity',
        name: role.name ?? [],
        ...(role.name === undefined ? { generatedFrom: role.id } : {}),
        apply: (statements) => mergeStatements(text, existing(), statements, append)
      }
    ]
  })
}

export async function locateCdk(files: RepoFile[]): Promise<Definition[]> {
  const candidates = files.filter(
    (f) =>
      !f.path.endsWith('.d.ts') &&
      /\bRole\s*\(/.test(f.text) &&
      /aws-cdk-lib|@aws-cdk\//.test(f.text)
  )
  if (candidates.length === 0) return []
  const { parse } = await import('@babel/parser')
  return candidates.flatMap((file) => {
    try {
      const ast = parse(file.text, {
        sourceType: 'module',
        plugins: ['typescript', 'decorators-legacy'],
        errorRecovery: true
      })
      return fileDefinitions(file, ast.program)
    } catch {
      return []
    }
  })
}
