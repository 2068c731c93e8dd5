// Elastic Load Balancing Classic and V2 share the `elasticloadbalancing` prefix; the V2 page's
// resource types must count for the actions both define (AddTags on an ALB, a listener or a target
// group). Real excerpts: the AWS Load Balancer Controller's denials in heldout6.jsonl.
import { lookupAction } from '../../src/catalog/Catalog.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const heldout6 = (id: string): string => corpusText('heldout6.jsonl', id)

describe('actions both Elastic Load Balancing services define', () => {
  it('AddTags takes the V2 types beside Classic’s load balancer, none of them required', () => {
    const types = lookupAction('elasticloadbalancing:AddTags')!.resourceTypes
    expect(types.map((t) => t.name)).toEqual(
      expect.arrayContaining(['loadbalancer', 'loadbalancer/app/', 'listener/app', 'targetgroup'])
    )
    expect(types.filter((t) => t.required)).toEqual([])
    expect(types.every((t) => t.arnFormats.length === 1)).toBe(true)
  })

  it('an action only one page defines keeps its types as listed', () => {
    const types = lookupAction('elasticloadbalancing:CreateTargetGroup')!.resourceTypes
    expect(types).toEqual([expect.objectContaining({ name: 'targetgroup', required: true })])
  })

  it.each([
    // kubernetes-sigs/aws-load-balancer-controller#3086: an Application Load Balancer.
    ['h6-134', /:loadbalancer\/app\/k8s-istiosys-publictl-2f1c9f320e\/6de50f6529fc6c2f$/],
    // kubernetes-sigs/aws-load-balancer-controller#3372: a target group, as printed.
    ['h6-137', /:targetgroup\/examplea-bffda1232b\/\*$/]
  ])(
    '%s: the statement names the printed ARN, with no claim that the type is not listed',
    (id, arn) => {
      const { statements, notes } = analysed(heldout6(id))
      const addTags = statements.filter((s) =>
        JSON.stringify(s.Action).includes('elasticloadbalancing:AddTags')
      )
      expect(addTags).toHaveLength(1)
      expect([addTags[0]!.Resource].flat()).toEqual([expect.stringMatching(arn)])
      expect(notes.join('\n')).not.toMatch(/does not list/)
    }
  )
})
