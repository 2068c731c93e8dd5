// Service-managed, vendor and service roles: fixed the way their owner intends (issue 17,
// reasoning I point 5).
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const STACKSETS =
  // superwerker/superwerker#171 (heldout3 h3-019): a StackSet operation's result summary
  '            "StatusReason": "User: arn:aws:sts::364537470583:assumed-role/stacksets-exec-49150fde14d44b6ce1a964ba67e522aa/2fe0a0cb-0dba-42d1-9e63-3351e5b5b644 is not authorized to perform: cloudformation:CreateStack on resource: arn:aws:cloudformation:eu-central-1:364537470583:stack/StackSet-superwerker-backup-324d42ae-0357-4592-bb13-1372ad5a0664/*",'

const ROSA =
  // heldout3 h3-017 (a ROSA console story holding OCM's STS refusal)
  '        "CLUSTERS-MGMT-400:\\nFailed to assume role with ARN \'arn:aws:iam::624905445251:role/ManagedOpenShift-OCM-Role-15212158\': operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 40314369-b5e1-4d1a-94f1-5014b7419dea, api error AccessDenied: User: arn:aws:sts::644306948063:assumed-role/RH-Managed-OpenShift-Installer/OCM is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::624905445251:role/ManagedOpenShift-OCM-Role-15212158",'

const ECS_EXECUTION =
  // heldout3 h3-121 (an ECS task's status reason)
  'CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::XXX:assumed-role/ecs-test-ecs-taskexecution-role/304803f7-b6e4-44ac-b5a4-799e88c1994f is not authorized to perform: ecr:GetAuthorizationToken on resource: * status code: 400, '

