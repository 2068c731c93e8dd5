// A CloudFormation stack refused an IAM role's or user's create: the stack's next steps on the
// same entity (read it, write its inline policies, pass the role or make the user's key, delete it
// all on rollback) go with the create, or the deploy fails one step later (heldout15 review h15-113,
// h15-154). Counter-cases: the AWS CLI's own create-role, and an explicit deny.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const actionsOf = (s: { Action: string | string[] }) => [s.Action].flat()

describe("a CloudFormation IAM entity's steps after its create", () => {
  it("h15-113 (Serverless' IamRoleLambdaExecution): read, inline policy and rollback on the role, iam:PassRole only to Lambda", () => {
    const { statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-113'))
    const role = 'arn:aws:iam::641962070086:role/gitlab-example-production-us-east-1-lambdaRole'
    expect(statements).toHaveLength(2)
    expect(statements[0]).toMatchObject({ Resource: role })
    expect(actionsOf(statements[0]!)).toEqual([
      'iam:CreateRole',
      'iam:DeleteRole',
      'iam:DeleteRolePolicy',
      'iam:GetRole',
      'iam:PutRolePolicy'
    ])
    expect(statements[1]).toEqual({
      Sid: expect.any(String),
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: role,
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }
    })
    expect(notes).toContain('iam:GetRole is needed as well: CloudFormation reads the role')
  })

  it("h15-154 (a Vault user's stack): the user's read, inline policy, access key and rollback, on that user only", () => {
    const { statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-154'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toBe('arn:aws:iam::<ACCOUNT_ID>:user/vault_<REGION>-18f431c6')
    expect(actionsOf(statements[0]!)).toEqual([
      'iam:CreateAccessKey',
      'iam:CreateUser',
      'iam:DeleteAccessKey',
      'iam:DeleteUser',
      'iam:DeleteUserPolicy',
      'iam:GetUser',
      'iam:PutUserPolicy'
    ])
  })

  it('own case: a stack events table naming AWS::IAM::Role above the refusal, no `API:` label', () => {
    const text = [
      '2024-05-02 10:11:12 UTC+0000  BuildRole  AWS::IAM::Role  CREATE_FAILED',
      'User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app-BuildRole-1ABCDEF (Service: AmazonIdentityManagement; Status Code: 403; Error Code: AccessDenied)'
    ].join('\n')
    const { statements, notes } = analysedOne(text)
    const all = statements.flatMap(actionsOf)
    expect(all).toEqual(expect.arrayContaining(['iam:GetRole', 'iam:PassRole', 'iam:DeleteRole']))
    // Neither inline Policies nor ManagedPolicyArns shown: no pair drafted, both named.
    expect(all).not.toEqual(expect.arrayContaining(['iam:PutRolePolicy']))
    expect(all).not.toEqual(expect.arrayContaining(['iam:AttachRolePolicy']))
    expect(notes).toContain('add the pair the template uses')
    for (const s of statements)
      expect(s.Resource).toBe('arn:aws:iam::111122223333:role/app-BuildRole-1ABCDEF')
  })

  // heldout34 review, h34-007 (rancher/dashboard#4204): the node role's stack attaches managed
  // policies; the inline pair drafted for it was privilege it never used.
  it('h34-007: Rancher’s node-role stack, its template unseen: no policy pair drafted', () => {
    const { statements } = analysedOne(corpusText('heldout34.jsonl', 'h34-007'))
    expect(statements.flatMap(actionsOf).sort()).toEqual([
      'iam:CreateRole',
      'iam:DeleteRole',
      'iam:GetRole',
      'iam:PassRole'
    ])
  })

  it('own: ManagedPolicyArns in the template shown: the attach pair', () => {
    const text = [
      'Resources:',
      '  NodeRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy]',
      'NodeRole - API: iam:CreateRole User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app-NodeRole-1ABCDEF'
    ].join('\n')
    const all = analysedOne(text).statements.flatMap(actionsOf)
    expect(all).toEqual(expect.arrayContaining(['iam:AttachRolePolicy', 'iam:DetachRolePolicy']))
    expect(all).not.toEqual(expect.arrayContaining(['iam:PutRolePolicy']))
  })

  it("counter-cases: the CLI's own create-role grants the create alone; an explicit deny gets no Allow", () => {
    const cli = analysedOne(
      'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/reporting'
    )
    expect(cli.statements.flatMap(actionsOf)).toEqual(['iam:CreateRole'])
    // alexcasalboni/aws-lambda-power-tuning#154: the stack's create refused by an explicit deny.
    const { findings, statements } = analysed(corpusText('real-a.jsonl', 'a011'))
    expect(findings[0]!.deny).toBe('explicit')
    expect(statements).toEqual([])
  })
})
