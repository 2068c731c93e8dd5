// A traceback pretty-printer wrapping the IAM sentence at a fixed width, mid-token, each piece
// indented under its field (heldout166 review, h166-043): the principal's session and the
// resource's name go on on the next line, kept as one value.
import { parseText } from './parseText.js'
import { heldoutText } from '../support/recallCase.js'

describe('values a fixed-width wrap cut mid-token', () => {
  it('h166-043 (a Bedrock AgentCore trace): the session ARN and the memory ARN read whole', () => {
    const [d] = parseText(heldoutText('h166-043'))
    expect(d).toMatchObject({
      principal:
        'arn:aws:sts::<ACCOUNT_ID>:assumed-role/AgentCore-uitestagent-def-ApplicationAgentUitestage-<ID>/BedrockAgentCore-<session-id>',
      action: 'bedrock-agentcore:ListEvents',
      resource:
        'arn:aws:bedrock-agentcore:us-east-1:<ACCOUNT_ID>:memory/bugfixagent_bugfixagentMemory-<ID>',
      layer: 'identity'
    })
  })

  it('own: the resource cut before an explicit deny, no placeholders', () => {
    const [d] = parseText(
      '  User: arn:aws:sts::111122223333:assumed-role/deploy/ci\n  is not authorized to perform: s3:PutObject\n  on resource: arn:aws:s3:::artifacts-prod-eu/builds/2026/app-\n               bundle.zip\n  with an explicit deny in a service control policy'
    )
    expect(d!.resource).toBe('arn:aws:s3:::artifacts-prod-eu/builds/2026/app-bundle.zip')
    expect(d!.layer).toBe('scp')
  })

  it.each([
    // own: the reason clause right below the resource: nothing to join
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k\nbecause no identity-based policy allows the s3:GetObject action',
    // own: two words on the next line are prose, not a name's rest
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k\n   see below\nbecause no identity-based policy allows the s3:GetObject action'
  ])('own: no join where the next line is no lone token: %s', (text) => {
    expect(parseText(text)[0]!.resource).toBe('arn:aws:s3:::b/k')
  })
})

describe('a reflowed line with runs of spaces inside the session ARN', () => {
  it('h167-075 (prowler-cloud/prowler#8250): the role and session after the spaces', () => {
    const [d] = parseText(heldoutText('h167-075'))
    expect(d!.principal).toBe(
      'arn:aws:sts::123456789:assumed-role/   ProwlerCodeBuildRole/AWSCodeBuild-d04f3ddd-efb3-44b8-8837-536f9b071826'
    )
    expect(d!.resource).toBe('arn:aws:iam::123456789:role/service-role/ProwlerMemberRole')
  })

  it('own: a plain word after the separator and the phrase is no session', () => {
    const [d] = parseText(
      'User: arn:aws:sts::111122223333:assumed-role/ deploy role is not authorized to perform: s3:GetObject'
    )
    expect(d!.principal).toBe('arn:aws:sts::111122223333:assumed-role/')
  })
})
