// CDK could not assume its bootstrap role and fell back to the caller's own credentials: the
// assume is what to fix (sts:AssumeRole on the bootstrap roles, their trust), not the fallback's
// action (issue 17, heldout4 review part 2 class 3).
import { corpusText } from '../../support/corpusRecords.js'
import { analysed } from './analysed.js'

const TRAP = 'cdk-role-not-assumed'

const REAL: [string, string, string, string][] = [
  [
    // public GitHub file, find_string #27717349106 (a CDK Go sample's deploy log): the version
    // parameter read by the fallback credentials
    'version parameter after the deploy role',
    `CdkGoSampleStack: deploying...
current credentials could not be used to assume 'arn:aws:iam::753387532736:role/cdk-hnb659fds-deploy-role-753387532736-us-east-1', but are for the right account. Proceeding anyway.
Could not read SSM parameter /cdk-bootstrap/hnb659fds/version: User: arn:aws:iam::753387532736:user/terraform is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:753387532736:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:GetParameter action
`,
    'ssm:GetParameter',
    'arn:aws:iam::753387532736:role/cdk-hnb659fds-*'
  ],
  [
    // heldout4 h4-134 (regression): both the lookup and the deploy role refused, DescribeStacks after
    'describe stacks after lookup and deploy roles',
    `current credentials could not be used to assume 'arn:aws:iam::753387532736:role/cdk-hnb659fds-lookup-role-753387532736-us-east-1', but are for the right account. Proceeding anyway.
(To get rid of this warning, please upgrade to bootstrap version >= 8)
current credentials could not be used to assume 'arn:aws:iam::753387532736:role/cdk-hnb659fds-deploy-role-753387532736-us-east-1', but are for the right account. Proceeding anyway.

User: arn:aws:iam::753387532736:user/terraform is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:753387532736:stack/CdkGoSampleStack/* because no identity-based policy allows the cloudformation:DescribeStacks action
\`\`\``,
    'cloudformation:DescribeStacks',
    'arn:aws:iam::753387532736:role/cdk-hnb659fds-*'
  ],
  [
    // heldout4 h4-127 (regression): masked account, the refusal wrapped in "Building assets failed"
    'masked account, assets step',
    `\`\`\`
current credentials could not be used to assume 'arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-deploy-role-<ACCOUNT_ID>-<REGION>' but are for the right account proceeding anyway

Building assets failed: Error: Building Assets Failed: AccessDenied: User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/<ROLE>/aws-sdk-js-1668183222121 is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:<ACCOUNT_ID>:stack/CDKToolkit/* because no identity-based policy allows the cloudformation:DescribeStacks action
\`\`\``,
    'cloudformation:DescribeStacks',
    'arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-*'
  ]
]

describe(TRAP, () => {
  it.each(REAL)(
    '%s: sts:AssumeRole on the bootstrap roles first, not the fallback action',
    (_, text, fallback, roles) => {
      const { findings, statements, notes } = analysed(text)
      const f = findings.find((x) => x.action === fallback)!
      expect(f.traps).toContain(TRAP)
      // The assume opens the explanation.
      expect(f.explanation.indexOf('sts:AssumeRole')).toBeLessThan(
        f.explanation.indexOf('None of the policies')
      )
      expect(f.explanation).toMatch(/cdk bootstrap --trust/)
      const actions = statements.flatMap((s) => s.Action)
      expect(actions).toContain('sts:AssumeRole')
      expect(actions).not.toContain(fallback)
      expect(statements.find((s) => s.Action === 'sts:AssumeRole')!.Resource).toBe(roles)
      expect(notes.join('\n')).toMatch(/fell back to these credentials/)
    }
  )

  it('does not apply without the warning: bootstrapping refused on a bootstrap role', () => {
    // aws-amplify/amplify-backend#2092 (cdk bootstrap creating the lookup role)
    const { findings, statements } = analysed(
      '6:42:27 AM | CREATE_FAILED        | AWS::IAM::Role          | LookupRole\nResource handler returned message: "User: arn:aws:sts::654654329462:assumed-role/AWSReservedSSO_PowerUserAccess_48601e0c275c936b/r_didusenko is not authorized to perform: iam:PutRolePolicy on resource: role cdk-hnb659fds-lookup-role-654654329462-eu-central-1 because no identity-based policy allows the iam:PutRolePolicy action (Service: Iam, Status Code: 403, Request ID: 509ab278-d542-4603-bce4-10fd047bc7cf)" (RequestToken: c3c0f37d-8007-3cae-41c5-cd852bb08a82, HandlerErrorCode: AccessDenied)'
    )
    expect(findings.flatMap((f) => f.traps)).not.toContain(TRAP)
    expect(statements.flatMap((s) => s.Action)).not.toContain('sts:AssumeRole')
  })

  it('does not turn an explicit deny after the warning into an Allow', () => {
    const { findings, statements } = analysed(
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\nUser: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/App/* with an explicit deny in a service control policy"
    )
    expect(findings.flatMap((f) => f.traps)).not.toContain(TRAP)
    expect(statements).toEqual([])
  })

  it('names the qualifier the warning shows, not every cdk- role', () => {
    const { statements } = analysed(
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-myqual01-lookup-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\nUser: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:DescribeVpcs on resource: * because no identity-based policy allows the ec2:DescribeVpcs action"
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::111122223333:role/cdk-myqual01-*'
    ])
  })
})

// Issue 17 (heldout11 review, h11-065): a context lookup refused after CDK could not assume its
// lookup role: the lookup role's assume and bootstrap first, even when the writer quoted the
// error above the log that holds the warning.
describe(`${TRAP}: the lookup role`, () => {
  it.each([
    // aws-samples/appsync-with-postgraphile-rds#12 (heldout11 h11-065): error quoted first
    [
      'h11-065',
      corpusText('heldout11.jsonl', 'h11-065'),
      // the account is masked as `blah`: a placeholder, not a name
      'arn:aws:iam::<ACCOUNT_ID>:role/cdk-blah-*'
    ],
    // aws/aws-cdk#20877: a CDK pipeline's synth step, the warning right above the error
    [
      'aws/aws-cdk#20877',
      `> cdk "synth"
current credentials could not be used to assume 'arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-ap-southeast-2', but are for the right account. Proceeding anyway.
[Error at /LookupIssuePipelineStack/Prod/LookupIssue] You are not authorized to perform this operation.
`,
      'arn:aws:iam::123456789012:role/cdk-hnb659fds-*'
    ]
  ])('%s', (_, text, roles) => {
    const { findings, statements } = analysed(text)
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('CDK first tried to assume its bootstrap role')).toBe(true)
    expect(f.explanation).toContain('-lookup-role-')
    expect(f.explanation).toContain('Vpc.fromLookup')
    expect(f.explanation).toContain('cdk.context.json')
    expect(statements.find((s) => s.Action === 'sts:AssumeRole')!.Resource).toBe(roles)
  })

  it.each([
    [
      'own: a refusal that is no synth error, with a lookup warning after it',
      "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\ncurrent credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-lookup-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\n"
    ],
    [
      'own: a synth error with only a deploy-role warning after it',
      "[Error at /App/Stack] You are not authorized to perform this operation.\ncurrent credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\n"
    ]
  ])('counter-case: %s', (_, text) => {
    const { findings } = analysed(text)
    expect(findings.flatMap((f) => f.traps)).not.toContain(TRAP)
  })
})
