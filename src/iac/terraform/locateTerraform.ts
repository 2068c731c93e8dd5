// Terraform: roles (aws_iam_role, also inside local modules whose name comes from the caller),
// the policies attached to them (aws_iam_role_policy, aws_iam_policy + attachment, inline_policy,
// a data aws_iam_policy_document passed to a module), trust policies, and bucket and repository
// policies. Each becomes a Definition whose apply() writes the statements in the holder's form.
import type { IacConfidence, PolicyStatement } from '../../model/Remedy.js'
import type { RepoFile } from '../RepoFile.js'
import {
  lineAt,
  indentAt,
  insertAt,
  type Definition,
  type Holds,
  type Principal,
  type ResourceService
} from '../Definition.js'
import type { NamePattern } from '../namePattern.js'
import { appendToList, indentLines } from '../listInsert.js'
import { statementList } from '../jsonStatements.js'
import {
  attribute,
  blocks,
  parseHcl,
  references,
  type HclAttribute,
  type HclBlock
} from './hclTree.js'
import type { HclToken } from './hclTokens.js'
import { statementBlock, statementObject } from './statementHcl.js'
import { mergeStatements, type ExistingStatement } from '../mergeStatements.js'
import { documentStatements, jsonencodeStatements } from './hclStatements.js'
import { get, parseYaml, type YamlLib } from '../yaml/yamlEdit.js'
import { yamlStatements } from '../yaml/yamlStatements.js'

interface TfBlock {
  block: HclBlock
  file: RepoFile
  dir: string
}

interface Module {
  dir: string
  blocks: TfBlock[]
}

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.')

function normalise(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/') || '.'
}

function find(mod: Module, kind: string, type: string, label: string): TfBlock | undefined {
  return mod.blocks.find(
    (b) => b.block.name === kind && b.block.labels[0] === type && b.block.labels[1] === label
  )
}

function ofType(mod: Module, kind: string, type: string): TfBlock[] {
  return mod.blocks.filter((b) => b.block.name === kind && b.block.labels[0] === type)
}

/** Places that can take statements: a policy attribute's value, by its form. */
function holderOf(
  yaml: YamlLib | null,
  mod: Module,
  owner: TfBlock,
  attr: HclAttribute
): { at: TfBlock | null; resource: string; apply: (s: PolicyStatement[]) => string | null } | null {
  const text = owner.file.text
  const docRef = references(attr.value).find((r) => r.startsWith('data.aws_iam_policy_document.'))
  if (docRef) {
    const [, , label = ''] = docRef.split('.')
    const doc = find(mod, 'data', 'aws_iam_policy_document', label)
    if (!doc) return null
    return {
      at: doc,
      resource: docRef.split('.').slice(0, 3).join('.'),
      apply: (s) =>
        mergeStatements(doc.file.text, documentStatements(doc.file.text, doc.block), s, (rest) =>
          intoDocument(doc, rest)
        )
    }
  }
  const policyRef = references(attr.value).find((r) => r.startsWith('aws_iam_policy.'))
  const policy = policyRef
    ? find(mod, 'resource', 'aws_iam_policy', policyRef.split('.')[1] ?? '')
    : undefined
  const policyAttr = policy && attribute(policy.block, 'policy')
  if (policy && policyAttr && policyAttr !== attr) return holderOf(yaml, mod, policy, policyAttr)
  const heredoc = attr.value.find((t) => t.type === 'heredoc')
  if (heredoc) {
    const list = statementList(text, heredoc.start, heredoc.end)
    if (!list) return null
    return {
      at: null,
      resource: '',
      apply: (s) =>
        mergeStatements(text, heredocStatements(yaml, text, heredoc), s, (rest) =>
          appendToList(text, list[0], list[1], (indent, unit) => jsonItem(rest, indent, unit))
        )
    }
  }
  if (attr.value[0]?.text === 'jsonencode') {
    const list = hclStatementList(attr.value)
    if (!list) return null
    return {
      at: null,
      resource: '',
      apply: (s) =>
        mergeStatements(text, jsonencodeStatements(text, attr.value), s, (rest) =>
          appendToList(text, list[0], list[1], (indent, unit) =>
            rest.map((st) => indentLines(statementObject(st, unit), indent)).join(',\n' + indent)
          )
        )
    }
  }
  return null
}

