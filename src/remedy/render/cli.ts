// The AWS CLI commands that apply a remedy. Every value is shell-quoted; comments hold no log text.
// APIs that replace a whole policy get a save-merge-apply sequence unless the current policy was
// given (then the complete merged document is applied directly).
import { inlinePolicyName } from './inlinePolicyName.js'
import { parseArn } from '../../model/Arn.js'
import { shellQuote as q } from './escape.js'
import { lambdaPermissions, unexpressedNote } from './lambdaPermissions.js'
import type { LambdaConditionField } from './lambdaPermissions.js'
import { nameAfter, policyJson, type RenderInput } from './RenderInput.js'

interface Whole {
  file: string
  get: (holder: string) => string[] | null
  put: (holder: string, policy: string) => string[] | null
  warning?: string
}

function ecrArgs(holder: string): string[] | null {
  const p = parseArn(holder)
  const name = nameAfter(holder, 'repository')
  if (!p || !name) return null
  return ['--repository-name', q(name), '--registry-id', q(p.account), '--region', q(p.region)]
}

function region(holder: string): string[] {
  const r = parseArn(holder)?.region
  return r ? ['--region', q(r)] : []
}

function sqsUrl(arn: string): string | null {
  const p = parseArn(arn)
  if (!p || !p.region || !p.account) return null
  const domain = p.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
  return `https://sqs.${p.region}.${domain}/${p.account}/${p.resource}`
}

const wholePolicies: Record<string, Whole> = {
  ecr: {
    file: 'repository-policy.json',
    get: (h) => {
      const a = ecrArgs(h)
      return a && ['aws ecr get-repository-policy', ...a, '--query policyText --output text']
    },
    put: (h, p) => {
      const a = ecrArgs(h)
      return a && ['aws ecr set-repository-policy', ...a, '--policy-text', p]
    }
  },
  s3: {
    file: 'bucket-policy.json',
    get: (h) => {
      const b = parseArn(h)?.resource
      return b
        ? ['aws s3api get-bucket-policy --bucket', q(b), '--query Policy --output text']
        : null
    },
    put: (h, p) => {
      const b = parseArn(h)?.resource
      return b ? ['aws s3api put-bucket-policy --bucket', q(b), '--policy', p] : null
    }
  },
  kms: {
    file: 'key-policy.json',
    warning:
      '# Keep the key administrators and the account root statement, or the key becomes unmanageable.',
    // Only a key named by a whole ARN (a writer's mask is no key to pass).
    get: (h) =>
      parseArn(h)
        ? [
            'aws kms get-key-policy --key-id',
            q(h),
            '--policy-name default --query Policy --output text',
            ...region(h)
          ]
        : null,
    put: (h, p) =>
      parseArn(h)
        ? [
            'aws kms put-key-policy --key-id',
            q(h),
            '--policy-name default --policy',
            p,
            ...region(h)
          ]
        : null
  },
  sqs: {
    file: 'queue-policy.json',
    get: (h) => {
      const u = sqsUrl(h)
      return u
        ? [
            'aws sqs get-queue-attributes --queue-url',
            q(u),
            '--attribute-names Policy --query Attributes.Policy --output text'
          ]
        : null
    },
    put: (h, p) => {
      const u = sqsUrl(h)
      return u ? ['aws sqs set-queue-attributes --queue-url', q(u), '--attributes', p] : null
    }
  },
  sns: {
    file: 'topic-policy.json',
    get: (h) => [
      'aws sns get-topic-attributes --topic-arn',
      q(h),
      '--query Attributes.Policy --output text',
      ...region(h)
    ],
    put: (h, p) => [
      'aws sns set-topic-attributes --topic-arn',
      q(h),
      '--attribute-name Policy --attribute-value',
      p,
      ...region(h)
    ]
  },
  secretsmanager: {
    file: 'secret-policy.json',
    get: (h) => [
      'aws secretsmanager get-resource-policy --secret-id',
      q(h),
      '--query ResourcePolicy --output text',
      ...region(h)
    ],
    put: (h, p) => [
      'aws secretsmanager put-resource-policy --secret-id',
      q(h),
      '--resource-policy',
      p,
      ...region(h)
    ]
  },
  iam: {
    file: 'trust-policy.json',
    get: (h) => [
      'aws iam get-role --role-name',
      q(h),
      '--query Role.AssumeRolePolicyDocument --output json'
    ],
    put: (h, p) => ['aws iam update-assume-role-policy --role-name', q(h), '--policy-document', p]
  }
}

