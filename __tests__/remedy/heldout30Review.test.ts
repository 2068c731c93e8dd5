// heldout30's expert review (issue 17, session 31): each class the review found that this round
// fixed, from its real excerpt, with an own counter-case.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h30 = (id: string) => corpusText('heldout30.jsonl', id)

const grants = (statements: { Action: string | string[]; Resource?: string | string[] }[]) =>
  Object.fromEntries(
    statements.flatMap((s) => [s.Action].flat().map((a) => [a, [s.Resource ?? []].flat()]))
  )

describe("SAM CLI's artifact upload", () => {
  it.each([
    ['h30-016 (aws-samples/aws-serverless-saas-workshop#3)', 'h30-016'],
    ['h30-029 (aws-samples/sam-sf-sagemaker-workflow#1)', 'h30-029']
  ])('%s: the bucket is checked first, and the grant is its objects, never one key', (_n, id) => {
    const { f, statements } = analysedOne(h30(id))
    expect(f.inferred?.s3Wrapper?.value).toBe('sam-artifact-upload')
    expect(f.traps).toContain('sam-artifact-bucket')
    expect(f.explanation).toMatch(/^SAM CLI could not put an artifact/)
    expect(f.explanation).toMatch(/exists in your own account and in the Region/)
    // Re-review: CloudFormation and Lambda read what was put with the same identity.
    expect(grants(statements)).toEqual({
      's3:GetObject': ['arn:aws:s3:::<BUCKET_NAME>/*'],
      's3:PutObject': ['arn:aws:s3:::<BUCKET_NAME>/*']
    })
  })

  it('counter-case: a CLI upload of one named file keeps its key', () => {
    const { f } = analysedOne(
      'upload failed: ./app.zip to s3://my-artifacts/releases/app.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('sam-artifact-bucket')
  })
})

describe('a requester-pays dataset', () => {
  it('h30-003 (arXiv, aws/aws-cli#2557): the request-payer flag first, no Allow to paste', () => {
    const { findings, statements } = analysed(h30('h30-003'))
    for (const f of findings) {
      // Re-review: the HEAD is no missing key's, the flag comes first for it too.
      expect(f.traps).toEqual(['another-party-bucket'])
      expect(f.title).not.toMatch(/may not exist/)
      expect(f.explanation).toMatch(/^The bucket `arxiv` is a requester-pays dataset/)
      expect(f.explanation).toMatch(/--request-payer requester/)
    }
    expect(statements).toEqual([])
  })

  it('counter-case: a bucket whose name only starts like one is not', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\naws s3 ls s3://arxiv-mirror-team/'
    )
    expect(f.traps).not.toContain('another-party-bucket')
  })
})

describe('an opt-in Region named by the tool’s own field', () => {
  it("h30-009 (aws-nuke's `owner=ap-east-1`): the Region's enablement first, on both codes", () => {
    const { findings } = analysed(h30('h30-009'))
    expect(findings.map((f) => f.code)).toEqual([
      'UnrecognizedClientException',
      'InvalidClientTokenId'
    ])
    for (const f of findings) {
      expect(f.inferred?.signals?.['opt-in-region']?.value).toBe('ap-east-1')
      expect(f.explanation).toMatch(/^The request went to ap-east-1, an opt-in Region/)
    }
  })

  it('counter-case: a default Region in the same field says nothing', () => {
    const { findings } = analysed(h30('h30-009').replace(/ap-east-1/g, 'us-east-1'))
    for (const f of findings) expect(f.inferred?.signals?.['opt-in-region']).toBeUndefined()
  })
})

describe('the printed code of a Node inspect dump', () => {
  it("h30-010 (mirkokiefer/aws-lib#34): `Code: 'AuthFailure'` is the code, and the clock is checked", () => {
    const { f, notes } = analysedOne(h30('h30-010'))
    expect(f.code).toBe('AuthFailure')
    expect(notes).toMatch(/clock of the machine that signs/)
  })
})

