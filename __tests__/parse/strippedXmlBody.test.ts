// heldout15 h15-003: a client that strips the XML error body's tags runs its type, code and
// message together (`Sender SenderAccessDeniedUser: arn:… is not authorized to access this
// resource<request id>`): the AWS SDK for PHP's Guzzle summary (aws/aws-sdk-php#2141), acme.sh's
// Route 53 hook. The glued code is no code slot; the subject is read as printed (WD775).
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('an XML body with its tags stripped', () => {
  it('h15-003: the principal as printed, ending at `user/`', () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-003'))
    expect([f.kind, f.grammar, f.code, f.principal, f.service]).toEqual([
      'denial',
      'iam-access-resource',
      null,
      'arn:aws:iam::457910130955:user/',
      'route53'
    ])
  })

  it("github-file:find_string#221827797 (acme.sh's dns_aws `Response error:`): the full sentence glued the same way", () => {
    const f = only(
      '    [Thu Jun 23 06:56:03 UTC 2022] Response error:\n    SenderAccessDeniedUser: arn:aws:iam::835336135388:user/hatchboxdns2 is not authorized to perform: route53:ListResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z1OSXVLV0259TW because no identity-based policy allows the route53:ListResourceRecordSets action427a3f8b-97ff-40fc-8079-3b2799e51463\n    [Thu Jun 23 06:56:04 UTC 2022] Error add txt for domain:_acme-challenge.SOMETHING.com'
    )
    expect([f.grammar, f.principal, f.action, f.resource, f.layer]).toEqual([
      'iam-sentence',
      'arn:aws:iam::835336135388:user/hatchboxdns2',
      'route53:ListResourceRecordSets',
      'arn:aws:route53:::hostedzone/Z1OSXVLV0259TW',
      'identity'
    ])
  })

  it.each([
    // A word glued to `User:` that is no stripped code (`PowerUser:`), in prose.
    'The PowerUser: arn:aws:iam::123456789012:user/x is not authorized to access this resource, says the page',
    'NotDeniedUser: arn:aws:iam::123456789012:user/x is not authorized to access this resource'
  ])('silent on the glued subject: %s', (text) => {
    expect(parseText(text).filter((f) => f.grammar === 'iam-access-resource')).toEqual([])
  })
})
