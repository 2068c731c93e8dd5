// A controller's `isn't authorized to call ACTION` (WD848, issue 10, heldout13 h13-028), and the
// reason clause the reporter elided below it. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.grammar, f.action, f.layer, f.deny])
}

describe('authorized to call', () => {
  it('heldout13 h13-028 (aws-samples/eks-workshop-v2#1859): status and log line are one refusal, with the SCP reason', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-028'))).toEqual([
      ['authorized-to-call', 'ec2:RunInstances', 'scp', 'explicit']
    ])
  })

  it('own: the status line alone', () => {
    expect(fields("Message: Controller isn't authorized to call ec2:CreateLaunchTemplate")).toEqual(
      [['authorized-to-call', 'ec2:CreateLaunchTemplate', null, null]]
    )
  })

  it('heldout12 h12-040 (Karpenter JSON log): the SDK sentence on the same line is the finding', () => {
    expect(fields(corpusText('heldout12.jsonl', 'h12-040'))).toEqual([
      ['iam-sentence', 'ec2:CreateFleet', 'identity', 'explicit']
    ])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    ['own: authorized, not refused', 'The controller is authorized to call ec2:RunInstances.'],
    ['own: a word, not an action', 'This client is not authorized to call this endpoint'],
    [
      'own: Kubernetes RBAC',
      'user "system:serviceaccount:ci:bot" is unauthorized to call pods/exec'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).filter(([grammar]) => grammar === 'authorized-to-call')).toEqual([])
  })
})