describe('the writer says the key action is the missing one', () => {
  // boto/boto3#2952 (h30-002), its REPL lines brought next to the refusal.
  it('own: "kms:Decrypt is not" granted beside a refused GetObject leads with the key', () => {
    const { f } = analysedOne(`>>> # When S3:GetObject is granted and kms:Decrypt is not
>>> s3.get_object(Bucket=BUCKET_NAME, Key=KEY_NAME)
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied`)
    expect(f.inferred?.sseKms?.value).toBe('aws:kms')
    expect(f.explanation).toMatch(/^The log shows SSE-KMS/)
  })

  it('counter-case: a kms:Decrypt that is granted says nothing', () => {
    const { f } = analysedOne(`>>> # kms:Decrypt is granted too
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied`)
    expect(f.inferred?.sseKms).toBeUndefined()
  })
})

describe("the Serverless Framework's deployment bucket check", () => {
  it('h30-022 (serverless/serverless#4883): GetBucketLocation on the bucket serverless.yml names, its owner first', () => {
    const { f, statements, notes } = analysedOne(h30('h30-022'))
    expect(f.grammarRule).toBe('WD813')
    expect(f.traps).toContain('serverless-deployment-bucket')
    expect(f.explanation).toMatch(/^The Serverless Framework's check of the deployment bucket/)
    expect(f.explanation).toMatch(/exists in your own account/)
    // Review 3: the owner check stands in the visible fix too.
    expect(notes).toMatch(
      /Before pasting, check that the bucket `provider.deploymentBucket` names exists/
    )
    expect(grants(statements)).toEqual({
      's3:GetBucketLocation': ['arn:aws:s3:::<BUCKET_NAME>'],
      's3:ListBucket': ['arn:aws:s3:::<BUCKET_NAME>'],
      's3:PutObject': ['arn:aws:s3:::<BUCKET_NAME>/*'],
      's3:GetObject': ['arn:aws:s3:::<BUCKET_NAME>/*'],
      's3:DeleteObject': ['arn:aws:s3:::<BUCKET_NAME>/*']
    })
  })

  it("counter-case: the framework's bare Access Denied keeps the call unnamed", () => {
    const { f } = analysedOne(
      'Serverless Error ---------------------------------------\n\n  Access Denied'
    )
    expect(f.operation).toBeNull()
    expect(f.explanation).toMatch(/^The Serverless Framework relayed S3's bare `Access Denied`/)
  })
})

describe("EC2's AuthFailure", () => {
  it('h30-005 (aws/aws-sdk-java-v2#2981): a secret that does not match and the signature, not only an unknown key', () => {
    const { f, notes } = analysedOne(h30('h30-005'))
    expect(f.title).toBe('AWS could not validate the credentials (AuthFailure)')
    expect(f.explanation).toMatch(/the secret key does not match the key ID/)
    expect(notes).toMatch(/the secret key paired with the key ID/)
  })

  it("counter-case: STS's InvalidClientTokenId keeps the unknown-key wording", () => {
    const { f } = analysedOne(
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    )
    expect(f.title).toMatch(/^AWS credentials not recognised/)
  })
})

describe("the Amplify CLI's missing credentials", () => {
  it('h30-025 (aws-amplify/amplify-hosting#1480): no credentials at all', () => {
    const { f } = analysedOne(h30('h30-025'))
    expect(f.grammarRule).toBe('WD812')
    expect(f.kind).toBe('credentials')
    expect(f.title).toBe('No AWS credentials found')
    // Re-review: an Amplify Hosting build takes them from the app's service role.
    expect(f.explanation).toMatch(/^The Amplify CLI found no AWS credentials/)
    expect(f.explanation).toMatch(/service role/)
  })
})

describe("Snowflake's storage integration", () => {
  it("h30-001: `Error assuming AWS_ROLE` is the integration role's trust policy, no grant to the caller", () => {
    const { f, statements, notes } = analysedOne(h30('h30-001'))
    expect(f.grammarRule).toBe('WD814')
    expect(f.traps).toEqual(['snowflake-storage-integration'])
    expect(f.fixTarget.kind).toBe('trust-policy')
    // Review 3: the caller's account is Snowflake's; the role's owner changes the trust.
    expect(f.fixTarget.owner).toBe('resource-owner')
    expect(f.explanation).toMatch(/^Snowflake could not assume the IAM role/)
    expect(f.explanation).toMatch(/DESC INTEGRATION/)
    // Neither the caller's external-ID flag nor its own Allow: the caller is Snowflake's.
    expect(f.explanation).not.toMatch(/--external-id|caller's identity policy must allow/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/STORAGE_AWS_EXTERNAL_ID/)
  })

  it('counter-case: a plain AssumeRole refusal keeps both sides', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied'
    )
    expect(f.traps).not.toContain('snowflake-storage-integration')
  })
})

describe('a resource the log names in another Region', () => {
  it("h30-015 (aws-samples/aws-lambda-layer-kubectl#34): the app's Region, not a grant on us-west-2", () => {
    const { f, statements } = analysedOne(h30('h30-015'))
    expect(f.traps).toEqual(['resource-in-other-region'])
    expect(f.explanation).toMatch(/^The log names this resource in us-east-1/)
    expect(f.explanation).toMatch(/--region us-east-1/)
    expect(statements).toEqual([])
  })
})

describe("the CDK bootstrap stack's own staging bucket", () => {
  it('h30-028 (aws/aws-cdk#24437): `cdk bootstrap` refused on StagingBucket names cdk-hnb659fds-assets-ACCOUNT-REGION', () => {
    const { f, statements, notes } = analysedOne(h30('h30-028'))
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:s3:::cdk-hnb659fds-assets-<ACCOUNT_ID>-us-east-1'
    )
    expect(grants(statements)).toEqual({
      's3:PutLifecycleConfiguration': ['arn:aws:s3:::cdk-hnb659fds-assets-<ACCOUNT_ID>-us-east-1']
    })
    expect(notes).toMatch(/Replace <ACCOUNT_ID> with the 12-digit AWS account ID/)
  })

  it('own: a qualifier and a printed account are used as given', () => {
    const text = h30('h30-028')
      .replace(/XXXXXXXXXXXX/g, '123456789012')
      .replace('Failed resources:', 'cdk bootstrap --qualifier abc123 failed:')
    expect(analysedOne(text).f.inferred?.resource?.value).toBe(
      'arn:aws:s3:::cdk-abc123-assets-123456789012-us-east-1'
    )
  })

  it("counter-case: an app stack's own StagingBucket is no bootstrap bucket", () => {
    const { f } = analysedOne(h30('h30-028').replace(/CDKToolkit/g, 'MyAppStack'))
    expect(f.inferred?.resource?.value ?? '').not.toMatch(/cdk-hnb659fds/)
  })
})

