// boto 2's S3 client names itself in its exception: `S3ResponseError: 403 Forbidden` is a 403
// answered by S3 (WD790's target, issue 10 round 9). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service])
}

describe('boto 2’s S3ResponseError 403 is an S3 denial', () => {
  it.each<[string, string]>([
    ['heldout7 h7-001 (Ansible s3 module, mode=put)', corpusText('heldout7.jsonl', 'h7-001')],
    [
      'nprapps/lunchbox#86 (fabric deploy to S3)',
      '`boto.exception.S3ResponseError: S3ResponseError: 403 Forbidden`'
    ],
    [
      'wimleers/fileconveyor#124 (the transporter quoting the error)',
      "`2012-07-16 16:08:01,192 - Arbitrator.Transporter    - ERROR    - The transporter 'S3' has failed while transporting the file '/var/www/www.uhaps.com/sites/default/files/css/cdn_css_http_db398cdf5ac878a29ce3d386e13876c9_admin_menu.css' (action: 1). Error: 'S3ResponseError: 403 Forbidden`"
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['denial', 'http-403-storage-target', 's3']])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: boto 2 against Wasabi, named in the connection',
      "conn = boto.connect_s3(host='s3.wasabisys.com')\nboto.exception.S3ResponseError: S3ResponseError: 403 Forbidden"
    ],
    [
      'own: boto 2’s Google Storage error (another service’s class)',
      'boto.exception.GSResponseError: GSResponseError: 403 Forbidden'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })

  it('keeps the code when S3 sent one in the body (boto/boto#2144: the body is the finding)', () => {
    const text =
      'S3ResponseError: S3ResponseError: 403 Forbidden <?xml version="1.0" encoding="UTF-8"?> <Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>'
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'SignatureDoesNotMatch']
    ])
  })
})
