// heldout22's expert review (issue 17, session 24): the wrong findings on logs nobody here had
// seen, each with the corpus text it was found on and counter-cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { renderComment } from '../../src/report/index.js'
import { corpusText } from '../support/corpusRecords.js'

const h22 = (id: string) => corpusText('heldout22.jsonl', id)
const one = (text: string) => {
  const { findings } = analyzeText(text)
  expect(findings).toHaveLength(1)
  return findings[0]!
}
const statementsOf = (text: string) =>
  buildRemedies(analyzeText(text).findings).flatMap((r) => r.statements)
const notesOf = (text: string) => buildRemedies(analyzeText(text).findings).flatMap((r) => r.notes)

describe("S3's document inside a program's frames is a signed caller's (review h22-049, h22-051)", () => {
  it.each(['h22-049', 'h22-051'])('%s: not an anonymous caller', (id) => {
    const f = one(h22(id))
    expect(f.traps).not.toContain('unsigned-request-refused')
    expect(f.fixTarget.principalType).not.toBe('anonymous')
    expect(f.explanation).not.toContain('anonymous caller')
  })

  it('own counter-case: the document alone is still an unsigned request', () => {
    const f = one(
      '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>C8QKKGB0B3090Z1D</RequestId><HostId>s3R0e+Rgl+U6j4/sPtdpSjP7nHgb46O50ltwWDzsFmOj8qJjxzOB9Nb/nKLsIThm4K2gbK+8OfI=</HostId></Error>'
    )
    expect(f.traps).toContain('unsigned-request-refused')
  })
})

describe("CloudFormation's stack role that cannot be assumed (review h22-036)", () => {
  it("h22-036: the role's trust or its absence, no Allow of the caller", () => {
    const f = one(h22('h22-036'))
    expect(f.service).toBe('cloudformation')
    expect(f.traps).toContain('role-assumer-trust')
    expect(f.explanation).toContain('must trust `cloudformation.amazonaws.com`, or')
    expect(f.explanation).toContain('`--role-arn`')
    expect(f.fixTarget.description).toContain('it must trust cloudformation.amazonaws.com')
    expect(statementsOf(h22('h22-036'))).toEqual([])
  })

  it('own counter-case: the same words with no stack around name no assumer', () => {
    const f = one(
      'Error: Role arn:aws:iam::123456789012:role/pipeline-role is invalid or cannot be assumed'
    )
    expect(f.detail.assumer).toBeUndefined()
    expect(f.traps).not.toContain('role-assumer-trust')
  })
})

describe('STS refusing the session length says so where the fix is shown (review h22-027)', () => {
  it('h22-027: the note and the headline name the session length, not missing keys', () => {
    const text = h22('h22-027')
    const notes = notesOf(text).join('\n')
    expect(notes).toContain("longer than the role's MaxSessionDuration")
    expect(notes).not.toContain('missing, expired, invalid or of the wrong type')
    const report = analyzeText(text)
    const comment = renderComment(
      { ...report, remedies: buildRemedies(report.findings) },
      { key: 'cli', title: 'this log' }
    )
    expect(comment).toContain("it exceeds the role's MaxSessionDuration")
  })

  it('own counter-case: an expired token keeps the generic credentials checklist', () => {
    const notes = notesOf(
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'
    ).join('\n')
    expect(notes).not.toContain('MaxSessionDuration')
  })
})

describe("a CloudWatch Logs destination's access policy (review h22-016)", () => {
  it('h22-016: the destination owner admits the sender, no identity Allow', () => {
    const f = one(h22('h22-016'))
    expect(f.traps).toContain('logs-destination-policy')
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.owner).toBe('resource-owner')
    expect(f.explanation).toContain(
      'aws logs put-destination-policy --destination-name testDestination'
    )
    // The printed account is ten digits: a mask, so the policy keeps a placeholder and says so.
    expect(f.explanation).toContain('"AWS":"SENDER_ACCOUNT_ID"')
    expect(f.explanation).toContain('the message prints `1111111111`')
    expect(statementsOf(h22('h22-016'))).toEqual([])
  })
})

describe('a pod on its node role, the call named only by its service (review h22-018)', () => {
  it("h22-018: Vault's DynamoDB backend refused as the node group's instance role", () => {
    const f = one(h22('h22-018'))
    expect(f.service).toBe('dynamodb')
    expect(f.traps).toContain('pod-on-node-role')
    expect(notesOf(h22('h22-018')).join('\n')).toContain(
      "Start with the identity policy of the pod's own role"
    )
  })

  it("own counter-case: the node's own EC2 call stays the node role's", () => {
    const f = one(
      'UnauthorizedOperation: User: arn:aws:sts::123456789012:assumed-role/eks-nodegroup-role/i-0123456789abcdef0 is not authorized to perform: ec2:DescribeInstances'
    )
    expect(f.traps).not.toContain('pod-on-node-role')
  })
})

