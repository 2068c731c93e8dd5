// What a signature-mismatch text shows about the client's signer (src/infer/signerEvidence.ts).
import { signerEvidenceIn } from '../../src/infer/signerEvidence.js'

// erlcloud/erlcloud#192 (its StringToSign, as S3 returned it): ListBuckets signed with the endpoint
// host as the resource.
const ERLCLOUD_192 =
  '<StringToSign>GET\\n\\n\\nWed, 29 Jul 2015 15:46:05 GMT\\n/s3.us-west-2.amazonaws.com/</StringToSign>'

// Automattic/knox#44: S3's answer, its lines real; the bucket lower-cased by S3.
const KNOX_44 = `<Error><Code>SignatureDoesNotMatch</Code> [...]
<StringToSign>GET


Tue, 01 Nov 2011 06:51:56 GMT
/testuppercase/pic.jpg</StringToSign> [...]`

describe('signerEvidenceIn', () => {
  it.each([
    ['erlcloud/erlcloud#192', ERLCLOUD_192, 'hostname-as-bucket', 's3.us-west-2.amazonaws.com'],
    // The same line as it reaches inference: lines joined by spaces.
    [
      'erlcloud/erlcloud#192, joined',
      '<StringToSign>GET   Wed, 29 Jul 2015 15:46:05 GMT /s3.us-west-2.amazonaws.com/</StringToSign>',
      'hostname-as-bucket',
      's3.us-west-2.amazonaws.com'
    ],
    [
      'own: a JSON dump with a dotted bucket',
      '"StringToSign": "GET\\n\\n\\nWed, 08 May 2013 07:35:35 GMT\\n/media.example.com/logo.png",',
      'bucket-name-shape',
      'media.example.com'
    ],
    [
      'own: an s3:// URL with a capital letter',
      'aws s3 cp a.txt s3://MyBucket/a.txt',
      'bucket-name-shape',
      'MyBucket'
    ],
    [
      'own: a hostname given as the bucket',
      "bucket: 'assets.s3.eu-west-1.amazonaws.com'",
      'hostname-as-bucket',
      'assets.s3.eu-west-1.amazonaws.com'
    ]
  ])('%s', (_source, text, kind, name) => {
    expect(signerEvidenceIn(text)).toMatchObject({ kind, name })
  })

  it.each([
    ['Automattic/knox#44 (a plain lower-case bucket in the answer)', KNOX_44],
    ['own: the CLI fails too', 'The aws cli is not working either with these keys.'],
    ['own: "some" without buckets', 'For some reason the upload fails.'],
    ['own: no bucket is fine', 'None of the buckets work.'],
    [
      'own: an S3 host in a URL, not a StringToSign',
      'PUT https://s3.amazonaws.com/my-bucket/key failed'
    ]
  ])('nothing: %s', (_source, text) => {
    expect(signerEvidenceIn(text)).toBeNull()
  })

  it.each([
    ['qoobaa/s3#11 (h8-053)', 'Some of the buckets I try to access on my account are giving me:'],
    [
      'AFAmazonS3Manager#16 (h8-054)',
      "I tried aws iOS sdk, it works well, but it's too large for me..."
    ],
    ['aws/aws-cli#112', 'Create/delete buckets with the same configuration file has no problem.'],
    ['own', 'It works fine with the AWS CLI on the same machine.']
  ])('the same keys work elsewhere: %s', (_source, text) => {
    expect(signerEvidenceIn(text)?.kind).toBe('works-elsewhere')
  })

  it.each([
    // heldout13 h13-016 (aws/aws-tools-for-powershell#363): the script's own prose after "Bucket :".
    [
      'h13-016',
      'There was problem writing to the S3 Bucket : The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    ],
    // thanos-io/thanos#5929 (heldout7 h7-080): "iter bucket: Access Denied".
    [
      'thanos-io/thanos#5929',
      'r="bucket store initial sync: sync block: BaseFetcher: iter bucket: Access Denied"'
    ],
    // Our own variant: an upper-case word.
    ['own: upper case', 'Unable to connect to s3 bucket: ACCESS DENIED']
  ])('a sentence word after "bucket:" is no bucket name (%s)', (_source, text) => {
    expect(signerEvidenceIn(text)).toBeNull()
  })

  it.each([
    ['own: YAML with a dotted name', 'bucket: Media.Example.com', 'Media.Example.com'],
    ['own: CamelCase name', 'Bucket: MyBackups', 'MyBackups'],
    // ansible/ansible-modules-core#2508 (heldout7 h7-001): a key=value option, another key after it.
    [
      'ansible key=value',
      'bucket=Sys.Backups object=/svc-data-backups/s3testfile.txt',
      'Sys.Backups'
    ]
  ])('a bucket given as a value still counts (%s)', (_source, text, name) => {
    expect(signerEvidenceIn(text)).toMatchObject({ kind: 'bucket-name-shape', name })
  })
})
