// Serverless Framework: the statements of the service's shared Lambda role, in
// `provider.iam.role.statements` (v3+) or `provider.iamRoleStatements` (v1/v2). The role is
// `provider.iam.role.name` when set, else `<service>-<stage>-<region>-lambdaRole`.
import type { Node, YAMLSeq } from 'yaml'
import { lineAt, type Definition } from '../Definition.js'
import type { NamePattern } from '../namePattern.js'
import type { RepoFile } from '../RepoFile.js'
import { get, parseYaml, scalar, subPattern } from '../yaml/yamlEdit.js'
import { mergeYamlStatements } from '../yaml/yamlStatements.js'

/** `${sls:stage}`, `${opt:stage, 'dev'}`... are holes; the service's name is known. */
function roleName(doc: Node | null, role: Node | undefined): NamePattern | null {
  const explicit = scalar(get(role, 'name'))?.value
  if (explicit) return subPattern(explicit)
  const service = get(doc, 'service')
  const name = scalar(service)?.value ?? scalar(get(service, 'name'))?.value
  if (!name || name.includes('${')) return null
  return [`${name}-`, null, '-', null, '-lambdaRole']
}

export async function locateServerless(files: RepoFile[]): Promise<Definition[]> {
  const yaml = await import('yaml')
  const out: Definition[] = []
  for (const file of files) {
    const doc = parseYaml(yaml, file.text)
    if (doc.errors.length) continue
    const provider = get(doc.contents, 'provider')
    const role = get(get(provider, 'iam'), 'role')
    const statements = get(role, 'statements') ?? get(provider, 'iamRoleStatements')
    const name = roleName(doc.contents, role)
    if (!name || !statements || !yaml.isSeq(statements) || !statements.range) continue
    const seq = statements as YAMLSeq
    out.push({
      kind: 'serverless',
      file: file.path,
      line: lineAt(file.text, seq.range![0]),
      endLine: lineAt(file.text, seq.range![1] - 1),
      resource: get(role, 'statements')
        ? 'provider.iam.role.statements'
        : 'provider.iamRoleStatements',
      holds: 'identity',
      name,
      apply: (s) => mergeYamlStatements(yaml, file.text, seq, s)
    })
  }
  return out
}
