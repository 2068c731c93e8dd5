// Issue 17 (heldout6 review, h6-133/h6-138): Elastic Load Balancing Classic and V2 share a prefix.
// A placeholder ARN takes the kind of load balancer the caller's words name (the AWS Load
// Balancer Controller: ALBs, NLBs, target groups), never Classic by default; an ARN its author
// shortened with placeholders keeps its own type instead of being called a typo.
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const resources = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())

describe('load balancer kinds in placeholder ARNs', () => {
  it('the controller with no ARN printed (h6-133, kubernetes-sigs/aws-load-balancer-controller#3399): V2 types', () => {
    const { statements, notes } = analysedOne(corpusText('heldout6.jsonl', 'h6-133'))
    const arns = resources(statements)
    expect(arns.some((a) => /:targetgroup\/<TARGET_GROUP_NAME>\//.test(a))).toBe(true)
    expect(arns.some((a) => /:loadbalancer\/app\//.test(a))).toBe(true)
    expect(arns.some((a) => /:loadbalancer\/net\//.test(a))).toBe(true)
    // Never Classic's loadbalancer/NAME.
    expect(arns.some((a) => /:loadbalancer\/<LOAD_BALANCER_NAME>$/.test(a))).toBe(false)
    expect(notes).not.toMatch(/check it for a typo/)
  })

  it('with no context an ALB, not a Classic Load Balancer, is the placeholder', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AddTags operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: elasticloadbalancing:AddTags because no identity-based policy allows the elasticloadbalancing:AddTags action'
    )
    expect(resources(statements)).toEqual([
      expect.stringMatching(
        /^arn:aws:elasticloadbalancing:<REGION>:<ACCOUNT_ID>:loadbalancer\/app\//
      )
    ])
  })

  it('Classic only when the log names it', () => {
    const { statements } = analysedOne(
      'Error creating Classic Load Balancer tags: AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: elasticloadbalancing:AddTags because no identity-based policy allows the elasticloadbalancing:AddTags action'
    )
    expect(resources(statements)).toEqual([
      expect.stringMatching(/:loadbalancer\/<LOAD_BALANCER_NAME>$/)
    ])
  })

  it.each([
    [
      // h6-138 (aws-ia/terraform-aws-eks-blueprints#717): the author cut a listener ARN to one placeholder.
      'a listener shortened by its author',
      corpusText('heldout6.jsonl', 'h6-138'),
      /^arn:aws:elasticloadbalancing:<REGION>:<ACCOUNT_ID>:listener\/app\/<LOAD_BALANCER_NAME>\/<LOAD_BALANCER_ID>\/<LISTENER_ID>$/
    ],
    [
      // Nasty: braces instead of angle brackets, a real Region and account kept.
      'a target group shortened with braces',
      'AccessDenied: User: arn:aws:sts::123456789012:assumed-role/lbc/1700000000 is not authorized to perform: elasticloadbalancing:AddTags on resource: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{name} because no identity-based policy allows the elasticloadbalancing:AddTags action',
      /^arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup\/<TARGET_GROUP_NAME>\/<TARGET_GROUP_ID>$/
    ]
  ])('%s: its own type, not a typo', (_, text, shape) => {
    const { statements, notes } = analysedOne(text)
    expect(resources(statements)).toEqual([expect.stringMatching(shape)])
    expect(notes).toMatch(/its author shortened with placeholders, not a typo/)
    expect(notes).not.toMatch(/check it for a typo/)
  })

  it('a whole ALB ARN with a redacted account is granted as printed (kubernetes-sigs/aws-load-balancer-controller#3086)', () => {
    const { statements } = analysedOne(
      '"error": "AccessDenied: User: arn:aws:sts::{redacted}:assumed-role/{redacted} is not authorized to perform: elasticloadbalancing:AddTags on resource: arn:aws:elasticloadbalancing:ap-northeast-2:{redacted}:loadbalancer/app/k8s-istiosys-publictl-2f1c9f320e/6de50f6529fc6c2f because no identity-based policy allows the elasticloadbalancing:AddTags action\\n\\tstatus code: 403, request id: a99a0c2b-fc6c-476f-a70e-c5c24e91db03"'
    )
    expect(resources(statements)).toEqual([
      'arn:aws:elasticloadbalancing:ap-northeast-2:<ACCOUNT_ID>:loadbalancer/app/k8s-istiosys-publictl-2f1c9f320e/6de50f6529fc6c2f'
    ])
  })
})
