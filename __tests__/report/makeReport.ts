// Builds Finding/Remedy/Report objects for renderer tests. The default finding is the corpus
// case d001 (source: https://dev.classmethod.jp/, DevelopersIO, "ECR のクロスアカウントアクセスで
// 暗黙的な拒否が発生する場合はリソース名も確認しよう", hato): a docker push refused by ECR.
import type { Finding } from '../../src/model/Finding.js'
import type { FixTarget } from '../../src/model/FixTarget.js'
import type { Remedy } from '../../src/model/Remedy.js'
import type { Report, ScanStats } from '../../src/model/Report.js'

export function makeFixTarget(overrides: Partial<FixTarget> = {}): FixTarget {
  return {
    kind: 'resource-policy',
    owner: 'resource-owner',
    description:
      'the repository policy of arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository',
    principalArn: 'arn:aws:iam::123456789012:user/hato',
    principalType: 'user',
    principalName: 'hato',
    rolePathUnknown: false,
    principalAccount: '123456789012',
    resourceArn: 'arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository',
    resourceAccount: '123456789012',
    policyArn: null,
    ...overrides
  }
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    kind: 'denial',
    code: null,
    operation: null,
    action: 'ecr:InitiateLayerUpload',
    service: 'ecr',
    principal: 'arn:aws:iam::123456789012:user/hato',
    resource: 'arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository',
    layer: 'resource',
    deny: 'implicit',
    policyArn: null,
    policyName: null,
    authorizationId: null,
    encodedMessage: null,
    grammar: 'iam-sentence',
    detail: {},
    file: 'build.log',
    line: 42,
    occurrences: 3,
    crossAccount: false,
    traps: ['ecr-repository-may-not-exist'],
    title:
      'No resource-based policy lets user hato call ecr:InitiateLayerUpload on hato-repository',
    explanation:
      'The repository policy of `hato-repository` does not allow `ecr:InitiateLayerUpload` for this user.\n\nIf the repository is in another account, check that its name is right: a repository that does not exist is reported the same way.',
    fixTarget: makeFixTarget(),
    confidence: 'stated',
    inferredAction: null,
    evidence: 'text',
    ...overrides
  }
}

export function makeRemedy(overrides: Partial<Remedy> = {}): Remedy {
  const statement = {
    Sid: 'AllowPushFromHato',
    Effect: 'Allow' as const,
    Principal: { AWS: 'arn:aws:iam::123456789012:user/hato' },
    Action: ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart'],
    Resource: 'arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository'
  }
  return {
    id: 'resource-policy:repository/hato-repository',
    target: makeFixTarget(),
    findings: [0],
    statements: [statement],
    notes: ['Check the repository name first: `hato-repository` must exist in the target account.'],
    renderings: {
      diff: JSON.stringify(statement, null, 2)
        .split('\n')
        .map((l) => '+ ' + l)
        .join('\n'),
      terraform:
        'resource "aws_ecr_repository_policy" "push" {\n  repository = "hato-repository"\n}',
      cdk: "repo.addToResourcePolicy(new iam.PolicyStatement({ actions: ['ecr:InitiateLayerUpload'] }))",
      cli: 'aws ecr set-repository-policy --repository-name hato-repository --policy-text file://policy.json'
    },
    ...overrides
  }
}

export function makeStats(overrides: Partial<ScanStats> = {}): ScanStats {
  return {
    bytes: 123456,
    lines: 2000,
    longLines: 0,
    droppedFindings: 0,
    binaryBytes: 0,
    ...overrides
  }
}

export function makeReport(
  parts: { findings?: Finding[]; remedies?: Remedy[]; stats?: Partial<ScanStats> } = {}
): Report {
  return {
    version: 1,
    findings: parts.findings ?? [makeFinding()],
    remedies: parts.remedies ?? [],
    stats: makeStats(parts.stats)
  }
}
