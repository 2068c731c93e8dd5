// Terraform: an aws_iam_policy_document data source with the statements, and the resource that
// attaches it to the document's holder.
import { inlinePolicyName } from './inlinePolicyName.js'
import type { PolicyStatement } from '../../model/Remedy.js'
import { parseArn } from '../../model/Arn.js'
import { hclString, identifier } from './escape.js'
import { lambdaPermissions, unexpressedNote } from './lambdaPermissions.js'
import type { LambdaConditionField } from './lambdaPermissions.js'
import { nameAfter, type RenderInput } from './RenderInput.js'

const list = (values: string | string[]): string =>
  `[${(Array.isArray(values) ? values : [values]).map(hclString).join(', ')}]`

function statementBlock(s: PolicyStatement): string[] {
  const w = s.Resource !== undefined ? 9 : 7
  const lines = [
    '  statement {',
    `    ${'sid'.padEnd(w)} = ${hclString(s.Sid)}`,
    `    ${'effect'.padEnd(w)} = ${hclString(s.Effect)}`,
    `    ${'actions'.padEnd(w)} = ${list(s.Action)}`
  ]
  if (s.Resource !== undefined) lines.push(`    resources = ${list(s.Resource)}`)
  for (const [type, ids] of Object.entries(s.Principal ?? {})) {
    lines.push(
      '    principals {',
      `      type        = ${hclString(type)}`,
      `      identifiers = ${list(ids)}`,
      '    }'
    )
  }
  for (const [test, entries] of Object.entries(s.Condition ?? {})) {
    for (const [variable, values] of Object.entries(entries)) {
      lines.push(
        '    condition {',
        `      test     = ${hclString(test)}`,
        `      variable = ${hclString(variable)}`,
        `      values   = ${list(values)}`,
        '    }'
      )
    }
  }
  lines.push('  }')
  return lines
}

/**
 * The role's path as its ARN shows it (`role/service-catalog/module/NAME`, h27-024): a block
 * without it describes another role, and Terraform would replace the real one to match.
 */
function rolePath(holder: string | null): [string, string][] {
  const path = /:role(\/.+\/)[^/]+$/.exec(holder ?? '')?.[1]
  return path ? [['path', hclString(path)]] : []
}

type Attach = (input: RenderInput, label: string, policy: string) => string[] | null

const resourceBlock = (type: string, label: string, attrs: [string, string][]): string[] => {
  const width = Math.max(...attrs.map(([k]) => k.length))
  return [
    `resource "${type}" "${label}" {`,
    ...attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`),
    '}'
  ]
}

const byHolder =
  (type: string, attr: string, value: (holder: string) => string | null): Attach =>
  (input, label, policy) => {
    const v = input.holder ? value(input.holder) : null
    return v === null
      ? null
      : [
          '# Replaces the whole policy: keep the statements it already has (source_policy_documents).',
          ...resourceBlock(type, label, [
            [attr, hclString(v)],
            ['policy', policy]
          ])
        ]
  }

function sqsUrl(arn: string): string | null {
  const p = parseArn(arn)
  if (!p || !p.region || !p.account) return null
  const domain = p.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
  return `https://sqs.${p.region}.${domain}/${p.account}/${p.resource}`
}

const resourceAttach: Record<string, Attach> = {
  ecr: byHolder('aws_ecr_repository_policy', 'repository', (h) => nameAfter(h, 'repository')),
  s3: byHolder('aws_s3_bucket_policy', 'bucket', (h) => parseArn(h)?.resource ?? null),
  // Only a key named by a whole ARN: a writer's mask (`arn:aws:kms:REDACTED`, jonrau1/ElectricEye#82)
  // is no key to write into a paste-ready block.
  kms: byHolder('aws_kms_key_policy', 'key_id', (h) => (parseArn(h) ? h : null)),
  sqs: byHolder('aws_sqs_queue_policy', 'queue_url', sqsUrl),
  sns: byHolder('aws_sns_topic_policy', 'arn', (h) => h),
  secretsmanager: byHolder('aws_secretsmanager_secret_policy', 'secret_arn', (h) => h)
}

/** aws_lambda_permission's argument for each condition it sets. */
const TF_CONDITION: Record<LambdaConditionField, string> = {
  sourceArn: 'source_arn',
  sourceAccount: 'source_account',
  principalOrgId: 'principal_org_id'
}

function lambdaBlocks(input: RenderInput, label: string): string[] {
  const blocks = lambdaPermissions(input.holder, input.statements).map((p) => {
    const name = identifier(`${label}_${p.sid}_${p.action.split(':')[1] ?? ''}`, 'whydenied')
    return p.layer
      ? resourceBlock('aws_lambda_layer_version_permission', name, [
          ['layer_name', hclString(input.holder!.replace(/:\d+$/, ''))],
          ['version_number', p.layer.version],
          ['statement_id', hclString(p.sid)],
          ['action', hclString(p.action)],
          ['principal', hclString(p.principal)]
        ])
      : [
          ...unexpressedNote(p, '#'),
          ...resourceBlock('aws_lambda_permission', name, [
            ['statement_id', hclString(p.sid)],
            ['action', hclString(p.action)],
            ['function_name', hclString(input.holder ?? '<FUNCTION_NAME>')],
            ['principal', hclString(p.principal)],
            ...(Object.entries(p.conditions) as [LambdaConditionField, string][]).map(
              ([field, value]): [string, string] => [TF_CONDITION[field], hclString(value)]
            )
          ])
        ]
  })
  return blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b]))
}

