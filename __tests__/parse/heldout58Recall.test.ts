// heldout58–59's refusals the engine missed or misread on their unseen score (issue 10, session
// 37): MSK's Java selector, Athena's results location, QuickSight's manifest, an Iceberg REST
// error body, S3's exception quoted alone, Inspector's and Route 53 Resolver's own sentences, a
// service not set up, billing kept in the management account, a service's error number before
// its message, the Go SDK's shared file, Roles Anywhere's signature; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h58 = (id: string) => corpusText('heldout58.jsonl', id)
const h59 = (id: string) => corpusText('heldout59.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('services’ and tools’ own sentences', () => {
  it.each<[string, () => string, string, string | null, string | null]>([
    [
      'h58-036 (aws/aws-msk-iam-auth#178): the Java selector at an MSK IAM broker',
      () => h58('h58-036'),
      'msk-iam-sasl-denied',
      null,
      null
    ],
    [
      'h59-022 (quickstart-amazon-marketing-cloud#70): Athena’s results location',
      () => h59('h59-022'),
      'athena-results-location',
      null,
      's3'
    ],
    [
      'h59-021 (terraform-provider-aws#31840): QuickSight’s manifest',
      () => h59('h59-021'),
      'quicksight-manifest-access',
      'AccessDeniedException',
      null
    ],
    [
      'h59-023 (apache/iceberg-python#3244): an Iceberg REST error body',
      () => h59('h59-023'),
      'iceberg-rest-error-type',
      'AccessDeniedException',
      null
    ],
    [
      'h59-025 (delta-io/delta#1406): S3’s exception quoted alone',
      () => h59('h59-025'),
      's3-exception-access-denied',
      null,
      's3'
    ],
    [
      'h58-024 (terraform-provider-aws#27646): Inspector’s account access',
      () => h58('h58-024'),
      'inspector-account-access',
      'ACCESS_DENIED',
      'inspector2'
    ],
    [
      'h58-006 (terraform-provider-aws#37186): a shared Resolver rule',
      () => h58('h58-006'),
      'shared-resource-operation',
      null,
      null
    ],
    [
      'h58-027 (steampipe-plugin-aws#1107): Audit Manager not set up',
      () => h58('h58-027'),
      'service-setup-required',
      'AccessDeniedException',
      'auditmanager'
    ],
    [
      'h59-014 (aws-parallelcluster-ui#242): billing kept in the management account',
      () => h59('h59-014'),
      'linked-account-billing',
      'AccessDeniedException',
      'ce'
    ]
  ])('%s', (_title, text, grammar, code, service) => {
    const [f] = read(text())
    // Only the fields a case names are compared: the others are the grammar's business.
    const got = [f?.[1], code === null ? null : f?.[2], service === null ? null : f?.[3]]
    expect(got).toEqual([grammar, code, service])
  })

  it('h58-004 (aws/aws-sdk-js#4340): a service’s error number before `Access denied`', () => {
    expect(read(h58('h58-004')).map((f) => [f[0], f[2]])[0]).toEqual([
      'denial',
      'AccessDeniedException'
    ])
  })

  it.each([
    [
      'code building the exception (h4-099’s shape)',
      'new Exception("Amazon.S3.AmazonS3Exception: Access Denied")'
    ],
    [
      'an Iceberg REST error that is not AWS’s refusal',
      '{"error": {"code": 403, "type": "ForbiddenException", "message": "token expired"}}'
    ],
    [
      'Kafka’s selector against a self-managed broker',
      'Failed authentication with kafka-1.internal/10.0.0.5 ([a1]: Access denied)'
    ]
  ])('no finding: %s', (_title, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('credentials in tools’ own words', () => {
  it('h58-016 (aws/amazon-cloudwatch-agent#1688): the Go SDK found no shared credentials file', () => {
    expect(read(h58('h58-016'))[0]).toEqual([
      'credentials',
      'no-credentials-shared-file',
      'SharedCredsLoad',
      null,
      'missing'
    ])
  })

  it('h59-004 (aws/rolesanywhere-credential-helper#128): Roles Anywhere refused the signature', () => {
    expect(read(h59('h59-004'))[0]).toEqual([
      'credentials',
      'roles-anywhere-invalid-signature',
      'AccessDeniedException',
      'rolesanywhere',
      'signature'
    ])
  })
})
