// Traps for a bare S3 refusal a known tool wrapped (src/infer/s3Wrappers.ts): the tool's documented
// cause and permission set lead the explanation (issue 17, heldout7 review).
import { analyzeText } from '../../../src/engine/Analysis.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { corpusText } from '../../support/corpusRecords.js'

function denials(text: string) {
  return analyzeText(text).findings.filter((f) => f.kind === 'denial')
}

describe('copilot-artifact-bucket', () => {
  it.each(['h7-012', 'h7-015', 'h7-016', 'h7-017'])(
    'heldout7 %s: the StackSet-kept policies and `copilot app upgrade` lead',
    (id) => {
      const [f] = denials(corpusText('heldout7.jsonl', id))
      expect(f!.traps[0]).toBe('copilot-artifact-bucket')
      expect(f!.explanation.startsWith('Copilot uploads its deploy assets')).toBe(true)
      expect(f!.explanation).toContain('`copilot app upgrade`')
      expect(f!.explanation).toContain('`kms:GenerateDataKey`')
      const notes = buildRemedies([f!]).flatMap((r) => r.notes)
      expect(notes.join('\n')).toContain('copilot app upgrade')
    }
  )

  it('not on an S3 upload of another tool', () => {
    // Source: catalyst/moodle-tool_objectfs#557, first line as printed (the PHP SDK's PutObject).
    const [f] = denials(
      'ERROR: copy /var/lib/sitedata/filedir/17/51/xxxx to s3://sitedata-xxx-moodle/17/51/xxxxx: Error executing "PutObject" on "https://sitedata-xxxx-moodle.s3.ap-southeast-2.amazonaws.com/17/51/xxxx"; AWS HTTP error: Client error: `PUT https://sitedata-xxxx-moodle.s3.ap-southeast-2.amazonaws.com/17/51/xxxx` resulted in a `403 Forbidden` response:\n'
    )
    expect(f?.traps ?? []).not.toContain('copilot-artifact-bucket')
  })
})

describe('velero-object-store', () => {
  it('heldout7 h7-045: the plugin’s documented set and where its credentials come from', () => {
    const [f] = denials(corpusText('heldout7.jsonl', 'h7-045'))
    expect(f!.traps[0]).toBe('velero-object-store')
    expect(f!.explanation).toContain('`s3:ListMultipartUploadParts`')
    expect(f!.explanation).toContain('IRSA role')
    expect(f!.explanation).not.toContain('does not name the service')
  })

  // Source: velero-io/velero#8062, as printed: the operation is printed, the trap still applies.
  it('velero-io/velero#8062: a printed PutObject keeps its action and gets the set', () => {
    const [f] = denials(
      'rpc error: code = Unknown desc = error putting object backups/backups/redis-test-2/redis-test-2-logs.gz: operation error S3: PutObject, https response error StatusCode: 403, RequestID: <redacted>, HostID: <redacted>, api error AccessDenied: Access Denied\n'
    )
    expect(f!.inferredAction).toBe('s3:PutObject')
    expect(f!.traps).toContain('velero-object-store')
  })

  it('not on a Velero credentials failure (truecharts#17080 shape: InvalidAccessKeyId)', () => {
    // Source: trueforge-org/truecharts#17080, the error line as printed.
    const findings = analyzeText(
      '2024-01-11 00:12:46.776071-05:00time="2024-01-11T05:12:46Z" level=error msg="Current BackupStorageLocations available/unavailable/unknown: 0/1/0, BackupStorageLocation \\"velero-default\\" is unavailable: rpc error: code = Unknown desc = InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.\\n\\tstatus code: 403, request id: YZSNHXNJ56K4GDG9, host id: G196GukqfT4qRLYqtjdkW+DAZHwJ0kLDwxZJmMKcV/rZ03KRL7TqMkrHV6Tb+3tzWVTTbKtfKZQ=)" controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:192"\n'
    ).findings
    for (const f of findings) expect(f.traps).not.toContain('velero-object-store')
  })
})

