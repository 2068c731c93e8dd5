// The expert review of heldout136–137 on the session's start build (docs/reviews/2026-12-07-heldout136.md):
// the fixes not covered by a trap's own test file.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)

describe("an Athena query's two sides", () => {
  it("h137-030 (kubecost/docs#125): the results' writes on the output location, never on the data read", () => {
    const statements = buildRemedies(analyzeText(h('h137-030')).findings).flatMap(
      (r) => r.statements
    )
    const on = (resource: string) =>
      statements
        .filter((s) => [s.Resource].flat().includes(resource))
        .flatMap((s) => [s.Action].flat())
        .sort()
    const data =
      'arn:aws:s3:::kubecost-reports/kubecost_/kubecost_intergration/kubecost_intergration/*'
    expect(on(data)).toEqual(['s3:GetObject'])
    expect(on('arn:aws:s3:::kubecost-reports')).toEqual(['s3:GetBucketLocation', 's3:ListBucket'])
    expect(on('arn:aws:s3:::<BUCKET_NAME>/*')).toEqual([
      's3:AbortMultipartUpload',
      's3:GetObject',
      's3:PutObject'
    ])
    expect(JSON.stringify(statements)).not.toContain('parquet')
  })
})

describe('AWS Budgets refusing a linked account', () => {
  it('h137-060 (a read-only scanner): ViewBudget to read, ModifyBudget only to create or change', () => {
    const [f] = analyzeText(h('h137-060')).findings
    expect(f!.explanation).toContain('`budgets:ViewBudget` to read budgets')
    expect(f!.explanation).toContain('`budgets:ModifyBudget` only to create or change one')
    expect(f!.explanation).not.toMatch(/still needs `budgets:ModifyBudget`/)
  })
})

describe('Nix with an S3 binary cache', () => {
  it("h136-001: the Nix manual's set, s3:ListBucket so a cache miss is no 403", () => {
    const [f] = analyzeText(h('h136-001')).findings
    expect(f!.traps[0]).toBe('app-permission-set')
    expect(f!.explanation).toContain('Nix with an S3 binary cache')
    expect(f!.explanation).toContain(
      '`s3:ListBucket` on the bucket so a path the cache does not hold'
    )
  })

  it("counter-case (own): another tool's `.narinfo` in prose is not Nix's fetch", () => {
    const [f] = analyzeText(
      'upload failed: ./x.narinfo to s3://b/x.narinfo An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ).findings
    expect(f!.traps).not.toContain('app-permission-set')
  })
})

describe('IDs the caller chooses', () => {
  it('h137-041 (a CloudFormation QuickSight dashboard): the DashboardId is the template\'s, never "AWS assigns"', () => {
    const statements = buildRemedies(analyzeText(h('h137-041')).findings).flatMap(
      (r) => r.statements
    )
    const create = statements.find((s) => s.Action === 'quicksight:CreateDashboard')!
    expect(create.Resource).toBe('arn:aws:quicksight:<REGION>:<ACCOUNT_ID>:dashboard/<RESOURCE_ID>')
  })

  it('counter-case (own): an EC2 create still ends in `*` where AWS assigns the ID', () => {
    const statements = buildRemedies(
      analyzeText(
        'Error: Error creating NAT Gateway: UnauthorizedOperation: You are not authorized to perform this operation'
      ).findings
    ).flatMap((r) => r.statements)
    expect([statements[0]!.Resource].flat()).toContain(
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:natgateway/*'
    )
  })
})

describe('the AWS Health API and the support plan', () => {
  it("h137-038 (DescribeEventsForOrganization): the account's support plan, no Region or sign-up advice", () => {
    const [f] = analyzeText(h('h137-038')).findings
    expect(f!.inferred?.accountBlock?.value).toBe('support-plan')
    expect(f!.explanation).toContain('the AWS Health API answer only accounts on a Business')
    expect(f!.explanation).not.toContain('opt-in Regions')
    // The Lambda's role is who called, but no policy of its changes a support plan (re-review).
    const notes = buildRemedies([f!]).flatMap((r) => r.notes)
    expect(notes.join('\n')).not.toContain('its policy is the one to change')
  })

  it('counter-case (own): SubscriptionRequiredException from another service stays a subscription', () => {
    const [f] = analyzeText(
      'An error occurred (SubscriptionRequiredException) when calling the ListStreams operation: The AWS Access Key Id needs a subscription for the service'
    ).findings
    expect(f!.inferred?.accountBlock?.value).toBe('subscription')
  })
})

describe("configure-aws-credentials' session tags", () => {
  it('h135-053 (role chaining with keys): sts:TagSession beside sts:AssumeRole on both sides', () => {
    const remedies = buildRemedies(analyzeText(h('h135-053')).findings)
    for (const kind of ['trust-policy', 'identity-policy']) {
      const actions = remedies
        .filter((r) => r.target.kind === kind)
        .flatMap((r) => r.statements.flatMap((s) => [s.Action].flat()))
      expect(actions).toEqual(expect.arrayContaining(['sts:AssumeRole', 'sts:TagSession']))
    }
  })

  it('counter-case (own): `role-skip-session-tagging: true` passes no tags', () => {
    const text = `    role-skip-session-tagging: true\n${h('h135-053')}`
    const actions = buildRemedies(analyzeText(text).findings).flatMap((r) =>
      r.statements.flatMap((s) => [s.Action].flat())
    )
    expect(actions).not.toContain('sts:TagSession')
  })
})

describe('an unsigned command that also writes', () => {
  it('h137-014 (aws/aws-cli#7890): --no-sign-request made the multipart upload anonymous; drop it or copy in two steps', () => {
    const [f] = analyzeText(h('h137-014')).findings
    expect(f!.kind).toBe('credentials')
    expect(f!.traps).toEqual(['unsigned-request-refused'])
    expect(f!.explanation).toMatch(
      /^The request was sent unsigned \(`--no-sign-request` on the aws command\), and S3 refused `CreateMultipartUpload`/
    )
    expect(f!.explanation).toContain('never lets an anonymous caller start a multipart upload')
    expect(f!.explanation).toContain('download without signing, then upload signed')
    // The generic "configure credentials" advice is not said beside it.
    expect(f!.explanation).not.toContain('rather than opening the bucket')
  })

  it('the same refusal with no unsigned switch shown keeps the generic advice (own case)', () => {
    const [f] = analyzeText(
      'upload failed: ./a.bin to s3://acme-data/a.bin An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: Anonymous users cannot initiate multipart uploads.  Please authenticate.'
    ).findings
    expect(f!.traps).not.toContain('unsigned-request-refused')
    expect(f!.explanation).toContain('S3 answered an unsigned (anonymous) request')
  })

  it('a read refused to an unsigned command says to sign it, not to write anywhere (own case)', () => {
    const [f] = analyzeText(
      '+ aws s3api get-object --bucket acme-private --key a.txt a.txt --no-sign-request\nAn error occurred (AccessDenied) when calling the GetObject operation: Anonymous users cannot list objects.  Please authenticate.'
    ).findings
    expect(f!.kind).toBe('credentials')
    expect(f!.traps).toContain('unsigned-request-refused')
    expect(f!.explanation).toContain('Drop the unsigned option')
    expect(f!.explanation).not.toContain('download without signing')
  })
})
