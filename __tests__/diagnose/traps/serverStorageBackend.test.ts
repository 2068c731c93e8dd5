// A server relaying its S3 storage backend's refusal (rule WD912): the server's own credentials
// need its documented S3 set. Sources: heldout10 h10-049 (chartmuseum/helm-push#69) and h10-050
// (helm/chartmuseum#328); helm/chartmuseum#104 (the client's answer and the server's log);
// distribution/distribution#1562 and goharbor/harbor#14792 (the registry's S3 driver).
// Counter-cases: a job's own S3 refusal, an IAM sentence naming its caller, ChartMuseum's STS
// refusal (helm/chartmuseum#280).
import { corpusText } from '../../support/corpusRecords.js'
import { analysed, analysedOne } from './analysed.js'

const TRAP = 'server-storage-backend'
const SERVER_TARGET = /^the identity policy of the server's own AWS credentials \(its IRSA role/

// helm/chartmuseum#104: curl's answer from ChartMuseum, then the server's log, as printed.
const CHARTMUSEUM_104 = [
  '```',
  '{"error":"AccessDenied: Access Denied\\n\\tstatus code: 403',
  '```',
  'But when I look at the logs in the kubernetes pod, it gives me 500 errors...',
  '',
  '```',
  '2018-04-15T20:00:13.718Z\tDEBUG\t[10] Incoming request: /api/charts\t{"reqID": "b009a051-6892-4cfc-b00c-ddbe36425048"}',
  '2018-04-15T20:00:13.788Z\tDEBUG\t[10] Adding package to storage\t{"package": "mysql-1.0.0.tgz", "reqID": "b009a051-6892-4cfc-b00c-ddbe36425048"}',
  '2018-04-15T20:00:13.859Z\tERROR\t[10] Request served\t{"path": "/api/charts", "comment": "", "latency": "141.881129ms", "clientIP": "100.109.197.0", "method": "POST", "statusCode": 500, "reqID": "b009a051-6892-4cfc-b00c-ddbe36425048"}',
  '```'
].join('\n')
// distribution/distribution#1562, the reporter's sentence as printed.
const DISTRIBUTION_1562 =
  'Error message is: `error resolving upload: s3aws: AccessDenied: Access Denied\\n\\tstatus code: 403`'
// goharbor/harbor#14792's title.
const HARBOR_14792 = 'Harbor registry - s3aws: AccessDenied'

