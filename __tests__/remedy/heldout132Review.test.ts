// The expert review of heldout132–135 on the session's start build (docs/reviews/2026-12-07-heldout132.md):
// the fixes not covered by a trap's own test file.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)

describe("a local emulator's own key check", () => {
  it.each(['h135-020', 'h135-022'])(
    '%s (DynamoDB Local 2.x): the words the log names, and the fix that fits, never the AWS key checklist',
    (id) => {
      const { findings, notes } = analysed(h(id))
      const f = findings[0]!
      expect(f.explanation).toMatch(/^The log names `[^`"]+`\. DynamoDB Local answers/)
      expect(f.explanation).not.toMatch(/in the log`/)
      const joined = notes.join('\n')
      expect(joined).toContain('no AWS credentials are involved')
      expect(joined).toContain('letters and digits only')
      expect(joined).not.toMatch(/rotat|opt-in Region/i)
    }
  )
})

describe("STS's credential-type refusals in each call's own words", () => {
  it('h135-046: GetFederationToken from a session is explained as GetFederationToken, with its own fix', () => {
    const { findings, notes } = analysed(h('h135-046'))
    expect(findings[0]!.explanation).toMatch(
      /^GetFederationToken must be called with an IAM user's long-term access keys/
    )
    expect(notes.join('\n')).toContain('call AssumeRole with a session policy instead')
    expect(notes.join('\n')).not.toMatch(/clock|Region/)
  })

  it("own: GetSessionToken's keeps its words", () => {
    const [f] = analyzeText(
      'An error occurred (AccessDenied) when calling the GetSessionToken operation: Cannot call GetSessionToken with session credentials'
    ).findings
    expect(f!.explanation).toMatch(/^GetSessionToken cannot be called with temporary/)
    expect(
      buildRemedies([f!])
        .flatMap((r) => r.notes)
        .join('\n')
    ).toContain('GetSessionToken takes long-term IAM user keys')
  })
})

describe('a service that could not assume the role it was given', () => {
  it("h132-041 (SageMaker's training job): the role's trust of sagemaker.amazonaws.com, no identity statement", () => {
    const { findings, statements } = analysed(h('h132-041'))
    const f = findings[0]!
    expect(f.traps[0]).toBe('role-assumer-trust')
    expect(f.explanation).toMatch(
      /^`sagemaker\.amazonaws\.com` could not assume `arn:aws:iam::379899735384:role\/SageMakerRole`/
    )
    expect(statements).toEqual([])
  })

  it("h135-054 (the metadata service's AssumeRoleUnauthorizedAccess): ec2.amazonaws.com's trust, or a role made again", () => {
    const { findings, statements } = analysed(h('h135-054'))
    const f = findings[0]!
    expect([f.grammar, f.code, f.traps[0]]).toEqual([
      'ec2-cannot-assume-role',
      'AssumeRoleUnauthorizedAccess',
      'role-assumer-trust'
    ])
    expect(f.explanation).toContain('must trust `ec2.amazonaws.com`')
    expect(f.explanation).toContain('remove the role from the profile and add it back')
    expect(statements).toEqual([])
  })

  it('counter-case (own): an unknown name is no service principal', () => {
    const [f] = analyzeText(
      "ClientError: Frobnicator was unable to assume the role 'arn:aws:iam::111122223333:role/x'"
    ).findings
    expect(f?.detail.assumer).toBeUndefined()
  })
})

describe("S3's error body names S3", () => {
  it.each(['h134-036'])('%s (the body with its HostId): S3, not "no service named"', (id) => {
    const [f] = analyzeText(h(id)).findings
    expect(f!.service ?? f!.inferred?.service?.value).toBe('s3')
    expect(f!.explanation).not.toMatch(/does not name the service/)
  })

  it("counter-case (own): SQS's error body has no HostId", () => {
    const [f] = analyzeText(
      '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Access to the resource is denied.</Message></Error><RequestId>8f4e2c1a-1b2c-5d6e-8f90-a1b2c3d4e5f6</RequestId></ErrorResponse>'
    ).findings
    expect(f?.service ?? null).not.toBe('s3')
  })
})

describe("a bucket call's bare refusal is the general-purpose S3's when no variant is named", () => {
  it.each([
    ['h134-040', 's3:PutBucketPolicy'],
    ['h135-029', 's3:GetBucketPolicy']
  ])('%s: %s', (id, action) => {
    const { findings, statements } = analysed(h(id))
    const f = findings.find((x) => x.code === 'AccessDenied')!
    expect(f.inferredAction).toBe(action)
    expect(statements.map((s) => s.Action)).toContainEqual(action)
  })

  it('counter-case (own): a directory bucket named is S3 Express', () => {
    const [f] = analyzeText(
      'aws s3api put-bucket-policy --bucket logs--usw2-az1--x-s3 --policy file://p.json\nAn error occurred (AccessDenied) when calling the PutBucketPolicy operation: Access Denied'
    ).findings
    expect(f!.inferredAction).not.toBe('s3:PutBucketPolicy')
  })
})

describe("Lambda's check of an SQS event source names one step of the set", () => {
  it('h133-002 (DeleteMessage named): the whole SQS source set', () => {
    const [f] = analyzeText(h('h133-002')).findings
    expect(f!.explanation).toContain('sqs:ReceiveMessage')
    expect(f!.explanation).toContain('sqs:GetQueueAttributes')
    expect(f!.explanation).toContain('AWSLambdaSQSQueueExecutionRole')
  })
})

it("h133-037 (botocore's form of EC2's Spot service-linked role refusal): spot.amazonaws.com, not a placeholder", () => {
  const { findings, notes } = analysed(h('h133-037'))
  expect(findings[0]!.detail.serviceLinkedRole).toBe('spot.amazonaws.com')
  expect(notes.join('\n')).toContain(
    'create-service-linked-role --aws-service-name spot.amazonaws.com'
  )
})

it("h133-001 (Lambda's check of the execution role names PutTraceSegments): the summary says whose calls, not that none is named", () => {
  const md = renderMarkdown(
    withRemedies(analyzeText(h('h133-001') + '\n', 'x.log'), undefined, () => {})
  )
  expect(md).not.toContain('no finding names the action that was denied')
  expect(md).toContain("the calls it names are for the function's execution role")
})

it("h133-029 (CloudFormation's GeneralServiceException over EC2's refusal): CloudTrail is searched by EC2's code", () => {
  const [f] = analyzeText(h('h133-029')).findings
  expect(f!.explanation).not.toMatch(/errorCode is `GeneralServiceException`/)
  expect(f!.explanation).toMatch(/errorCode is `(?:Client\.UnauthorizedOperation|AccessDenied)`/)
})

it("h135-062 (EC2's RequestExpired at an interactive describe-tags): the clock first, expired keys second", () => {
  const { findings, notes } = analysed(h('h135-062'))
  const f = findings.find((x) => x.code === 'RequestExpired')!
  expect(f.explanation).toMatch(/more than 15 minutes before \(or after\) their clock/)
  expect(notes.join('\n')).toMatch(/Check the signing machine's clock first/)
})

it("h134-004 (RDS's KMSKeyNotAccessibleFault on CopyDBSnapshot): no rds:CopyDBSnapshot statement under a note that drafts none", () => {
  const { statements, notes } = analysed(h('h134-004'))
  expect(statements).toEqual([])
  expect(notes.join('\n')).toMatch(/^No statement is drafted from the message/m)
})

it("h134-043 (Amplify Hosting unable to assume the app's service role): the role's trust of amplify.amazonaws.com", () => {
  const { findings, statements } = analysed(h('h134-043'))
  expect(findings[0]!.traps).toContain('role-assumer-trust')
  expect(findings[0]!.explanation).toContain('must trust `amplify.amazonaws.com`')
  expect(statements).toEqual([])
})

describe("services' own words the re-review found answered generically", () => {
  it.each([
    ['h132-037', /^SageMaker Studio refused an IAM Identity Center user/],
    ['h133-053', /^The service could not assume the role it works with/],
    ['h134-005', /^The snapshot is encrypted with the account's default EBS key/]
  ])('%s: its own title, no statement', (id, title) => {
    const { findings, statements } = analysed(h(id))
    expect(findings[0]!.title).toMatch(title)
    expect(statements).toEqual([])
  })
})

// The review's left class: a trust rendering declaring `resource "aws_iam_role"` creates a second
// role (or fights the existing one) and drops the trust's other statements.
describe("a trust policy's Terraform edits the role that exists", () => {
  it.each(['h133-008', 'h135-040', 'h135-053'])(
    '%s: the existing trust kept through source_policy_documents, no new aws_iam_role declared',
    (id) => {
      const trust = buildRemedies(analyzeText(h(id)).findings).find(
        (r) => r.target.kind === 'trust-policy'
      )!
      const hcl = trust.renderings.terraform!
      expect(hcl).not.toMatch(/^resource "aws_iam_role"/m)
      expect(hcl).toMatch(/^# resource "aws_iam_role" "<existing>" \{$/m)
      expect(hcl).toMatch(/^#\s+assume_role_policy = data\.aws_iam_policy_document\.\w+\.json$/m)
      expect(hcl).toMatch(/^ {2}# source_policy_documents = \[/m)
      // The data block stays valid HCL: every uncommented line outside it is blank.
      const live = hcl.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
      expect(live[0]).toMatch(/^data "aws_iam_policy_document" "\w+" \{$/)
      expect(live.at(-1)).toBe('}')
    }
  )

  it('counter-case: an identity fix still attaches its own inline policy', () => {
    const identity = buildRemedies(analyzeText(h('h135-040')).findings).find(
      (r) => r.target.kind === 'identity-policy'
    )!
    expect(identity.renderings.terraform).toMatch(/^resource "aws_iam_role_policy" /m)
  })
})

// The review's left class: calls the tools' own words name.
describe('the call a tool’s words name (heldout132 review)', () => {
  it.each([
    ['h133-055', 'ec2:ModifyVpcAttribute'],
    ['h134-048', 's3:DeleteObject'],
    ['h135-031', 's3:PutObject']
  ])('%s: %s', (id, action) => {
    const { findings } = analysed(h(id))
    expect(findings[0]!.inferred?.action?.value).toBe(action)
  })

  it.each([
    // own: hugo deploy uploading, no deletion named
    ' INFO 2020/04/03 18:16:01 Uploading index.html...\n Error: blob (code=Unknown): Forbidden: Forbidden\n \tstatus code: 403, request id: 3D5EF3CEE76C2FCC, host id: QGq/J51=',
    // own: another step of s3sync's pipeline
    'level=error msg="Sync error: pipeline step: 2 (LoadObjData) failed with error: object: a.xml sync error: AccessDenied: Access Denied\\n\\tstatus code: 403, request id: 57064C841C470CAA, host id: iOGzu8="'
  ])('counter-case: %s', (text) => {
    const { findings } = analysed(text)
    expect(['s3:DeleteObject', 's3:PutObject']).not.toContain(findings[0]!.inferred?.action?.value)
  })
})
