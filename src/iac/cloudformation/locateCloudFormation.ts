// CloudFormation and SAM templates (YAML or JSON): roles with their inline Policies and trust
// policy, AWS::IAM::Policy / ManagedPolicy attached to them, SAM functions' Policies, and bucket
// and repository policies. A role without RoleName is matched on the name CloudFormation makes up.
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml'
import type { PolicyStatement } from '../../model/Remedy.js'
import { lineAt, type Definition, type Holds } from '../Definition.js'
import type { NamePattern } from '../namePattern.js'
import type { RepoFile } from '../RepoFile.js'
import {
  appendStatements,
  get,
  parseYaml,
  scalar,
  subPattern,
  type YamlLib
} from '../yaml/yamlEdit.js'
import { mergeYamlStatements } from '../yaml/yamlStatements.js'

interface Named {
  name: NamePattern
  generatedFrom?: string
}

const isTemplate = (text: string) =>
  /AWSTemplateFormatVersion|AWS::(IAM|Serverless|S3|ECR)::/.test(text)

/** The name a property gives (literal or !Sub), else the made-up name's logical id. */
function nameOf(props: Node | undefined, key: string, logicalId: string): Named | null {
  const node = get(props, key)
  if (!node) return { name: [], generatedFrom: logicalId }
  const s = scalar(node)
  if (!s) {
    const sub = get(node, 'Fn::Sub')
    const text = scalar(sub)?.value
    return text ? { name: subPattern(text) } : null
  }
  if (s.tag === '!Sub') return { name: subPattern(s.value) }
  return s.tag ? null : { name: [s.value] }
}

/** The logical id a `!Ref X` / `{Ref: X}` / `!GetAtt X.Arn` points at. */
function refTarget(node: unknown): string | null {
  const s = scalar(node)
  if (s?.tag === '!Ref') return s.value
  if (s?.tag === '!GetAtt') return s.value.split('.')[0]
  const ref = scalar(get(node, 'Ref'))?.value ?? scalar(get(node, 'Fn::GetAtt'))?.value
  return ref ? ref.split('.')[0] : null
}

function templateDefinitions(yaml: YamlLib, file: RepoFile, doc: Document.Parsed): Definition[] {
  const resources = get(doc.contents, 'Resources') as YAMLMap | undefined
  if (!resources || !yaml.isMap(resources)) return []
  const byId = new Map<string, Node>()
  for (const pair of resources.items) {
    const id = scalar(pair.key)?.value
    if (id && pair.value) byId.set(id, pair.value as Node)
  }
  const out: Definition[] = []
  const add = (holds: Holds, named: Named, seq: Node | undefined, resource: string, at: Node) => {
    if (!seq || !yaml.isSeq(seq) || !at.range) return
    out.push({
      kind: 'cloudformation',
      file: file.path,
      line: lineAt(file.text, at.range[0]),
      endLine: lineAt(file.text, Math.max(at.range[1] - 1, at.range[0])),
      resource,
      holds,
      name: named.name,
      ...(named.generatedFrom !== undefined ? { generatedFrom: named.generatedFrom } : {}),
      apply: (s: PolicyStatement[]) => mergeYamlStatements(yaml, file.text, seq as YAMLSeq, s)
    })
  }
  const roleName = (id: string): Named | null => {
    const props = get(byId.get(id), 'Properties')
    return nameOf(props, 'RoleName', id)
  }
  for (const [id, res] of byId) {
    const type = scalar(get(res, 'Type'))?.value
    const props = get(res, 'Properties')
    if (type === 'AWS::IAM::Role') {
      const named = roleName(id)
      if (!named) continue
      const trust = get(props, 'AssumeRolePolicyDocument')
      add('trust', named, get(trust, 'Statement'), `${id}.AssumeRolePolicyDocument`, trust ?? res)
      const policies = get(props, 'Policies')
      for (const p of yaml.isSeq(policies) ? (policies.items as Node[]) : []) {
        const doc = get(p, 'PolicyDocument')
        const pname = scalar(get(p, 'PolicyName'))?.value ?? ''
        add(
          'identity',
          named,
          get(doc, 'Statement'),
          `${id}.Policies${pname ? `[${pname}]` : ''}`,
          p
        )
      }
    } else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      const roles = get(props, 'Roles')
      for (const r of yaml.isSeq(roles) ? (roles.items as Node[]) : []) {
        const target = refTarget(r)
        const named =
          target && byId.has(target)
            ? roleName(target)
            : scalar(r) && !scalar(r)!.tag
              ? { name: [scalar(r)!.value] }
              : null
        if (named) add('identity', named, get(get(props, 'PolicyDocument'), 'Statement'), id, res)
      }
    } else if (type === 'AWS::Serverless::Function' && !get(props, 'Role')) {
      // SAM names the function's role `<stack>-<Function>Role-<random>`.
      const named: Named = { name: [null, `${id}Role`, null] }
      const policies = get(props, 'Policies')
      const inline = yaml.isSeq(policies)
        ? (policies.items as Node[]).find((p) => yaml.isSeq(get(p, 'Statement')))
        : undefined
      if (inline) add('identity', named, get(inline, 'Statement'), `${id}.Policies`, inline)
      else if (yaml.isSeq(policies) && !policies.flow) {
        // No inline document yet: a new `- Statement:` item on the function's Policies.
        const seq = policies
        out.push({
          kind: 'cloudformation',
          file: file.path,
          line: lineAt(file.text, seq.range![0]),
          endLine: lineAt(file.text, seq.range![1] - 1),
          resource: `${id}.Policies`,
          holds: 'identity',
          name: named.name,
          apply: (s) => appendStatements(yaml, file.text, seq, [{ Statement: s } as never])
        })
      }
    } else if (type === 'AWS::S3::BucketPolicy' || type === 'AWS::ECR::Repository') {
      const isBucket = type === 'AWS::S3::BucketPolicy'
      const target = isBucket ? refTarget(get(props, 'Bucket')) : id
      const named = isBucket
        ? target && byId.has(target)
          ? nameOf(get(byId.get(target), 'Properties'), 'BucketName', target)
          : scalar(get(props, 'Bucket'))
            ? { name: [scalar(get(props, 'Bucket'))!.value] }
            : null
        : nameOf(props, 'RepositoryName', id)
      const doc = get(props, isBucket ? 'PolicyDocument' : 'RepositoryPolicyText')
      if (named) add('resource', named, get(doc, 'Statement'), id, doc ?? res)
    }
  }
  return out
}

export async function locateCloudFormation(files: RepoFile[]): Promise<Definition[]> {
  const candidates = files.filter((f) => isTemplate(f.text))
  if (candidates.length === 0) return []
  const yaml = await import('yaml')
  return candidates.flatMap((file) => {
    const doc = parseYaml(yaml, file.text)
    return doc.errors.length ? [] : templateDefinitions(yaml, file, doc)
  })
}
