// A tool that prints the name of what it is creating on its own line, above the bare refusal:
// the name fills the statement instead of a placeholder (issue 17, heldout8 review class 5).
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Finding } from '../../src/model/Finding.js'
import { corpusText } from '../support/corpusRecords.js'

function denial(text: string): Finding {
  const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
  expect(found).toHaveLength(1)
  return found[0]!
}

const FLUENT = '[output:cloudwatch_logs:cloudwatch_logs.0]'

describe('Fluent Bit names the log group it creates', () => {
  it('heldout8 h8-012 (aws/aws-for-fluent-bit#155): the one group above the refusal', () => {
    const f = denial(corpusText('heldout8.jsonl', 'h8-012'))
    expect(f.inferredAction).toBe('logs:CreateLogGroup')
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:/aws/containerinsights/prod-cluster/application'
    )
  })

  it('heldout8 h8-011 (aws/aws-for-fluent-bit#177): two groups of one cluster, their folder', () => {
    const f = denial(corpusText('heldout8.jsonl', 'h8-011'))
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:/aws/containerinsights/cluster-name/*'
    )
  })

  it('counter-case (own): two groups that share no folder keep the placeholder', () => {
    const f = denial(
      `[ info] ${FLUENT} Creating log group app-logs\n` +
        `[error] ${FLUENT} CreateLogGroup API responded with error='AccessDeniedException'\n` +
        `[ info] ${FLUENT} Creating log group audit-logs\n` +
        `[error] ${FLUENT} CreateLogGroup API responded with error='AccessDeniedException'\n`
    )
    expect(f.inferredAction).toBe('logs:CreateLogGroup')
    expect(f.inferred?.resource).toBeUndefined()
  })

  it('counter-case (own): a log stream refusal does not take the group’s name as its resource', () => {
    const f = denial(
      `[ info] ${FLUENT} Creating log group /ecs/app\n` +
        `[error] ${FLUENT} CreateLogStream API responded with error='AccessDeniedException'\n`
    )
    expect(f.inferredAction).toBe('logs:CreateLogStream')
    expect(f.inferred?.resource).toBeUndefined()
  })
})

describe('terragrunt names the state bucket it creates', () => {
  it.each([
    [
      'heldout8 h8-037 (antonbabenko/modules.tf-demo#3)',
      corpusText('heldout8.jsonl', 'h8-037'),
      'terraform-states-072717525149'
    ],
    [
      // Genaker/TerraformMagentoCloud#19, as printed.
      'Genaker/TerraformMagentoCloud#19 (with retry)',
      'ERRO[0020] Create S3 bucket with retry terraform-states-387688863714 returned an error: AccessDenied: Access Denied\n\tstatus code: 403, request id: XBB14PYKJS6X3WKP, host id: UptFVr3xyZhTfFl5Q1vHPn8eCDPE716zwPYZ5XG2DkRkf5YLrlrYc6/VC+Lnhnh0A+9JzoQw2ww=. Sleeping for 10s and will try again.  prefix=[/home/genaker/Downloads/TerraformMinimal/terraformminimal/ap-southeast-1/aws-data] \n',
      'terraform-states-387688863714'
    ]
  ])('%s: s3:CreateBucket on the bucket it names', (_n, text, bucket) => {
    const f = denial(text)
    expect(f.inferredAction).toBe('s3:CreateBucket')
    expect(f.inferred?.resource?.value).toBe(`arn:aws:s3:::${bucket}`)
  })

  it('counter-case (gruntwork-io/terragrunt#2326): a name that is no bucket name is not used', () => {
    const f = denial(
      'Error checking if SSE is enabled for AWS S3 bucket my_bucket_name: AccessDenied: Access Denied\n'
    )
    expect(f.inferred?.resource).toBeUndefined()
  })
})

describe('an s3:// URL printed above the refusal, the only bucket in reach', () => {
  // Source: aws-samples/non-profit-blockchain#3, as printed in the issue.
  const NON_PROFIT_BLOCKCHAIN_3 =
    'I get this when running: aws s3 cp s3://managedblockchain-beta/service-2.json .\n\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n'

  it('aws-samples/non-profit-blockchain#3: the file the copy read', () => {
    const f = denial(NON_PROFIT_BLOCKCHAIN_3)
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::managedblockchain-beta/service-2.json')
    expect(f.inferred?.resource?.from).toMatch(/above the refusal/)
  })

  it('own: a remote folder printed above (a tool’s DEBUG trail) gives its keys', () => {
    const f = denial(
      "DEBUG: Preparing to upload data to 's3://team-dvc-store/datastore'\n" +
        'DEBUG: Querying 2 hashes via object_exists\n' +
        'ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    )
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::team-dvc-store/datastore/*')
  })

  it('own counter-case: two buckets in reach keep the placeholder', () => {
    const f = denial(
      'syncing s3://source-bucket/data to s3://dest-bucket/data\n' +
        'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    )
    expect(f.inferred?.resource).toBeUndefined()
  })
})

describe("Terraform's S3 backend names the state object it could not read", () => {
  // github-file:find_string#5088882530 (a Terraform multi-environment write-up), as printed there.
  const MULTI_ENV =
    '│ Error: Error loading state:\n│     Unable to access object "multi-env/terraform.tfstate" in S3 bucket "multi-env-hub-spoke-terraform-state": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: 8BDXRAT0PPCQ4EZQ, HostID: 7jML04CBlhOC91fqrDc4W0sZUqrO2nWE8RnJ7COrDwGh9XMo8yI+EXLphvXuJG4bYR5p18kjv7FKa99xLkW/DWIYhI1VAIs022v2AUpbxsg=, api error Forbidden: Forbidden\n'

  it('find_string#5088882530: the state key, not the whole bucket', () => {
    const f = denial(MULTI_ENV)
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:s3:::multi-env-hub-spoke-terraform-state/multi-env/terraform.tfstate'
    )
  })

  it('heldout12 h12-058 (patrickchugh/terravision#105): the key drafted, not `bucket/*`', () => {
    const f = denial(corpusText('heldout12.jsonl', 'h12-058'))
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::mybucketname/terraform.tfstate')
  })

  it('github-file:find_string#56170906593: a masked key and bucket name no object', () => {
    // The pipeline masked both names; `***` is not a bucket, so nothing is read from the line.
    const f = denial(
      'Terraform Init  Successfully configured the backend "s3"!\nTerraform Init  Error: Error refreshing state: Unable to access object "***"\n                in S3 bucket "***": operation error S3: HeadObject,\n                https response error StatusCode: 403,\n                RequestID: ZHNAW91QDCESN50D,\n                api error Forbidden: Forbidden\n'
    )
    expect(f.inferred?.resource?.value ?? '').not.toMatch(/\*\*\*|terraform\.tfstate/)
  })
})
