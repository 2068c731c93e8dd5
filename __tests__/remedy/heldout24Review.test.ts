// heldout24's expert review (issue 17, session 26): the wrong and noisy findings on logs nobody
// here had seen, each with the corpus text it was found on and counter-cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h24 = (id: string) => corpusText('heldout24.jsonl', id)
// The unseen-logs check's excerpts (github-file:find_string#1667844257, #47399938990), as printed.
const U26_004 =
  '$ aws sts get-caller-identity\n\nUnable to locate credentials. You can configure credentials by running "aws configure".'
const U26_007 = [
  '2026-02-10T00:39:22.8050937Z Validating AWS credentials...',
  '2026-02-10T00:39:24.9925489Z ',
  '2026-02-10T00:39:24.9931797Z An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
].join('\n')
const resourcesOf = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())
const notesOf = (text: string) =>
  buildRemedies(analyzeText(text).findings)
    .flatMap((r) => r.notes)
    .join('\n')

describe('what to check of credentials, by what AWS answered (review 1: u26-004, u26-007, h24-051)', () => {
  it.each([
    ['u26-004: no credentials found', U26_004],
    ['u26-007: a key AWS does not know', U26_007],
    ['h24-051: a key AWS does not know', h24('h24-051')]
  ])('%s: no clock skew or session length', (_what, text) => {
    const notes = notesOf(text)
    expect(notes).not.toContain('clock skew')
    expect(notes).not.toContain('session duration')
  })

  it('an unknown key names the key and the Region instead', () => {
    expect(notesOf(h24('h24-051'))).toContain('which access key is sent')
  })

  it.each([
    [
      'an expired session keeps its length',
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
      'session duration against the job length'
    ],
    [
      "EC2's AuthFailure keeps the clock (h12-077: a skewed workstation)",
      corpusText('heldout12.jsonl', 'h12-077'),
      'the clock of the machine that signs'
    ]
  ])('counter-case: %s', (_what, text, kept) => {
    expect(notesOf(text)).toContain(kept)
  })
})

describe('a call checked against "*" (review 1: h24-005, h24-027)', () => {
  it('h24-005: SES suppression list with no tenant named: Resource "*", not a tenant ARN', () => {
    const { statements, notes } = analysedOne(h24('h24-005'))
    expect(resourcesOf(statements)).toEqual(['*'])
    expect(notes).toContain('apply only to a call that uses a tenant (TenantName)')
  })

  it('counter-case: a tenant the message names is the resource', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::681735686245:assumed-role/web/s is not authorized to perform: ses:PutSuppressedDestination on resource: arn:aws:ses:us-east-1:681735686245:tenant/acme/t-1 because no identity-based policy allows the ses:PutSuppressedDestination action'
    )
    expect(resourcesOf(statements)).toEqual(['arn:aws:ses:us-east-1:681735686245:tenant/acme/t-1'])
  })

  it("h24-027: DescribeInstanceInformation's `…:ssm:REGION:ACCOUNT:*` is no malformed parameter", () => {
    const { findings } = analyzeText(h24('h24-027'))
    const ssm = findings.find((f) => f.action === 'ssm:DescribeInstanceInformation')!
    expect(ssm.traps).not.toContain('ssm-parameter-name')
    const statements = buildRemedies(findings).flatMap((r) => r.statements)
    expect(
      statements.filter((s) => [s.Action].flat().includes('ssm:DescribeInstanceInformation'))
    ).toEqual([expect.objectContaining({ Resource: '*' })])
  })

  it('counter-case: GetParameter on the same resource still names a malformed parameter', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::961448935360:assumed-role/worker/i-1 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:961448935360:* because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(f.traps).toContain('ssm-parameter-name')
  })
})

