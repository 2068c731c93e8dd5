// Builds Finding objects for remedy tests the way diagnose() would: the test states the facts of
// the message and the fix target, everything else gets a neutral default.
import type { Finding } from '../../src/model/Finding.js'
import type { FixTarget } from '../../src/model/FixTarget.js'
import { emptyDenial } from '../../src/model/Denial.js'

export type FindingInput = Partial<Omit<Finding, 'fixTarget'>> & { fixTarget?: Partial<FixTarget> }

/** The role behind an assumed-role session ARN, as diagnose() reports it. */
export function roleTarget(session: string): Partial<FixTarget> {
  const m = /^arn:([^:]+):sts::([^:]*):assumed-role\/([^/]+)\//.exec(session)
  if (!m) throw new Error(`not a session ARN: ${session}`)
  return {
    principalArn: `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`,
    principalType: 'role',
    principalName: m[3]!,
    rolePathUnknown: true,
    principalAccount: m[2]!
  }
}

export function userTarget(arn: string): Partial<FixTarget> {
  const m = /^arn:[^:]+:iam::([^:]*):user\/(?:.*\/)?([^/]+)$/.exec(arn)
  if (!m) throw new Error(`not a user ARN: ${arn}`)
  return { principalArn: arn, principalType: 'user', principalName: m[2]!, principalAccount: m[1]! }
}

export function makeFinding(input: FindingInput): Finding {
  const { fixTarget, ...rest } = input
  const base = emptyDenial(input.kind ?? 'denial', input.grammar ?? 'iam-sentence')
  const action = rest.action ?? null
  return {
    ...base,
    service: action ? action.split(':')[0]!.toLowerCase() : null,
    file: null,
    line: 1,
    occurrences: 1,
    crossAccount: null,
    traps: [],
    title: 'test finding',
    explanation: '',
    confidence: 'stated',
    inferredAction: null,
    evidence: 'text',
    ...rest,
    fixTarget: {
      kind: 'identity-policy',
      owner: 'you',
      description: 'test target',
      principalArn: null,
      principalType: 'unknown',
      principalName: null,
      rolePathUnknown: false,
      principalAccount: null,
      resourceArn: null,
      resourceAccount: null,
      policyArn: null,
      ...fixTarget
    }
  }
}
