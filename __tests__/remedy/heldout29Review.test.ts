// heldout29's expert review and the unseen-logs check u31 (issue 17, session 30): each class the
// review found, from its real excerpt, with an own counter-case.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h29 = (id: string) => corpusText('heldout29.jsonl', id)

// aws/aws-cdk#14351 (the unseen-logs check's u31-005), its last lines as printed (console gutters kept).
const U31_005 = `126 | }
127 | User: arn:aws:sts::123456789012:assumed-role/MyAppRepositoriesStac-PipelineUpdatePipelineSe-MQXOT87CX32H/AWSCodeBuild-8e592d74-2a6b-4e5c-b39c-fa28ef7d6556 is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:eu-central-1:123456789012:stack/MyAppRepositoriesStack/7e350680-be1f-11eb-b835-0a05df596088`

// aws/aws-cdk#16268 (u30-004), as printed.
const U30_004 = `CdkDeploymentPipelineStack: checking if we can skip deploy
Call failed: getTemplate({     "StackName": "CdkDeploymentPipelineStack",     "TemplateStage": "Original" }) => 
User: arn:aws:sts::USERID:assumed-role/CdkDeploymentPipelineStac-infrastructuredeployment-XXXXXX/AWSCodeBuild-YYYYYYY 
is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:us-west-2:USERID:stack/CdkDeploymentPipelineStack/ZZZZZZZ (code=AccessDenied)`

// mitodl/ol-infrastructure#458 (u31-007), as printed.
const U31_007 = `copy failed: s3://open-learning-course-data-rc/res-15-004-system-dynamics-systems-thinking-and-modeling-for-a-complex-world-january-iap-2020/811446c0ce86ebd1d483baa5a5fb3eda_MITRES15-004IAP20-th.jpg to s3://ol-ocw-studio-app-qa/courses/res-15-004-system-dynamics-systems-thinking-and-modeling-for-a-complex-world-january-iap-2020/811446c0ce86ebd1d483baa5a5fb3eda_MITRES15-004IAP20-th.jpg An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied
etc...`

// iotexproject/iotex-core#881 (u31-004), as printed.
const U31_004 = `00:02
Exit code: 1
#!/bin/bash -eo pipefail
aws s3 sync cli/ioctl/release/ \${S3_BUCKET_DIR}
fatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied
Exited with code 1`

const grants = (statements: { Action: string | string[]; Resource?: string | string[] }[]) =>
  Object.fromEntries(
    statements.flatMap((s) => [s.Action].flat().map((a) => [a, [s.Resource ?? []].flat()]))
  )

describe('an action a paste ran on into the next words', () => {
  it('h29-003: `tag:GetTagValuesTotal chart` with the GetTagValues operation is tag:GetTagValues', () => {
    const { statements, notes } = analysedOne(h29('h29-003'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['tag:GetTagValues', '*']])
    expect(notes).toMatch(/printed action tag:GetTagValuesTotal is no IAM action/)
  })

  it('own: an unknown action whose operation it does not start with is still not proposed', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetTagKeys operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: tag:GetTagValuesTotal'
    )
    expect(statements).toEqual([])
  })
})

describe("Amazon Connect's generic `connect:*` on `*`", () => {
  it.each([
    ['h29-006 (aws/aws-cdk#29816, an AwsCustomResource)', h29('h29-006')],
    ['h4-162 (a Lambda reading metrics)', corpusText('heldout4.jsonl', 'h4-162')]
  ])('%s: the request first, no Deny hunt, no statement', (_n, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toEqual(['connect-generic-deny'])
    expect(f.explanation).toMatch(/^Amazon Connect answered/)
    expect(f.explanation).toMatch(/InstanceId/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(statements).toEqual([])
    expect(notes).not.toMatch(/get-bucket-policy|a Deny whose Action is a wildcard/)
  })

  it('counter-case: a concrete Connect action with an explicit deny is a Deny to find', () => {
    const { f } = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: connect:StartOutboundVoiceContact on resource: arn:aws:connect:us-east-1:111122223333:instance/abc with an explicit deny'
    )
    expect(f.traps).not.toContain('connect-generic-deny')
  })
})

