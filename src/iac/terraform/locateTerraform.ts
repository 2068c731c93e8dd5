// Terraform: roles (aws_iam_role, also inside local modules whose name comes from the caller),
// the policies attached to them (aws_iam_role_policy, aws_iam_policy + attachment, inline_policy,
// a data aws_iam_policy_document passed to a module), trust policies, and bucket and repository
// policies. Each becomes a Definition whose apply() writes the statements in the holder's form.
import type { IacConfidence, PolicyStatement } from '../../model/Remedy.js'
import type { RepoFile } from '../RepoFile.js'
import { lineAt, indentAt, insertAt, type Definition, type Holds } from '../Definition.js'
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
    const doc = find(mod, 'data', 'aws_iam_policy_document', docRef.split('.')[2])
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
    ? find(mod, 'resource', 'aws_iam_policy', policyRef.split('.')[1])
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
  for (let i = 0; i + 2 < value.length; i++) {
    const key = value[i].type === 'string' ? value[i].parts?.join('') : value[i].text
    if (key !== 'Statement' || !['=', ':'].includes(value[i + 1].text) || value[i + 2].text !== '[')
      continue
    let depth = 0
    for (let j = i + 2; j < value.length; j++) {
      if (['[', '{', '('].includes(value[j].text)) depth++
      else if ([']', '}', ')'].includes(value[j].text) && --depth === 0)
        return [value[i + 2].start, value[j].start]
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
function namePattern(
  mod: Module,
  attr: HclAttribute | undefined,
  callers: TfBlock[]
): { name: NamePattern; confidence: IacConfidence; via?: TfBlock }[] {
  if (!attr || attr.value.length !== 1) return []
  const [t] = attr.value
  if (t.type === 'string') return [{ name: t.parts ?? [], confidence: 'exact' }]
  const ref = references(attr.value)[0]
  if (!ref?.startsWith('var.')) return []
  const input = ref.split('.')[1]
  const found = callers.flatMap((call) => {
    const v = attribute(call.block, input)?.value
    return v?.length === 1 && v[0].type === 'string'
      ? [{ name: v[0].parts ?? [], confidence: 'exact' as const, via: call }]
      : []
  })
  if (found.length) return found
  const variable = mod.blocks.find(
    (b) => b.block.name === 'variable' && b.block.labels[0] === input
  )
  const def = variable && attribute(variable.block, 'default')?.value
  return def?.length === 1 && def[0].type === 'string'
    ? [{ name: def[0].parts ?? [], confidence: 'partial' }]
    : []
}

function refersTo(attr: HclAttribute | undefined, address: string): boolean {
  return !!attr && references(attr.value).some((r) => r === address || r.startsWith(address + '.'))
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
    fallbackResource: string
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
        apply: holder.apply
      })
    }
  }

  for (const mod of modules.values()) {
    const callers = callersOf(mod.dir)
    for (const role of ofType(mod, 'resource', 'aws_iam_role')) {
      const label = role.block.labels[1]
      const address = `aws_iam_role.${label}`
      const named = attribute(role.block, 'name')
      const prefix = attribute(role.block, 'name_prefix')
      const names = named
        ? namePattern(mod, named, callers)
        : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }))
      if (names.length === 0) continue
      const trust = attribute(role.block, 'assume_role_policy')
      if (trust)
        add(
          'trust',
          names,
          holderOf(yaml, mod, role, trust),
          trust,
          role,
          `${address}.assume_role_policy`
        )
      for (const inline of blocks(role.block, 'inline_policy')) {
        const policy = attribute(inline, 'policy')
        if (policy)
          add(
            'identity',
            names,
            holderOf(yaml, mod, role, policy),
            policy,
            role,
            `${address}.inline_policy`
          )
      }
      for (const rp of ofType(mod, 'resource', 'aws_iam_role_policy')) {
        const policy = attribute(rp.block, 'policy')
        if (policy && refersTo(attribute(rp.block, 'role'), address))
          add(
            'identity',
            names,
            holderOf(yaml, mod, rp, policy),
            policy,
            rp,
            `aws_iam_role_policy.${rp.block.labels[1]}`
          )
      }
      for (const att of ofType(mod, 'resource', 'aws_iam_role_policy_attachment')) {
        if (!refersTo(attribute(att.block, 'role'), address)) continue
        const arn = references(attribute(att.block, 'policy_arn')?.value ?? [])[0] ?? ''
        const pol = arn.startsWith('aws_iam_policy.')
          ? find(mod, 'resource', 'aws_iam_policy', arn.split('.')[1])
          : undefined
        const policy = pol && attribute(pol.block, 'policy')
        if (pol && policy)
          add(
            'identity',
            names,
            holderOf(yaml, mod, pol, policy),
            policy,
            pol,
            `aws_iam_policy.${pol.block.labels[1]}`
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
            `module.${call.block.labels[0]}`
          )
        }
      }
    }
    const resourcePolicies: [string, string, string][] = [
      ['aws_s3_bucket_policy', 'bucket', 'bucket'],
      ['aws_ecr_repository_policy', 'repository', 'name']
    ]
    for (const [type, attrName, targetAttr] of resourcePolicies) {
      for (const rp of ofType(mod, 'resource', type)) {
        const policy = attribute(rp.block, 'policy')
        const ref = attribute(rp.block, attrName)
        if (!policy || !ref) continue
        const refd = references(ref.value)[0]
        const target =
          refd?.split('.').length >= 2 && refd.split('.')[0] !== 'var'
            ? find(mod, 'resource', refd.split('.')[0], refd.split('.')[1])
            : undefined
        const names = target
          ? namePattern(mod, attribute(target.block, targetAttr), callers)
          : namePattern(mod, ref, callers)
        add(
          'resource',
          names,
          holderOf(yaml, mod, rp, policy),
          policy,
          rp,
          `${type}.${rp.block.labels[1]}`
        )
      }
    }
  }
  return out
}
