// EC2 resources each launch makes anew (heldout13 review h13-067): a statement pinned to the one
// instance Karpenter was tagging fails on the next node, so a launch or tagging call is granted on
// the type's wildcard, with a note on scoping by the launcher's tags. A call on one long-lived
// instance keeps its ID.
import { stableResource } from '../../src/remedy/stableResource.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

// aws/karpenter-provider-aws#7692 (Karpenter's nodeclaim.tagging controller, as logged)
const KARPENTER_7692 = `{"level":"ERROR","time":"2025-02-03T21:28:19.095Z","logger":"controller","message":"Reconciler error","commit":"058c665","controller":"nodeclaim.tagging","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"bluerock-xn4h7"},"namespace":"","name":"bluerock-xn4h7","reconcileID":"2d0766ed-80ce-40bc-97d9-80cff12552d8","error":"tagging nodeclaim, tagging instance, operation error EC2: CreateTags, https response error StatusCode: 403, RequestID: 38bf50e3-8f95-48d0-ad32-a6589432b074, api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::794038237853:assumed-role/mww-test-karpenter/1738617055947219774 is not authorized to perform: ec2:CreateTags on resource: arn:aws:ec2:us-east-1:794038237853:instance/i-0d6d806608b29b356 because no identity-based policy allows the ec2:CreateTags action. Encoded authorization failure message:`

describe('EC2 resources made by each launch', () => {
  it.each([
    [
      'h13-067 (luminartech/helm-charts-public#314)',
      corpusText('heldout13.jsonl', 'h13-067'),
      'arn:aws:ec2:us-west-2:627218074315:instance/*'
    ],
    [
      'aws/karpenter-provider-aws#7692',
      KARPENTER_7692,
      'arn:aws:ec2:us-east-1:794038237853:instance/*'
    ]
  ])('CreateTags on one instance is granted on every instance (%s)', (_source, text, wildcard) => {
    const { statements, notes } = analysedOne(text)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['ec2:CreateTags', wildcard]])
    expect(notes).toMatch(/the instance ID is new for every launch/)
    expect(notes).toMatch(/aws:ResourceTag/)
  })

  it.each([
    [
      'ec2:CreateTags',
      'volume',
      'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0',
      'arn:aws:ec2:eu-west-1:111122223333:volume/*'
    ],
    [
      'ec2:CreateTags',
      'network-interface',
      'arn:aws:ec2:eu-west-1:111122223333:network-interface/eni-0a1b2c3d4e5f67890',
      'arn:aws:ec2:eu-west-1:111122223333:network-interface/*'
    ],
    [
      'ec2:CreateFleet',
      'fleet',
      'arn:aws:ec2:eu-west-1:111122223333:fleet/fleet-0a1b2c3d-4e5f-6789-abcd-ef0123456789',
      'arn:aws:ec2:eu-west-1:111122223333:fleet/*'
    ],
    [
      'ec2:RunInstances',
      'spot-instances-request',
      'arn:aws:ec2:eu-west-1:111122223333:spot-instances-request/sir-abcd1234',
      'arn:aws:ec2:eu-west-1:111122223333:spot-instances-request/*'
    ]
  ])('%s on a %s ID is widened to the type', (action, type, arn, wildcard) => {
    expect(stableResource('ec2', type, arn, action)?.resource).toBe(wildcard)
  })

  it.each([
    // Our own counter-cases: calls on one existing resource keep its ID.
    [
      'ec2:StopInstances',
      'instance',
      'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0'
    ],
    [
      'ec2:AttachVolume',
      'volume',
      'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0'
    ],
    // Not a per-run type: a security group lives on.
    [
      'ec2:CreateTags',
      'security-group',
      'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0'
    ],
    // Already the wildcard.
    ['ec2:CreateTags', 'instance', 'arn:aws:ec2:eu-west-1:111122223333:instance/*']
  ])('%s on a %s keeps the printed resource', (action, type, arn) => {
    expect(stableResource('ec2', type, arn, action)).toBeNull()
  })
})
