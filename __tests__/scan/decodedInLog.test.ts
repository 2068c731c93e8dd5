// A decoded authorization message the log prints below an encoded one (heldout7 review h7-136):
// the finding is drafted from it, not sent back to "decode first".
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

function run(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  return { findings, statements: remedies.flatMap((r) => r.statements) }
}

// vmware-archive/terraforming-aws#73: the decoded JSON as jq prints it (iam:PassRole for a user).
const DECODED_73 = `{
  "allowed": false,
  "explicitDeny": false,
  "matchedStatements": {
    "items": []
  },
  "failures": {
    "items": []
  },
  "context": {
    "principal": {
      "id": "<REMOVED>",
      "name": "develop_om_user",
      "arn": "arn:aws:iam::<REMOVED>:user/develop_om_user"
    },
    "action": "iam:PassRole",
    "resource": "arn:aws:iam::<REMOVED>:role/develop_pks-master",`

// The CLI's own output without --query: the decoded message as one escaped JSON string (own case).
const ESCAPED = `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: AbCdEf0123...
$ aws sts decode-authorization-message --encoded-message AbCdEf0123...
{
    "DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":false,\\"matchedStatements\\":{\\"items\\":[]},\\"failures\\":{\\"items\\":[]},\\"context\\":{\\"principal\\":{\\"id\\":\\"AROAEXAMPLE:ci\\",\\"arn\\":\\"arn:aws:sts::123456789012:assumed-role/ci-deploy/ci\\"},\\"action\\":\\"iam:PassRole\\",\\"resource\\":\\"arn:aws:iam::123456789012:role/app-instance\\"}}"
}`

describe('decoded message in the log', () => {
  it('drafts ec2:StartInstances on the instance for MyEC2ROLE (review h7-136)', () => {
    const { findings, statements } = run(corpusText('heldout7.jsonl', 'h7-136'))
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.decode?.status).toBe('decoded')
    expect(f.action).toBe('ec2:StartInstances')
    expect(f.fixTarget.principalName).toBe('MyEC2ROLE')
    expect(f.explanation).toMatch(/^The log already shows this message decoded/)
    expect(f.explanation).not.toContain('cut short')
    expect(f.explanation).not.toContain('Decoded with STS')
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'ec2:StartInstances',
        Resource: 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-zzzzzzzzzzzzz'
      })
    ])
  })

  it("the CLI's one-line escaped form (own case: iam:PassRole during RunInstances)", () => {
    const { findings, statements } = run(ESCAPED)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.action).toBe('iam:PassRole')
    expect(findings[0]!.fixTarget.principalName).toBe('ci-deploy')
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'iam:PassRole',
        Resource: 'arn:aws:iam::123456789012:role/app-instance'
      })
    ])
  })

  it('a decoded message with no encoded one above makes no finding (vmware-archive/terraforming-aws#73)', () => {
    expect(run(DECODED_73).findings).toEqual([])
  })

  it('not a decoded message that says allowed (own case)', () => {
    const { findings } = run(ESCAPED.replace('\\"allowed\\":false', '\\"allowed\\":true'))
    expect(findings[0]!.decode?.status).not.toBe('decoded')
    expect(findings[0]!.action).toBeNull()
  })

  it('not a decoded message far below, for another call (own case)', () => {
    const filler = Array.from({ length: 120 }, (_, i) => `step ${i} ok`).join('\n')
    const { findings } = run(ESCAPED.replace('\n$ aws sts', `\n${filler}\n$ aws sts`))
    expect(findings[0]!.decode?.status).not.toBe('decoded')
  })
})
