// AWS CDK (TypeScript): iam.PolicyStatement objects added to the role, user or resource.
import type { PolicyStatement } from '../../model/Remedy.js'
import { tsString } from './escape.js'
import { lambdaPermissions, unexpressedNote } from './lambdaPermissions.js'
import type { LambdaConditionField, LambdaPermission } from './lambdaPermissions.js'
import type { RenderInput } from './RenderInput.js'

const array = (values: string | string[]): string =>
  `[${(Array.isArray(values) ? values : [values]).map(tsString).join(', ')}]`

function principals(p: NonNullable<PolicyStatement['Principal']>): string {
  const made = Object.entries(p).flatMap(([type, ids]) =>
    (Array.isArray(ids) ? ids : [ids]).map((id) =>
      type === 'Federated'
        ? `new iam.FederatedPrincipal(${tsString(id)})`
        : type === 'Service'
          ? `new iam.ServicePrincipal(${tsString(id)})`
          : `new iam.ArnPrincipal(${tsString(id)})`
    )
  )
  return `[${made.join(', ')}]`
}

function conditions(c: NonNullable<PolicyStatement['Condition']>): string {
  const ops = Object.entries(c).map(([op, entries]) => {
    const inner = Object.entries(entries)
      .map(([k, v]) => `${tsString(k)}: ${Array.isArray(v) ? array(v) : tsString(v)}`)
      .join(', ')
    return `${tsString(op)}: { ${inner} }`
  })
  return `{ ${ops.join(', ')} }`
}

function cdkStatement(s: PolicyStatement, indent = ''): string {
  const lines = [
    `sid: ${tsString(s.Sid)},`,
    `effect: iam.Effect.${s.Effect === 'Allow' ? 'ALLOW' : 'DENY'},`
  ]
  if (s.Principal) lines.push(`principals: ${principals(s.Principal)},`)
  lines.push(`actions: ${array(s.Action)},`)
  if (s.Resource !== undefined) lines.push(`resources: ${array(s.Resource)},`)
  if (s.Condition) lines.push(`conditions: ${conditions(s.Condition)},`)
  return `new iam.PolicyStatement({\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}})`
}

interface Owner {
  imports: string[]
  declare: string
  add: (statement: string) => string
}

/** For resources the snippet belongs in the stack that defines them: imported ones ignore it. */
const resourceOwners: Record<string, Owner> = {
  ecr: {
    imports: ["import * as ecr from 'aws-cdk-lib/aws-ecr'"],
    declare: 'declare const repository: ecr.Repository',
    add: (s) => `repository.addToResourcePolicy(${s})`
  },
  s3: {
    imports: ["import * as s3 from 'aws-cdk-lib/aws-s3'"],
    declare: 'declare const bucket: s3.Bucket',
    add: (s) => `bucket.addToResourcePolicy(${s})`
  },
  kms: {
    imports: ["import * as kms from 'aws-cdk-lib/aws-kms'"],
    declare: 'declare const key: kms.Key',
    add: (s) => `key.addToResourcePolicy(${s})`
  },
  sqs: {
    imports: ["import * as sqs from 'aws-cdk-lib/aws-sqs'"],
    declare: 'declare const queue: sqs.Queue',
    add: (s) => `queue.addToResourcePolicy(${s})`
  },
  sns: {
    imports: ["import * as sns from 'aws-cdk-lib/aws-sns'"],
    declare: 'declare const topic: sns.Topic',
    add: (s) => `topic.addToResourcePolicy(${s})`
  },
  secretsmanager: {
    imports: ["import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager'"],
    declare: 'declare const secret: secretsmanager.Secret',
    add: (s) => `secret.addToResourcePolicy(${s})`
  }
}

/** addPermission's property for each condition it sets. */
const CDK_CONDITION: Record<LambdaConditionField, string> = {
  sourceArn: 'sourceArn',
  sourceAccount: 'sourceAccount',
  principalOrgId: 'organizationId'
}