describe('managed roles', () => {
  it('StackSets execution role: already admin, check SCPs, no policy added to it', () => {
    const { findings, statements, notes } = analysed(STACKSETS)
    const f = findings[0]!
    expect(f.traps).toContain('managed-role')
    expect(f.explanation).toMatch(
      /^stacksets-exec-\w+ is the execution role that service-managed StackSets create/
    )
    expect(f.explanation).toMatch(
      /list-policies-for-target --target-id 364537470583 --filter SERVICE_CONTROL_POLICY/
    )
    expect(statements).toEqual([])
    expect(notes[0]).toMatch(/AdministratorAccess/)
  })

  it('a StackSets role refused an S3 call in another Region (nasty variant)', () => {
    const { findings, statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/stacksets-exec-0123456789abcdef0123456789abcdef/abc is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::logs-111122223333-ap-east-1 with an explicit deny in a service control policy'
    )
    expect(findings[0]!.traps).toContain('managed-role')
    expect(statements).toEqual([])
  })

  it('ROSA: rosa create/link ocm-role and the external ID, no trust statement by hand', () => {
    const { findings, statements } = analysed(ROSA)
    const f = findings.find((x) => x.traps.includes('managed-role'))!
    expect(f.explanation).toMatch(/rosa link ocm-role/)
    expect(f.explanation).toMatch(/sts:ExternalId/)
    expect(statements).toEqual([])
  })

  it('ECS task execution role: attach the managed policy first, the token statement stays', () => {
    const { findings, statements, notes } = analysed(ECS_EXECUTION)
    const f = findings[0]!
    expect(f.explanation).toMatch(
      /^ecs-test-ecs-taskexecution-role is an ECS task execution role: attach the AWS managed policy AmazonECSTaskExecutionRolePolicy/
    )
    expect(notes[0]).toMatch(/ecr:BatchGetImage/)
    expect(statements.length).toBeGreaterThan(0)
  })

  it('negative: an ordinary role refused CreateStack gets its Allow', () => {
    const { findings, statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/gh is not authorized to perform: cloudformation:CreateStack on resource: arn:aws:cloudformation:eu-central-1:111122223333:stack/app/* because no identity-based policy allows the cloudformation:CreateStack action'
    )
    expect(findings[0]!.traps).not.toContain('managed-role')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('negative: a task execution role refused a secret is an ordinary Allow', () => {
    const { findings } = analysed(
      'api error AccessDeniedException: User: arn:aws:sts::913524921896:assumed-role/ecsTaskExecutionRole/a20b735e9bbc41598825b6f0269f6fef is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:913524921896:secret:rds!db-a57bd929-5fa6-42c0-8024-fe8c94e49451 because no identity-based policy allows the secretsmanager:GetSecretValue action.'
    )
    expect(findings[0]!.traps).not.toContain('managed-role')
  })

  it('AWS Academy lab session (voclabs): nothing in IAM can change, use the lab role', () => {
    // heldout4 h4-177 (github-file:find_string#45048401333), after its first scoring: an EB CLI
    // deploy from a lab session, the caller cut by its author.
    const { findings, statements } = analysed(
      'ERROR: NotAuthorizedError - Operation Denied\nUser: arn:aws:sts::032396568554:assumed-role/voclabs/user...\nis not authorized to perform: elasticbeanstalk:UpdateEnvironment'
    )
    const f = findings[0]!
    expect(f.traps).toContain('managed-role')
    expect(f.explanation).toMatch(/AWS Academy lab session/)
    expect(f.explanation).toMatch(/LabRole/)
    expect(statements).toEqual([])
  })

  it('a role merely containing voclabs is not the lab role', () => {
    const { findings } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/voclabs-deployer/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:PutObject action'
    )
    expect(findings[0]!.traps).not.toContain('managed-role')
  })

  describe('a caller role in an account AWS owns (heldout10 review h10-029)', () => {
    it.each([
      // heldout10 h10-029 (go-acme/lego#1436): lego's Lightsail DNS provider, account and session masked
      [corpusText('heldout10.jsonl', 'h10-029'), 'lightsail:CreateDomainEntry'],
      // github-file:find_string#43126215724: an amazon-ssm-agent journal line on a Lightsail instance
      [
        'Sep 19 09:45:03 ip-172-26-10-222 amazon-ssm-agent.amazon-ssm-agent[445]: 2024-09-19 09:45:03 WARN EC2RoleProvider Failed to connect to Systems Manager with instance profile role credentials. Err: retrieved credentials failed to report to ssm. RequestId: 0f744f29-24c0-447e-b2a8-ec11e24caa56 Error: AccessDeniedException: User: arn:aws:sts::230858838317:assumed-role/AmazonLightsailInstanceRole/i-074053a9ee2ed2380 is not authorized to perform: ssm:UpdateInstanceInformation on resource: arn:aws:ec2:us-east-1:230858838317:instance/i-074053a9ee2ed2380 because no identity-based policy allows the ssm:UpdateInstanceInformation action',
        'ssm:UpdateInstanceInformation'
      ],
      // github-file:find_string#42506222248: certbot's Route 53 plugin on a Lightsail instance (a blog post)
      [
        'Attempting to renew cert (lalaworks.com) from /etc/letsencrypt/renewal/lalaworks.com.conf produced an unexpected error: An error occurred (AccessDenied) when calling the ListHostedZones operation: User: arn:aws:sts::00000000000:assumed-role/AmazonLightsailInstanceRole/i-000000xxxxxx is not authorized to perform: route53:ListHostedZones',
        'route53:ListHostedZones'
      ]
    ])(
      'no statement for Lightsail’s instance role, credentials of your own instead (%#)',
      (text, action) => {
        const { findings, statements, notes } = analysed(text)
        const f = findings.find((x) => x.action === action)!
        expect(f.traps).toContain('managed-role')
        expect(f.fixTarget.kind).toBe('credentials')
        expect(f.fixTarget.description).not.toMatch(/identity policy/)
        expect(f.explanation).toMatch(/in an account Lightsail owns/)
        expect(f.explanation).toContain(`allowed ${action}`)
        expect(statements).toEqual([])
        expect(notes.join('\n')).toMatch(/credentials from your account/)
      }
    )

    it.each([
      // own: a customer role whose name only contains Lightsail's
      'User: arn:aws:sts::111122223333:assumed-role/MyAmazonLightsailInstanceRole/i-0abc is not authorized to perform: route53:ListHostedZones',
      'User: arn:aws:sts::111122223333:assumed-role/AmazonLightsailInstanceRole-dns/ci is not authorized to perform: route53:ListHostedZones',
      // own: an IAM user of the same name is the customer's own
      'User: arn:aws:iam::111122223333:user/AmazonLightsailInstanceRole is not authorized to perform: route53:ListHostedZones'
    ])('counter-case: %s keeps its Allow', (text) => {
      const { findings, statements } = analysed(text)
      expect(findings[0]!.traps).not.toContain('managed-role')
      expect(findings[0]!.fixTarget.kind).toBe('identity-policy')
      expect(statements.length).toBeGreaterThan(0)
    })
    it("h120-029 (aws/aws-toolkit-vscode#2741): the Toolkit's CodeWhisperer Cognito role, its stack suffix generated, gets no statement", () => {
      const { findings, statements } = analysed(corpusText('heldout120.jsonl', 'h120-029'))
      const f = findings[0]!
      expect(f.traps).toContain('managed-role')
      expect(f.fixTarget.kind).toBe('credentials')
      expect(f.explanation).toMatch(/Builder ID/)
      expect(f.explanation).not.toMatch(/instance's own credentials/)
      expect(statements).toEqual([])
    })

    it('counter-case: a customer role named after the pool keeps its Allow', () => {
      const { findings, statements } = analysed(
        'User: arn:aws:sts::111122223333:assumed-role/MyAWSVectorConsolasCognito/ci is not authorized to perform: codewhisperer:GenerateRecommendations'
      )
      expect(findings[0]!.traps).not.toContain('managed-role')
      expect(statements.length).toBeGreaterThan(0)
    })
  })

  describe('Account Factory for Terraform (heldout16 review h16-025)', () => {
    it('h16-025: a resource call as AWSAFTAdmin is a provider without assume_role, never an Allow on the hub role', () => {
      const { findings, statements, notes } = analysed(corpusText('heldout16.jsonl', 'h16-025'))
      const f = findings[0]!
      expect(f.action).toBe('kms:CreateKey')
      expect(f.traps).toContain('managed-role')
      expect(f.explanation).toMatch(/^AWSAFTAdmin is Account Factory for Terraform's role/)
      expect(f.explanation).toContain('role/AWSAFTExecution')
      expect(f.explanation).toContain('wrong account')
      expect(statements).toEqual([])
      expect(notes.join('\n')).not.toMatch(/kms:CreateKey[^\n]*Resource/)
    })

    it('counter-cases: AWSAFTAdmin refused the hop itself, and a role merely named after AFT', () => {
      const hop = analysed(
        'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/AWSAFTAdmin/AWSAFT-Session is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/AWSAFTExecution'
      )
      expect(hop.findings[0]!.traps).not.toContain('managed-role')
      const named = analysed(
        'User: arn:aws:sts::111122223333:assumed-role/AWSAFTAdminHelper/ci is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action'
      )
      expect(named.findings[0]!.traps).not.toContain('managed-role')
      expect(named.statements.length).toBeGreaterThan(0)
    })
  })
})

// heldout19 reviews of h19-008: the role AWS Organizations (or Control Tower) made trusts the
// management account already; the caller's side is what to check, and no trust edit is drafted.
describe('the organization access role', () => {
  it('h19-008 (org-formation/org-formation-cli#191): no statement, the caller first', () => {
    const { f, statements } = analysedOne(corpusText('heldout19.jsonl', 'h19-008'))
    expect(f.traps).toContain('managed-role')
    expect(statements).toEqual([])
    expect(f.explanation).toMatch(/already trusts the organization's management account/)
    expect(f.explanation).toMatch(/MEMBER_ACCOUNT_ID:role\/OrganizationAccountAccessRole/)
  })

  it('own: Control Tower’s role assumed from a pipeline', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/pipeline/run is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/AWSControlTowerExecution'
    )
    expect(f.explanation).toMatch(/AWS Control Tower creates in each account it enrolls/)
  })

  it('own counter-case: a role of the same account named otherwise keeps its two-sided drafts', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/OrganizationAdmin'
    )
    expect(f.traps).not.toContain('managed-role')
    expect(statements.length).toBeGreaterThan(0)
  })
})
