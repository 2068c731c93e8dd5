// Issue 17 (heldout6 review, h6-080 over-broad; nits h6-026, h6-096): grant- and pass-style
// actions are drafted with the condition that keeps them to what the failing call needed, as data
// per action: kms:CreateGrant for AWS resources, iam:PassRole to the service the role is for,
// tagging only during the create call.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

function statementFor(text: string, action: string) {
  const { statements, notes } = analysed(text)
  const s = statements.find((x) => [x.Action].flat().includes(action))
  if (!s) throw new Error(`no statement for ${action}`)
  return { s, notes: notes.join('\n') }
}

describe('conditions on grant- and pass-style actions', () => {
  it.each([
    ['the review case h6-080 (EBS snapshot copy)', corpusText('heldout6.jsonl', 'h6-080')],
    [
      // Constructed: the AWS SDK for Go v2 error shape Terraform prints, for a volume with a customer managed key.
      'an encrypted EBS volume',
      'Error: creating EBS Volume: operation error EC2: CreateVolume, https response error StatusCode: 400, RequestID: 5b0c0a6e-4f0e-4c1d-9d1e-1a2b3c4d5e6f, api error AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: kms:CreateGrant on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:CreateGrant action'
    ]
  ])('kms:CreateGrant for %s: only for AWS resources', (_, text) => {
    const { s, notes } = statementFor(text, 'kms:CreateGrant')
    expect(s.Condition).toEqual({ Bool: { 'kms:GrantIsForAWSResource': 'true' } })
    expect(notes).toMatch(/kms:GrantIsForAWSResource/)
  })

  it('a grant the job creates itself keeps no such condition', () => {
    const { s } = statementFor(
      '+ aws kms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::123456789012:role/app --operations Decrypt\nAn error occurred (AccessDeniedException) when calling the CreateGrant operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:CreateGrant on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:CreateGrant action',
      'kms:CreateGrant'
    )
    expect(s.Condition).toBeUndefined()
  })

  it.each([
    ['ECS RunTask (h6-096)', corpusText('heldout6.jsonl', 'h6-096'), 'ecs-tasks.amazonaws.com'],
    [
      'Apex deploying a Lambda function (h6-026)',
      corpusText('heldout6.jsonl', 'h6-026'),
      'lambda.amazonaws.com'
    ],
    [
      // Constructed after Coalfire-Research/npk#29 (a screenshot there: the Spot Fleet request
      // hands over the fleet role, which AWS began checking in 2019).
      'a Spot Fleet request',
      'An error occurred (AccessDenied) when calling the RequestSpotFleet operation: User: arn:aws:sts::123456789012:assumed-role/npk-proxy-api-handler/fn is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/npk_spot_fleet_tagging_role',
      'spotfleet.amazonaws.com'
    ],
    [
      // heldout7 review (h7-014): a Lambda caller passing CloudFormation's execution role.
      'a Copilot environment controller passing the CFN execution role (h7-014)',
      corpusText('heldout7.jsonl', 'h7-014'),
      'cloudformation.amazonaws.com'
    ],
    [
      // Constructed: the CDK deploy role hands the bootstrap's cfn-exec-role to CloudFormation.
      'the CDK bootstrap cfn-exec-role',
      'User: arn:aws:sts::123456789012:assumed-role/cdk-hnb659fds-deploy-role-123456789012-us-east-1/aws-cdk is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/cdk-hnb659fds-cfn-exec-role-123456789012-us-east-1',
      'cloudformation.amazonaws.com'
    ],
    [
      // Constructed: a Lambda deploy script registering a task definition with the usual role name.
      'a Lambda registering an ECS task definition with ecsTaskExecutionRole',
      'Lambda function failed: User: arn:aws:sts::123456789012:assumed-role/deployer-fn/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      'ecs-tasks.amazonaws.com'
    ]
  ])('iam:PassRole for %s: limited to the service', (_, text, service) => {
    const { s } = statementFor(text, 'iam:PassRole')
    expect(s.Condition).toEqual({ StringEquals: { 'iam:PassedToService': service } })
  })

  it('iam:PassRole with words of two services names neither', () => {
    const { s } = statementFor(
      'Deploying the Lambda function and the CodeBuild project...\nUser: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/svc',
      'iam:PassRole'
    )
    expect(s.Condition).toBeUndefined()
  })

  it('ec2:CreateTags refused during RunInstances: only as part of the launch', () => {
    const { s } = statementFor(
      // Constructed: a decoded RunInstances refusal of its tag-on-create step.
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/packer/ci is not authorized to perform: ec2:CreateTags on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:CreateTags action',
      'ec2:CreateTags'
    )
    expect(s.Condition).toEqual({ StringEquals: { 'ec2:CreateAction': 'RunInstances' } })
  })
})
