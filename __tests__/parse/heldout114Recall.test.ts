// heldout114–118's refusals the engine missed or misread on their unseen score, and the credentials
// findings of earlier rounds that named no service (issue 10, session 44): the endpoint a request
// went to a few lines above a credentials failure, SigV4's credential scope, a body the Go SDK
// dumped as hex, an ARN's type word broken at a line's end, a connector's and Athena's own
// sentences, configure-aws-credentials' and STS's token words, the Java and Go SDKs too old for EKS
// Pod Identity, Google's store named by its initials; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { hexDumpCode, hexDumpText } from '../../src/parse/hexDumpBody.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const scan = (text: string) =>
  analyzeText(text).findings.map((f) => [f.kind, f.grammar, f.code, f.service])

describe('the endpoint above a credentials failure names its service', () => {
  it.each([
    [
      'h109-013 (aws/aws-sdk-php#1714): the PHP SDK\'s `Error executing "Publish" on "https://sns…"`',
      'h109-013',
      'sns'
    ],
    [
      "h111-028 (elasticsearch-dump/elasticsearch-dump#328): elasticdump's `--input=https://….es.amazonaws.com/…`",
      'h111-028',
      'es'
    ],
    ['h111-027 (SumoLogic/elasticsearch-client#55): a quoted host, no scheme', 'h111-027', 'es'],
    [
      "h110-006 (amazon-archives/aws-sdk-core-ruby#183): the credential scope S3's body echoes",
      'h110-006',
      's3'
    ]
  ])('%s', (_what, id, service) => {
    expect(scan(h(id)).map((r) => [r[0], r[3]])).toEqual([['credentials', service]])
  })

  const below = (gap: number) =>
    [
      '$ tool --endpoint https://foo.us-west-2.es.amazonaws.com/data',
      ...Array.from({ length: gap }, (_, i) => `progress ${i}`),
      'Error Emitted => {"message":"The security token included in the request is invalid."}'
    ].join('\n')

  it('own: seven lines below the endpoint, the service is still its', () => {
    expect(scan(below(6)).map((r) => r[3])).toEqual(['es'])
  })

  it('own: past the lines a tool’s next output spans, the endpoint is forgotten', () => {
    expect(scan(below(14)).map((r) => r[3])).toEqual([null])
  })

  it('own: a refusal (no credentials failure) below an endpoint is not given its service', () => {
    const text =
      'POST https://sts.amazonaws.com/\nstep 1\nstep 2\nstep 3\nstep 4\nError: Access Denied'
    expect(scan(text).every((r) => r[3] !== 'sts')).toBe(true)
  })

  it("own: an OIDC issuer's host and a quoted service principal are no endpoint", () => {
    const issuer = [
      'issuer: https://oidc.eks.us-east-1.amazonaws.com/id/ABC',
      'a',
      'b',
      'c',
      'd',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    ].join('\n')
    expect(scan(issuer).map((r) => r[3])).not.toContain('eks')
    const principal =
      "ClientError: An error occurred (ValidationException) when calling the PutRule operation: Provided role 'arn:aws:iam::00000000000:role/theRole' cannot be assumed by principal 'events.amazonaws.com'."
    expect(scan(principal).map((r) => r[3])).toEqual([null])
  })

  it('h115-023 (aws-observability/aws-otel-collector#520): a host whose domain the writer masked', () => {
    expect(scan(h('h115-023')).map((r) => r[3])).toEqual(['aps'])
  })

  it('own: any site’s host before a Region names no service', () => {
    const text =
      'Post "https://api.us-east-1.example.net/v1": NoCredentialProviders: no valid providers in chain. Deprecated.'
    expect(scan(text).map((r) => r[3])).toEqual([null])
  })
})

describe('a body the Go SDK dumped as hex (WD7188)', () => {
  it('h115-024 (grafana/grafana#32531): the web identity failure, its code read from the bytes', () => {
    expect(scan(h('h115-024'))).toEqual([
      ['credentials', 'web-identity-retrieve-failed', 'MissingAuthenticationTokenException', 'sts']
    ])
  })

  it('own: the bytes are read from the hex columns across rows, the sidebar ignored', () => {
    const dump =
      'failed to unmarshal error message\n00000000  3c 45 72 72 6f 72 3e 3c  43 6f 64 65 3e 41 63 63  |<Error><Code>Acc|\n00000010  65 73 73 44 65 6e 69 65  64 3c 2f 43 6f 64 65 3e  |essDenied</Code>|\n'
    expect(hexDumpText(dump, 0)).toBe('<Error><Code>AccessDenied</Code>')
    expect(hexDumpCode(dump, 0)).toBe('AccessDenied')
    expect(hexDumpCode('no dump here', 0)).toBeNull()
  })

  it('own: a reason on the next line is its own rule’s, and STS out of reach is no credentials finding', () => {
    const named =
      'WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/X\n\tstatus code: 400'
    expect(scan(named).map((r) => r[1])).not.toContain('web-identity-retrieve-failed')
    const network =
      'WebIdentityErr: failed to retrieve credentials\ncaused by: RequestError: send request failed\ncaused by: Post "https://sts.amazonaws.com/": dial tcp: i/o timeout'
    expect(scan(network)).toEqual([])
  })
})