describe("Organizations' own refusal of a call the tool names (review h22-009)", () => {
  it('h22-009: the management account, no Allow drafted', () => {
    const f = one(h22('h22-009'))
    expect(f.traps).toContain('organizations-management-account')
    expect(f.fixTarget.owner).toBe('org-admin')
    expect(statementsOf(h22('h22-009'))).toEqual([])
  })
})

describe("a recovery point's ARN, and the role AWS Backup is handed (review h22-006)", () => {
  it('h22-006: the printed ARN is kept, iam:PassRole drafted beside it', () => {
    const statements = statementsOf(h22('h22-006'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      [
        'backup:StartRestoreJob',
        'arn:aws:backup:eu-west-2:326912278139:recovery-point:ef633021-fdd3-4db6-b986-2beb406e1aad'
      ],
      ['iam:PassRole', 'arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME_WITH_PATH>']
    ])
    expect(notesOf(h22('h22-006')).join('\n')).toContain('which checks iam:PassRole next')
    // AWS Backup is where the role goes: the statement keeps iam:PassRole to it.
    expect(statementsOf(h22('h22-006'))[1]!.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'backup.amazonaws.com' }
    })
  })
})

describe('a role named per launch (review h22-004)', () => {
  it("h22-004: CloudLaunch's dated role name becomes its prefix", () => {
    expect(statementsOf(h22('h22-004')).map((s) => s.Resource)).toEqual([
      'arn:aws:iam::208565580221:role/cesar-genomics-virtual-lab-*'
    ])
  })

  it('own counter-case: a two-digit date without its time is kept as printed', () => {
    expect(
      statementsOf(
        'An error occurred (AccessDenied) when calling the GetRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:GetRole on resource: role app-21-03-10-kube-role'
      ).map((s) => s.Resource)
    ).toEqual(['arn:aws:iam::123456789012:role/app-21-03-10-kube-role'])
  })
})

describe("review 2's wrong findings (h22-009, h22-035)", () => {
  it('h22-009: account creation is never delegated, so no delegation is offered', () => {
    const f = one(h22('h22-009'))
    expect(f.explanation).toContain(
      'no delegated administrator or delegation policy can be given it'
    )
    expect(f.explanation).not.toContain('register-delegated-administrator')
    expect(notesOf(h22('h22-009')).join('\n')).not.toContain('register-delegated-administrator')
  })

  it('own counter-case: a delegable Organizations call still names the delegation', () => {
    const f = one(
      "An error occurred (AccessDeniedException) when calling the ListAccounts operation: You don't have permissions to access this resource."
    )
    expect(f.traps).toContain('organizations-management-account')
    expect(f.explanation).toContain('register-delegated-administrator')
  })

  it("h22-035: a bucket the writer calls public is the owner's to open, no identity Allow", () => {
    const f = one(h22('h22-035'))
    expect(f.traps).toContain('another-party-bucket')
    expect(f.explanation).toContain('a public bucket of another account (the text says so)')
    expect(f.explanation).toContain('--no-sign-request')
    expect(statementsOf(h22('h22-035'))).toEqual([])
    expect(notesOf(h22('h22-035')).join('\n')).toContain('No statement is proposed: the bucket is')
  })

  it("own counter-case: the writer's own public bucket stays theirs", () => {
    const f = one(
      'I made my public S3 bucket for the website but the deploy fails: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(f.traps).not.toContain('another-party-bucket')
  })
})

describe("review 2's missing: the call a tool's own words name (h22-033, 034, 045, 050, 051)", () => {
  const inferredAction = (text: string) => one(text).inferred?.action?.value ?? null

  it.each([
    ["h22-033: the old `aws` gem's `list_all_my_buckets` frame", 'h22-033', 's3:ListAllMyBuckets'],
    ["h22-034: Salt's S3 fileserver refreshing its bucket list", 'h22-034', 's3:ListBucket'],
    [
      "h22-045: Terraform's read of a target group",
      'h22-045',
      'elasticloadbalancing:DescribeTargetGroups'
    ],
    ["h22-050: Backstage's S3 entity provider", 'h22-050', 's3:ListBucket'],
    ["h22-051: s3fs-fuse's bucket check at mount", 'h22-051', 's3:ListBucket']
  ])('%s', (_what, id, action) => {
    expect(inferredAction(h22(id))).toBe(action)
  })

  it('h22-034: the listing is granted on the bucket the warning names', () => {
    expect(statementsOf(h22('h22-034')).map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::bucketname']
    ])
  })

  it("h22-050: the JS SDK v3's client package names the service", () => {
    expect(one(h22('h22-050')).service).toBe('s3')
  })

  it('own counter-case: a Ruby frame in a file that names no service gives no action', () => {
    expect(
      inferredAction(
        "/gems/awsbase/awsbase.rb:575:in `request_info_impl': AccessDenied: Access Denied (Aws::AwsError)\n\tfrom /gems/app/lib/app.rb:12:in `run'"
      )
    ).toBeNull()
  })
})

