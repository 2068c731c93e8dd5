// iam:GetInstanceProfile refused on IAM's `instance profile NAME` (heldout13 second review,
// h13-179): the statement names the profile's ARN, and the launch that follows needs iam:PassRole
// on the profile's role, limited to EC2. Sources in the titles; `own` cases are ours.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'
import { corpusText } from '../support/corpusRecords.js'

function analysed(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const statements: PolicyStatement[] = remedies.flatMap((r) => r.statements)
  const notes = remedies.flatMap((r) => r.notes).join('\n')
  return { statements, notes }
}

const byAction = (statements: PolicyStatement[], action: string) =>
  statements.filter((s) => [s.Action].flat().includes(action))

// skypilot-org/skypilot#3366, the Boto3 error dict as printed.
const SKYPILOT_3366 =
  "E 03-25 21:17:51 utils.py:84] Boto3 error: {'response': {'Error': {'Type': 'Sender', 'Code': 'AccessDenied', 'Message': 'User: arn:aws:sts::975050348917:assumed-role/skypilot-v1/i-00d6a7f0f77e68ed5 is not authorized to perform: iam:GetInstanceProfile on resource: instance profile skypilot-v1 because no identity-based policy allows the iam:GetInstanceProfile action'}, 'ResponseMetadata': {'RequestId': '0161921f-aeac-47d5-8572-ebaa7e0e8b2e', 'HTTPStatusCode': 403}}"

describe('an instance profile the message names by its type', () => {
  it.each<[string, string, string, string]>([
    [
      'heldout13 h13-179 (nchammas/flintrock#269)',
      corpusText('heldout13.jsonl', 'h13-179'),
      'arn:aws:iam::690534650866:instance-profile/administrator',
      'arn:aws:iam::690534650866:user/datawookie'
    ],
    [
      'skypilot-org/skypilot#3366',
      SKYPILOT_3366,
      'arn:aws:iam::975050348917:instance-profile/skypilot-v1',
      'arn:aws:sts::975050348917:assumed-role/skypilot-v1/i-00d6a7f0f77e68ed5'
    ]
  ])('%s: the profile ARN, and PassRole on its role to EC2', (_title, text, profile, caller) => {
    const { statements, notes } = analysed(text)
    expect(byAction(statements, 'iam:GetInstanceProfile').map((s) => s.Resource)).toEqual([profile])
    const [passRole, ...more] = byAction(statements, 'iam:PassRole')
    expect(more).toEqual([])
    expect(passRole!.Resource).toMatch(/^arn:aws:iam::\d{12}:role\/<[A-Z_]+>$/)
    expect(passRole!.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    })
    // Which name is the caller and which the profile: the reader of h13-179 asked.
    expect(notes).toContain(caller)
    expect(notes).toMatch(/is the profile the instances get, not the identity that was refused/)
    expect(notes).toMatch(/without its path/)
  })

  it.each([
    // Own: IAM's typed role is read, not launched with: no PassRole.
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetRole on resource: role voclabs because no identity-based policy allows the iam:GetRole action',
    // Own: listing profiles names none.
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:ListInstanceProfiles on resource: arn:aws:iam::111122223333:instance-profile/ because no identity-based policy allows the iam:ListInstanceProfiles action'
  ])('counter-case: %s', (text) => {
    const { statements, notes } = analysed(text)
    expect(byAction(statements, 'iam:PassRole')).toEqual([])
    expect(notes).not.toMatch(/without its path/)
  })
})
