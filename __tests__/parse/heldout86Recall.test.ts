// heldout86–91's refusals the engine missed or half-read on their unseen score (issue 10, session
// 41): STS refusing a session name, services refusing their own callers (Elastic Load Balancing,
// API Gateway, CloudWatch Alarms, App Mesh, Cloud Map's zones), ECR Public's 401 and JSON body,
// the console's banners, tools' own credential words, and the Go SDK v2's bare 403; each with a
// counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, 3)}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('heldout86–91: real excerpts, read', () => {
  it.each([
    [
      'h86-027',
      'credentials',
      'sts-session-name-invalid',
      'ValidationError',
      null,
      'session-name-invalid'
    ],
    ['h86-028', 'credentials', 'sts-session-name-invalid', null, null, 'session-name-invalid'],
    ['h87-006', 'denial', 'elb-lambda-invoke-permission', 'AccessDenied', 'lambda', null],
    ['h87-007', 'denial', 'apigateway-integration-role', null, 'apigateway', null],
    ['h87-015', 'credentials', 'ecr-public-401', null, 'ecr-public', 'registry-login'],
    ['h87-017', 'denial', 'ecr-public-denied-body', 'DENIED', 'ecr-public', null],
    ['h87-035', 'credentials', 'java-sdk-null-key', null, null, 'missing'],
    ['h88-008', 'credentials', 'extension-credentials-did-not-work', null, null, 'invalid'],
    ['h88-014', 'credentials', 'iam-authenticator-sts-403', null, 'sts', 'eks-token-rejected'],
    ['h89-006', 'denial', 'cloudwatch-alarm-sns-key', null, 'kms', null],
    ['h89-003', 'denial', 'cloudwatch-alarm-action-kms', 'AccessDeniedException', 'kms', null],
    ['h89-012', 'denial', 'go-v2-bare-403', null, 'lambda', null],
    ['h89-016', 'denial', 'simpledb-no-permission', null, 'sdb', null],
    ['h89-023', 'denial', 'route53-zone-managed-by-service', 'AccessDenied', 'route53', null],
    ['h89-025', 'credentials', 'envoy-aws-credentials', null, 'appmesh', 'container-credentials'],
    ['h89-026', 'credentials', 'envoy-aws-credentials', null, null, 'imds-error'],
    ['h89-028', 'denial', 'appmesh-config-stream-denied', null, 'appmesh', null],
    ['h90-002', 'denial', 'console-permission-banner', null, 's3', null],
    ['h90-005', 'denial', 'console-permission-banner', null, 'ce', null],
    ['h90-006', 'denial', 'console-billing-access', null, null, null],
    ['h90-007', 'credentials', 'signin-invalid-saml-response', null, null, 'saml-response-invalid'],
    ['h90-016', 'denial', 'bedrock-marketplace-actions', null, 'aws-marketplace', null],
    ['h90-024', 'denial', 'ssm-reserved-parameter-name', 'AccessDeniedException', 'ssm', null],
    ['h91-010', 'denial', 'yum-s3-403', null, 's3', null],
    ['h91-011', 'credentials', 'yum-s3-iam-no-credentials', null, null, 'missing'],
    ['h91-016', 'denial', 'jets3t-error-response-403', null, 's3', null],
    ['h91-024', 'denial', 'slr-create-refused', 'AccessDeniedException', null, null],
    ['h91-027', 'denial', 'slr-invalid-service-name', 'AccessDenied', 'iam', null]
  ])('%s: %s by %s', (id, kind, grammar, code, service, cause) => {
    expect(read(h(id))[0]).toEqual([kind, grammar, code, service, cause])
  })

  it('h87-013: BuildKit names ECR Public by its host, not a URL (a stale login)', () => {
    expect(read(h('h87-013'))[0]).toEqual([
      'denial',
      'ecr-public-forbidden',
      null,
      'ecr-public',
      null
    ])
  })

  it('h88-023: botocore names its class before the message (`[…NoCredentialsError] Unable …`)', () => {
    expect(read(h('h88-023'))[0]?.[2]).toBe('NoCredentialsError')
  })

  it('h88-034: a refusal in a code span over a Markdown bold line ending in `;` is no code listing', () => {
    expect(read(h('h88-034'))[0]).toEqual([
      'credentials',
      expect.any(String),
      'InvalidClientTokenId',
      null,
      'invalid'
    ])
  })

  it('h89-032: the Go SDK v2 names Amazon Location `Location`, whose prefix is geo', () => {
    expect(read(h('h89-032'))[0]?.[3]).toBe('geo')
  })

  it('h87-011: a client named in lower case (`operation error signer: …`) is its prefix', () => {
    expect(read(h('h87-011'))[0]?.[3]).toBe('signer')
  })

  it('h90-020: S3 refusing AppConfig, relayed in its own label, is S3’s refusal', () => {
    expect(read(h('h90-020'))[0]?.[3]).toBe('s3')
  })
})

describe('their counter-cases: the same words elsewhere', () => {
  it.each([
    // A session name that is fine is no refusal; another parameter's constraint is another rule's.
    "1 validation error detected: Value 'x' at 'policyArns.1.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    // App Mesh's gRPC status 7 without App Mesh around it (Istio's control plane).
    'warning envoy config gRPC config stream closed: 7, RBAC: access denied (istiod)',
    // ECR's JSON refusal from a private host is another rule's, and Docker Hub's is not AWS's.
    'GET https://registry-1.docker.io/v2/library/x/tags/list: {"errors":[{"code":"DENIED","message":"Not Authorized"}]}',
    // SimpleDB's words without its closing sentence are no SimpleDB refusal.
    'User bob does not have permission to perform (sdb:Select) on resource domain1',
    // JetS3t's words against a store that does not say it is JetS3t's.
    "WARNING: Error Response: PUT '/bucket/key' -- ResponseCode: 403, ResponseStatus: Forbidden",
    // yum's 403 from a mirror that is not S3.
    'https://mirror.example.org/centos/7/os/repodata/repomd.xml: [Errno 14] HTTPS Error 403 - Forbidden',
    // A MinIO client's own check of its settings.
    'minio.MinioClient: Access key cannot be null'
  ])('no finding: %s', (text) => {
    expect(read(text)).toEqual([])
  })

  it.each([
    // The Go SDK v2 with its code after the IDs: the code's grammar, not the bare 403's.
    [
      'operation error S3: PutObject, https response error StatusCode: 403, RequestID: ABC, HostID: xyz=, api error AccessDenied: Access Denied',
      'AccessDenied'
    ],
    // The same with its code wrapped onto the next line by a Terraform box.
    [
      'operation error IAM: CreateRole, https response error StatusCode: 403, \nRequestID: 93bb7a7f, api error AccessDenied: User: arn:aws:iam::111122223333:user/x is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/r because no identity-based policy allows the iam:CreateRole action',
      'AccessDenied'
    ]
  ])('the code, not a bare 403: %s', (text, code) => {
    const found = parseText(text)
    expect(found.map((f) => f.grammar)).not.toContain('go-v2-bare-403')
    expect(found[0]?.code).toBe(code)
  })

  it("a test's expected Terraform box, its escaped newlines in one literal, is source", () => {
    expect(
      read(
        "      expect(r.output).toContain('aws_db_instance.orders: Creating...\\n╷\\n│ Error: creating RDS DB Instance (orders-db): operation error RDS: CreateDBInstance, https response error StatusCode: 403')"
      )
    ).toEqual([])
  })
})
