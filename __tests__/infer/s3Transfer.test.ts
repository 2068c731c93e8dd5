// Issue 17 (heldout11 review, h11-022): `aws s3 sync` and `aws s3 cp --recursive` between a folder
// and a bucket are several calls; a draft with only the refused one fails at the next. The
// direction on the command line decides which: an upload lists and puts (and deletes with
// --delete), a download lists and gets (its --delete removes local files only).
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

type Statement = { Action?: string | string[]; Resource?: string | string[] }
/** `action resource` pairs of every statement, sorted. */
const grants = (s: Statement[]) =>
  s
    .flatMap((x) =>
      [x.Action ?? []].flat().flatMap((a) => [x.Resource ?? []].flat().map((r) => `${a} ${r}`))
    )
    .sort()

describe('a sync or recursive copy between a folder and a bucket', () => {
  it('an upload sync refused its listing: the puts go beside it', () => {
    // Constructed after aws-actions/configure-aws-credentials#698: its step's command and error,
    // in a runner log's order.
    const text =
      '##[group]Run aws s3 sync ./out s3://example.com\n\u001b[36;1maws s3 sync ./out s3://example.com\u001b[0m\n##[endgroup]\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    expect(grants(analysed(text).statements)).toEqual([
      's3:ListBucket arn:aws:s3:::example.com',
      's3:PutObject arn:aws:s3:::example.com/*'
    ])
  })

  it('a download sync refused its listing: the gets go beside it, no put', () => {
    // allada/bsc-archive-snapshot#34, as printed (a flag with its value before the source).
    const text =
      ' aws s3 sync --request-payer requester s3://public-blockchain-snapshots/bsc/erigon-snapshots-folder-latest/ /erigon/data/bsc/snapshots/\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    expect(grants(analysed(text).statements)).toEqual([
      's3:GetObject arn:aws:s3:::public-blockchain-snapshots/bsc/erigon-snapshots-folder-latest/*',
      's3:ListBucket arn:aws:s3:::public-blockchain-snapshots'
    ])
  })

  it('an upload with --delete refused a put: the listing and the deletes on the prefix', () => {
    // Constructed: the usual static-site deploy step, traced by `set -x`.
    const text =
      '+ aws s3 sync ./public s3://my-site-prod/app --delete --acl public-read\nupload failed: public/index.html to s3://my-site-prod/app/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    const g = grants(analysed(text).statements)
    expect(g).toContain('s3:ListBucket arn:aws:s3:::my-site-prod')
    expect(g).toContain('s3:DeleteObject arn:aws:s3:::my-site-prod/app/*')
    expect(g.filter((x) => x.startsWith('s3:PutObject '))).toHaveLength(1)
  })

  it('a bucket masked by the runner: the same set, on placeholders', () => {
    // Constructed after jakejarvis/s3-sync-action#17 (its bucket a masked secret, --delete on).
    const text =
      '##[group]Run aws s3 sync ./public s3://*** --delete\nupload failed: public/index.html to s3://***/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    // The sync's target is the bucket's root (`s3://***`): every key, under the masked name.
    expect(grants(analysed(text).statements)).toEqual([
      's3:DeleteObject arn:aws:s3:::<BUCKET_NAME>/*',
      's3:ListBucket arn:aws:s3:::<BUCKET_NAME>',
      's3:PutObject arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'
    ])
  })

  it("a flag between s3 and the verb (the CLI's global options go anywhere)", () => {
    // Constructed: `--region` before `sync`.
    const text =
      '+ aws s3 --region eu-west-1 sync ./site s3://my-site-prod\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    expect(grants(analysed(text).statements)).toEqual([
      's3:ListBucket arn:aws:s3:::my-site-prod',
      's3:PutObject arn:aws:s3:::my-site-prod/*'
    ])
  })

  it('a recursive download copy lists and gets', () => {
    // Constructed: the listing refused before the first key.
    const text =
      '+ aws s3 cp s3://build-cache/deps/ ./deps --recursive\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    expect(grants(analysed(text).statements)).toEqual([
      's3:GetObject arn:aws:s3:::build-cache/deps/*',
      's3:ListBucket arn:aws:s3:::build-cache'
    ])
  })

  it.each([
    [
      // Constructed: a download's --delete removes local files, never S3 keys.
      'a download sync with --delete',
      '+ aws s3 sync s3://models-bucket/v2 ./models --delete\ndownload failed: s3://models-bucket/v2/a.bin to models/a.bin An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      /^s3:(?:DeleteObject|PutObject) /
    ],
    [
      // Constructed: one file, no listing.
      'a single-file upload',
      '+ aws s3 cp ./a.txt s3://plain-bucket/a.txt\nupload failed: ./a.txt to s3://plain-bucket/a.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      /^s3:ListBucket /
    ],
    [
      // Constructed: a listing is no sync.
      'aws s3 ls',
      '+ aws s3 ls s3://example-bucket/logs/\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
      /^s3:(?:PutObject|GetObject) /
    ],
    [
      // Constructed: the refusal names another bucket than the sync's.
      "a refusal of another bucket than the command's",
      '+ aws s3 sync ./out s3://site-bucket\nAn error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::config-bucket/app.json" because no identity-based policy allows the s3:GetObject action',
      /site-bucket/
    ],
    [
      // heldout8 h8-079, chanzuckerberg/cryoet-data-portal#1854: anonymous, no policy of the
      // caller is consulted.
      'an unsigned sync (--no-sign-request)',
      corpusText('heldout8.jsonl', 'h8-079'),
      /^s3:GetObject /
    ]
  ])('%s: nothing drafted beyond what it does', (_, text, absent) => {
    expect(grants(analysed(text).statements).filter((g) => absent.test(g))).toEqual([])
  })
})
