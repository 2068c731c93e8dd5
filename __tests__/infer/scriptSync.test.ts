// A sync run by a script or s3cmd (not `aws s3 sync`) beside a bare refusal with S3's own marks:
// the upload's puts and the destination's listing (heldout13 second review, h13-157).
import { scriptSyncOf } from '../../src/infer/scriptSync.js'
import { corpusText } from '../support/corpusRecords.js'
import { logContext } from '../support/logContext.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

describe('a script’s or s3cmd’s sync beside S3’s answer', () => {
  it('heldout13 h13-157 (ACloudGuru/automating-aws-with-python#1): webotron sync → PutObject + ListBucket', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-157') + '\n')
    expect(f.inferred?.action?.value).toBe('s3:PutObject')
    expect(f.explanation).toMatch(/^S3 answered a bare Access Denied/)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual(
      expect.arrayContaining([
        ['s3:ListBucket', 'arn:aws:s3:::foldername'],
        [expect.stringMatching(/s3:PutObject/), expect.stringMatching(/^arn:aws:s3:::/)]
      ])
    )
  })

  it('s3tools/s3cmd#948: s3cmd sync to a bucket prefix, then `S3 error: 403`', () => {
    // The reporter's command and s3cmd's two lines, as printed.
    const ctx = logContext(
      'ERROR: S3 error: 403 (AccessDenied): Access Denied',
      '/opt/s3cmd/s3cmd --acl-private --preserve --storage-class=STANDARD_IA --multipart-chunk-size-mb=256 sync /backup/vm-images/201801/* s3://s3-bucket-name/vm_images/201801/\nINFO: Retrieving list of remote files for s3://s3-bucket/vm_images/201801/somefile.tar.gz ...',
      ''
    )
    expect(scriptSyncOf(ctx)?.dest).toBe('s3://s3-bucket-name/vm_images/201801/')
  })

  it.each([
    [
      // Own: the sync and a refusal, but nothing says S3 answered (a UUID request id).
      'no S3 marks',
      'python3 tool.py sync out/ my-bucket',
      'AccessDeniedException: Access denied\n\tstatus code: 403, request id: 2628044d-c03b-42a0-850a-947b2ff42a59'
    ],
    [
      // Own: the AWS CLI's own sync is s3Transfer's.
      'aws s3 sync',
      'aws s3 sync ./site s3://my-bucket',
      'RequestId: A90F23D7BFA3C7EF Access Denied'
    ],
    [
      // Own: a download (bucket to folder) is another set.
      'a download',
      's3cmd sync s3://my-bucket/data/ ./data/',
      'ERROR: S3 error: 403 (AccessDenied): Access Denied'
    ],
    [
      // Own: rsync to an SSH host beside an S3 refusal of another step.
      'rsync to a host',
      'rsync -av dist/ deploy@host:/var/www',
      'RequestId: A90F23D7BFA3C7EF Access Denied'
    ],
    [
      // Own: a tool's sync to a host path is no bucket.
      'a host path',
      'python3 tool.py sync dist/ deploy@host:/var/www',
      'RequestId: A90F23D7BFA3C7EF Access Denied'
    ]
  ])('own counter-case: %s gives no sync', (_n, before, line) => {
    expect(scriptSyncOf(logContext(line, before, ''))).toBeNull()
  })
})