function jsonItem(s: PolicyStatement[], indent: string, unit: string): string {
  return s
    .map((st) => indentLines(JSON.stringify(st, null, unit).split('\n'), indent))
    .join(',\n' + indent)
}

/** The statements of a heredoc's JSON, read as YAML (JSON is YAML's flow style) with offsets. */
function heredocStatements(
  yaml: YamlLib | null,
  text: string,
  heredoc: HclToken
): ExistingStatement[] {
  if (!yaml) return []
  const bodyStart = text.indexOf('\n', heredoc.start) + 1
  const bodyEnd = text.lastIndexOf('\n', heredoc.end - 1) + 1
  if (bodyStart <= 0 || bodyEnd <= bodyStart) return []
  const body = text.slice(bodyStart, bodyEnd)
  const doc = parseYaml(yaml, body)
  const seq = doc.errors.length ? undefined : get(doc.contents, 'Statement')
  return seq && yaml.isSeq(seq) ? yamlStatements(yaml, body, seq, bodyStart) : []
}

/** `[`…`]` offsets of `Statement = [...]` inside a jsonencode expression. */
function hclStatementList(value: HclToken[]): [number, number] | null {
  for (const [i, t] of value.entries()) {
    const key = t.type === 'string' ? t.parts?.join('') : t.text
    const sep = value[i + 1]?.text ?? ''
    const open = value[i + 2]
    if (key !== 'Statement' || !['=', ':'].includes(sep) || open?.text !== '[') continue
    let depth = 0
    for (const close of value.slice(i + 2)) {
      if (['[', '{', '('].includes(close.text)) depth++
      else if ([']', '}', ')'].includes(close.text) && --depth === 0)
        return [open.start, close.start]
    }
  }
  return null
}

/** New `statement` blocks at the end of an aws_iam_policy_document. */
function intoDocument(doc: TfBlock, statements: PolicyStatement[]): string | null {
  const { text } = doc.file
  const close = doc.block.close
  const existing = blocks(doc.block, 'statement')[0]
  const outer = indentAt(text, doc.block.start)
  const inner = existing ? indentAt(text, existing.start) : outer + '  '
  const unit = inner.length > outer.length ? inner.slice(outer.length) : '  '
  const lines = statements.flatMap((s) => ['', ...statementBlock(s, unit).map((l) => inner + l)])
  const lineStart = text.lastIndexOf('\n', close - 1) + 1
  if (!/^[ \t]*$/.test(text.slice(lineStart, close))) return null
  return insertAt(text, lineStart, lines.slice(existing ? 0 : 1).join('\n') + '\n')
}

/** A string attribute as a name pattern; `var.x` through the module's caller or the default. */
type NameFound = { name: NamePattern; confidence: IacConfidence; via?: TfBlock }

/** A literal string value (no holes), or null. */
function literalOf(value: HclToken[] | undefined): string | null {
  const t = value?.length === 1 ? value[0] : undefined
  return t?.type === 'string' && t.parts && !t.parts.includes(null) ? t.parts.join('') : null
}

/** What `var.x` (the caller's literal input) or `local.x` (a literal local) holds, or null. */
function resolve(mod: Module, expr: string, call: TfBlock | null): string | null {
  const [scope, name, ...rest] = expr.split('.')
  if (rest.length || !name) return null
  if (scope === 'local') {
    for (const b of mod.blocks.filter((x) => x.block.name === 'locals')) {
      const v = literalOf(attribute(b.block, name)?.value)
      if (v !== null) return v
    }
    return null
  }
  return scope === 'var' && call ? literalOf(attribute(call.block, name)?.value) : null
}

function defaultOf(mod: Module, expr: string): string | null {
  const [scope, name] = expr.split('.')
  if (scope !== 'var') return null
  const variable = mod.blocks.find((b) => b.block.name === 'variable' && b.block.labels[0] === name)
  return literalOf(variable && attribute(variable.block, 'default')?.value)
}

/**
 * A name attribute as a pattern: a literal; `var.x` or `local.x` alone; or a template whose
 * `${var.x}` holes are filled from the module's callers (exact) or the defaults (partial). What
 * stays unknown is a hole, matched on the literal parts around it (partial).
 */
