// heldout57–59's expert reviews, third batch (issue 17, session 37): the action the reason names,
// refusals no Allow fixes (a shared resource, a service not set up, billing in the management
// account), a name a wrapping provider broke onto the next line, a troubleshooting list's sample;
// from their real excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h57 = (id: string) => corpusText('heldout57.jsonl', id)
const h58 = (id: string) => corpusText('heldout58.jsonl', id)
const h59 = (id: string) => corpusText('heldout59.jsonl', id)

describe('the action the reason names (heldout58 review h58-001)', () => {
  it('h58-001 (ministryofjustice/modernisation-platform#12326): vpce:AllowMultiRegion, not ec2:CreateVpcEndpoint', () => {
    const { findings, statements, notes } = analysed(h58('h58-001'))
    expect(findings[1]!.detail.reasonAction).toBe('vpce:AllowMultiRegion')
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).toContain('vpce:AllowMultiRegion')
    expect(actions).not.toContain('ec2:CreateVpcEndpoint')
    expect(notes.join('\n')).toContain('first check that the service Region is the one meant')
  })

  it('own: a reason naming the call’s own action changes nothing', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:CreateVpcEndpoint on resource: arn:aws:ec2:eu-west-2:111122223333:vpc-endpoint/* because no identity-based policy allows the ec2:CreateVpcEndpoint action'
    )
    expect(f.detail.reasonAction).toBeUndefined()
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('ec2:CreateVpcEndpoint')
  })
})

describe('refusals no Allow fixes, third batch', () => {
  it.each([
    ['h58-006', () => h58('h58-006'), 'shared-resource-owner'],
    ['h58-027', () => h58('h58-027'), 'service-setup-required'],
    ['h59-014', () => h59('h59-014'), 'management-account-billing']
  ])('%s: %s, no statement', (_id, text, trap) => {
    const { findings, statements } = analysed(text())
    expect(findings[0]!.traps).toContain(trap)
    expect(statements).toEqual([])
  })
})

describe('a name a wrapping provider broke onto the next line (heldout57 review h57-006)', () => {
  it('h57-006 (crossplane-contrib/provider-upjet-aws#1549): the bucket, not a placeholder', () => {
    const { statements } = analysedOne(h57('h57-006'))
    expect(statements.map((s) => s.Resource)).toEqual(['arn:aws:s3:::bump-provider-test'])
  })

  it('own: a name on an unindented line above belongs to another message', () => {
    const { statements } = analysedOne(
      [
        'reading S3 Bucket (other-bucket): done',
        'operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: x, HostID: y, api error Forbidden: Forbidden'
      ].join('\n')
    )
    expect(statements.map((s) => s.Resource)).not.toContain('arn:aws:s3:::other-bucket')
  })
})

describe("a troubleshooting list's sample (heldout59 review h59-024)", () => {
  it('h59-024: `You may get following exception` marks the first as documentation', () => {
    const { findings } = analysed(h59('h59-024'))
    expect(findings[0]!.explanation).toMatch(/^The text introduces this refusal as an example/)
  })
})
