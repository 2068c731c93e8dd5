// WD924: writes work, reads or listings refused with the same credentials. heldout12 review
// h12-096 (wal-e/wal-e#385): WAL-E pushes backups, yet backup-list and backup-fetch are refused; the
// policy is write-only, and nothing was drafted.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// aws-amplify/amplify-js#997, the description as printed (Amplify Storage's list refused).
const AMPLIFY_997 = `cannot list the object in s3 bucket private level but can upload file to bucket.
this is error message

\`<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>B2074181219831D6</RequestId><HostId>mJR/44QoRcUm6ZE0gW4WfMj01tQbS2wXQ4+BzTCeQgDs7siv81OhfCpVpPfXoUAPNZtluk0PouA=</HostId></Error>\``

const grants = (statements: { Action?: string | string[]; Resource?: string | string[] }[]) =>
  Object.fromEntries(
    statements.flatMap((s) => [s.Action ?? []].flat().map((a) => [a, [s.Resource ?? []].flat()]))
  )

describe('s3-write-only-policy', () => {
  it('h12-096: push works, backup-list and backup-fetch refused: s3:ListBucket on the bucket, s3:GetObject', () => {
    const { f, statements } = analysedOne(corpusText('heldout12.jsonl', 'h12-096'))
    expect(f.traps).toContain('s3-write-only-policy')
    expect(f.explanation).toMatch(
      /^The log says writes to the bucket work .*: the policy is write-only/
    )
    expect(grants(statements)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::<BUCKET_NAME>'],
      's3:GetObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*']
    })
  })

  it("amplify-js#997: the list refused, the upload working: signed, not a browser's anonymous read", () => {
    const { f, statements } = analysedOne(AMPLIFY_997)
    expect(f.traps).toContain('s3-write-only-policy')
    expect(f.traps).not.toContain('unsigned-request-refused')
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(Object.keys(grants(statements)).sort()).toEqual(['s3:GetObject', 's3:ListBucket'])
  })

  it.each([
    // counter-cases: an upload that does not work, a write refused, no write named at all
    [
      'unable to upload',
      corpusText('heldout12.jsonl', 'h12-096').replace(
        'whereas I am able to push backup',
        'whereas I am unable to push backup'
      )
    ],
    [
      'not able to upload',
      corpusText('heldout12.jsonl', 'h12-096').replace('I am able to push', 'I am not able to push')
    ],
    [
      'the write itself refused, the read fine',
      'I can upload from the console but the CLI push fails.\n\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      'a refused write, whatever the words say of listing',
      'I can upload small files and list the bucket, but this one fails.\n\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      'no write named',
      corpusText('heldout12.jsonl', 'h12-096').replace(
        ', whereas I am able to push backup using same credentials',
        ''
      )
    ]
  ])('%s: no write-only trap', (_n, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain('s3-write-only-policy')
  })
})
