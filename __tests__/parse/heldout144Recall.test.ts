// heldout144–145's cases the engine missed or misread on their unseen score (issue 10, session 49):
// Redshift's, DuckDB's, Greengrass', Bedrock's and the package managers' own words, a presigned
// URL's Region, a Step Functions console error, an ARN hard-wrapped after a slash, and the
// look-alikes (an Iceberg catalog, Yandex and SeaweedFS stores, comments, a link's title); each
// with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services', tools' and libraries' own words", () => {
  it.each([
    ['h144-008', 'denial', 's3a-forbidden-cut', null, null],
    ['h144-027', 'credentials', 'object-store-imds-unreachable', null, 'credential-timeout'],
    ['h144-034', 'credentials', 'redshift-copy-no-key', null, 'redshift-copy-credentials'],
    ['h144-036', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h144-037', 'credentials', 'redshift-not-iam-session', null, 'redshift-iam-session'],
    [
      'h144-050',
      'credentials',
      's3-presigned-region',
      'AuthorizationQueryParametersError',
      'signing-region'
    ],
    ['h144-068', 'denial', 'amplify-init-access-denied', null, null],
    ['h144-088', 'credentials', 'codeartifact-repository-status', null, 'codeartifact-token'],
    ['h144-093', 'credentials', 'sbt-no-credentials-for-host', null, null],
    ['h144-094', 'credentials', 'codeartifact-repository-status', null, 'codeartifact-token'],
    [
      'h145-008',
      'credentials',
      'bedrock-bearer-token-expired',
      'AccessDeniedException',
      'bedrock-api-key-expired'
    ],
    ['h145-039', 'credentials', 'greengrass-tes-no-credentials', null, 'greengrass-tes'],
    ['h145-052', 'denial', 'greengrass-service-role-missing', 'UnauthorizedException', null],
    ['h145-054', 'denial', 'greengrass-artifact-inaccessible', 'ValidationException', null]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const service = (id: string) => analyzeText(h(id)).findings[0]!.service
    expect(['h144-008', 'h144-027', 'h145-054'].map(service)).toEqual(['s3', 's3', 's3'])
    expect(['h145-008', 'h145-052', 'h144-088'].map(service)).toEqual([
      'bedrock',
      'greengrass',
      'codeartifact'
    ])
    // s3cmd's `S3 error: 400 (InvalidRequest):` and the console's `"Error": "Lambda.…"`.
    expect(analyzeText(h('h144-032')).findings[0]!.code).toBe('InvalidRequest')
    expect(analyzeText(h('h145-097')).findings[0]!.code).toBe('Lambda.AWSLambdaException')
  })

  it.each([
    // own: a Redshift COPY that found its key
    'INFO:  Load into table a completed, 10 record(s) loaded successfully.',
    // own: Greengrass' TES serving credentials
    'com.aws.greengrass.tes.CredentialRequestHandler: Received IAM credentials that will be cached.',
    // own: the IMDS token fetched from Rust's object_store
    'GET http://169.254.169.254/latest/api/token 200 OK',
    // own: an artifact that Greengrass could read
    '{s3://b/a.zip = Specified artifact resource is valid}',
    // own: an S3A stat that succeeded
    'getFileStatus on s3a://b/k: S3AFileStatus{path=s3a://b/k; isDirectory=false}',
    // own: npm logged in to a registry that is not AWS's
    'npm error need auth This command requires you to be logged in to https://registry.example.com/'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('values a writer wrapped or doubled', () => {
  it('h144-083: an ARN broken after `package/` goes on with the next line, and the reason is read', () => {
    const [f] = analyzeText(h('h144-083')).findings
    expect(f!.resource).toBe(
      'arn:aws:codeartifact:us-east-1:<ACCOUNT_ID>:package/supply-chain/terraform-modules/generic/terraform/vpc-module'
    )
    expect([f!.layer, f!.deny]).toEqual(['identity', 'implicit'])
  })

  it('h145-046: a doubled `on resource: resource:` label is not the resource', () => {
    expect(analyzeText(h('h145-046')).findings[0]!.resource).toBe(
      'arn:aws:greengrass:us-west-2:123456789012:/greengrass/definition/cores/78cd17f3-bc68-ee18-47bd-5bda5EXAMPLE/versions/368e9ffa-4939-6c75-859c-0bd4cEXAMPLE'
    )
  })

  it('h144-026: a secret name the writer cut (`airbyte_workspace_....`) gives no ARN to draft', () => {
    const statements = buildRemedies(analyzeText(h('h144-026')).findings).flatMap(
      (r) => r.statements
    )
    expect(JSON.stringify(statements)).not.toContain('airbyte_workspace_....')
  })

  it('counter-case (own): a bucket ARN ending a line keeps its slash-free name, the next sentence is not joined', () => {
    const [f] = analyzeText(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::acme-builds\nbecause no identity-based policy allows the s3:ListBucket action'
    ).findings
    expect(f!.resource).toBe('arn:aws:s3:::acme-builds')
  })
})

describe('look-alikes', () => {
  it.each([
    ['h144-019', "an Iceberg REST catalog's own `User '…' is not authorized to load table`"],
    ['h144-022', "a Terraform file's comment: `a new table can fail with:`"],
    ['h144-023', "Yandex Data Proc's ComputeMetadataCredentialsProvider"],
    ['h145-086', 'a runbook on SeaweedFS quoting Mimir'],
    ['h145-090', 'a comment quoting AMP\'s refusal beside the policy\'s `"Resource" : [`'],
    ['h145-092', "an issue's title as a link's text in a reading list"]
  ])('%s: %s', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: the same Iceberg exception carrying AWS's IAM sentence (Glue's Iceberg REST endpoint)
    'org.apache.iceberg.exceptions.ForbiddenException: Forbidden: User: arn:aws:sts::123456789012:assumed-role/spark/s is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-east-1:123456789012:table/db/t because no identity-based policy allows the glue:GetTable action',
    // own: a log line with a link after the error, not around it
    '[ERROR] NoCredentialProviders: no valid providers in chain. See [the docs](https://docs.aws.amazon.com/sdk-for-go/)',
    // own: a run's error under a lead-in saying it will fail, not that it can
    'The deploy will fail with:\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
  ])('counter-case: %s', (text) => {
    expect(reported(text).length).toBe(1)
  })
})
