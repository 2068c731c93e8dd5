// Hand-built reports for tests of the publishing side (comments, summary), independent of the
// engine's parsing. The texts are typical AWS CLI denials (the shapes AWS documents for the CLI).
import type { Finding } from '../../src/model/Finding.js'
import type { Report } from '../../src/model/Report.js'
import { emptyDenial } from '../../src/model/Denial.js'

export function finding(n: number, overrides: Partial<Finding> = {}): Finding {
  const action = `s3:PutObject`
  const resource = `arn:aws:s3:::bucket-${n}/key`
  return {
    ...emptyDenial('denial', 'iam-sentence'),
    code: 'AccessDenied',
    operation: 'PutObject',
    action,
    service: 's3',
    principal: 'arn:aws:sts::123456789012:assumed-role/deploy/gha',
    resource,
    layer: 'identity',
    deny: 'implicit',
    file: null,
    line: n,
    occurrences: 1,
    crossAccount: false,
    traps: [],
    title: `s3:PutObject denied on bucket-${n}: no identity-based policy allows it`,
    explanation: `Role deploy in account 123456789012 has no policy that allows ${action} on ${resource}.`,
    fixTarget: {
      kind: 'identity-policy',
      owner: 'you',
      description: 'the identity policy of role deploy in account 123456789012',
      principalArn: 'arn:aws:iam::123456789012:role/deploy',
      principalType: 'role',
      principalName: 'deploy',
      rolePathUnknown: true,
      principalAccount: '123456789012',
      resourceArn: resource,
      resourceAccount: null,
      policyArn: null
    },
    confidence: 'stated',
    inferredAction: null,
    evidence: 'text',
    ...overrides
  }
}

export function report(findings: Finding[]): Report {
  return {
    version: 1,
    findings,
    remedies: [],
    stats: { bytes: 100, lines: 10, longLines: 0, droppedFindings: 0, binaryBytes: 0 }
  }
}
