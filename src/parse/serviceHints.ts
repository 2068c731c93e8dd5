// The IAM service prefix, when a text names it without an action: SDK service labels and the
// endpoints of the failing request. Never guessed from an operation name.

/** SDK labels (`Service: Amazon S3`, `Service: AWSKMS`, `operation error STS:`) → IAM prefix. */
const LABELS: Record<string, string> = {
  s3: 's3',
  amazons3: 's3',
  simplestorageservice: 's3',
  kms: 'kms',
  awskms: 'kms',
  sts: 'sts',
  awssecuritytokenservice: 'sts',
  securitytokenservice: 'sts',
  lambda: 'lambda',
  awslambda: 'lambda',
  sns: 'sns',
  amazonsns: 'sns',
  sqs: 'sqs',
  amazonsqs: 'sqs',
  ssm: 'ssm',
  amazonssm: 'ssm',
  awssimplesystemsmanagement: 'ssm',
  dynamodb: 'dynamodb',
  amazondynamodb: 'dynamodb',
  amazondynamodbv2: 'dynamodb',
  dynamodbv2: 'dynamodb',
  ec2: 'ec2',
  amazonec2: 'ec2',
  iam: 'iam',
  amazonidentitymanagement: 'iam',
  cloudformation: 'cloudformation',
  amazoncloudformation: 'cloudformation',
  ecr: 'ecr',
  amazonecr: 'ecr',
  ecs: 'ecs',
  amazonecs: 'ecs',
  eks: 'eks',
  amazoneks: 'eks',
  secretsmanager: 'secretsmanager',
  awssecretsmanager: 'secretsmanager',
  cloudwatchlogs: 'logs',
  awslogs: 'logs',
  logs: 'logs',
  cloudwatch: 'cloudwatch',
  amazoncloudwatch: 'cloudwatch',
  athena: 'athena',
  glue: 'glue',
  awsglue: 'glue',
  kinesis: 'kinesis',
  amazonkinesis: 'kinesis',
  route53: 'route53',
  amazonroute53: 'route53',
  apigateway: 'apigateway',
  elasticloadbalancing: 'elasticloadbalancing',
  elasticloadbalancingv2: 'elasticloadbalancing',
  codebuild: 'codebuild',
  codecommit: 'codecommit',
  codedeploy: 'codedeploy',
  stepfunctions: 'states',
  sfn: 'states',
  eventbridge: 'events',
  cloudwatchevents: 'events',
  bedrock: 'bedrock',
  bedrockruntime: 'bedrock',
  organizations: 'organizations'
}

function fromLabel(label: string): string | null {
  return LABELS[label.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null
}

interface Hint {
  re: RegExp
  service: (m: RegExpExecArray) => string | null
}

const HINTS: Hint[] = [
  { re: /\(Service: ([^;,)\n]+)[;,)]/g, service: (m) => fromLabel(m[1]!) },
  { re: /operation error ([\w -]+?):/g, service: (m) => fromLabel(m[1]!) },
  { re: /error calling ([a-z0-9-]+):[A-Za-z]/g, service: (m) => m[1]! },
  { re: /\b\d{12}\.dkr\.ecr\.|[\w*-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com/g, service: () => 'ecr' },
  { re: /\bsqs\.[\w-]+\.amazonaws\.com|\b[\w-]+\.queue\.amazonaws\.com/g, service: () => 'sqs' },
  { re: /\bs3:\/\//g, service: () => 's3' }
]

/** The first service hint found in text[from, to). */
export function serviceHint(text: string, from: number, to: number): string | null {
  let best: { at: number; service: string } | null = null
  for (const hint of HINTS) {
    hint.re.lastIndex = Math.max(0, from)
    const m = hint.re.exec(text)
    if (!m || m.index >= to) continue
    const service = hint.service(m)
    if (service && (!best || m.index < best.at)) best = { at: m.index, service }
  }
  return best?.service ?? null
}

/** `arn:aws:s3:::bucket` → `s3`; the IAM prefix of an action (`SNS:Publish` → `sns`). */
export function serviceOfAction(action: string): string {
  return action.slice(0, action.indexOf(':')).toLowerCase()
}
