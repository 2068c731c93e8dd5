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
import { grantFor, type Construct } from './cdkGrants.js'
import { appendToList, indentLines } from '../listInsert.js'

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

/** `new iam.PolicyStatement({...})` as lines, its first line unindented. */
function statementExpression(ns: string, s: PolicyStatement, unit: string): string[] {
  const props = [`sid: ${tsString(s.Sid)},`, `actions: ${array(s.Action)},`]
  if (s.Resource !== undefined) props.push(`resources: ${array(s.Resource)},`)
  if (s.Condition) props.push(`conditions: ${JSON.stringify(s.Condition)},`)
  if (s.Effect === 'Deny') props.push(`effect: ${ns}Effect.DENY,`)
  return [`new ${ns}PolicyStatement({`, ...props.map((p) => unit + p), '})']
}

function statementCall(
  target: string,
  ns: string,
  s: PolicyStatement,
  unit: string,
  semi: string
): string[] {
  const [first, ...rest] = statementExpression(ns, s, unit)
  return [
    `${target}.addToPolicy(`,
    `${unit}${first}`,
    ...rest.slice(0, -1).map((l) => unit + l),
    `${unit}}),`,
    `)${semi}`
  ]
}

/** `new iam.Policy(...)` / `new iam.ManagedPolicy(...)` with a literal `statements` array. */
interface CdkPolicy {
  bind: string | null
  ns: string
  cls: string
  id: string
  statements: AstNode | null
  /** Roles named in its `roles: [...]`. */
  roles: string[]
  stmt: AstNode
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
  const policies: CdkPolicy[] = []
  /** [policy, role] pairs from attachToRole / attachInlinePolicy / addManagedPolicy. */
  const attached: [string, string][] = []
  const constructs: Construct[] = []
  let statement: AstNode | null = null
  walk(ast, (n, parent) => {
    if (parent?.type === 'BlockStatement' || parent?.type === 'Program') statement = n
    // The name a construct is bound to: `const x = new ...` or `x = new ...`.
    const decl =
      parent?.type === 'VariableDeclarator'
        ? (parent.id as AstNode)
        : parent?.type === 'AssignmentExpression'
          ? (parent.left as AstNode)
          : undefined
    if (n.type === 'NewExpression' && callee(n)?.[1] === 'Role' && statement) {
      const [ns] = callee(n)!
      const args = n.arguments as AstNode[]
      const id = args[1]?.type === 'StringLiteral' ? (args[1].value as string) : ''
      const bind = binding(text, decl)
      if (bind) roles.push({ bind, ns, id, name: roleName(args[2]), stmt: statement })
    }
    if (n.type === 'NewExpression' && statement) {
      const [ns, cls] = callee(n) ?? ['', '']
      const args = n.arguments as AstNode[]
      const id = args[1]?.type === 'StringLiteral' ? (args[1].value as string) : ''
      const props = args[2]?.type === 'ObjectExpression' ? args[2] : undefined
      const prop = (k: string) =>
        (props?.properties as AstNode[] | undefined)?.find(
          (p) => p.type === 'ObjectProperty' && (p.key as AstNode).name === k
        )?.value as AstNode | undefined
      const bind = binding(text, decl)
      if ((cls === 'Policy' || cls === 'ManagedPolicy') && props) {
        const st = prop('statements')
        const roles = prop('roles')
        policies.push({
          bind,
          ns,
          cls,
          id,
          statements: st?.type === 'ArrayExpression' ? st : null,
          roles:
            roles?.type === 'ArrayExpression'
              ? (roles.elements as AstNode[]).flatMap((e) => binding(text, e) ?? [])
              : [],
          stmt: statement
        })
      } else if (bind && id) {
        const named = Object.values(props?.properties ?? [])
          .map((p) => p as AstNode)
          .find((p) => p.type === 'ObjectProperty' && /Name$/.test(String((p.key as AstNode).name)))
        const v = named?.value as AstNode | undefined
        constructs.push({
          bind,
          cls,
          id,
          name: v?.type === 'StringLiteral' ? (v.value as string) : null
        })
      }
    }
    if (n.type === 'VariableDeclarator' && (n.id as AstNode).type === 'Identifier' && n.init)
      consts.set((n.id as AstNode).name as string, n.init as AstNode)
    if (n.type === 'CallExpression' && statement) {
      const c = n.callee as AstNode
      const method = c?.type === 'MemberExpression' ? (c.property as AstNode).name : null
      const arg0 = binding(text, (n.arguments as AstNode[])[0])
      const self = binding(text, c?.object as AstNode)
      if (method === 'attachToRole' && self && arg0) attached.push([self, arg0])
      if ((method === 'attachInlinePolicy' || method === 'addManagedPolicy') && self && arg0)
        attached.push([arg0, self])
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
    const after = mine.at(-1)?.stmt ?? role.stmt
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
      const lines = statements.flatMap((s) => {
        // The construct's own grant when the file declares it: `bucket.grantPut(role)`.
        const grant = grantFor(s, constructs)
        return grant
          ? [`${grant}(${role.bind})${semi}`]
          : statementCall(role.bind, role.ns, s, unit, semi)
      })
      const eol = text.indexOf('\n', after.end)
      const at = eol < 0 ? text.length : eol + 1
      return insertAt(
        text,
        at,
        (eol < 0 ? '\n' : '') + lines.map((l) => indent + l).join('\n') + '\n'
      )
    }
    const isMine = (b: string) => b === role.bind || b === role.bind.replace(/^this\./, '')
    const mineP = policies.filter(
      (p) =>
        p.statements &&
        (p.roles.some(isMine) || attached.some(([pb, rb]) => pb === p.bind && isMine(rb)))
    )
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
      },
      ...mineP.map((p): Definition => ({
        kind: 'cdk',
        file: file.path,
        line: lineAt(text, p.stmt.start),
        endLine: lineAt(text, p.stmt.end),
        resource: `${p.ns}${p.cls} '${p.id}'`,
        holds: 'identity',
        name: role.name ?? [],
        ...(role.name === undefined ? { generatedFrom: role.id } : {}),
        apply: (statements) => {
          const arr = p.statements!
          const existing = (arr.elements as AstNode[]).flatMap((e) => {
            const node = e?.type === 'Identifier' ? consts.get(e.name as string) : e
            const props = statementProps(node)
            const found = props && cdkStatement(text, props)
            return found ? [found] : []
          })
          return mergeStatements(text, existing, statements, (rest) =>
            appendToList(text, arr.start, arr.end - 1, (indent, unit) =>
              rest
                .map((st) => indentLines(statementExpression(p.ns, st, unit), indent))
                .join(',\n' + indent)
            )
          )
        }
      }))
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
