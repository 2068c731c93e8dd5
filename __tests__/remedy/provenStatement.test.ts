// A trap's guess never replaces the statement the message proves (issue 17, heldout7 review h7-004):
// when the message prints the refused action and its resource, that Allow comes first and the
// trap's own need (s3:ListBucket for a possibly missing key) follows as a labelled Optional one.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const TRAP = 's3-missing-object-without-listbucket'

const PROVEN: [string, string, string, string][] = [
  [
    // heldout7 h7-004 (a Japanese article quoting the old-format message, no reason clause)
    'h7-004',
    corpusText('heldout7.jsonl', 'h7-004'),
    'arn:aws:s3:::mybucket/mykey',
    'arn:aws:s3:::mybucket'
  ],
  [
    // github-file:find_string#415256875 (a project's incident note quoting the S3 refusal)
    'incident note',
    '"User: arn:aws:iam::440740774281:user/sselfie-s3-user is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::sselfie-training-zips/user-45292112/training-image-X"',
    'arn:aws:s3:::sselfie-training-zips/user-45292112/training-image-X',
    'arn:aws:s3:::sselfie-training-zips'
  ]
]

describe('a statement the message proves stays first', () => {
  it.each(PROVEN)(
    '%s: GetObject on the object, then the Optional ListBucket',
    (_, text, object, bucket) => {
      const { f, statements, notes } = analysedOne(text)
      expect(f.traps).toContain(TRAP)
      expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
        ['s3:GetObject', object],
        ['s3:ListBucket', bucket]
      ])
      expect(statements[1]!.Sid).toMatch(/^AllowOptional/)
      expect(statements[0]!.Sid).not.toMatch(/Optional/)
      expect(notes).toMatch(/The Optional statement \(s3:ListBucket on the bucket\)/)
      expect(notes).not.toMatch(/GetObject is not widened/)
    }
  )

  it('a bare 403 on a download of one named object: its read first, the listing Optional', () => {
    // Same shape as corpus d064 (aws/aws-cli#2041): only the operation is printed. The job names
    // the one key it downloads, so it expects it to exist (heldout28 review h28-036 called a
    // listing first over-broad); the note still says to check the key, which the listing shows.
    const { statements, notes } = analysedOne(
      '$ aws s3 cp s3://my-bucket/my-not-existing-key /tmp\nA client error (403) occurred when calling the HeadObject operation: Forbidden'
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::my-bucket/my-not-existing-key'],
      ['s3:ListBucket', 'arn:aws:s3:::my-bucket']
    ])
    expect(statements[0]!.Sid).not.toMatch(/Optional/)
    expect(statements[1]!.Sid).toMatch(/^AllowOptional/)
    expect(notes).toMatch(/Check the key is there first: without s3:ListBucket on the bucket/)
  })

  it('counter-case: a bare 403 of a request the log names no download for keeps ListBucket first', () => {
    const { statements, notes } = analysedOne(
      'HEAD https://my-bucket.s3.amazonaws.com/cache/abc\nA client error (403) occurred when calling the HeadObject operation: Forbidden'
    )
    expect(statements[0]!.Action).toBe('s3:ListBucket')
    expect(notes).toMatch(/The s3:ListBucket statement \(on the bucket\) comes first/)
  })

  // heldout8 h8-048 (runs-on/runs-on#69): buildx's S3 cache probes keys with HeadObject, and
  // the log shows neither bucket nor key: ListBucket on the placeholder bucket still comes first.
  it('h8-048: a bare HeadObject 403 with no bucket in the log still leads with ListBucket', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout8.jsonl', 'h8-048'))
    expect(f.traps).toContain(TRAP)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::<BUCKET_NAME>'],
      ['s3:GetObject', 'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*']
    ])
    expect(statements[1]!.Sid).toMatch(/^AllowOptional/)
    expect(notes).toMatch(/a cache miss/)
  })

  // Source: jschneier/django-storages#1104 (its title, as printed): a storage backend probing
  // for a key with HeadObject, no bucket shown; the thread explains the 403 as the missing key.
  it('django-storages#1104: a HeadObject probe leads with ListBucket, the read Optional', () => {
    const { statements } = analysedOne(
      'S3: An error occurred (403) when calling the HeadObject operation: Forbidden'
    )
    expect(statements.map((s) => s.Action)).toEqual(['s3:ListBucket', 's3:GetObject'])
    expect(statements[1]!.Sid).toMatch(/^AllowOptional/)
  })

  it('counter-case: an action without a resource is not proven, and nothing is Optional', () => {
    // heldout6 h6-047's shape: the action is printed, the object is not.
    const { statements } = analysedOne(
      'AccessDeniedException: User is not authorized to perform s3:GetObject'
    )
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Sid).not.toMatch(/Optional/)
  })
})