describe("a role name the reporter replaced is the caller's placeholder, never pasted", () => {
  it.each([
    ['h29-008 (`assumed-role/..`)', h29('h29-008')],
    ['h29-025 (`arn:aws:sts::XYZ:assumed-role/XYZ`)', h29('h29-025')],
    ['h29-005 (`assumed-role/foo` without its session)', h29('h29-005')]
  ])('%s', (_n, text) => {
    const { findings } = { findings: [analysedOne(text).f] }
    const f = findings[0]!
    expect(f.fixTarget.principalName).toBeNull()
    expect(f.title).toMatch(/a role whose name the log hides/)
    expect(JSON.stringify(f)).not.toMatch(/role-name '?(?:\.\.|XYZ|foo)\b/)
  })

  it('counter-case: a real session of a role called foo keeps its name', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the DescribeAutoScalingGroups operation: User: arn:aws:sts::111122223333:assumed-role/foo/i-0abc is not authorized to perform: autoscaling:DescribeAutoScalingGroups'
    )
    expect(f.fixTarget.principalName).toBe('foo')
  })
})

describe('a bare S3 refusal of a versions listing', () => {
  it('h29-035: ListObjectVersions is s3:ListBucketVersions, in the causes as in the statement', () => {
    const { f, statements } = analysedOne(h29('h29-035'))
    expect(statements.map((s) => s.Action)).toEqual(['s3:ListBucketVersions'])
    expect(f.explanation).toMatch(/no Allow for s3:ListBucketVersions/)
    expect(f.explanation).not.toMatch(/no Allow for s3:ListBucket on/)
  })
})

describe('the CDK CLI refused as a CodeBuild project role', () => {
  it.each([
    ['u31-005 (CDK Pipelines self-mutation)', U31_005],
    ['u30-004 (the CLI words in a project running cdk deploy)', U30_004]
  ])('%s: the synthesis and the bootstrap, no CloudFormation grant', (_n, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('cdk-pipeline-project-role')
    expect(f.fixTarget.kind).toBe('workflow')
    expect(statements).toEqual([])
    expect(notes).toMatch(/newStyleStackSynthesis/)
  })

  it("counter-case: CDK's own deploy role refused is no project role's", () => {
    const { f } = analysedOne(
      'checking if we can skip deploy\nUser: arn:aws:sts::111122223333:assumed-role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1/AWSCodeBuild-1 is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/App/1'
    )
    expect(f.traps).not.toContain('cdk-pipeline-project-role')
  })
})

describe('a create refused against "*" whose ARN holds an assigned ID', () => {
  it('h29-021 (ACK kafka controller): kafka:CreateCluster on "*", with the network reads MSK makes', () => {
    const { statements, notes } = analysedOne(h29('h29-021'))
    const g = grants(statements)
    expect(g['kafka:CreateCluster']).toEqual(['*'])
    for (const a of ['ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVpcs'])
      expect(g[a]).toEqual(['*'])
    expect(notes).toMatch(/assigns only when the call succeeds/)
    expect(notes).not.toMatch(/<UUID>/)
  })
})

describe("the X-Ray daemon's whole upload", () => {
  it('h29-009: segments, telemetry and the sampling calls together', () => {
    const { statements } = analysedOne(h29('h29-009'))
    expect(Object.keys(grants(statements)).sort()).toEqual([
      'xray:GetSamplingRules',
      'xray:GetSamplingStatisticSummaries',
      'xray:GetSamplingTargets',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments'
    ])
  })
})