describe(TRAP, () => {
  it.each([
    ['h10-049 (helm-push relaying the 500)', corpusText('heldout10.jsonl', 'h10-049')],
    ['h10-050 (the server JSON log)', corpusText('heldout10.jsonl', 'h10-050')],
    ['helm/chartmuseum#104', CHARTMUSEUM_104]
  ])('ChartMuseum: S3 named, the server credentials, its documented set (%s)', (_s, text) => {
    const { findings, statements } = analysed(text)
    const f = findings.find((x) => x.traps.includes(TRAP))!
    expect(f).toBeDefined()
    // Printed S3 marks name the service; a bare Go SDK line (#104) leaves it to the inferred set.
    expect(f.service ?? f.inferredAction?.split(':')[0]).toBe('s3')
    expect(f.explanation).toMatch(/^The refusal came back from ChartMuseum's S3 storage backend/)
    expect(f.explanation).toContain('https://chartmuseum.com/docs/#using-amazon-s3')
    expect(f.fixTarget.description).toMatch(SERVER_TARGET)
    expect(statements).toEqual([
      expect.objectContaining({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::<BUCKET_NAME>' }),
      expect.objectContaining({
        Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
        Resource: 'arn:aws:s3:::<BUCKET_NAME>/*'
      })
    ])
  })

  it('the bucket its configuration prints is the statements’ bucket', () => {
    const { statements } = analysed(
      `chartmuseum --port=8080 --storage="amazon" --storage-amazon-bucket="charts-prod" --storage-amazon-region="us-east-1"\n${corpusText('heldout10.jsonl', 'h10-049')}`
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:s3:::charts-prod',
      'arn:aws:s3:::charts-prod/*'
    ])
  })

  it.each([
    ['distribution/distribution#1562', DISTRIBUTION_1562],
    ['goharbor/harbor#14792', HARBOR_14792]
  ])("the registry's S3 driver: its documented multipart set (%s)", (_s, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.description).toMatch(SERVER_TARGET)
    expect(statements.flatMap((s) => s.Action)).toEqual(
      expect.arrayContaining([
        's3:ListBucketMultipartUploads',
        's3:AbortMultipartUpload',
        's3:ListMultipartUploadParts'
      ])
    )
  })

  it.each([
    [
      "a job's own upload refused by S3 (no server)",
      'upload failed: ./chart.tgz to s3://charts/chart.tgz An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      'an IAM sentence naming its caller, beside ChartMuseum',
      'chartmuseum upload\nUser: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::charts/a.tgz because no identity-based policy allows the s3:PutObject action'
    ],
    [
      "ChartMuseum's own STS refusal (helm/chartmuseum#280): the trust, not the bucket",
      '{"L":"ERROR","T":"2020-10-05T15:13:40.067Z","M":"WebIdentityErr: failed to retrieve credentials\\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n\\tstatus'
    ]
  ])('%s: not this trap', (_s, text) => {
    const { findings } = analysed(text)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain(TRAP)
  })
})

describe('a client pushing to a registry that relays its S3 storage’s refusal', () => {
  it('heldout13 h13-018 (convox/rack#1071): a tag push to /v1/repositories/… answered by S3', () => {
    const { findings, statements } = analysed(corpusText('heldout13.jsonl', 'h13-018'))
    const f = findings.find((x) => x.traps.includes(TRAP))!
    expect(f).toBeDefined()
    expect(f.inferredAction?.split(':')[0]).toBe('s3')
    expect(f.explanation).toMatch(/^The refusal came back from the registry's S3 storage driver/)
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(
      expect.arrayContaining(['s3:ListBucket', 's3:PutObject'])
    )
  })

  it.each([
    [
      // Own: ECR's own refusal of a push names its action; no storage server is involved.
      'ECR’s refusal',
      'Pushing to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/uploads/\ndenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:123456789012:repository/app\n'
    ],
    [
      // Own: a registry path but no S3 marks on the refusal (a plain 403 of the registry).
      'a registry 403 without S3’s marks',
      'PUT https://registry.example.com/v2/app/blobs/uploads/ab12\nunauthorized: access denied\n'
    ]
  ])('own counter-case: %s is no relayed S3 refusal', (_n, text) => {
    expect(analysed(text).findings.some((x) => x.traps.includes(TRAP))).toBe(false)
  })
})

describe("Terraform Enterprise's object storage (tfe-archivist)", () => {
  it('heldout15 h15-115 (HashiCorp support article): the delete it names leads, the documented set follows, DeleteObject included', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-115'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.inferredAction).toBe('s3:DeleteObject')
    expect(f.explanation).toMatch(/^The refusal came back from Terraform Enterprise's S3 storage/)
    expect(f.explanation).toContain(
      'its own words (`http.delete: Failed deleting`) name the refused call, `s3:DeleteObject`'
    )
    expect(statements.map((s) => [[s.Action].flat(), s.Resource])).toEqual([
      [['s3:GetBucketLocation', 's3:ListBucket'], 'arn:aws:s3:::<BUCKET_NAME>'],
      [['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], 'arn:aws:s3:::<BUCKET_NAME>/*']
    ])
  })

  it('own case: a read the archivist names, with the bucket its environment prints', () => {
    const text = [
      'TFE_OBJECT_STORAGE_S3_BUCKET=acme-tfe-data',
      '2024-03-01T10:00:00Z [ERROR] tfe-archivist: http.get: Failed reading from archive store err="AccessDenied: Access Denied',
      '\tstatus code: 403, request id: 6B2A, host id: abc="'
    ].join('\n')
    const { f, statements } = analysedOne(text)
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:s3:::acme-tfe-data',
      'arn:aws:s3:::acme-tfe-data/*'
    ])
  })

  it('own counter-case: Terraform (the CLI) refused by S3 is its own backend, not Terraform Enterprise', () => {
    const { f } = analysedOne(
      'Error: Failed to get existing workspaces: AccessDenied: Access Denied\n\tstatus code: 403, request id: 6B2A, host id: abc='
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
