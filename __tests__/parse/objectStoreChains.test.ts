// S3's `Access Denied` as minio-go relays it at the end of a Go error chain (WD801, issue 10 round
// 9): Thanos, Velero/Kopia and Argo Workflows print the same client error. Sources in the titles;
// `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.code])
}

const DENIAL = [['denial', 'go-chain-access-denied', null]]

describe('a Go error chain ending in S3’s Access Denied is a denial', () => {
  it.each<[string, string]>([
    [
      'velero-io/velero#6431 (Velero Kopia, the backup’s error field)',
      '  Velero:    name: /pod-name error: /failed to wait BackupRepository: backup repository is not ready: error to init backup repo: error to connect to storage: unable to determine if bucket "bucket_name" exists: Access Denied.'
    ],
    ['heldout7 h7-049 (Velero Kopia, JSON log)', corpusText('heldout7.jsonl', 'h7-049')],
    ['heldout7 h7-079 (Thanos store)', corpusText('heldout7.jsonl', 'h7-079')],
    ['heldout7 h7-080 (Thanos on EKS)', corpusText('heldout7.jsonl', 'h7-080')],
    ['heldout7 h7-097 (Argo step table cell)', corpusText('heldout7.jsonl', 'h7-097')],
    ['heldout7 h7-100 (Argo controller log)', corpusText('heldout7.jsonl', 'h7-100')],
    // restic names minio-go's calls in upper case (issue 17, heldout8 review class 5).
    [
      'restic/restic#1593 (restic init: `client.BucketExists`)',
      'create backend at s3:s3.amazonaws.com/foo-backups/restic failed: client.BucketExists: Access Denied.'
    ],
    [
      'heldout8 h8-158 (restic init, the chain quoted with `\\n` escapes)',
      corpusText('heldout8.jsonl', 'h8-158')
    ],
    [
      'heldout8 h8-160 (Velero status: `Stat: Access Denied.`)',
      corpusText('heldout8.jsonl', 'h8-160')
    ],
    [
      'heldout8 h8-161 (Velero logfmt: `Stat: Access Denied.\\n`)',
      corpusText('heldout8.jsonl', 'h8-161')
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).slice(0, 1)).toEqual(DENIAL)
  })

  it('is one finding per line, however many lines repeat it (h7-079 prints three)', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-079'))
    expect(found).toHaveLength(1)
    expect(found[0]!.occurrences).toBe(3)
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: the same Thanos line against a MinIO endpoint named in the log',
      'level=info msg="loading bucket configuration" endpoint=minio.monitoring.svc:9000\nlevel=error caller=shipper.go:165 msg="shipping failed" err="check exists: stat s3 object: Access Denied."'
    ],
    [
      'minio/minio#16862 (restic in Velero against MinIO: `Stat:` is upper case, MinIO named)',
      'time="2023-03-21T05:33:41Z" level=error msg="Error backing up item" backup=velero/nginx-backup error="pod volume backup failed: error creating uploader: failed to connect repository: error running command=restic snapshots --repo=s3:http://192.168.229.159:30612/velero/minio/restic/nginx-example --password-file=/tmp/credentials/velero/velero-repo-credentials-repository-password --cache-dir=/scratch/.cache/restic --latest=1, stdout=, stderr=Fatal: unable to open config file: Stat: Access Denied.\\nIs there a repository at the following location?\\ns3:http://192.168.229.159:30612/velero/minio/restic/nginx-example\\n: exit status 1"'
    ],
    [
      'own: GCS through the same client says `Access denied.` (lower-case d)',
      'level=error msg="shipping failed" err="check exists: stat gcs object: Access denied."'
    ],
    [
      'own: Go on Windows refusing a file',
      'Error: open C:\\data\\backup\\file.txt: Access is denied.'
    ],
    ['own: an ssh chain (no object store named)', 'err="ssh: handshake failed: Access Denied"'],
    [
      'own: a Maven wagon reason phrase (an upper-case label, not a Go context)',
      'Failed to transfer file https://repo.example.com/x.jar. Return code is: 403, ReasonPhrase: Access Denied.'
    ],
    [
      'own: an upper-case word before the words is a code or a label, not a call (`Fatal: Access Denied.`)',
      'stderr=Fatal: Access Denied.'
    ],
    [
      'own: prose that goes on after the words',
      'the upload file step said: Access Denied when the bucket was private, so we changed it'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })
})

it('counter-case: code building an exception around the words is no chain (heldout4 h4-099)', () => {
  expect(fields(corpusText('heldout4.jsonl', 'h4-099'))).toEqual([])
})

it('counter-case: an error code in the call’s place is the code grammar’s, not a Go call (own)', () => {
  expect(fields('upload to s3: AccessDenied: Access Denied')).toEqual([
    ['denial', 'bare-code', 'AccessDenied']
  ])
})
