// Issue 17, M1: bare S3 refusals in the forms other clients print them (s3cmd, the PHP SDK, Ruby's
// ActiveStorage and uploaders, Pulumi) are S3 findings with S3's cause list and, when the call is
// known, its statement; a recursive transfer's key prefix, not the one key that failed.
import { analysedOne } from './traps/analysed.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

// s3-actions/s3cmd#2 (GitHub Actions step, text as printed).
const S3CMD_ACTION =
  "Run s3cmd info s3://XXX\n  shell: /usr/bin/bash -e {0}\nERROR: Access to bucket 'XXX' was denied\nERROR: S3 error: 403 (AccessDenied): Access Denied\nError: Process completed with exit code 77."
// thaiphan/magento2-s3#91 (PHP SDK through Guzzle).
const MAGENTO_PUT =
  'Error executing "PutObject" on "https://amazon-s3-bucket.s3.ap-southeast-1.amazonaws.com/tmp/catalog/product/s/e/Image.png"; \nAWS HTTP error: Client error: `PUT https://amazon-s3-bucket.s3.ap-southeast-1.amazonaws.com/tmp/catalog/product/s/e/Image.png` resulted in a `403 Forbidden` response: \n<?xml version="1.0" encoding="UTF-8"?> \n<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n<RequestId>T7RZH9 (truncated...) AccessDenied (client): Access Denied - '
// Held-out h024 (UniSharp/laravel-filemanager#896): the first URL's host is masked.
const H024 = `[2020-03-11 21:13:24] production.INFO: exception 'Aws\\S3\\Exception\\S3Exception' with message 'Error executing "PutObject" on "https://xxxxxxx.eu-central-1.amazonaws.com/photos/52/foto_all_for_one.jpg"; AWS HTTP error: Client error: \`PUT https://xxxxxxx.s3.eu-central-1.amazonaws.com/photos/52/foto_all_for_one.jpg\` resulted in a \`403 Forbidden\` response:\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>8D641D (truncated...)\n AccessDenied (client): Access Denied - <?xml version="1.0" encoding="UTF-8"?>`
// Held-out h023 (exercism/website#2394, Bugsnag's rendering of a Rails job).
const H023 =
  '**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**\nAccess Denied\n\n## Stacktrace\n\n    vendor/bundle/ruby/3.1.0/gems/aws-sdk-core-3.126.0/lib/seahorse/client/plugins/raise_response_errors.rb:17 - call'
// Held-out h165 (pulumi/pulumi-yaml#523).
const H165 =
  '  aws:s3:BucketObject (index.html):\n    error: 1 error occurred:\n    \t* Error uploading object to S3 bucket (my-bucket-24e22aa): AccessDenied: Access Denied\n    \tstatus code: 403, request id: NSX6691CZQP7919P, host id: THBSpej0FqbQJHRHycpLRvhexz0G3E6s1mLZwilcCDrCHU/eum4TXmfPyamQmrZEIOyzRmXJyY4='
// Held-out h004 (jakejarvis/s3-sync-action#17): a sync into a prefix, the bucket masked.
const H004 =
  '> upload failed: _site/2019/07/24/ai4eu-the-h2020-initiative-for-a-sovereign-ai-platform-in-europe.html to s3://***/deploy_test/2019/07/24/ai4eu-the-h2020-initiative-for-a-sovereign-ai-platform-in-europe.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
// aws/aws-cli#813: one file copied into a folder; only the file name is shared.
const CLI_813 =
  'upload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied'

