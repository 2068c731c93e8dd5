// A bucket-to-bucket copy (issue 17, heldout7 h7-133): the source read and the destination write,
// both named from the log, and both bucket owners across accounts.
import { analyzeText } from '../../../src/engine/Analysis.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 's3-copy-two-buckets'

function one(text: string) {
  const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
  expect(found).toHaveLength(1)
  const f = found[0]!
  const remedies = buildRemedies([f])
  expect(validateRemedies(remedies, [f])).toEqual([])
  const grants: Record<string, string[]> = {}
  for (const s of remedies.flatMap((r) => r.statements))
    for (const a of [s.Action].flat()) (grants[a] ??= []).push(...[s.Resource ?? []].flat())
  return { f, grants }
}

describe(TRAP, () => {
  // Source: ministryofjustice/cloud-platform-environments#1317, as printed.
  const MOJ_1317 =
    'copy failed: s3://adp-dev-documents/reports/management_information_20191008040001.csv to s3://cloud-platform-9266f53d509c18e49891086e2f27d82c/reports/management_information_20191008040001.csv An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied\n'

  it('ministryofjustice/cloud-platform-environments#1317: PutObject on the destination, GetObject on the source', () => {
    const { f, grants } = one(MOJ_1317)
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain(
      '`s3://adp-dev-documents/reports/management_information_20191008040001.csv`'
    )
    expect(grants).toEqual({
      's3:PutObject': [
        'arn:aws:s3:::cloud-platform-9266f53d509c18e49891086e2f27d82c/reports/management_information_20191008040001.csv'
      ],
      's3:GetObject': [
        'arn:aws:s3:::adp-dev-documents/reports/management_information_20191008040001.csv'
      ]
    })
  })

  it('heldout7 h7-133: both buckets of `aws s3 sync` named, Object Ownership and both policies', () => {
    const { f } = one(corpusText('heldout7.jsonl', 'h7-133'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain('`s3://BUCKET_A` to `s3://BUCKET_B`')
    expect(f.explanation).toContain("destination bucket's policy the write")
    expect(f.explanation).toContain('bucket-owner-full-control')
  })

  it('a sync between two named buckets in the step: the prefixes, both buckets listed', () => {
    const { grants } = one(
      '+ aws s3 sync s3://acme-build-artifacts/releases/ s3://acme-prod-mirror/releases/\n' +
        'An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied\n'
    )
    expect(grants['s3:PutObject']).toEqual(['arn:aws:s3:::acme-prod-mirror/releases/*'])
    expect(grants['s3:GetObject']).toEqual(['arn:aws:s3:::acme-build-artifacts/releases/*'])
    // sync compares the two listings.
    expect(grants['s3:ListBucket']!.sort()).toEqual([
      'arn:aws:s3:::acme-build-artifacts',
      'arn:aws:s3:::acme-prod-mirror'
    ])
  })

  // Source: aws-quickstart/quickstart-amazon-eks#380, as printed: the source's tags were refused.
  it('aws-quickstart/quickstart-amazon-eks#380: a refused source read says so', () => {
    const { f, grants } = one(
      'copy failed: s3://aws-quickstart/quickstart-amazon-eks/functions/packages/boto3Layer/lambda.zip to s3://myari-bucket/quickstart-amazon-eks/functions/packages/boto3Layer/lambda.zip An error occurred (AccessDenied) when calling the GetObjectTagging operation: Access Denied\n'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('The refused call read the source')
    // The read is granted on the source key, never on the destination (heldout8 h8-082).
    expect(grants['s3:GetObjectTagging']).toEqual([
      'arn:aws:s3:::aws-quickstart/quickstart-amazon-eks/functions/packages/boto3Layer/lambda.zip'
    ])
    expect(JSON.stringify(grants)).not.toContain('myari-bucket')
    expect(f.explanation).toContain('--copy-props metadata-directive')
  })

  // heldout8 h8-082 (the same thread, its `aws s3 sync` command fenced apart): the source only.
  it('h8-082: a source tag read refused is granted on the source, never the destination', () => {
    const { f, grants } = one(corpusText('heldout8.jsonl', 'h8-082'))
    expect(grants['s3:GetObjectTagging']![0]).toMatch(
      /^arn:aws:s3:::aws-quickstart\/quickstart-amazon-eks\//
    )
    expect(JSON.stringify(grants)).not.toContain('myari-bucket')
    expect(f.inferred?.resource?.from).toContain('(source)')
  })

  // Own counter-case: a HeadObject of the source outside a sync keeps the one key, and the
  // destination is not in any statement.
  it('a refused HeadObject of a single copy is the source key', () => {
    const { grants } = one(
      'copy failed: s3://acme-src/a/b.txt to s3://acme-dst/a/b.txt An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    )
    expect(JSON.stringify(grants)).not.toContain('acme-dst')
    expect(JSON.stringify(grants)).toContain('arn:aws:s3:::acme-src')
  })

  it('not an upload from disk, nor a download', () => {
    for (const text of [
      'upload failed: ./dist/app.js to s3://acme-site/app.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n',
      '+ aws s3 cp s3://acme-data/report.csv ./report.csv\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    ]) {
      for (const f of analyzeText(text).findings) {
        expect(f.traps).not.toContain(TRAP)
        expect(f.inferred?.s3Copy).toBeUndefined()
      }
    }
  })
})

// heldout12 second review (issue 17): a bare Access Denied under the copy a tool printed label by
// label. Which side refused is not shown: the source read, its listing and the destination write.
describe(`${TRAP}: the buckets a tool printed before a bare refusal`, () => {
  it('h12-048 (ks888/LambStatus#6): the publisher’s source folder and the stack’s destination', () => {
    const { f, grants } = one(corpusText('heldout12.jsonl', 'h12-048'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::lambstatus/admin-page/0.1.2/*')
    expect(grants).toEqual({
      's3:GetObject': ['arn:aws:s3:::lambstatus/admin-page/0.1.2/*'],
      's3:ListBucket': ['arn:aws:s3:::lambstatus'],
      's3:PutObject': ['arn:aws:s3:::statuspage-adminpages3-1imst4q16ax6g/*']
    })
  })

  it('a Python copier’s debug labels (its log format: github-file:find_string#33295557267), one file', () => {
    const { f, grants } = one(
      [
        'DEBUG Source Bucket Name: raw-uploads-eu',
        'DEBUG Source Bucket Filename: 2024/01/data.csv',
        'DEBUG Destination Bucket Name: curated-eu',
        'ERROR AccessDenied: Access Denied'
      ].join('\n')
    )
    expect(f.traps[0]).toBe(TRAP)
    expect(grants['s3:PutObject']).toEqual(['arn:aws:s3:::curated-eu/*'])
    expect(grants['s3:GetObject']).toEqual(['arn:aws:s3:::raw-uploads-eu/2024/01/data.csv'])
    expect(grants['s3:ListBucket']).toBeUndefined()
  })

  it.each([
    // Counter-cases: one label alone; a prompt (`read -p "Source bucket name: "`) with no name;
    // source and destination the same bucket; a refusal that names its own operation.
    ['Source bucket name: lambstatus\nAccessDenied: Access Denied'],
    ['Source bucket name: \nDestination bucket name: \nAccessDenied: Access Denied'],
    ['source bucket name: same-bkt\ndestination bucket name: same-bkt\nAccessDenied: Access Denied']
  ])('%#: no copy', (text) => {
    const f = analyzeText(text).findings.find((x) => x.kind === 'denial')!
    expect(f.inferred?.s3Copy).toBeUndefined()
    expect(f.traps).not.toContain(TRAP)
  })

  it('reads a copy whose buckets the runner masked (`s3://***`, h118-001, newrelic/newrelic-diagnostics-cli#156)', () => {
    const { f, grants } = one(corpusText('heldout118.jsonl', 'h118-001'))
    expect(f.traps).toContain(TRAP)
    // The mask becomes a placeholder in the statement, never an IAM wildcard.
    expect(grants['s3:GetObjectTagging']).toEqual([
      'arn:aws:s3:::<BUCKET_NAME>/nrdiag/nrdiag_2.4.1.zip'
    ])
    expect(f.inferred?.s3Copy?.value).toBe(
      's3://***/nrdiag/nrdiag_2.4.1.zip s3://***/nrdiag/nrdiag_latest.zip'
    )
    expect(f.explanation).toContain('--copy-props metadata-directive')
  })
})
