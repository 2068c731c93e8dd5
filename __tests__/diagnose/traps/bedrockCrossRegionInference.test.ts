// A Region-deny SCP refusing Bedrock inference through a cross-Region inference profile (heldout13
// review, h13-130): the call goes to the profile's destination Regions, so "run in an allowed
// Region" cannot help; and a policy ARN the log cut short is not printed as if whole.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'
import { policyArnCut } from '../../../src/model/cutPolicyArn.js'

const H13_130 = corpusText('heldout13.jsonl', 'h13-130')

// aws-samples/sample-badgers#33 (a global profile hard-coded by the app; the author's placeholders)
const BADGERS = `Force stopped: An error occurred (AccessDeniedException) when calling the ConverseStream operation: User: arn:aws:sts::{account-id}:assumed-role/badgers-agent-ws-role-{id}/BedrockAgentCore-{id} is not authorized to perform: bedrock:InvokeModelWithResponseStream on resource: arn:aws:bedrock:::foundation-model/anthropic.claude-opus-4-6-v1 with an explicit deny in a service control policy: arn:aws:organizations::{org-id}:policy/o-{id}/service_control_policy/p-{id}`

// aws-solutions/aws-control-tower-customizations#211 (Control Tower's GRREGIONDENY; a US profile)
const CONTROL_TOWER = `Receiving the following error when trying to implement Bedrock due to the GRREGIONDENY SCP :
"User: arn:aws:sts::123456789012:assumed-role/AmazonBedrockExecutionRoleForAgents_ABCD1234567/BedrockAgents-xxxxxx is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:<region>::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0 with an explicit deny in a service control policy"

According to the below document, us.anthropic.claude-3-5-haiku-20241022-v1:0 cross-region inference profile requests can be routed to one of us-east-1, us-east-2, or us-west-2:`

describe('bedrock-cross-region-inference', () => {
  it.each([
    ['h13-130 (tinovyatkin/amazon-bedrock-copilot-chat#396)', H13_130, /`global\./],
    ['aws-samples/sample-badgers#33', BADGERS, /the model ARN has no Region/]
  ])('a global profile: the destination Region is unspecified (%s)', (_source, text, seen) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('bedrock-cross-region-inference')
    expect(f.explanation).toMatch(
      /^This is Bedrock cross-Region inference meeting a Region-deny SCP/
    )
    expect(f.explanation).toMatch(seen)
    expect(f.explanation).toContain('`aws:RequestedRegion` = `unspecified`')
    expect(f.explanation).toMatch(/Running the job in an allowed Region cannot help/)
    expect(notes).not.toMatch(/run in a Region the policy allows/)
    expect(notes).toMatch(/destination Regions/)
  })

  it('a geographic profile named in the prose (aws-control-tower-customizations#211)', () => {
    const { f } = analysedOne(CONTROL_TOWER)
    expect(f.traps).toContain('bedrock-cross-region-inference')
    expect(f.inferred?.signals?.['bedrock-inference-profile']?.value).toBe('us')
    expect(f.explanation).toMatch(/A geographic profile \(`us\.`\) sends the request/)
  })

  it('a bare model ID in a denied Region keeps the Region advice', () => {
    // Our own variant: no profile, a regional model ARN: the job's Region is what the SCP refuses.
    const { f, notes } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:eu-west-3::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234'
    )
    expect(f.traps).not.toContain('bedrock-cross-region-inference')
    expect(notes).toMatch(/run in a Region the policy allows/)
    expect(f.explanation).not.toMatch(/cut off in the log/)
  })

  it("a profile ID in a Deny of the caller's own policy is not an SCP matter", () => {
    // Our own variant of amazon-bedrock-copilot-chat#75: the identity policy denies global*.
    const { f } = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/dev/me is not authorized to perform: bedrock:InvokeModelWithResponseStream on resource: arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0 with an explicit deny in an identity-based policy'
    )
    expect(f.traps).not.toContain('bedrock-cross-region-inference')
  })

  it('look-alikes of a profile ID do not count', () => {
    // Our own variants: a host name and a word ending in a geography.
    const { f } = analysedOne(
      'Calling focus.anthropic.example via status.us.example.com\nAn error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:eu-west-3::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain('bedrock-cross-region-inference')
  })
})

describe('a policy ARN the log cut short', () => {
  it('h13-130: printed with the words saying it is cut, in the explanation and the notes', () => {
    const { f, notes } = analysedOne(H13_130)
    expect(f.explanation).toMatch(
      /The denying policy is arn:aws:organizations::0000000000:p… \(cut off in the log/
    )
    expect(notes).toMatch(/`arn:aws:organizations::0000000000:p`… \(cut off in the log/)
  })

  it.each([
    ['arn:aws:organizations::0000000000:p', true],
    ['arn:aws:organizations::<ORG_MGM', true],
    [
      'arn:aws:organizations::123456789012:policy/o-a1b2c3d4e5/service_control_policy/p-abcd1234',
      false
    ],
    ['arn:aws:organizations::{org-id}:policy/o-{id}/service_control_policy/p-{id}', false],
    [
      'arn:aws:organizations::<ACCOUNT_ID>:policy/<ORG_ID>/service_control_policy/<POLICY_ID>',
      false
    ],
    ['arn:aws:organizations::aws:policy/aws/service_control_policy/p-FullAWSAccess', false],
    ['arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3', false]
  ])('%s cut: %s', (arn, cut) => {
    expect(policyArnCut(arn)).toBe(cut)
  })
})
