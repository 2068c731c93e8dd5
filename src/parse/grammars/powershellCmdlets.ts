// AWS Tools for PowerShell: a cmdlet's error record opens with the cmdlet's name, then the
// service's message as it came (`Read-S3Object : Access Denied`, aws-quickstart/
// quickstart-microsoft-activedirectory#152; PowerShell 7 drops the space: `Write-S3Object: …`,
// aws/aws-tools-for-powershell#165). The cmdlet's noun starts with the service's own prefix, which
// is what tells it from Windows' refusals in the same shape (`Get-ChildItem : Access to the path …
// is denied`).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** Noun prefixes of AWS Tools for PowerShell cmdlets, with the IAM service each one calls. */
const NOUN_PREFIXES: Record<string, string> = {
  S3: 's3',
  EC2: 'ec2',
  IAM: 'iam',
  SSM: 'ssm',
  KMS: 'kms',
  STS: 'sts',
  SEC: 'secretsmanager',
  SQS: 'sqs',
  SNS: 'sns',
  ECR: 'ecr',
  ECS: 'ecs',
  EKS: 'eks',
  CFN: 'cloudformation',
  LM: 'lambda',
  DDB: 'dynamodb',
  CWL: 'logs',
  CW: 'cloudwatch',
  R53: 'route53',
  RDS: 'rds'
}

// Longest prefix first, so `CWL` is never read as `CW`.
const PREFIX = Object.keys(NOUN_PREFIXES)
  .sort((a, b) => b.length - a.length)
  .join('|')

export const powershellCmdletRules: PhraseRule[] = [
  {
    id: 'powershell-cmdlet-refusal',
    rule: 'WD847',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access Denied', 'Access denied', 'Forbidden'],
    re: new RegExp(
      String.raw`(?<![\w-])[A-Z][a-z]+-(${PREFIX})[A-Z]\w* ?: (?:Access Denied|Access denied|Forbidden)\b`,
      'g'
    ),
    facts: (m, d) => {
      d.service = NOUN_PREFIXES[m[1]!] ?? null
    }
  }
]
