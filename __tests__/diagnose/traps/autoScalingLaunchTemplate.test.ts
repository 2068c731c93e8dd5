// WD587 (heldout101 review, h101-001 aws-samples/ec2-auto-scaling-instance-refresh-sample#7):
// Auto Scaling's `You are not authorized to use launch template` is EC2's RunInstances checked with
// the caller's permissions; the Auto Scaling action it carried is allowed already.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'autoscaling-launch-template'
const refusal = (tail: string) =>
  `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the UpdateAutoScalingGroup operation: You are not authorized to use launch template:${tail}`

describe(TRAP, () => {
  it('h101-001: RunInstances, not the Auto Scaling call, with the template unnamed', () => {
    const { f, statements } = analysedOne(corpusText('heldout101.jsonl', 'h101-001'))
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(
      /^ec2:RunInstances refused: Auto Scaling checked that the caller may launch from its launch template$/
    )
    expect(f.explanation).toMatch(
      /^Auto Scaling allowed `autoscaling:UpdateAutoScalingGroup` and then checked/
    )
    expect(statements.map((s) => s.Action)).toEqual(['ec2:RunInstances'])
    expect(JSON.stringify(statements)).not.toContain('autoscaling:')
  })

  it('own: a template ID printed fills the launch-template ARN', () => {
    const { f, statements } = analysedOne(refusal(' lt-0b27953098b749950'))
    expect(f.traps).toContain(TRAP)
    expect(statements[0]!.Resource).toContain(
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:launch-template/lt-0b27953098b749950'
    )
  })

  it("h9-138 (eksctl-io/eksctl#834): a template's name says how to find its ID", () => {
    const { f } = analysedOne(corpusText('heldout9.jsonl', 'h9-138'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'describe-launch-templates --launch-template-names eksctl-kube-test-nodegroup-kube-nodes'
    )
  })

  it("counter-case: EKS's encoded refusal of a launch template stays encoded, no RunInstances drafted", () => {
    const { f, statements } = analysedOne(corpusText('heldout9.jsonl', 'h9-137'))
    expect(f.traps).not.toContain(TRAP)
    expect(f.kind).toBe('encoded')
    expect(statements).toEqual([])
  })
})
