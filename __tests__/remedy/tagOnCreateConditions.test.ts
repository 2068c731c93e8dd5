// ec2:CreateTags as an expert would sign it (heldout13 second review, h13-067 and h13-074): the
// create call the log shows names ec2:CreateAction, and Karpenter's tagging gets the conditions of
// its published controller policy. Sources in the titles; `own` cases are ours.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'
import { corpusText } from '../support/corpusRecords.js'

function createTags(text: string): { statement: PolicyStatement; notes: string } {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const tags = remedies
    .flatMap((r) => r.statements)
    .filter((s) => [s.Action].flat().includes('ec2:CreateTags'))
  expect(tags).toHaveLength(1)
  return { statement: tags[0]!, notes: remedies.flatMap((r) => r.notes).join('\n') }
}

// aws/karpenter-provider-aws#7692, the controller's error field as printed (up to the marker).
const KARPENTER_7692 =
  '{"level":"ERROR","time":"2025-02-03T21:28:19.095Z","logger":"controller","message":"Reconciler error","commit":"058c665","controller":"nodeclaim.tagging","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"bluerock-xn4h7"},"namespace":"","name":"bluerock-xn4h7","reconcileID":"2d0766ed-80ce-40bc-97d9-80cff12552d8","error":"tagging nodeclaim, tagging instance, operation error EC2: CreateTags, https response error StatusCode: 403, RequestID: 38bf50e3-8f95-48d0-ad32-a6589432b074, api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::794038237853:assumed-role/mww-test-karpenter/1738617055947219774 is not authorized to perform: ec2:CreateTags on resource: arn:aws:ec2:us-east-1:794038237853:instance/i-0d6d806608b29b356 because no identity-based policy allows the ec2:CreateTags action. Encoded authorization failure message:\n'

const AFTER_LAUNCH = {
  StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*' },
  'ForAllValues:StringEquals': { 'aws:TagKeys': ['karpenter.sh/nodeclaim', 'Name'] }
}

describe("Karpenter's tagging: its published conditions", () => {
  it('h13-074 (kubernetes-sigs/karpenter#1713): the decoded RunInstances names ec2:CreateAction', () => {
    const { statement, notes } = createTags(corpusText('heldout13.jsonl', 'h13-074'))
    expect(statement.Resource).toMatch(/:spot-instances-request\/\*$/)
    expect(statement.Condition).toEqual({
      StringEquals: { 'ec2:CreateAction': 'RunInstances' },
      StringLike: { 'aws:RequestTag/karpenter.sh/nodepool': '*' }
    })
    expect(notes).toMatch(/controller's role .*not the node role/)
  })

  it.each([
    ['h13-067 (luminartech/helm-charts-public#314)', corpusText('heldout13.jsonl', 'h13-067')],
    ['aws/karpenter-provider-aws#7692', KARPENTER_7692]
  ])('%s: retagging a launched instance, only its nodepool instances and keys', (_t, text) => {
    const { statement, notes } = createTags(text)
    expect(statement.Resource).toMatch(/:instance\/\*$/)
    expect(statement.Condition).toEqual(AFTER_LAUNCH)
    expect(notes).toMatch(/kubernetes\.io\/cluster\/CLUSTER_NAME/)
  })
})

describe('tag-on-create outside Karpenter', () => {
  const refused = (resource: string) =>
    `An error occurred (UnauthorizedOperation) when calling the CreateTags operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ec2:CreateTags on resource: ${resource} because no identity-based policy allows the ec2:CreateTags action\n`

  it('own: a decoded message pasted below names the create call (escaped, as the CLI prints it)', () => {
    const { statement } = createTags(
      refused('arn:aws:ec2:us-east-1:111122223333:volume/*') +
        '{\n    "DecodedMessage": "{\\"allowed\\":false,\\"context\\":{\\"action\\":\\"CreateFleet\\",\\"resource\\":\\"arn:aws:ec2:us-east-1:111122223333:volume/*\\"}}"\n}\n'
    )
    expect(statement.Condition).toEqual({ StringEquals: { 'ec2:CreateAction': 'CreateFleet' } })
  })

  it.each([
    // Own: no create call shown: an existing resource retagged, no condition invented.
    ['nothing shown', refused('arn:aws:ec2:us-east-1:111122223333:instance/i-0abc')],
    // Own: the decoded message names CreateTags itself, which is no create call.
    [
      'CreateTags decoded',
      refused('arn:aws:ec2:us-east-1:111122223333:instance/i-0abc') +
        '"DecodedMessage": "{\\"allowed\\":false,\\"context\\":{\\"action\\":\\"ec2:CreateTags\\"}}"\n'
    ],
    // Own: two create calls shown: which one tagged is unknown.
    [
      'two calls',
      refused('arn:aws:ec2:us-east-1:111122223333:volume/*') +
        '"action": "RunInstances",\n"action": "CreateVolume",\n'
    ]
  ])('counter-case, %s: no ec2:CreateAction', (_t, text) => {
    const { statement } = createTags(text)
    expect(JSON.stringify(statement.Condition ?? {})).not.toMatch(/CreateAction/)
  })
})