/** A service principal is no ARN: ArnPrincipal('sns.amazonaws.com') would render it under AWS. */
function cdkPrincipal(p: LambdaPermission): string {
  if (p.principalKind === 'Service') return `new iam.ServicePrincipal(${tsString(p.principal)})`
  if (/^\d{12}$/.test(p.principal)) return `new iam.AccountPrincipal(${tsString(p.principal)})`
  return `new iam.ArnPrincipal(${tsString(p.principal)})`
}

function lambdaCalls(input: RenderInput): string {
  const permissions = lambdaPermissions(input.holder, input.statements)
  const layer = permissions.some((p) => p.layer)
  const calls = permissions.map((p) =>
    [
      ...unexpressedNote(p, '//'),
      p.layer
        ? `layerVersion.addPermission(${tsString(p.sid)}, { accountId: ${tsString(p.principal)} })`
        : [
            `fn.addPermission(${tsString(p.sid)}, {`,
            `  principal: ${cdkPrincipal(p)},`,
            `  action: ${tsString(p.action)},`,
            ...(Object.entries(p.conditions) as [LambdaConditionField, string][]).map(
              ([field, value]) => `  ${CDK_CONDITION[field]}: ${tsString(value)},`
            ),
            '})'
          ].join('\n')
    ].join('\n')
  )
  return [
    "import * as iam from 'aws-cdk-lib/aws-iam'",
    "import * as lambda from 'aws-cdk-lib/aws-lambda'",
    '',
    `// In the stack that defines the ${layer ? 'layer version' : 'function'}:`,
    layer ? 'declare const layerVersion: lambda.LayerVersion' : 'declare const fn: lambda.Function',
    ...calls
  ].join('\n')
}

export function renderCdk(input: RenderInput): string | undefined {
  if (input.statements.length === 0) return undefined
  const head = ["import * as iam from 'aws-cdk-lib/aws-iam'"]
  const statements = input.statements.map((s) => cdkStatement(s))
  if (input.shape === 'identity' && input.target.principalType === 'unknown') {
    const name = tsString(input.principalName)
    return [
      ...head,
      '',
      '// Inside your stack. The log does not say whether the caller is an IAM role or an IAM user:',
      '// the role line is active; for a user, comment it out and uncomment the user line.',
      // One declaration active: two of one name would not compile (heldout17 review h17-025).
      `const caller: iam.IIdentity = iam.Role.fromRoleName(this, 'WhydeniedRole', ${name})`,
      `// const caller: iam.IIdentity = iam.User.fromUserName(this, 'WhydeniedUser', ${name})`,
      ...statements.map((s) => `caller.addToPrincipalPolicy(${s})`)
    ].join('\n')
  }
  if (input.shape === 'identity') {
    const user = ['user', 'federated-user'].includes(input.target.principalType)
    const ref = user
      ? `const user = iam.User.fromUserName(this, 'WhydeniedUser', ${tsString(input.principalName)})`
      : `const role = iam.Role.fromRoleName(this, 'WhydeniedRole', ${tsString(input.principalName)})`
    const add = (s: string): string =>
      user ? `user.addToPrincipalPolicy(${s})` : `role.addToPolicy(${s})`
    return [...head, '', '// Inside your stack:', ref, ...statements.map(add)].join('\n')
  }
  if (input.shape === 'trust') {
    return [
      ...head,
      '',
      '// In the stack that defines the role:',
      'declare const role: iam.Role',
      ...statements.map((s) => `role.assumeRolePolicy?.addStatements(${s})`)
    ].join('\n')
  }
  if (input.service === 'lambda') return lambdaCalls(input)
  const owner = input.service ? resourceOwners[input.service] : undefined
  if (!owner) return undefined
  return [
    ...head,
    ...owner.imports,
    '',
    '// In the stack that defines the resource (imported resources ignore addToResourcePolicy):',
    owner.declare,
    ...statements.map(owner.add)
  ].join('\n')
}
