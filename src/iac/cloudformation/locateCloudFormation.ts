// CloudFormation and SAM templates (YAML or JSON): roles with their inline Policies and trust
// policy, AWS::IAM::Policy / ManagedPolicy attached to them, SAM functions' Policies, and bucket
// and repository policies. A role without RoleName is matched on the name CloudFormation makes up.
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml'
import type { PolicyStatement } from '../../model/Remedy.js'
import { lineAt, type Definition, type Holds, type ResourceService } from '../Definition.js'
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
  /AWSTemplateFormatVersion|AWS::(IAM|Serverless|S3|ECR|SQS|SNS|KMS|SecretsManager)::/.test(text)

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
  if (s?.tag === '!GetAtt') return logicalId(s.value)
  const ref = scalar(get(node, 'Ref'))?.value ?? scalar(get(node, 'Fn::GetAtt'))?.value
  return ref ? logicalId(ref) : null
}

/** `Role.Arn` → `Role`: the part before the first dot (split always yields one). */
function logicalId(ref: string): string {
  return ref.split('.', 1)[0] ?? ref
}

/** Resource-policy resources pointing at their resource: one row each. */
const POLICY_TYPES: {
  type: string
  service: ResourceService
  /** The property that points at the resource(s) and the one holding the document. */
  pointer: string
  document: string
  /** The pointed-at resource's name property. */
  nameKey: string
  fromLiteral: (value: string) => string
}[] = [
  {
    type: 'AWS::S3::BucketPolicy',
    service: 's3',
    pointer: 'Bucket',
    document: 'PolicyDocument',
    nameKey: 'BucketName',
    fromLiteral: (v) => v
  },
  {
    type: 'AWS::SQS::QueuePolicy',
    service: 'sqs',
    pointer: 'Queues',
    document: 'PolicyDocument',
    nameKey: 'QueueName',
    fromLiteral: (v) => v.split('/').pop() ?? v
  },
  {
    type: 'AWS::SNS::TopicPolicy',
    service: 'sns',
    pointer: 'Topics',
    document: 'PolicyDocument',
    nameKey: 'TopicName',
    fromLiteral: (v) => v.split(':').pop() ?? v
  },
  {
    type: 'AWS::SecretsManager::ResourcePolicy',
    service: 'secretsmanager',
    pointer: 'SecretId',
    document: 'ResourcePolicy',
    nameKey: 'Name',
    fromLiteral: (v) => v
  }
]

function templateDefinitions(yaml: YamlLib, file: RepoFile, doc: Document.Parsed): Definition[] {
  const resources = get(doc.contents, 'Resources') as YAMLMap | undefined
  if (!resources || !yaml.isMap(resources)) return []
  const byId = new Map<string, Node>()
  for (const pair of resources.items) {
    const id = scalar(pair.key)?.value
    if (id && pair.value) byId.set(id, pair.value as Node)
  }
  const out: Definition[] = []
  const add = (
    holds: Holds,
    named: Named,
    seq: Node | undefined,
    resource: string,
    at: Node,
    of: Pick<Definition, 'principal' | 'service' | 'anyName'> = {}
  ) => {
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
      ...of,
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
    if (type === 'AWS::IAM::Role' || type === 'AWS::IAM::User') {
      const isRole = type === 'AWS::IAM::Role'
      const named = isRole ? roleName(id) : nameOf(props, 'UserName', id)
      if (!named) continue
      const of = { principal: isRole ? ('role' as const) : ('user' as const) }
      if (isRole) {
        const trust = get(props, 'AssumeRolePolicyDocument')
        add('trust', named, get(trust, 'Statement'), `${id}.AssumeRolePolicyDocument`, trust ?? res)
      }
      const policies = get(props, 'Policies')
      for (const p of yaml.isSeq(policies) ? (policies.items as Node[]) : []) {
        const doc = get(p, 'PolicyDocument')
        const pname = scalar(get(p, 'PolicyName'))?.value ?? ''
        add(
          'identity',
          named,
          get(doc, 'Statement'),
          `${id}.Policies${pname ? `[${pname}]` : ''}`,
          p,
          of
        )
      }
    } else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      for (const [list, principal, nameKey] of [
        ['Roles', 'role', 'RoleName'],
        ['Users', 'user', 'UserName']
      ] as const) {
        const refs = get(props, list)
        for (const r of yaml.isSeq(refs) ? (refs.items as Node[]) : []) {
          const target = refTarget(r)
          const named =
            target && byId.has(target)
              ? nameOf(get(byId.get(target), 'Properties'), nameKey, target)
              : scalar(r) && !scalar(r)!.tag
                ? { name: [scalar(r)!.value] }
                : null
          if (named)
            add('identity', named, get(get(props, 'PolicyDocument'), 'Statement'), id, res, {
              principal
            })
        }
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
    } else if (type === 'AWS::ECR::Repository') {
      const named = nameOf(props, 'RepositoryName', id)
      const doc = get(props, 'RepositoryPolicyText')
      if (named) add('resource', named, get(doc, 'Statement'), id, doc ?? res, { service: 'ecr' })
    } else if (type === 'AWS::KMS::Key') {
      // A key is named by its aliases; a denial naming the key by id matches it only as the sole key.
      const aliases = [...byId].filter(
        ([, r]) =>
          scalar(get(r, 'Type'))?.value === 'AWS::KMS::Alias' &&
          refTarget(get(get(r, 'Properties'), 'TargetKeyId')) === id
      )
      const names = aliases.flatMap(([aliasId, r]) => {
        const n = nameOf(get(r, 'Properties'), 'AliasName', aliasId)
        return n && n.generatedFrom === undefined ? [n] : []
      })
      const doc = get(props, 'KeyPolicy')
      for (const named of names.length ? names : [{ name: [] }])
        add('resource', named, get(doc, 'Statement'), id, doc ?? res, {
          service: 'kms',
          anyName: true
        })
    } else {
      const rp = POLICY_TYPES.find((p) => p.type === type)
      if (!rp) continue
      const refs = get(props, rp.pointer)
      const doc = get(props, rp.document)
      for (const r of yaml.isSeq(refs) ? (refs.items as Node[]) : [refs]) {
        const target = refTarget(r)
        const literal = scalar(r) && !scalar(r)!.tag ? scalar(r)!.value : null
        const named =
          target && byId.has(target)
            ? nameOf(get(byId.get(target), 'Properties'), rp.nameKey, target)
            : literal
              ? { name: [rp.fromLiteral(literal)] }
              : null
        if (named)
          add('resource', named, get(doc, 'Statement'), id, doc ?? res, { service: rp.service })
      }
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