function namePattern(mod: Module, attr: HclAttribute | undefined, callers: TfBlock[]): NameFound[] {
  if (!attr?.value.length) return []
  const v = attr.value
  const whole = v.every((t) => t.type === 'ident' || t.text === '.')
    ? v.map((t) => t.text).join('')
    : null
  if (v.length !== 1 && whole === null) return []
  // The pieces: literal strings and hole expressions.
  const pieces: { literal?: string; hole?: string }[] =
    whole !== null
      ? [{ hole: whole }]
      : v[0]?.type === 'string'
        ? (() => {
            const holes = [...(v[0]?.holes ?? [])]
            return (v[0]?.parts ?? []).map((p) =>
              p === null ? { hole: holes.shift() ?? '' } : { literal: p }
            )
          })()
        : []
  if (pieces.length === 0) return []
  const build = (call: TfBlock | null): NameFound | null => {
    let confidence: IacConfidence = 'exact'
    const name: NamePattern = []
    for (const p of pieces) {
      if (p.literal !== undefined) {
        name.push(p.literal)
        continue
      }
      const r = resolve(mod, p.hole!, call)
      if (r !== null) {
        name.push(r)
        continue
      }
      // A default may be overridden (tfvars, -var): it matches, but only as a candidate.
      confidence = 'partial'
      name.push(defaultOf(mod, p.hole!))
    }
    // A name that is all hole says nothing.
    if (name.every((n) => n === null || n === '')) return null
    return { name: mergeLiterals(name), confidence, ...(call ? { via: call } : {}) }
  }
  const usesVar = pieces.some((p) => p.hole?.startsWith('var.'))
  const found = (usesVar && callers.length ? callers : [null]).flatMap((c) => build(c) ?? [])
  return found
}

/** Adjacent literals joined, so `["a", "b", null]` reads as `["ab", null]`. */
function mergeLiterals(name: NamePattern): NamePattern {
  const out: NamePattern = []
  for (const n of name) {
    const last = out[out.length - 1]
    if (n !== null && typeof last === 'string') out[out.length - 1] = last + n
    else out.push(n)
  }
  return out
}

function refersTo(attr: HclAttribute | undefined, address: string): boolean {
  return !!attr && references(attr.value).some((r) => r === address || r.startsWith(address + '.'))
}

/** Roles and users, with the resources that put policies on them. */
const PRINCIPALS: {
  type: string
  principal: Principal
  inline: string
  attachment: string
  ref: string
}[] = [
  {
    type: 'aws_iam_role',
    principal: 'role',
    inline: 'aws_iam_role_policy',
    attachment: 'aws_iam_role_policy_attachment',
    ref: 'role'
  },
  {
    type: 'aws_iam_user',
    principal: 'user',
    inline: 'aws_iam_user_policy',
    attachment: 'aws_iam_user_policy_attachment',
    ref: 'user'
  }
]

/** The last `/` or `:` segment of a literal (a queue URL, a topic ARN) when it has no holes. */
const lastSegment = (n: NamePattern): NamePattern =>
  n.length === 1 && typeof n[0] === 'string' ? [n[0].split(/[/:]/).pop() ?? n[0]] : n

interface ResourcePolicy {
  service: ResourceService
  /** The resource and the attribute that names it. */
  resource: string
  nameAttr: string
  /** The separate policy resource and the attribute that points at the resource. */
  policy?: { type: string; ref: string }
  /** A literal in the pointer attribute (a URL, an ARN) as the name. */
  fromLiteral: (n: NamePattern) => NamePattern
}

/** Resource policies by service: one row each. */
const RESOURCE_POLICIES: ResourcePolicy[] = [
  {
    service: 's3',
    resource: 'aws_s3_bucket',
    nameAttr: 'bucket',
    policy: { type: 'aws_s3_bucket_policy', ref: 'bucket' },
    fromLiteral: (n) => n
  },
  {
    service: 'ecr',
    resource: 'aws_ecr_repository',
    nameAttr: 'name',
    policy: { type: 'aws_ecr_repository_policy', ref: 'repository' },
    fromLiteral: (n) => n
  },
  {
    service: 'sqs',
    resource: 'aws_sqs_queue',
    nameAttr: 'name',
    policy: { type: 'aws_sqs_queue_policy', ref: 'queue_url' },
    fromLiteral: lastSegment
  },
  {
    service: 'sns',
    resource: 'aws_sns_topic',
    nameAttr: 'name',
    policy: { type: 'aws_sns_topic_policy', ref: 'arn' },
    fromLiteral: lastSegment
  },
  {
    service: 'secretsmanager',
    resource: 'aws_secretsmanager_secret',
    nameAttr: 'name',
    policy: { type: 'aws_secretsmanager_secret_policy', ref: 'secret_arn' },
    fromLiteral: (n) => n
  },
  {
    service: 'kms',
    resource: 'aws_kms_key',
    nameAttr: '',
    policy: { type: 'aws_kms_key_policy', ref: 'key_id' },
    // A key id or key ARN literal: the name a denial spells is `key/<id>`.
    fromLiteral: (n) =>
      n.length === 1 && typeof n[0] === 'string' ? [`key/${n[0].split('key/').pop()}`] : n
  }
]

