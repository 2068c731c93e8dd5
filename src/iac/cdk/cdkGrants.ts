// The CDK's own way to give a role access to a construct: `bucket.grantPut(role)`. When the file
// declares the construct a fix is about (same name, or the name CloudFormation made from its id),
// the fix is the narrowest grant whose actions cover the statement's; otherwise addToPolicy.
import type { PolicyStatement } from '../../model/Remedy.js'
import { matchGenerated } from '../generatedName.js'

/** A construct declared in the file: `const queue = new sqs.Queue(this, 'Jobs', { queueName })`. */
export interface Construct {
  bind: string
  cls: string
  id: string
  /** The literal name property, when given. */
  name: string | null
}

interface Grant {
  method: string
  actions: string[]
}

interface Family {
  /** Construct classes of the service. */
  classes: string[]
  service: string
  nameProp: string
  /** A resource ARN's name part. */
  nameOf(resource: string): string
  /** Narrowest first. */
  grants: Grant[]
}

const S3_READ = ['s3:GetObject*', 's3:GetBucket*', 's3:List*']
const S3_PUT = [
  's3:PutObject',
  's3:PutObjectLegalHold',
  's3:PutObjectRetention',
  's3:PutObjectTagging',
  's3:PutObjectVersionTagging',
  's3:Abort*'
]
const S3_DELETE = ['s3:DeleteObject*']
const DDB_READ = [
  'dynamodb:BatchGetItem',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable'
]
const DDB_WRITE = [
  'dynamodb:BatchWriteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable'
]
const SQS_SEND = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']
const SQS_CONSUME = [
  'sqs:ReceiveMessage',
  'sqs:ChangeMessageVisibility',
  'sqs:GetQueueUrl',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes'
]

/** The grants of aws-cdk-lib's L2 constructs with the actions each gives. */
const FAMILIES: Family[] = [
  {
    classes: ['Bucket'],
    service: 's3',
    nameProp: 'bucketName',
    nameOf: (r) => r.split('/')[0] ?? r,
    grants: [
      { method: 'grantRead', actions: S3_READ },
      { method: 'grantPut', actions: S3_PUT },
      { method: 'grantDelete', actions: S3_DELETE },
      { method: 'grantWrite', actions: [...S3_PUT, ...S3_DELETE] },
      { method: 'grantReadWrite', actions: [...S3_READ, ...S3_PUT, ...S3_DELETE] }
    ]
  },
  {
    classes: ['Table', 'TableV2'],
    service: 'dynamodb',
    nameProp: 'tableName',
    nameOf: (r) => r.replace(/^table\//, '').split('/')[0] ?? r,
    grants: [
      { method: 'grantReadData', actions: DDB_READ },
      { method: 'grantWriteData', actions: DDB_WRITE },
      { method: 'grantReadWriteData', actions: [...DDB_READ, ...DDB_WRITE] }
    ]
  },
  {
    classes: ['Queue'],
    service: 'sqs',
    nameProp: 'queueName',
    nameOf: (r) => r,
    grants: [
      { method: 'grantSendMessages', actions: SQS_SEND },
      { method: 'grantConsumeMessages', actions: SQS_CONSUME }
    ]
  },
  {
    classes: ['Topic'],
    service: 'sns',
    nameProp: 'topicName',
    nameOf: (r) => r,
    grants: [{ method: 'grantPublish', actions: ['sns:Publish'] }]
  },
  {
    classes: ['Secret'],
    service: 'secretsmanager',
    nameProp: 'secretName',
    nameOf: (r) => r.replace(/^secret:/, '').replace(/-[A-Za-z0-9]{6}$/, ''),
    grants: [
      {
        method: 'grantRead',
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']
      }
    ]
  },
  {
    classes: ['Function'],
    service: 'lambda',
    nameProp: 'functionName',
    nameOf: (r) => r.replace(/^function:/, '').split(':')[0] ?? r,
    grants: [{ method: 'grantInvoke', actions: ['lambda:InvokeFunction'] }]
  }
]

function covers(patterns: string[], action: string): boolean {
  return patterns.some((p) => {
    const re = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
    return new RegExp(`^${re}$`, 'i').test(action)
  })
}

const list = (v: string | string[] | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

/** `construct.grantX` for an Allow statement on one construct of the file, or null. */
export function grantFor(s: PolicyStatement, constructs: Construct[]): string | null {
  if (s.Effect !== 'Allow' || s.Condition || s.Principal) return null
  const arns = list(s.Resource)
  const parsed = arns.map((a) => /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(a))
  if (!parsed.length || parsed.some((p) => !p)) return null
  const service = parsed[0]?.[1]
  const family = FAMILIES.find((f) => f.service === service)
  if (!family || parsed.some((p) => p?.[1] !== service)) return null
  const names = new Set(parsed.map((p) => family.nameOf(p?.[2] ?? '')))
  const [name] = names
  if (names.size !== 1 || name === undefined) return null
  const construct = constructs.find(
    (c) =>
      family.classes.includes(c.cls) &&
      (c.name !== null ? c.name === name : matchGenerated(c.id.toLowerCase(), name.toLowerCase()))
  )
  const grant = family.grants.find((g) => list(s.Action).every((a) => covers(g.actions, a)))
  return construct && grant ? `${construct.bind}.${grant.method}` : null
}