describe('S3 transfers whose roots the log leaves to be read', () => {
  it('u31-007: a failed copy whose keys end alike is a tree copy: the roots, not one folder', () => {
    const g = grants(analysedOne(U31_007).statements)
    expect(g['s3:PutObject']).toEqual(['arn:aws:s3:::ol-ocw-studio-app-qa/courses/*'])
    expect(g['s3:GetObject']).toEqual(['arn:aws:s3:::open-learning-course-data-rc/*'])
    expect(g['s3:ListBucket']).toEqual(['arn:aws:s3:::open-learning-course-data-rc'])
  })

  it('counter-case: a copy sharing only its file name stays the one object', () => {
    const g = grants(
      analysedOne(
        'copy failed: s3://src-bucket/a/report.csv to s3://dst-bucket/b/report.csv An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied'
      ).statements
    )
    expect(g['s3:PutObject']).toEqual(['arn:aws:s3:::dst-bucket/b/report.csv'])
  })

  it('u31-004: `aws s3 sync DIR ${S3_BUCKET_DIR}` is an upload under the folder the variable holds', () => {
    const { statements, notes } = analysedOne(U31_004)
    const g = grants(statements)
    expect(g['s3:ListBucket']).toEqual(['arn:aws:s3:::<BUCKET_NAME>'])
    // Re-review: the variable names a folder, so the puts stay under it.
    expect(g['s3:PutObject']).toEqual(['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*'])
    expect(notes).toMatch(/Replace <KEY_PREFIX> with the key prefix \(folder\)/)
    expect(notes).not.toMatch(/log shows a placeholder/)
  })

  it('counter-case: a variable named for the bucket alone puts under the whole bucket', () => {
    const g = grants(analysedOne(U31_004.replace('${S3_BUCKET_DIR}', '$S3_BUCKET')).statements)
    expect(g['s3:PutObject']).toEqual(['arn:aws:s3:::<BUCKET_NAME>/*'])
  })
})

// The re-review of heldout29's changed cases (session 31) and the review's missing verdicts.
describe("the X-Ray daemon's set is the daemon's only", () => {
  it("h29-010: the OpenTelemetry Collector's awsxray exporter sends segments, nothing more", () => {
    const { f, statements } = analysedOne(h29('h29-010'))
    expect(f.inferred?.signals?.['known-app']?.value).toBe('otel-awsxray-exporter')
    expect(Object.keys(grants(statements))).toEqual(['xray:PutTraceSegments'])
    expect(f.explanation).not.toMatch(/X-Ray daemon/)
  })
})

describe('reading tables through the Glue Data Catalog', () => {
  it("h29-036: Athena's JDBC driver refused glue:GetTables reads the database, tables and partitions", () => {
    const { statements, notes } = analysedOne(h29('h29-036'))
    expect(Object.keys(grants(statements)).sort()).toEqual([
      'glue:GetDatabase',
      'glue:GetDatabases',
      'glue:GetPartition',
      'glue:GetPartitions',
      'glue:GetTable',
      'glue:GetTables'
    ])
    // The optional `catalog/NAME` type is shown by its ARN form: the root catalog is listed already.
    expect(notes).toMatch(
      /also checked against catalog \(`arn:\$\{Partition\}:glue:\$\{Region\}:\$\{Account\}:catalog\/\$\{CatalogName\}`\)/
    )
  })

  it('counter-case: a Glue job write is no catalog read', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the CreateTable operation: User: arn:aws:sts::111122223333:assumed-role/etl/job is not authorized to perform: glue:CreateTable on resource: arn:aws:glue:us-east-1:111122223333:catalog'
    )
    expect(Object.keys(grants(statements))).toEqual(['glue:CreateTable'])
  })
})