describe("Amplify Hosting's backend build step", () => {
  it("h30-021 (aws/aws-cdk#8381): `amplifyPush` then S3's bare refusal: the app's service role first", () => {
    const { f } = analysedOne(h30('h30-021'))
    expect(f.traps).toContain('amplify-service-role')
    expect(f.explanation).toMatch(/^The refusal comes from an Amplify Hosting build's backend step/)
  })
})

describe("the SDK's own STS call under another service's client", () => {
  it('h30-007 (Aws::EC2::Client.new, then Aws::STS::Errors::InvalidClientTokenId): the source credentials and their account first', () => {
    const { f } = analysedOne(h30('h30-007'))
    expect(f.inferred?.signals?.['sts-behind-client']?.value).toBe('EC2')
    expect(f.explanation).toMatch(/The refused call is STS's, not EC2's/)
    expect(f.explanation).toMatch(/account that owns the source credentials/)
  })

  it("counter-case: STS's refusal of a caller that made an STS client is STS's own call", () => {
    const { f } = analysedOne(
      "sts = Aws::STS::Client.new(region: 'us-east-1')\nAws::STS::Errors::InvalidClientTokenId: The security token included in the request is invalid."
    )
    expect(f.inferred?.signals?.['sts-behind-client']).toBeUndefined()
  })
})

// aws-samples/amazon-cloudwatch-monitor-for-sap-netweaver#7 (the unseen-logs check's u32-009), as printed.
const U32_009 = `# Copy Artifacts
echo "Copy artifacts to S3 Bucket"
aws s3 cp s3://sap-monitor/$releaseID s3://$accountid-sapmonitor --source-region eu-central-1
fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden`

describe('a script that names its S3 path with a shell variable', () => {
  it('u32-009: whether the variable is set comes first, and it is no key to grant', () => {
    const { f, statements } = analysedOne(U32_009)
    expect(f.inferred?.signals?.['unexpanded-variable']?.value).toBe('releaseID')
    expect(f.explanation).toMatch(
      /^The command names its S3 path with the shell variable `\$releaseID`/
    )
    expect(JSON.stringify(statements)).not.toContain('$')
    expect(grants(statements)['s3:GetObject']).toEqual(['arn:aws:s3:::sap-monitor/<RELEASEID>'])
  })

  it('counter-case: a refusal that prints its resource shows what the variable held', () => {
    const { f } = analysedOne(
      'aws s3 cp layer.zip s3://${BUCKET_NAME}/layers/\nupload failed: ./layer.zip to s3://acme-layers/layers/layer.zip An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-layers/layers/layer.zip" because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.inferred?.signals?.['unexpanded-variable']).toBeUndefined()
  })
})

// hashicorp/terraform-provider-aws#42420 (the unseen-logs check's u32-003), as printed.
const U32_003 = `Waiting for the plan to start...
Terraform v1.11.4
on linux_amd64
Initializing plugins and modules...
╷
│ Error: No valid credential sources found
│
│   with provider["registry.terraform.io/hashicorp/aws"],
│   on main.tf line 1, in provider "aws":
│    1: provider "aws" {}
│
│ Please see https://registry.terraform.io/providers/hashicorp/aws
│ for more information about providing credentials.
│
│ Error: failed to refresh cached credentials, no EC2 IMDS role found,
│ operation error ec2imds: GetMetadata, request canceled, context deadline
│ exceeded
│
╵
Operation failed: failed running terraform plan (exit 1)`

describe('an HCP Terraform run whose banner is cut off', () => {
  it("u32-003: the remote run's own lines say where it ran: the workspace's credentials", () => {
    const { f } = analysedOne(U32_003)
    expect(f.traps).toContain('terraform-remote-run')
    expect(f.explanation).toMatch(/^The run executes on HCP Terraform/)
  })

  it("counter-case: the same error from a local run is the machine's own credentials", () => {
    const { f } = analysedOne(
      U32_003.replace('Waiting for the plan to start...\n', '').replace(/\nOperation failed.*$/, '')
    )
    expect(f.traps).not.toContain('terraform-remote-run')
  })
})

describe("an uploader's words that name S3", () => {
  // github-aws-runners/terraform-aws-github-runner#2785 (the unseen-logs check's u32-010), as printed.
  it('u32-010: `Uploading of … to S3 failed: AccessDenied` is s3:PutObject', () => {
    const { f } = analysedOne(
      '2022-12-21 11:27:26.746  ERROR [:52f1e78f-bdb2-4158-9e2c-d33801bd7462 index.js:49526 undefined.<anonymous>] Uploading of the new distribution to S3 failed: AccessDenied: Access Denied '
    )
    expect(f.inferred?.action?.value).toBe('s3:PutObject')
  })

  it('counter-case: an upload elsewhere that failed is no S3 write', () => {
    const { findings } = analysed(
      'Uploading of the new distribution to the artifact server failed: 503 Service Unavailable'
    )
    expect(findings).toEqual([])
  })
})
