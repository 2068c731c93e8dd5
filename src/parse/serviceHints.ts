// The IAM service prefix, when a text names it without an action: SDK service labels and the
// endpoints of the failing request. Never guessed from an operation name.
import { mayMatch } from './RecordLiterals.js'
import type { RecordLiterals } from './RecordLiterals.js'

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
  /** Text every match contains: a cheap test that skips the expression when absent. */
  literal: string
  re: RegExp
  service: (m: RegExpExecArray) => string | null
}

const HINTS: Hint[] = [
  { literal: '(Service: ', re: /\(Service: ([^;,)\n]+)[;,)]/g, service: (m) => fromLabel(m[1]!) },
  {
    literal: 'operation error ',
    re: /operation error ([\w -]+?):/g,
    service: (m) => fromLabel(m[1]!)
  },
  { literal: 'error calling ', re: /error calling ([a-z0-9-]+):[A-Za-z]/g, service: (m) => m[1]! },
  // Host names start where a token starts: the look-behinds keep long tokens from backtracking.
  {
    literal: '.dkr.ecr.',
    re: /\b\d{12}\.dkr\.ecr\.|(?<![\w*-])[\w*-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com/g,
    service: () => 'ecr'
  },
  {
    literal: '.amazonaws.com',
    re: /\bsqs\.[\w-]+\.amazonaws\.com|(?<![\w-])[\w-]+\.queue\.amazonaws\.com/g,
    service: () => 'sqs'
  },
  { literal: 's3://', re: /\bs3:\/\//g, service: () => 's3' },
  // Java SDK v1's older label, and Ruby SDK error classes.
  {
    literal: 'AWS Service: ',
    re: /AWS Service: ([^,;\n]+)[,;]/g,
    service: (m) => fromLabel(m[1]!)
  },
  { literal: '::Errors::', re: /\bAWS::(\w+)::Errors::/gi, service: (m) => fromLabel(m[1]!) },
  // s3cmd's error prefix.
  { literal: 'S3 error: ', re: /\bS3 error: /g, service: () => 's3' }
]

/** Longest stretch a hint may run past `to` (a host name that starts just before it). */
const HINT_OVERRUN = 256

/** What the hints need, for the record's one search for literals (see `RecordContext.literals`). */
export const HINT_LITERALS: readonly string[] = HINTS.map((h) => h.literal)

/** The first service hint found in text[from, to). */
export function serviceHint(
  text: string,
  from: number,
  to: number,
  literals?: RecordLiterals
): string | null {
  // Most records name no service at all: then there is no window to cut.
  if (!mayMatch(HINT_LITERALS, literals)) return null
  let best: { at: number; service: string } | null = null
  // A bounded window, not the rest of the record: this runs once per candidate.
  const base = Math.max(0, from - 1)
  const window = text.slice(base, Math.min(text.length, to + HINT_OVERRUN))
  for (const hint of HINTS) {
    if (!window.includes(hint.literal)) continue
    hint.re.lastIndex = Math.max(0, from) - base
    const m = hint.re.exec(window)
    const at = m ? m.index + base : Infinity
    if (!m || at >= to) continue
    const service = hint.service(m)
    if (service && (!best || at < best.at)) best = { at, service }
  }
  return best?.service ?? null
}

/** `arn:aws:s3:::bucket` → `s3`; the IAM prefix of an action (`SNS:Publish` → `sns`). */
export function serviceOfAction(action: string): string {
  return action.slice(0, action.indexOf(':')).toLowerCase()
}