describe('an ARN whose type word a terminal broke at the line’s end', () => {
  it('h116-018 (yxliaoyx/AWS-OnDemand-Server-Discord-Interaction#4): `reposit ` / `ory/…` joined, the reason read', () => {
    const [f] = parseText(h('h116-018'))
    expect(f).toMatchObject({
      resource:
        'arn:aws:ecr:us-east-1:XXXXXXXXXXXX:repository/cdk-hnb659fds-container-assets-XXXXXXXXXXXXXX-us-east-1',
      layer: 'identity',
      deny: 'implicit'
    })
  })
})

describe('services’ and tools’ own sentences', () => {
  it("h117-010 (Azure/Azure-Sentinel#10933): Sentinel's connector refused on an SQS queue (WD7189)", () => {
    expect(scan(h('h117-010'))).toEqual([['denial', 'connector-resource-denied', null, 'sqs']])
  })

  it('own: the same words about a queue that was merely slow are no refusal', () => {
    expect(
      scan('Access to an SQS queue (https://sqs.us-east-1.amazonaws.com/1/q) was slow.')
    ).toEqual([])
  })

  it("h115-015 (getredash/website#54): Athena's `Insufficient permissions to execute the query.` alone (WD7190)", () => {
    expect(scan(h('h115-015'))).toEqual([
      ['denial', 'athena-insufficient-permissions', null, 'athena']
    ])
  })

  it('h59-020: with the IAM sentence after it, the sentence is the finding', () => {
    expect(scan(h('h59-020')).map((r) => r[1])).toEqual(['iam-sentence'])
  })

  it("h117-025 (serverless/serverless#2597): the Serverless Framework's sentence wrapped by its box", () => {
    expect(scan(h('h117-025')).map((r) => r[1])).toEqual(['serverless-no-credentials'])
  })
})

describe("configure-aws-credentials' and STS's token words", () => {
  it("h116-003 (aws-actions/configure-aws-credentials#502): STS's `Missing a required claim: sub` alone", () => {
    const [f] = analyzeText(h('h116-003')).findings
    expect(f).toMatchObject({ kind: 'credentials', grammar: 'web-identity-token-wordings' })
    expect(f!.detail.cause).toBe('oidc-claim-missing')
  })

  it('own: a missing `aud` is its own cause', () => {
    const [f] = analyzeText('Error: Missing a required claim: aud\n').findings
    expect(f!.detail.cause).toBe('oidc-aud-missing')
  })

  it("h116-004 (aws-actions/configure-aws-credentials#930): the action's OIDC note quoted by the writer", () => {
    expect(scan(h('h116-004')).map((r) => r[1])).toEqual(['oidc-id-token-permission'])
  })
})

describe('SDKs too old for EKS Pod Identity (WD7176)', () => {
  it("h118-027 (opensearch-project/OpenSearch#17305): the Java SDK v2's `has an invalid host`", () => {
    expect(scan(h('h118-027')).map((r) => r[1])).toEqual(['pod-identity-sdk-old'])
  })

  it("h118-026 (kubernetes-sigs/aws-ebs-csi-driver#1870): the Go SDK v1's, its chain's code kept", () => {
    expect(scan(h('h118-026')).map((r) => [r[1], r[2]])).toEqual([
      ['pod-identity-sdk-old', 'NoCredentialProviders']
    ])
  })

  it('own: the ECS agent’s address in the same words is no Pod Identity failure', () => {
    const text =
      'The full URI (http://169.254.170.2/v1/credentials) contained within environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host.'
    expect(scan(text).map((r) => r[1])).not.toContain('pod-identity-sdk-old')
  })
})

describe('non-AWS stores named by the writer', () => {
  it('h115-008 (airbytehq/airbyte#40209): `GCS as destination` makes S3’s sentence Google’s', () => {
    expect(scan(h('h115-008'))).toEqual([])
  })

  it('own: the same 403 with no store named is AWS’s', () => {
    const text = h('h115-008').replace(
      'Trying to test GCS as destination.',
      'Trying to test a destination.'
    )
    expect(scan(text).length).toBe(1)
  })
})

describe('a chain of the Go SDK v1 is one finding', () => {
  it('h63-005: `EC2RoleRequestError` inside `NoCredentialProviders` is the chain’s, not a second finding', () => {
    const codes = scan(h('h63-005')).map((r) => r[2])
    expect(codes).toContain('NoCredentialProviders')
    expect(codes).not.toContain('EC2RoleRequestError')
  })
})
