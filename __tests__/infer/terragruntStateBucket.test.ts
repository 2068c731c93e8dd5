// Issue 17 (heldout11 review, h11-002, h11-003): a bare S3 Access Denied on Terragrunt's own log
// line is Terragrunt checking the remote-state bucket before Terraform runs. Since v0.37 it reads
// the bucket's settings and updates those that differ from remote_state (v0.37.0 release notes):
// the finding names that, the option that stops it (`disable_bucket_update`), and drafts its reads.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

const READS = [
  's3:GetBucketPolicy',
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketVersioning',
  's3:GetEncryptionConfiguration',
  's3:ListBucket'
]
type Statement = { Action?: string | string[]; Resource?: string | string[] }
const actions = (s: Statement[]) => [...new Set(s.flatMap((x) => [x.Action ?? []].flat()))].sort()

describe("Terragrunt's check of its state bucket", () => {
  it.each([
    ['h11-002 (logrus `level=error msg=`)', corpusText('heldout11.jsonl', 'h11-002')],
    ['h11-003 (`terragrunt init`, ERRO)', corpusText('heldout11.jsonl', 'h11-003')],
    [
      // gruntwork-io/terragrunt#2425, as printed (its policy had none of the settings' reads).
      'terragrunt plan on v0.42.3',
      "I'm trying to run terragrunt plan (v0.42.3) and get an issue:\n\n`ERRO[0002] AccessDenied: Access Denied\n        status code: 403, request id: NW1NBVWQ18D51DF1, host id: VU0cZ2hP0soOsxxnCRByZ5Vv8fnPkaShk2cvs6LQ5PN6xndPYwbsmdHXYDXNTETdpY0zRNyi844= \nERRO[0002] Unable to determine underlying exit code, so Terragrunt will exit with error code 1 `"
    ]
  ])('%s: the bucket reads, and disable_bucket_update named', (_, text) => {
    const { findings, statements } = analysed(text)
    const f = findings[0]!
    expect(f.inferred?.stateBackend?.value).toMatch(/Terragrunt/)
    expect(f.explanation).toMatch(/Terragrunt/)
    expect(f.explanation).toContain('disable_bucket_update')
    expect(actions(statements)).toEqual(READS)
    expect(statements.every((s) => s.Resource === 'arn:aws:s3:::<BUCKET_NAME>')).toBe(true)
  })

  it.each([
    [
      // gruntwork-io/terragrunt#1477, as printed: Terraform's backend read the state, not
      // Terragrunt (its log line follows Terraform's own error).
      "Terraform's state read under Terragrunt",
      'Error refreshing state: AccessDenied: Access Denied\n        status code: 403, request id: 54448C00919BBEB4, host id: xXpmDCZDk/GmqQhoyraaQdLIBO1377BmYuV76+2XQ1nt5cBMhz7mWlWtZhhd4pja1KJaacswZBs=\n[terragrunt] 2021/01/02 23:15:43 Hit multiple errors:'
    ],
    [
      // Constructed: another Go tool's logrus line, no Terragrunt anywhere.
      'a logrus line of another tool',
      'time="2024-05-01T10:00:00Z" level=error msg="AccessDenied: Access Denied" controller=backup-sync'
    ]
  ])('%s: no Terragrunt bucket reads', (_, text) => {
    const { findings, statements } = analysed(text)
    expect(findings[0]!.inferred?.stateBackend?.value ?? '').not.toMatch(/Terragrunt/)
    expect(actions(statements)).not.toContain('s3:GetBucketPublicAccessBlock')
  })
})
