// SignatureDoesNotMatch whose text shows the signer at fault (heldout8 review, h8-053/054/057): the
// client's signing leads, not "check the key pair".
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'signature-client-signer'
const KEY_PAIR_FIRST = /^The secret access key does not match the access key ID/

// aws/aws-cli#112: a dotted bucket name, and the same configuration working for other calls.
const AWS_CLI_112 = `aws-cli$ aws s3 put-bucket-website --bucket xx.yy.zz  --website-configuration '{"index_document":{"suffix":"index.html"}}'
{
    "HostId": "zuiHgRsIUPXQFctKtuGE82Xcu173vPt9RS6nHms7ll8wcSNvQVG/o8KNU0azyXYZ",
    "ResponseMetadata": {}, 
    "StringToSign": "PUT\\n\\napplication/x-www-form-urlencoded\\nWed, 08 May 2013 07:35:35 GMT\\n/xx.yy.zz?website", 
    "StringToSignBytes": "50 55 54 0a 0a 61 70 ..... 65", 
    "Code": "SignatureDoesNotMatch", 
    "RequestId": "97D56AC625C13C2E", 
    "AWSAccessKeyId": "XXXXXXXXXXXXXXXXXX", 
    "Message": "The request signature we calculated does not match the signature you provided. Check your key and signing method.", 
    "SignatureProvided": "jy8BTjAhu39UcyoXz51FTqXXXX="
}A client error (Unknown) occurred: Unknown

I double checked key (which is in a configuration file), it does match. Create/delete buckets with the same configuration file has no problem.`

// amazon-archives/aws-sdk-core-ruby#19: a bucket with periods, given as the call's parameter.
const RUBY_CORE_19 = `If you try operations on an s3 bucket with periods in the bucket name it will fail with Aws::S3::Errors::SignatureDoesNotMatch.

Name: get_bucket_acl
Params: {:bucket=>"some.bucket.with.periods"}
Send options: {}
Rescuing: The request signature we calculated does not match the signature you provided. Check your key and signing method.`

describe(TRAP, () => {
  it.each([
    [
      'h8-053 (qoobaa/s3#11: some buckets fail)',
      corpusText('heldout8.jsonl', 'h8-053'),
      'works-elsewhere'
    ],
    [
      'h8-054 (AFAmazonS3Manager#16: the iOS SDK works)',
      corpusText('heldout8.jsonl', 'h8-054'),
      'works-elsewhere'
    ],
    [
      'h8-057 (backup/backup#57)',
      corpusText('heldout8.jsonl', 'h8-057'),
      'hostname-as-bucket mybucket.s3.amazonaws.com'
    ],
    [
      "aws/aws-cli#112 (its StringToSign is out of the message line's reach)",
      AWS_CLI_112,
      'works-elsewhere'
    ],
    [
      'amazon-archives/aws-sdk-core-ruby#19',
      RUBY_CORE_19,
      'bucket-name-shape some.bucket.with.periods'
    ]
  ])('leads with the client signer, not the key pair (%s)', (_source, text, value) => {
    const { f } = analysedOne(text)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['signer-evidence']?.value).toBe(value)
    expect(f.explanation).not.toMatch(KEY_PAIR_FIRST)
    expect(f.explanation).toContain(
      'Signature Version 2 client against a Region that accepts only SigV4'
    )
    expect(f.explanation).toContain('Suspect the key pair only if none of these fits.')
  })

  it('names the hostname configured as the bucket (h8-057)', () => {
    const { f } = analysedOne(corpusText('heldout8.jsonl', 'h8-057'))
    expect(f.explanation).toMatch(
      /^The StringToSign AWS sent back signs the resource `\/mybucket\.s3\.amazonaws\.com\/`/
    )
    expect(f.explanation).toContain('Configure the bucket as its bare name')
  })

  it("h8-053: the gem's exception class S3::Error:: names S3", () => {
    const { f } = analysedOne(corpusText('heldout8.jsonl', 'h8-053'))
    expect(f.service).toBe('s3')
    expect(f.code).toBe('SignatureDoesNotMatch')
  })

  it.each([
    [
      'h8-055 (aws-sdk-ruby#425: the bare code and message)',
      corpusText('heldout8.jsonl', 'h8-055')
    ],
    [
      'own: the other tools fail too',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.\nThe AWS CLI does not work either, and the SDK is not working with these keys.'
    ],
    [
      'own: none of the buckets',
      'None of the buckets work: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    ],
    [
      'own: a plain bucket in the StringToSign',
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><StringToSign>GET\\n\\n\\nTue, 23 Nov 2010 18:30:41 +0000\\n/my-bucket/report.csv</StringToSign></Error>'
    ]
  ])('no signer evidence, the key-pair advice stays (%s)', (_source, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).toMatch(KEY_PAIR_FIRST)
  })
})

// heldout129 review h129-070: a browser PUT on a presigned URL whose Signature lost a `+`.
describe('signature-client-signer: presigned URLs', () => {
  it('h129-070: the received signature has a space, a `+` read as a space, so encoding leads', () => {
    const { f, statements } = analysedOne(corpusText('heldout129.jsonl', 'h129-070'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The signature S3 received has a space in it/)
    expect(f.explanation).toContain('`+` must travel as `%2B`')
    expect(statements).toEqual([])
  })

  it("own: a presigned URL's StringToSign (expiry on the date line) compares the request's headers", () => {
    const { f } = analysedOne(
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><SignatureProvided>kZ3n4mQ/abc=</SignatureProvided><StringToSign>PUT\n\ntext/plain\n1700000000\n/uploads/a.txt</StringToSign></Error>'
    )
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(
      /^The StringToSign AWS sent back is a presigned URL's \(its date line is the expiry, `1700000000`/
    )
    expect(f.explanation).toContain('a `Content-Type` header equal to its Content-Type line')
  })

  it('counter-case (own): a header-signed StringToSign with a date keeps the key-pair advice', () => {
    const { f } = analysedOne(
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><SignatureProvided>kZ3n4mQ/abc=</SignatureProvided><StringToSign>PUT\n\ntext/plain\nTue, 23 Nov 2010 18:30:41 +0000\n/uploads/a.txt</StringToSign></Error>'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).toMatch(KEY_PAIR_FIRST)
  })
})
