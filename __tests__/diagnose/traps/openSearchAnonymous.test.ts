// WD5021 (heldout139 review: h139-034, h139-036): an OpenSearch domain refusing an unsigned request;
// a signer or the access policy's addresses, never a statement opening the domain.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'opensearch-anonymous'
const h139 = (id: string) => corpusText('heldout139.jsonl', id)

describe(TRAP, () => {
  it.each(['h139-034', 'h139-036'])(
    '%s: signing and the aws:SourceIp way lead, and nothing is drafted',
    (id) => {
      const { findings, statements, notes } = analysed(h139(id))
      const f = findings[0]!
      expect(f.traps[0]).toBe(TRAP)
      expect(f.explanation).toMatch(
        /^The OpenSearch domain received es:ESHttp(?:Post|Get) unsigned/
      )
      expect(f.explanation).toContain('`aws:SourceIp`')
      expect(f.explanation).toContain("Dashboards' own sign-in")
      expect(statements).toEqual([])
      expect(notes.join('\n')).toContain('whydenied does not open a domain to everyone')
    }
  )

  it.each([
    // own: a signed caller refused by the domain policy is the usual resource-policy finding
    'User: arn:aws:iam::123456789012:role/app is not authorized to perform: es:ESHttpPost because no resource-based policy allows the es:ESHttpPost action',
    // own: an anonymous S3 read is not a domain's
    'User: anonymous is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::acme/a.txt because no resource-based policy allows the s3:GetObject action'
  ])('not for other callers or services: %s', (text) => {
    const { findings } = analysed(text)
    expect(findings[0]!.traps).not.toContain(TRAP)
  })
})
