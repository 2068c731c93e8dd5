// A launch refused where the log says the instance gets an IAM role (heldout14 third review,
// h14-139): iam:PassRole (and Packer's iam:GetInstanceProfile) is drafted beside RunInstances.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

const actionsOf = (text: string) => analysed(text).statements.map((s) => s.Action)

// hashicorp/packer#2458, as printed (the error quoted, the reporter's resolution below it).
const PACKER_2458 =
  '> ==> amazon-ebs: Error launching source instance: You are not authorized to perform this operation.\n' +
  '\n' +
  'Resolution:\n' +
  '\n' +
  "It turns out that using the amazon-ebs builder's `iam_instance_profile` requires the user to have an additional permission (beyond what is mentioned in the builder [docs](http://www.packer.io/docs/builders/amazon.html))."

describe('a launch with an IAM role: iam:PassRole beside ec2:RunInstances', () => {
  it.each([
    ['h14-139 (Packer docs)', corpusText('heldout14.jsonl', 'h14-139')],
    ['hashicorp/packer#2458', PACKER_2458]
  ])('%s', (_n, text) => {
    const actions = actionsOf(text)
    expect(actions).toContain('ec2:RunInstances')
    expect(actions).toContain('iam:PassRole')
    expect(actions).toContain('iam:GetInstanceProfile')
  })

  it('counter-case: the same refusal with no role in sight has no PassRole', () => {
    // Own: Packer's line alone.
    const actions = actionsOf(
      '==> amazon-ebs: Error launching source instance: You are not authorized to perform this operation.'
    )
    expect(actions).toContain('ec2:RunInstances')
    expect(actions).not.toContain('iam:PassRole')
  })
})
