// The expert review of heldout124–127 on the session's start build (docs/reviews/2026-12-06-heldout124.md):
// the fixes not covered by a trap's own test file.
import { analyzeText } from '../../src/engine/Analysis.js'
import { kubernetesIntegrationIn } from '../../src/catalog/kubernetesIntegrations.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

describe('a release file is no running component', () => {
  it("h125-008 (an image build's curl of AWS's own bucket): an unsigned download, not the EBS CSI driver", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-008')).findings
    expect(f!.traps).toEqual(['s3-third-party-download'])
    expect(f!.inferred?.kubernetesIntegration).toBeUndefined()
    expect(f!.explanation).toContain('ebs-csi-driver-v1.78.0.tar')
  })

  it.each([
    ['CSI_DRIVER_FILENAME=ebs-csi-driver-v1.78.0.tar', null],
    ['curl -o x https://s3.amazonaws.com/b/ebs-csi-driver.tar.gz', null],
    [
      'E1201 controller.go:920] ebs-csi-controller: could not create volume in EC2: UnauthorizedOperation',
      'ebs-csi-driver'
    ],
    ['Image: public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.20.0', 'ebs-csi-driver']
  ])('%s → %s', (text, id) => {
    expect(kubernetesIntegrationIn(text)?.integration.id ?? null).toBe(id)
  })
})

describe('causes the log states', () => {
  it("h124-123 (Ansible's get_url from another project's bucket): an unsigned download", () => {
    const [f] = analyzeText(corpusText('heldout124.jsonl', 'h124-123')).findings
    expect(f!.traps).toContain('s3-third-party-download')
  })

  it("h125-078 (Fluent Bit): its STS provider's failure above is an assume-role failure, not missing keys", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-078')).findings
    expect(f!.detail.cause).toBe('assume-role-failed')
    expect(f!.explanation).not.toMatch(/Terraform's message/)
  })

  it("h125-020 (an AWS Academy lab): `voc-cancel-cred` is the lab's revocation of ended sessions", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-020')).findings
    expect(f!.explanation).toContain('Start the lab again')
  })
})

describe('one error once', () => {
  it("h126-001 (the PHP SDK's HeadObject 403): the SDK's own line under Guzzle's is the same error", () => {
    const findings = analyzeText(corpusText('heldout126.jsonl', 'h126-001')).findings
    expect(findings.map((f) => [f.line, f.grammar])).toEqual([[1, 'php-sdk-http-403']])
    expect(findings[0]!.inferred?.resource?.value).toBe('arn:aws:s3:::my-bucket/image.jpeg')
  })
})

describe("a secret's suffix masked by hand", () => {
  const sentence = (arn: string) =>
    `User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: secretsmanager:GetSecretValue on resource: ${arn} because no identity-based policy allows the secretsmanager:GetSecretValue action`

  it('h125-049 (a Fargate stop reason, `…-VWXYZ`): the mask becomes `-??????`, nothing appended after it', () => {
    const { statements } = analysed(corpusText('heldout125.jsonl', 'h125-049'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:secretsmanager:ap-northeast-2:<ACCOUNT_ID>:secret:rds!cluster-12345667890-abcd-erfg-hijk-lmnopqrstu-??????'
    ])
  })

  it.each([
    ['db-ABCDEFG', 'db-??????'],
    ['db-abcdef', 'db-??????'],
    // Real suffixes and names stay as printed or get the suffix appended.
    ['db-4QC7nT', 'db-4QC7nT'],
    ['db-creds', 'db-creds-??????'],
    ['app-xyz', 'app-xyz-??????']
  ])('own: %s → %s', (name, want) => {
    const { statements } = analysed(
      sentence(`arn:aws:secretsmanager:us-west-2:111122223333:secret:${name}`)
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      `arn:aws:secretsmanager:us-west-2:111122223333:secret:${want}`
    ])
  })
})

describe("an IAM Identity Center profile's token cache, as the SDK names it", () => {
  it.each([
    ['heldout124.jsonl', 'h124-008', 'sso-cache-format', /early AWS CLI v2/],
    ['heldout124.jsonl', 'h124-012', 'sso-cache-unreadable', /file system's, not AWS's/],
    ['heldout124.jsonl', 'h124-014', 'sso-no-token', /`\[sso-session\]` section/],
    ['heldout125.jsonl', 'h125-003', 'sso-no-token', /`\[sso-session\]` section/],
    [
      'heldout124.jsonl',
      'h124-011',
      'sso-profile-incomplete',
      /copy `sso_start_url` and `sso_region`/
    ]
  ])('%s %s: %s', (file, id, cause, advice) => {
    const { findings, statements, notes } = analysed(corpusText(file, id))
    expect(findings.map((f) => f.detail.cause)).toEqual([cause])
    expect(statements).toEqual([])
    expect(notes.join('\n')).toMatch(advice)
  })

  it.each([
    // Expired with nothing said of the file: log in again.
    [
      'failed to refresh cached credentials, the SSO session has expired or is invalid',
      'sso-expired'
    ],
    [
      'failed to refresh cached credentials, the SSO session has expired or is invalid: open /home/u/.aws/sso/cache/ab12.json: permission denied',
      'sso-cache-unreadable'
    ],
    // The file's error belongs to another file: the session's cause stays.
    [
      'failed to refresh cached credentials, the SSO session has expired or is invalid\nopen /etc/app.json: no such file or directory',
      'sso-expired'
    ]
  ])('own: %s → %s', (text, cause) => {
    const { findings } = analysed(text)
    expect(findings.map((f) => f.detail.cause)).toEqual([cause])
  })
})

describe("Step Functions names the state machine's role", () => {
  it("h126-045 (the role's name cut to its tail): the fix goes in that role's policy", () => {
    const [f] = analyzeText(corpusText('heldout126.jsonl', 'h126-045')).findings
    expect(f!.traps).toContain('sfn-managed-rule')
    expect(f!.principal).toBeNull()
    expect(f!.fixTarget.kind).toBe('identity-policy')
    expect(f!.fixTarget.description).toContain('mystepfunction-role-WOALXN3M2BWR')
  })

  it('own: the full ARN names the role itself', () => {
    const [f] = analyzeText(
      "AccessDeniedException: 'arn:aws:iam::111122223333:role/sfn-exec' is not authorized to create managed-rule."
    ).findings
    expect(f!.fixTarget).toMatchObject({ kind: 'identity-policy', principalName: 'sfn-exec' })
  })
})