export function renderTerraform(input: RenderInput): string | undefined {
  if (input.statements.length === 0) return undefined
  const label = identifier(
    `whydenied_${input.principalName || input.service || 'fix'}`,
    'whydenied'
  )
  if (input.shape === 'resource' && input.service === 'lambda')
    return lambdaBlocks(input, label).join('\n')
  const data = [
    `data "aws_iam_policy_document" "${label}" {`,
    ...input.statements.flatMap(statementBlock),
    '}'
  ]
  const policy = `data.aws_iam_policy_document.${label}.json`
  let attach: string[] | null = null
  if (input.shape === 'identity' && input.target.principalType === 'unknown') {
    const name = hclString(inlinePolicyName(input.statements))
    attach = [
      '# The log does not say whether the caller is an IAM role or an IAM user: keep the block for its kind, delete the other.',
      ...resourceBlock('aws_iam_role_policy', label, [
        ['name', name],
        ['role', hclString(input.principalName)],
        ['policy', policy]
      ]),
      '',
      ...resourceBlock('aws_iam_user_policy', label, [
        ['name', name],
        ['user', hclString(input.principalName)],
        ['policy', policy]
      ])
    ]
  } else if (input.shape === 'identity') {
    const user = ['user', 'federated-user'].includes(input.target.principalType)
    attach = resourceBlock(user ? 'aws_iam_user_policy' : 'aws_iam_role_policy', label, [
      ['name', hclString(inlinePolicyName(input.statements))],
      [user ? 'user' : 'role', hclString(input.principalName)],
      ['policy', policy]
    ])
  } else if (input.shape === 'trust') {
    // The role exists: a second `aws_iam_role` block would try to create it again, and an
    // assume_role_policy replaces the trust whole (heldout132 review: h133-008, h135-040). So the
    // document keeps the current statements and the role's own block points at it.
    data.splice(
      1,
      0,
      "  # Keep the role's current trust statements: assume_role_policy is replaced whole, not added to.",
      '  # source_policy_documents = [<the document the role uses today>.json]'
    )
    attach = [
      '# In the aws_iam_role block that already declares this role (a new block would try to create it again):',
      ...resourceBlock('aws_iam_role', '<existing>', [
        ['name', hclString(input.principalName)],
        ...rolePath(input.holder),
        ['assume_role_policy', policy]
      ]).map((line) => `# ${line}`)
    ]
  } else if (input.service) {
    attach = resourceAttach[input.service]?.(input, label, policy) ?? null
  }
  return [...data, ...(attach ? ['', ...attach] : [])].join('\n')
}