describe('cloudformation-template-url', () => {
  it('heldout7 h7-122: check the URL first, then GetObject for the stack’s caller', () => {
    const [f] = denials(corpusText('heldout7.jsonl', 'h7-122'))
    expect(f!.traps[0]).toBe('cloudformation-template-url')
    expect(f!.explanation.startsWith('CloudFormation could not read the stack')).toBe(true)
    expect(f!.explanation).toContain('`s3:GetObject`')
  })

  // Source: awslabs/sagemaker-explaining-credit-decisions#1, as printed (a nested stack's template).
  it('awslabs/sagemaker-explaining-credit-decisions#1: the nested stack’s wording', () => {
    const [f] = denials(
      'S3 error: Access Denied For more information check http://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html\n'
    )
    expect(f!.traps).toContain('cloudformation-template-url')
  })

  // Source: aws/copilot-cli#5640, as printed: the change set's template, the tail on the next line.
  it('aws/copilot-cli#5640: the `For more information` tail on the next line', () => {
    const found = denials(
      '✘ check if changeset is empty: create change set copilot-4c8ffafd-aaaa-bbbb-cccc-xxxxxxxxxxxx for stack my-app-test: ValidationError: S3 error: Access Denied\n' +
        'For more information check http://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html\n' +
        '        status code: 400, request id: c2f4915c-aaaa-bbbb-cccc-xxxxxxxxxxxx: describe change set copilot-4c8ffafd-aaaa-bbbb-cccc-xxxxxxxxxxxx for stack my-app-test: ValidationError: Stack [my-app-test] does not exist\n'
    )
    expect(found.some((f) => f.traps.includes('cloudformation-template-url'))).toBe(true)
  })

  it('not a bare `S3 error: Access Denied` that is no CloudFormation wording', () => {
    for (const f of denials(
      'upload: ./site to s3://my-site-bucket/index.html\nS3 error: Access Denied\n'
    ))
      expect(f.traps).not.toContain('cloudformation-template-url')
  })
})

describe('s3-client-documented-set', () => {
  // A README quoting grafana/loki#2868 (Loki on Fargate, boltdb-shipper), its CSV-doubled quotes as printed.
  const LOKI_2868 = `msg=""error syncing tables"" err=""AccessDenied: Access Denied
\\tstatus code: 403, request id: 13650B3B4BBE6387, host id: 82wYupHP/XAKe66FDSAlEwlfTju5D8mRobyDx2G0BccSkK22q5pXbyWF2Qwtn8OAgj+i5OH7br8=""""`

  it.each([
    [
      'heldout13 h13-091 (grafana/loki#3718, compactor and table manager)',
      corpusText('heldout13.jsonl', 'h13-091')
    ],
    ['grafana/loki#2868 (table manager, quoted in a README)', LOKI_2868]
  ])("Loki's documented S3 set leads (%s)", (_s, text) => {
    const found = denials(text)
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) {
      expect(f.traps[0]).toBe('s3-client-documented-set')
      expect(f.explanation.startsWith("Loki's compactor and table manager")).toBe(true)
      expect(f.inferredAction).toBe('s3:ListBucket')
      const statements = buildRemedies([f]).flatMap((r) => r.statements)
      const actions = statements.flatMap((s) => [s.Action].flat())
      for (const a of ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject'])
        expect(actions).toContain(a)
    }
  })

  it('the bucket its config names goes into the grant', () => {
    const [f] = denials(
      [
        'storage_config:',
        '  aws:',
        '    bucketnames: loki-logs-prod',
        '    region: eu-west-1',
        'level=error ts=2021-05-12T14:22:26.123689666Z caller=compactor.go:83 msg="failed to run compaction" err="AccessDenied: Access Denied\\n\\tstatus code: 403, request id: 4668X6ZVNE5AK5TK"'
      ].join('\n')
    )
    expect(f!.traps[0]).toBe('s3-client-documented-set')
    expect(f!.explanation).toContain('`arn:aws:s3:::loki-logs-prod`')
  })

  it.each([
    [
      'own: another Go service logging AccessDenied from its own caller file',
      'level=error ts=2021-05-12T14:22:26Z caller=uploader.go:83 msg="failed to upload" err="AccessDenied: Access Denied\\n\\tstatus code: 403, request id: 4668X6ZVNE5AK5TK"'
    ],
    [
      'own: Loki refused on DynamoDB, not S3 (an explicit service)',
      'level=error ts=2021-05-12T14:22:26Z caller=table_manager.go:218 msg="error syncing tables" err="AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/loki/x is not authorized to perform: dynamodb:ListTables on resource: *"'
    ]
  ])('%s: not the Loki set', (_s, text) => {
    for (const f of analyzeText(text).findings)
      expect(f.traps).not.toContain('s3-client-documented-set')
  })
})
