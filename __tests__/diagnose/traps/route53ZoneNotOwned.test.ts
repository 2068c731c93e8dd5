// WD956: Route 53's action-less "is not authorized to access this resource" is a hosted zone outside
// the caller's account (heldout15 review h15-003: an Elastic Beanstalk zone ID passed where the
// record's own zone belonged). Counter-cases: Route 53's own action sentence, IAM's same words.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'route53-zone-not-owned'

describe('route53-zone-not-owned (WD956)', () => {
  it('h15-003 (aws/aws-sdk-php#2141): the zone ID is checked first, no Allow is drafted', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-003'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^Route 53 answers "not authorized to access this resource"/)
    expect(f.explanation).toContain('`aws route53 get-hosted-zone --id Z38NKT9BP95V3O`')
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^Check the hosted zone ID before any policy/)
  })

  it('h11-012 (hashicorp/terraform-provider-aws#12570): lego through the Go SDK, no zone printed', () => {
    const { f } = analysedOne(corpusText('heldout11.jsonl', 'h11-012'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`aws route53 get-hosted-zone --id ZONE_ID`')
  })

  it.each([
    [
      "own: Route 53's action sentence is an ordinary missing Allow",
      'An error occurred (AccessDenied) when calling the ChangeResourceRecordSets operation: User: arn:aws:sts::111122223333:assumed-role/dns/ci is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ because no identity-based policy allows the route53:ChangeResourceRecordSets action'
    ],
    [
      "own: IAM's same words about another account's OIDC provider",
      'Error: reading IAM OIDC Provider (arn:aws:iam::222233334444:oidc-provider/token.actions.githubusercontent.com): AccessDenied: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to access this resource'
    ]
  ])('%s', (_name, text) => {
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })
})
