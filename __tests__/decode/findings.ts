// Hand-built findings as the engine would hand them to decodeFindings (the engine is not needed
// to test decoding): an EC2 encoded message with whatever plain text came with it.
import { emptyDenial } from '../../src/model/Denial.js'
import type { Finding } from '../../src/model/Finding.js'
import type { Report } from '../../src/model/Report.js'

export function encodedFinding(over: Partial<Finding> = {}): Finding {
  return {
    ...emptyDenial('encoded', 'ec2-encoded'),
    code: 'UnauthorizedOperation',
    operation: 'RunInstances',
    encodedMessage: 'QXdPNaIegKKNwIX54FPmRmeyDRnNY5FRj5xftd0oRvzujmvMcr3GISKo',
    file: 'deploy.log',
    line: 12,
    occurrences: 1,
    crossAccount: null,
    traps: [],
    title: 'EC2 refused RunInstances; the details are encoded',
    explanation: 'EC2 hid the details of this denial in an encoded authorization message.',
    fixTarget: {
      kind: 'unknown',
      owner: 'you',
      description: 'unknown until the message is decoded',
      principalArn: null,
      principalType: 'unknown',
      principalName: null,
      rolePathUnknown: false,
      principalAccount: null,
      resourceArn: null,
      resourceAccount: null,
      policyArn: null
    },
    confidence: 'inferred',
    inferredAction: 'ec2:RunInstances',
    evidence: 'text',
    ...over
  }
}

export function reportOf(findings: Finding[]): Report {
  return {
    version: 1,
    findings,
    remedies: [],
    stats: { bytes: 0, lines: 0, longLines: 0, droppedFindings: 0, binaryBytes: 0 }
  }
}
