// A service-linked role ARN cut inside its service name (issue 17 class 5): completed from the
// documented roles, never pasted cut, and the iam:AWSServiceName condition kept.
import { analysed } from '../diagnose/traps/analysed.js'

const EVENT = (resource: string) =>
  `  Warning  CreatingLoadBalancerFailed  43s   service-controller  Error creating load balancer (will retry): failed to ensure load balancer for service default/helloworld: AccessDenied: User: arn:aws:sts::375987363060:assumed-role/terraform-dev-cluster/1533050767091663441 is not authorized to perform: iam:CreateServiceLinkedRole on resource: ${resource}`

function statementOf(text: string) {
  const { statements, notes } = analysed(text)
  expect(statements).toHaveLength(1)
  return { s: statements[0]!, notes: notes.join('\n') }
}

describe('a cut service-linked role ARN', () => {
  it('wardviaene/kubernetes-course#5: kubectl cut `elasticloadbalancing.ama`; the role is ELB’s', () => {
    const { s, notes } = statementOf(
      [
        'Events:',
        '  Type     Reason                      Age   From                Message',
        '  ----     ------                      ----  ----                -------',
        EVENT('arn:aws:iam::375987363060:role/aws-service-role/elasticloadbalancing.ama')
      ].join('\n')
    )
    expect(s.Resource).toBe(
      'arn:aws:iam::375987363060:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing'
    )
    expect(s.Condition).toEqual({
      StringLike: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' }
    })
    expect(notes).toContain('The log cut the service-linked role ARN')
  })

  it('own: a cut that several services begin with becomes placeholders, never the cut text', () => {
    const { s, notes } = statementOf(EVENT('arn:aws:iam::375987363060:role/aws-service-role/e'))
    expect(s.Resource).toBe(
      'arn:aws:iam::375987363060:role/aws-service-role/<SERVICE_NAME>/<SERVICE_LINKED_ROLE>'
    )
    expect(notes).toContain('<SERVICE_NAME>')
  })

  it('counter-case (the whole ARN, as kubicorn/kubicorn#656 printed it): kept as printed', () => {
    const full =
      'arn:aws:iam::375987363060:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing'
    const { s, notes } = statementOf(EVENT(full))
    expect(s.Resource).toBe(full)
    expect(notes).not.toContain('The log cut the service-linked role ARN')
  })

  it('counter-case: an ordinary role ARN is not a service-linked one', () => {
    const { s } = statementOf(
      'AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetRole on resource: arn:aws:iam::111122223333:role/app-role'
    )
    expect(s.Resource).toBe('arn:aws:iam::111122223333:role/app-role')
  })
})
