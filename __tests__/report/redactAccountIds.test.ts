import { ACCOUNT_MASK, redactAccountIds } from '../../src/report/redactAccountIds.js'
import { makeFinding, makeFixTarget, makeRemedy, makeReport } from './makeReport.js'

describe('redactAccountIds', () => {
  it('masks every 12-digit account ID in findings and remedies', () => {
    const report = makeReport({ remedies: [makeRemedy()] })
    const out = redactAccountIds(report)
    const text = JSON.stringify([out.findings, out.remedies])
    expect(text).not.toContain('123456789012')
    expect(out.findings[0]!.principal).toBe(`arn:aws:iam::${ACCOUNT_MASK}:user/hato`)
    expect(out.findings[0]!.fixTarget.principalAccount).toBe(ACCOUNT_MASK)
    expect(out.remedies[0]!.renderings.diff).toContain(
      `"AWS": "arn:aws:iam::${ACCOUNT_MASK}:user/hato"`
    )
    // The input is left untouched.
    expect(report.findings[0]!.principal).toBe('arn:aws:iam::123456789012:user/hato')
  })

  it('keeps AWS managed policy ARNs, longer numbers and the encoded blob', () => {
    const f = makeFinding({
      policyArn: 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3',
      explanation: 'request 1234567890123 at 2024-01-01, role 123456789012',
      encodedMessage: 'AbC123456789012xyz'
    })
    const out = redactAccountIds(makeReport({ findings: [f] })).findings[0]!
    expect(out.policyArn).toBe('arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3')
    expect(out.explanation).toBe(`request 1234567890123 at 2024-01-01, role ${ACCOUNT_MASK}`)
    expect(out.encodedMessage).toBe('AbC123456789012xyz')
  })

  it('numbers several accounts in order of first appearance, deterministically', () => {
    const f = makeFinding({
      principal: 'arn:aws:sts::111111111111:assumed-role/deploy/s',
      resource: 'arn:aws:ecr:us-east-1:222222222222:repository/app',
      crossAccount: true,
      fixTarget: makeFixTarget({
        principalAccount: '111111111111',
        resourceAccount: '222222222222'
      })
    })
    const report = makeReport({ findings: [f] })
    const a = redactAccountIds(report)
    expect(a.findings[0]!.principal).toBe(`arn:aws:sts::${ACCOUNT_MASK}-1:assumed-role/deploy/s`)
    expect(a.findings[0]!.resource).toBe(`arn:aws:ecr:us-east-1:${ACCOUNT_MASK}-2:repository/app`)
    expect(a.findings[0]!.fixTarget.resourceAccount).toBe(`${ACCOUNT_MASK}-2`)
    expect(redactAccountIds(report)).toEqual(a)
  })

  it('masks IDs in ECR host names and detail values', () => {
    const f = makeFinding({ detail: { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com' } })
    expect(redactAccountIds(makeReport({ findings: [f] })).findings[0]!.detail.registry).toBe(
      `${ACCOUNT_MASK}.dkr.ecr.us-east-1.amazonaws.com`
    )
  })
})