describe("review 2's missing: what an IaC tool reads back after a create (h22-044)", () => {
  it('h22-044: Terraform 0.6 creating roles and a user also gets GetRole and GetUser', () => {
    expect(statementsOf(h22('h22-044')).map((s) => s.Action)).toEqual([
      ['iam:CreateRole', 'iam:GetRole'],
      ['iam:CreateUser', 'iam:GetUser']
    ])
  })

  it('own counter-case: a script creating a role with the CLI is granted the create alone', () => {
    expect(
      statementsOf(
        'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/app'
      ).map((s) => s.Action)
    ).toEqual(['iam:CreateRole'])
  })
})

describe("a credentials fix's first note says the known cause (review 2, h22-052)", () => {
  it("h22-052 (Vault's AWS login signed for another Region): the Region, not missing keys", () => {
    const notes = notesOf(h22('h22-052')).join('\n')
    expect(notes).toContain(
      "Not a permissions problem: the request was signed for another Region than the endpoint's"
    )
    expect(notes).not.toContain('missing, expired, invalid or of the wrong type')
  })

  it('own: an expired token says so in the same place', () => {
    const notes = notesOf(
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'
    ).join('\n')
    expect(notes).toContain('Not a permissions problem: the credentials used had expired')
    expect(notes).not.toContain('missing, expired, invalid or of the wrong type')
  })
})

describe('the unseen-logs review after the fixes (session 24)', () => {
  it("webiny/webiny-js#2953 (Pulumi): the provider's ClassicLink read names DescribeVpcClassicLink, not DescribeVpcs", () => {
    const text = [
      'aws:ec2:Vpc (wby-webiny):',
      '    error: 1 error occurred:',
      '        * updating urn:pulumi:prod::core::aws:ec2/vpc:Vpc::wby-webiny: 1 error occurred:',
      '        * error reading EC2 VPC (--) ClassicLinkEnabled: UnauthorizedOperation: You are not authorized to perform this operation.',
      '        status code: 403, request id: '
    ].join('\n')
    expect(one(text).inferred?.action?.value).toBe('ec2:DescribeVpcClassicLink')
    expect(one(text).inferred?.action?.from).toContain('upgrading the provider drops this call')
  })

  it('own counter-case: reading the VPC itself stays a VPC read', () => {
    expect(
      one(
        '* error reading EC2 VPC (vpc-123): UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: 1'
      ).inferred?.action?.value
    ).not.toBe('ec2:DescribeVpcClassicLink')
  })
})

describe('a bucket that does not exist (the unseen-logs review, u24-004)', () => {
  it("hashicorp/terraform#16611: Terraform's backend bucket is created before init, not granted", () => {
    const text = [
      '$ terraform init',
      '',
      'Initializing the backend...',
      '',
      'Successfully configured the backend "s3"! Terraform will automatically',
      'use this backend unless the backend configuration changes.',
      'Error loading state: NoSuchBucket: The specified bucket does not exist',
      '\tstatus code: 404, request id: FE5C34284092813D, host id: CSxM5O4YchTMpMHDkofhRbGmvrxbKopdYgnEc8l9LX8sJoIMtkhRcjMVA4TrXOHYWSafst+O8d8='
    ].join('\n')
    expect(one(text).explanation).toContain('bucket names are global')
    expect(notesOf(text).join('\n')).toContain('Terraform never creates its own backend bucket')
  })

  it('own counter-case: a missing bucket outside a backend gets the name check alone', () => {
    const text =
      'An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist'
    expect(one(text).explanation).toContain(
      'Check the name the job uses, or create the bucket first'
    )
    expect(notesOf(text).join('\n')).not.toContain('backend')
  })
})

describe("an older Terraform provider's lower-case bucket words (the unseen-logs review, u24-003)", () => {
  it('okd-project/okd#2168: `error getting S3 bucket (NAME) policy` names the bucket', () => {
    const text = [
      'level=error msg=Error: error getting S3 bucket (t7-6dlcq-bootstrap) policy: AccessDenied: Access Denied',
      'level=error msg=\tstatus code: 403, request id: AQZBRTNMN4VKFGRV, host id: GhQ4qI82IY659LOVbKl9pMHcuPkSFdaI0unlp84ineQltj8q799hESEWifxS3HrS55iN/QnFy4Q=',
      'level=error',
      'level=error msg=  with aws_s3_bucket.ignition,'
    ].join('\n')
    expect(statementsOf(text).map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:GetBucketPolicy', 'arn:aws:s3:::t7-6dlcq-bootstrap']
    ])
  })
})