/** SQS takes its policy as a string attribute inside a JSON map. */
function sqsAttributes(doc: object): string {
  return JSON.stringify({ Policy: JSON.stringify(doc) })
}

function applyWhole(input: RenderInput, whole: Whole, holder: string): string | undefined {
  const inline =
    input.service === 'sqs' ? q(sqsAttributes(input.document)) : q(policyJson(input.document))
  if (input.complete) {
    const put = whole.put(holder, inline)
    return put
      ? [
          ...(whole.warning ? [whole.warning] : []),
          '# Applies the complete merged policy shown in the diff.',
          put.join(' ')
        ].join('\n')
      : undefined
  }
  const get = whole.get(holder)
  const fileArg = input.service === 'sqs' ? `file://queue-attributes.json` : `file://${whole.file}`
  const put = whole.put(holder, fileArg)
  if (!get || !put) return undefined
  return [
    '# This call replaces the whole policy. 1) Save the current one:',
    `${get.join(' ')} > ${whole.file}`,
    `# 2) Add the statements from the diff to the Statement array of ${whole.file}${input.service === 'sqs' ? ' and write {"Policy": "<that JSON as a string>"} to queue-attributes.json' : ''}.`,
    ...(whole.warning ? [whole.warning] : []),
    '# 3) Apply it:',
    put.join(' ')
  ].join('\n')
}

/** add-permission's argument for each condition it sets. */
const CLI_CONDITION: Record<LambdaConditionField, string> = {
  sourceArn: '--source-arn',
  sourceAccount: '--source-account',
  principalOrgId: '--principal-org-id'
}

function lambdaCommands(input: RenderInput): string {
  const where = region(input.holder ?? '')
  return lambdaPermissions(input.holder, input.statements)
    .map(
      (p) =>
        [...unexpressedNote(p, '#'), ''].join('\n') +
        (p.layer
          ? [
              'aws lambda add-layer-version-permission --layer-name',
              q(p.layer.name),
              '--version-number',
              q(p.layer.version)
            ]
          : ['aws lambda add-permission --function-name', q(input.holder ?? '<FUNCTION_NAME>')]
        )
          .concat([
            '--statement-id',
            q(p.sid),
            '--action',
            q(p.action),
            '--principal',
            q(p.principal),
            ...(Object.entries(p.conditions) as [LambdaConditionField, string][]).flatMap(
              ([field, value]) => [CLI_CONDITION[field], q(value)]
            ),
            ...where
          ])
          .join(' ')
    )
    .join('\n')
}

export function renderCli(input: RenderInput): string | undefined {
  if (input.statements.length === 0) return undefined
  if (input.shape === 'identity') {
    const user = ['user', 'federated-user'].includes(input.target.principalType)
    const name = inlinePolicyName(input.statements)
    // Neither kind is assumed: each command fails with NoSuchEntity for the kind the caller is not.
    if (input.target.principalType === 'unknown') {
      const args = `${q(input.principalName)} --policy-name ${name} --policy-document "$POLICY"`
      return [
        `# Adds the inline policy "${name}", named after its content: other inline policies stay.`,
        '# The log does not say whether the caller is an IAM role or an IAM user: keep the command for its kind.',
        `POLICY=${q(policyJson(input.document))}`,
        `aws iam put-role-policy --role-name ${args}`,
        `aws iam put-user-policy --user-name ${args}`
      ].join('\n')
    }
    return [
      `# Adds the inline policy "${name}", named after its content: other inline policies stay.`,
      [
        `aws iam ${user ? 'put-user-policy --user-name' : 'put-role-policy --role-name'}`,
        q(input.principalName),
        `--policy-name ${name} --policy-document`,
        q(policyJson(input.document))
      ].join(' ')
    ].join('\n')
  }
  if (input.shape === 'trust') return applyWhole(input, wholePolicies.iam!, input.principalName)
  if (input.service === 'lambda') return lambdaCommands(input)
  const whole = input.service ? wholePolicies[input.service] : undefined
  return whole && input.holder ? applyWhole(input, whole, input.holder) : undefined
}