// S3's XML error body names the key it did not know (JuliaCI/NanosoldierReports, u31-001: the
// same body, its lines as printed, brought next to the refusal).
const UNKNOWN_KEY = `NanosoldierError: failed to upload test log: AWSException: InvalidAccessKeyId -- The AWS Access Key Id you provided does not exist in our records.
<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIA4WZGSTHCMSSHRWL6</AWSAccessKeyId><RequestId>NRX3KC5468YW8MPW</RequestId><HostId>46x9erv0cBXdpcZNLSDqRVjxqMQ0/MwUBZAfk1hKOAXc7nE0NHLKFPtm6zCNEPqYPKvghE4gdRQ=</HostId></Error>`

describe('an unrecognised access key whose kind the log shows', () => {
  it('u31-001: an AKIA key is long-term: no session token is missing; the key is not repeated', () => {
    const { f, notes } = analysedOne(UNKNOWN_KEY)
    expect(f.inferred?.signals?.['access-key-shown']?.value).toBe('AKIA')
    expect(f.explanation).toMatch(/^The access key the log shows \(`AKIA…`\) is a long-term key/)
    expect(f.explanation).toMatch(/aws sts get-access-key-info --access-key-id <ACCESS_KEY_ID>/)
    expect(f.explanation).not.toMatch(/session token missing/)
    expect(notes).toMatch(/which long-term key is sent/)
    expect(JSON.stringify(f)).not.toContain('AKIA4WZGSTHCMSSHRWL6')
  })

  it('own: an ASIA key is temporary: its session token first', () => {
    const { f } = analysedOne(UNKNOWN_KEY.replace('AKIA4WZ', 'ASIA4WZ'))
    expect(f.explanation).toMatch(/^The access key the log shows \(`ASIA…`\) is a temporary one/)
  })

  it("counter-case: AWS's documentation key is no key of the job's", () => {
    const { f } = analysedOne(UNKNOWN_KEY.replace('AKIA4WZGSTHCMSSHRWL6', 'AKIAIOSFODNN7EXAMPLE'))
    expect(f.inferred?.signals?.['access-key-shown']).toBeUndefined()
    expect(f.explanation).toMatch(/^AWS does not recognise the access key/)
  })
})

describe('expired credentials where the log shows no GitHub Actions', () => {
  it("u31-009 (a GitLab runner on Fargate): no configure-aws-credentials input, the program's own refresh", () => {
    const { f } = analysedOne(
      'starting new Fargate task: running new task on Fargate: error starting AWS Fargate Task: ExpiredTokenException: The security token included in the request is expired\n\tstatus code: 400, request id: 4b855cc3-e596-4cf9-9c40-f7bad2478685'
    )
    expect(f.explanation).not.toMatch(/configure-aws-credentials|role-duration-seconds/)
    expect(f.explanation).toMatch(/long-running runner/)
  })

  it('counter-case: on GitHub Actions the step input is named', () => {
    const { f } = analysedOne(
      '##[group]Run aws s3 ls\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired'
    )
    expect(f.explanation).toMatch(/role-duration-seconds/)
  })
})

describe('git-remote-s3: a push replaces its bundle under the repository prefix', () => {
  it('h29-025 (awslabs/git-remote-s3#24): DeleteObject on no printed resource is the prefix, with its documented set', () => {
    const { f, statements } = analysedOne(h29('h29-025'))
    expect(f.inferred?.s3Wrapper?.value).toBe('git-remote-s3')
    expect(grants(statements)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::<BUCKET_NAME>'],
      's3:DeleteObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*'],
      's3:GetObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*'],
      's3:PutObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*']
    })
  })

  it('counter-case: a printed resource stays the one the message names', () => {
    const { f } = analysedOne(
      '! [remote rejected] main -> main (An error occurred (AccessDenied) when calling the DeleteObject operation: User: arn:aws:sts::111122223333:assumed-role/dev/s is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::repos/app/main/abc.bundle" because no identity-based policy allows the s3:DeleteObject action)'
    )
    expect(f.inferred?.s3Wrapper).toBeUndefined()
    expect(f.resource).toBe('arn:aws:s3:::repos/app/main/abc.bundle')
  })
})
