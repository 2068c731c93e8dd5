// Unseen-logs check u28 (session 27): context the tools' own words give a bare refusal.
import fs from 'node:fs'
import { analysed } from '../diagnose/traps/analysed.js'

const unseen = (name: string) =>
  fs.readFileSync(new URL(`../fixtures/unseen/${name}`, import.meta.url), 'utf8')

describe("Terraform's availability-zones data source (u28-001)", () => {
  it('a bare UnauthorizedOperation under `Error fetching Availability Zones` is ec2:DescribeAvailabilityZones on "*"', () => {
    const { findings, statements } = analysed(unseen('u28-001.log'))
    expect(findings[0]!.inferredAction).toBe('ec2:DescribeAvailabilityZones')
    expect(statements).toEqual([
      expect.objectContaining({ Action: 'ec2:DescribeAvailabilityZones', Resource: '*' })
    ])
    expect(findings[0]!.explanation).toMatch(/read its eventName \(the call\)/)
  })
})

describe('the ALB Ingress Controller v1 (u28-007)', () => {
  it('its own service account in the trust statement, not v2’s', () => {
    const { findings, statements } = analysed(unseen('u28-007.log'))
    const trust = JSON.stringify(statements)
    expect(trust).toContain('system:serviceaccount:kube-system:alb-ingress-controller')
    expect(trust).not.toContain('aws-load-balancer-controller')
    expect(findings[0]!.explanation).toMatch(/ALB Ingress Controller v1/)
  })

  it('own counter-case: a v2 log keeps the v2 service account', () => {
    const v2 = unseen('u28-007.log').replace(
      '"alb-ingress-controller"',
      '"aws-load-balancer-controller"'
    )
    expect(JSON.stringify(analysed(v2).statements)).toContain(
      'system:serviceaccount:kube-system:aws-load-balancer-controller'
    )
  })
})