describe('per-run names (review 2: h24-061)', () => {
  it("h24-061: Route 53's change IDs become `change/*`", () => {
    const { findings } = analyzeText(h24('h24-061'))
    const statements = buildRemedies(findings).flatMap((r) => r.statements)
    expect([...new Set(resourcesOf(statements))]).toEqual(['arn:aws:route53:::change/*'])
    // One note naming both refused IDs, not one note per ID.
    const notes = buildRemedies(findings).flatMap((r) => r.notes)
    expect(notes.filter((n) => n.startsWith('Resource is `arn:aws:route53:::change/*`'))).toEqual([
      expect.stringContaining(
        'rather than the `arn:aws:route53:::change/C1S6ZKT0289YU4` and `arn:aws:route53:::change/C2KO8X3QCNL7ZZ` that failed'
      )
    ])
  })
})

describe('a signed request is no anonymous one (review 2: h24-011)', () => {
  const DOCUMENT =
    '    < <Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>D58A30194FCC2EFA</RequestId><HostId>23eW90YDaCcPm1AcqirNH9Utb9FsJEP1iqFWtOzu9hHz52ctMPM7yIpPCK2T2+YnTJnizvo+K2w=</HostId></Error>'
  it("h24-011: aws-nuke's trace shows the request's signed headers, 13 lines above the document", () => {
    const { findings } = analyzeText(h24('h24-011'))
    expect(findings.flatMap((f) => f.traps)).not.toContain('unsigned-request-refused')
    expect(findings.map((f) => f.inferred?.principal?.value)).not.toContain('anonymous')
  })

  it("own: an SDK's wire trace of the answer (aws-nuke's Go SDK words) is a signed client's", () => {
    const text = [
      'DEBU[0009] received AWS response:',
      '    < HTTP/1.1 403 Forbidden',
      '    < Server: AmazonS3',
      DOCUMENT
    ].join('\n')
    expect(analyzeText(text).findings.flatMap((f) => f.traps)).not.toContain(
      'unsigned-request-refused'
    )
  })

  it("counter-case: S3's error document on its own is still an anonymous download", () => {
    const { findings } = analyzeText(DOCUMENT.replace('    < ', ''))
    expect(findings.flatMap((f) => f.traps)).toContain('unsigned-request-refused')
  })
})

describe("CloudTrail's name for the call (review 3: h24-054)", () => {
  it('h24-054: PutPublicAccessBlock is recorded as PutBucketPublicAccessBlock', () => {
    const { findings } = analyzeText(h24('h24-054'))
    const text = findings.map((f) => f.explanation).join('\n') + notesOf(h24('h24-054'))
    expect(text).toContain('AttributeValue=PutBucketPublicAccessBlock')
    expect(text).not.toContain('AttributeValue=PutPublicAccessBlock')
  })
})

describe('names the log prints are used (review 1 and 2: h24-021, h24-030, h24-034)', () => {
  it("h24-021: a tool's look-up of the bucket's Region is GetBucketLocation on that bucket", () => {
    const { statements } = analysedOne(h24('h24-021'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:GetBucketLocation',
        Resource: 'arn:aws:s3:::dgi.deploy-lambda'
      })
    ])
  })

  it("h24-030: App Runner's role is passed to apprunner.amazonaws.com", () => {
    const { statements } = analysedOne(h24('h24-030'))
    expect(statements[0]!.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'apprunner.amazonaws.com' }
    })
  })

  it("h24-034: SQS's bare queue name is the queue in the caller's account", () => {
    const { statements } = analysedOne(h24('h24-034'))
    expect(resourcesOf(statements)).toEqual(['arn:aws:sqs:<REGION>:847219365028:nimbus-jobs'])
  })

  it('counter-case: prose where a queue name stands stays a placeholder', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the ReceiveMessage operation: User: arn:aws:sts::847219365028:assumed-role/web/s is not authorized to perform: sqs:ReceiveMessage on resource: the jobs queue'
    )
    expect(resourcesOf(statements)).toEqual(['arn:aws:sqs:<REGION>:<ACCOUNT_ID>:<QUEUE_NAME>'])
  })
})

describe('a secret named without its ARN (review 2: h24-060)', () => {
  it('h24-060: says first that a bare name is a secret not found in that account and Region', () => {
    const { notes } = analysedOne(h24('h24-060'))
    expect(notes).toContain('a bare name often means it found none there')
    expect(notes).toContain('customer managed KMS key')
  })
})