/** A resource's names: its name attribute, or for a KMS key the aliases that point at it. */
function resourceNames(
  mod: Module,
  rp: ResourcePolicy,
  res: TfBlock,
  callers: TfBlock[]
): { name: NamePattern; confidence: IacConfidence }[] {
  if (rp.service !== 'kms') {
    const named = attribute(res.block, rp.nameAttr)
    const prefix = attribute(res.block, 'name_prefix')
    return named
      ? namePattern(mod, named, callers)
      : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }))
  }
  const address = `aws_kms_key.${res.block.labels[1]}`
  const aliases = ofType(mod, 'resource', 'aws_kms_alias').filter((a) =>
    refersTo(attribute(a.block, 'target_key_id'), address)
  )
  const names = aliases.flatMap((a) => namePattern(mod, attribute(a.block, 'name'), callers))
  // No name at all still matches (anyName), when the repository has no other key.
  return names.length ? names : [{ name: [], confidence: 'partial' }]
}

export async function locateTerraform(files: RepoFile[]): Promise<Definition[]> {
  // Heredoc JSON policies are read with `yaml`, loaded only when a file has a heredoc.
  const yaml = files.some((f) => f.text.includes('<<')) ? await import('yaml') : null
  const modules = new Map<string, Module>()
  for (const file of files.filter((f) => f.path.endsWith('.tf'))) {
    const dir = dirOf(file.path)
    const mod = modules.get(dir) ?? { dir, blocks: [] }
    for (const block of parseHcl(file.text)) mod.blocks.push({ block, file, dir })
    modules.set(dir, mod)
  }
  const callersOf = (dir: string) =>
    [...modules.values()].flatMap((m) =>
      m.blocks.filter((b) => {
        if (b.block.name !== 'module') return false
        const src = attribute(b.block, 'source')?.value[0]
        const path = src?.type === 'string' ? src.parts?.join('') : undefined
        return !!path?.startsWith('.') && normalise(`${m.dir}/${path}`) === normalise(dir)
      })
    )

  const out: Definition[] = []
  const add = (
    holds: Holds,
    names: { name: NamePattern; confidence: IacConfidence }[],
    holder: ReturnType<typeof holderOf>,
    attr: HclAttribute,
    owner: TfBlock,
    fallbackResource: string,
    of: Pick<Definition, 'principal' | 'service' | 'anyName'> = {}
  ) => {
    if (!holder) return
    const at = holder.at ?? owner
    const start = holder.at ? at.block.start : attr.start
    const end = holder.at ? at.block.close : attr.end
    for (const n of names) {
      out.push({
        kind: 'terraform',
        file: at.file.path,
        line: lineAt(at.file.text, start),
        endLine: lineAt(at.file.text, end),
        resource: holder.resource || fallbackResource,
        holds,
        name: n.name,
        confidence: n.confidence,
        ...of,
        apply: holder.apply
      })
    }
  }

  for (const mod of modules.values()) {
    const callers = callersOf(mod.dir)
    const policyOf = (owner: TfBlock) => {
      const attr = attribute(owner.block, 'policy')
      return attr ? { attr, holder: holderOf(yaml, mod, owner, attr) } : null
    }
    for (const p of PRINCIPALS) {
      const of = { principal: p.principal }
      for (const owner of ofType(mod, 'resource', p.type)) {
        const label = owner.block.labels[1]
        const address = `${p.type}.${label}`
        const named = attribute(owner.block, 'name')
        const prefix = attribute(owner.block, 'name_prefix')
        const names = named
          ? namePattern(mod, named, callers)
          : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }))
        if (names.length === 0) continue
        const trust = attribute(owner.block, 'assume_role_policy')
        if (trust)
          add(
            'trust',
            names,
            holderOf(yaml, mod, owner, trust),
            trust,
            owner,
            `${address}.assume_role_policy`
          )
        for (const inline of blocks(owner.block, 'inline_policy')) {
          const policy = attribute(inline, 'policy')
          if (policy)
            add(
              'identity',
              names,
              holderOf(yaml, mod, owner, policy),
              policy,
              owner,
              `${address}.inline_policy`,
              of
            )
        }
        // A module that takes its policy from the caller: the caller's document is the one to change.
        for (const call of callers) {
          const callerMod = modules.get(call.dir)!
          const mine = names.filter((n) => !('via' in n) || n.via === call)
          for (const attr of call.block.body) {
            if (
              attr.type !== 'attribute' ||
              !/polic/i.test(attr.name) ||
              /assume|trust/i.test(attr.name)
            )
              continue
            add(
              'identity',
              mine,
              holderOf(yaml, callerMod, call, attr),
              attr,
              call,
              `module.${call.block.labels[0]}`,
              of
            )
          }
        }
      }
      // Policies put on the principal by reference (`role = aws_iam_role.x.name`) or by a literal
      // name (a role defined elsewhere).
      const namesOf = (ref: HclAttribute | undefined) => {
        const target = references(ref?.value ?? []).find((r) => r.startsWith(`${p.type}.`))
        const owner = target && find(mod, 'resource', p.type, target.split('.')[1] ?? '')
        if (owner) {
          const named = attribute(owner.block, 'name')
          const prefix = attribute(owner.block, 'name_prefix')
          return named
            ? namePattern(mod, named, callers)
            : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }))
        }
        return namePattern(mod, ref, callers)
      }
      for (const rp of ofType(mod, 'resource', p.inline)) {
        const policy = policyOf(rp)
        if (policy)
          add(
            'identity',
            namesOf(attribute(rp.block, p.ref)),
            policy.holder,
            policy.attr,
            rp,
            `${p.inline}.${rp.block.labels[1]}`,
            of
          )
      }
      for (const att of ofType(mod, 'resource', p.attachment)) {
        const arn = references(attribute(att.block, 'policy_arn')?.value ?? [])[0] ?? ''
        const pol = arn.startsWith('aws_iam_policy.')
          ? find(mod, 'resource', 'aws_iam_policy', arn.split('.')[1] ?? '')
          : undefined
        const policy = pol && policyOf(pol)
        if (pol && policy)
          add(
            'identity',
            namesOf(attribute(att.block, p.ref)),
            policy.holder,
            policy.attr,
            pol,
            `aws_iam_policy.${pol.block.labels[1]}`,
            of
          )
      }
    }
    for (const rp of RESOURCE_POLICIES) {
      // The policy written on the resource itself (`aws_sqs_queue.policy`, `aws_kms_key.policy`).
      for (const res of ofType(mod, 'resource', rp.resource)) {
        const policy = policyOf(res)
        if (policy)
          add(
            'resource',
            resourceNames(mod, rp, res, callers),
            policy.holder,
            policy.attr,
            res,
            `${rp.resource}.${res.block.labels[1]}`,
            { service: rp.service, anyName: rp.service === 'kms' }
          )
      }
      // A separate policy resource pointing at it.
      if (!rp.policy) continue
      for (const pr of ofType(mod, 'resource', rp.policy.type)) {
        const policy = policyOf(pr)
        const ref = attribute(pr.block, rp.policy.ref)
        if (!policy || !ref) continue
        const refd = references(ref.value).find((r) => r.startsWith(`${rp.resource}.`))
        const target = refd && find(mod, 'resource', rp.resource, refd.split('.')[1] ?? '')
        const names = target
          ? resourceNames(mod, rp, target, callers)
          : namePattern(mod, ref, callers).map((n) => ({ ...n, name: rp.fromLiteral(n.name) }))
        add(
          'resource',
          names,
          policy.holder,
          policy.attr,
          pr,
          `${rp.policy.type}.${pr.block.labels[1]}`,
          { service: rp.service, anyName: !!target && rp.service === 'kms' }
        )
      }
    }
  }
  return out
}