describe('bare S3 forms are S3 findings', () => {
  it.each([
    ['s3cmd in an Action (s3-actions/s3cmd#2)', S3CMD_ACTION],
    [
      's3cmd alone (held-out h006)',
      'The error: ERROR: S3 error: 403 (AccessDenied): Access Denied'
    ],
    // heldout10 h10-049 itself (helm-push: ChartMuseum relaying its backend's refusal) drafts the
    // server's set: __tests__/diagnose/traps/serverStorageBackend.test.ts. helm-s3 is the client.
    [
      'Go SDK v1 with its host id masked, from helm-s3 (h10-049 with the client-side plugin)',
      '_Error: 500: AccessDenied: Access Denied\n\tstatus code: 403, request id: <removed-id>, host id: <removed id>\nError: plugin "s3" exited with error_'
    ]
  ])('%s: S3 cause list, no HEAD-only story, no statement without a call', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.service).toBe('s3')
    expect(f.explanation).toMatch(/S3 answered a bare Access Denied/)
    expect(f.explanation).toMatch(/\(1\) the caller's identity policy has no Allow for the call/)
    expect(f.explanation).toMatch(/Block Public Access/)
    expect(f.explanation).not.toMatch(/it does this for HEAD requests/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed/)
  })

  it('PHP SDK PutObject (thaiphan/magento2-s3#91): s3:PutObject on the object the URL names', () => {
    const { f, statements } = analysedOne(MAGENTO_PUT)
    expect(f).toMatchObject({
      service: 's3',
      operation: 'PutObject',
      inferredAction: 's3:PutObject'
    })
    expect(f.explanation).toMatch(/For PutObject the likely causes/)
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::amazon-s3-bucket/tmp/catalog/product/s/e/Image.png'
      })
    ])
  })

  it('PHP SDK with a masked first host (held-out h024): the S3 host beside it names the service', () => {
    const { f, statements } = analysedOne(H024)
    expect(f).toMatchObject({ service: 's3', inferredAction: 's3:PutObject' })
    // Laravel's log prefix names its s3 disk, which sends an ACL with the upload (heldout13 review
    // h13-104): s3:PutObjectAcl beside it.
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      's3:PutObject',
      's3:PutObjectAcl'
    ])
  })

  it('ActiveStorage::PurgeJob (held-out h023): s3:DeleteObject, inferred from the job', () => {
    const { f, statements, notes } = analysedOne(H023)
    expect(f).toMatchObject({ service: 's3', inferredAction: 's3:DeleteObject', action: null })
    expect(f.explanation).toMatch(/For s3:DeleteObject \(inferred from the log\)/)
    // A purge lists the blob's variants too (heldout13 review h13-101): s3:ListBucket beside.
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      's3:DeleteObject',
      's3:ListBucket'
    ])
    expect(notes).toMatch(/inferred from ActiveStorage::PurgeJob/)
  })

  it("Pulumi's object upload (held-out h165): PutObject on the bucket it names, Block Public Access among the causes", () => {
    const { f, statements } = analysedOne(H165)
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(f.explanation).toMatch(/public ACL .* Block Public Access/)
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::my-bucket-24e22aa/*'
      })
    ])
  })

  it('an S3 extended request ID alone makes a bare XML error an S3 one; a short (MinIO) one does not', () => {
    const xml = (hostId: string) =>
      `<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>24D20E9A24DCBE40</RequestId><HostId>${hostId}</HostId></Error>`
    // cloudyr/aws.s3#314 (held-out h091) carries this HostId.
    const real = analysedOne(
      xml('kfBxHvL506mmIkc3M65otN1CoZoWlYk5fiafvthOw/w0M323Fyh/odHbaczBjDPCGGwfOJ5qj6E=')
    )
    expect(real.f.service).toBe('s3')
    expect(analyzeText(xml('3L137')).findings).toEqual([])
    expect(analyzeText(xml('abc123')).findings.map((f) => f.service)).not.toContain('s3')
  })
})

describe('a recursive transfer gets its prefix, not the one key', () => {
  it('held-out h004: the sync into deploy_test/ with the bucket masked', () => {
    const { statements, notes } = analysedOne(H004)
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::<BUCKET_NAME>/deploy_test/*'
      })
    ])
    expect(notes).toMatch(/Replace <BUCKET_NAME> with the bucket name/)
  })

  it('own: the bucket shown, a Windows path, the transfer into the bucket root', () => {
    const { statements } = analysedOne(
      'upload failed: public\\img\\a\\logo.png to s3://site-bucket/img/a/logo.png An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(statements[0]).toMatchObject({ Resource: 'arn:aws:s3:::site-bucket/*' })
  })

  it('a single file (aws/aws-cli#813) keeps its exact key', () => {
    const { statements } = analysedOne(CLI_813)
    expect(statements[0]).toMatchObject({ Resource: 'arn:aws:s3:::mybucket/foo/bar/baz' })
  })
})

// heldout18 review: a HEAD's bodiless 403 hides a signing failure too (h18-117, a Hugging Face
// Space's boto3 download), and a bucket-configuration read has its own causes (h18-052, an audit
// tool's GetBucketAcl).
describe('bare S3 answers the review found under-explained', () => {
  it('h18-117 (HeadObject 403 in a Space): credentials are named as a cause of the same status', () => {
    const { f } = analysedOne(corpusText('heldout18.jsonl', 'h18-117'))
    expect(f.operation).toBe('HeadObject')
    expect(f.explanation).toMatch(/A HEAD answer has no body, so a wrong secret key/)
    expect(f.explanation).toMatch(/aws sts get-caller-identity/)
  })

  it.each([
    [
      'own: HeadBucket with a bodiless Forbidden',
      'botocore.exceptions.ClientError: An error occurred (403) when calling the HeadBucket operation: Forbidden'
    ]
  ])('%s: the bodiless note', (_n, text) => {
    expect(analysedOne(text).f.explanation).toMatch(/A HEAD answer has no body/)
  })

  it('own counter-case: a GET answered with its code has a body that would name a bad key', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.explanation).toMatch(/For GetObject the likely causes/)
    expect(f.explanation).not.toMatch(/A HEAD answer has no body/)
  })

  it('h18-052 (GetBucketAcl by an audit tool): identity, then a bucket-policy Deny, then another account', () => {
    const { f } = analysedOne(corpusText('heldout18.jsonl', 'h18-052'))
    expect(f.explanation).toMatch(
      /For GetBucketAcl the likely causes, most likely first: \(1\) the caller's identity policy has no Allow for s3:GetBucketAcl; \(2\) a Deny in the bucket policy/
    )
    expect(f.explanation).toMatch(/\(3\) the bucket belongs to another account/)
    expect(f.explanation).toMatch(/--action-names s3:GetBucketAcl/)
  })

  it('own: another configuration read names its own action', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetBucketEncryption operation: Access Denied'
    )
    expect(f.explanation).toMatch(/has no Allow for s3:GetEncryptionConfiguration/)
  })
})