describe("AWS's quarantine of an exposed key, shown by the decoded message (review 3: u27-004)", () => {
  // Shaped on u27-004 (fernandomullerjr/terraform-aws, aulas/aula18-Built-in-Functions/
  // rascunho-aula18.md): Terraform's encoded refusal, then the author's decode of it, its action
  // list cut short here.
  const BLOB =
    'S4vUjgKaMZjh7c6q0Jf0NXE4YXMGLDo-1Q6YigpL2bkaLvu50IUmyYgHUiyzgaKhitZXrsqpwNq5wMO7SWxAqb-T9e_LpeONd8N1cxn28Yrc3XUjdXtCnIZpDv7ULLMqn6iGlNu3Ik-oKzQ1P5Y2bSzK3ZTqBu6kt2J28hpMlhnixopg36RPpzld0aYaspf9_1MJ32gv53XHeQMcnZFbrZNGUygReY8MYI24hqnxwUyQG9CQBuSSr6'
  const decoded = (actions: string[]) =>
    [
      `│ Error: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: ${BLOB}`,
      '',
      `$ aws sts decode-authorization-message --encoded-message ${BLOB}`,
      '{',
      `    "DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":true,\\"matchedStatements\\":{\\"items\\":[{\\"statementId\\":\\"\\",\\"effect\\":\\"DENY\\",\\"actions\\":{\\"items\\":[${actions.map((a) => `{\\"value\\":\\"${a}\\"}`).join(',')}]}}]},\\"context\\":{\\"principal\\":{\\"id\\":\\"AIDA34JOWZ7JD6ORHXUBC\\",\\"arn\\":\\"arn:aws:iam::816678621138:user/dev\\"},\\"action\\":\\"ec2:RunInstances\\",\\"resource\\":\\"arn:aws:ec2:us-east-1:816678621138:instance/*\\"}}"`,
      '}'
    ].join('\n')

  it('a Deny listing the quarantine policy’s actions leads with the exposed key, no statement', () => {
    const { f, statements } = analysedOne(
      decoded([
        'ec2:RequestSpotInstances',
        'ec2:RunInstances',
        'iam:AddUserToGroup',
        'iam:AttachUserPolicy',
        'iam:CreateAccessKey'
      ])
    )
    expect(f.traps).toContain('exposed-key-quarantine')
    expect(statements).toEqual([])
  })

  it('counter-case: a Deny of launches alone is no quarantine', () => {
    const { f } = analysedOne(decoded(['ec2:RunInstances', 'ec2:StartInstances']))
    expect(f.traps).not.toContain('exposed-key-quarantine')
  })
})

describe('services with no resource-based policy (review 2: h24-031)', () => {
  it("h24-031: EKS's DescribeCluster is not told its resource policy must allow the caller", () => {
    const [f] = analyzeText(h24('h24-031')).findings
    expect(f!.action).toBe('eks:DescribeCluster')
    expect(f!.explanation).not.toContain('its resource policy must allow')
    expect(f!.explanation).toContain('eks resources have no resource-based policy')
  })

  it("counter-case: S3's bucket policy is still named for a bucket in another account", () => {
    const [f] = analyzeText(
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k"'
    ).findings
    expect(f!.explanation).toContain('its resource policy must allow the caller too')
  })
})

describe('a masked name then a masked ID (review 2: h24-003)', () => {
  it("h24-003: a target group's second segment is its ID, not a name after the masked name", () => {
    const { statements, notes } = analysedOne(h24('h24-003'))
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:elasticloadbalancing:us-east-1:<ACCOUNT_ID>:targetgroup/<TARGETGROUP_NAME>/<TARGETGROUP_ID>'
    ])
    expect(notes).not.toContain('xxxxx-xxxxxxxxx name')
  })

  it('counter-case: a printed name keeps its own ID placeholder rule', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/lbc/s is not authorized to perform: elasticloadbalancing:AddTags on resource: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/k8s-web/xxxxxxxxx because no identity-based policy allows the elasticloadbalancing:AddTags action'
    )
    expect(resourcesOf(statements)[0]).toMatch(/targetgroup\/k8s-web\/<[A-Z_]+>$/)
  })
})
