// heldout36's expert review (issue 17, session 34): classes it found wrong that this round fixed,
// from their real excerpts, with counter-cases of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h36 = (id: string) => corpusText('heldout36.jsonl', id)

describe('an object named per run above the refusal', () => {
  it('h36-005 (rancher/rke2#8119): the snapshot’s stamped name is no folder: its folder’s objects', () => {
    const { statements } = analysedOne(h36('h36-005'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::etcd-backups-dev-euc1-te-test06/etcd/*'
      })
    ])
  })

  it('own: a remote folder with no stamp stays that folder', () => {
    const { statements } = analysedOne(
      'level=info msg="Uploading snapshot to s3://backups-bucket/etcd/nightly"\nlevel=warning msg="Failed to upload snapshot metadata to S3: Access Denied"'
    )
    expect(statements[0]!.Resource).toBe('arn:aws:s3:::backups-bucket/etcd/nightly/*')
  })
})

describe("a tool's copy line naming both objects", () => {
  it('h36-004 (Altinity/clickhouse-backup#1025): `CopyObject SRC -> DST`: the source read beside the destination write', () => {
    const { statements, notes } = analysedOne(h36('h36-004'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::data2/ftx/jovjgrbdopnfqtkvwcgomhssdxifi'
      }),
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::my-bucket/backups/*'
      })
    ])
    expect(notes).toContain('the copy reads its source')
  })
})

describe('credentials causes worded for what the log shows', () => {
  it('h36-013 (celery/kombu#1937): an expired signature is the clock or a request held after signing', () => {
    const { f } = analysedOne(h36('h36-013'))
    expect(f.explanation).toContain('the request was signed long before it was sent')
    expect(f.explanation).toContain("Compare the log's own time")
  })

  it('h36-007 (greenplum-db/gpbackup#433): SignatureDoesNotMatch is no missing or expired key', () => {
    const { notes } = analysedOne(h36('h36-007'))
    expect(notes).toContain('the request’s signature is not the one AWS computed')
    expect(notes).not.toContain('missing, expired, invalid or of the wrong type')
  })
})

describe("a command's bucket option above a bare 403 (heldout37 review)", () => {
  it('h37-020 (argoproj/argo-workflows#387): `--cluster-bucket applatixtest3` names the HeadBucket’s bucket', () => {
    const { statements } = analysedOne(corpusText('heldout37.jsonl', 'h37-020'))
    expect(statements).toEqual([
      expect.objectContaining({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::applatixtest3' })
    ])
  })
})
