// Two accounts never share one placeholder, and a masked name never reaches a paste-ready Principal,
// Resource or CLI/Terraform/CDK name (heldout3 review, class 2 and D6).
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { only } from '../diagnose/analyze.js'

/** Every paste-ready text of the remedies: statements and renderings. */
function pasted(text: string): { all: string; remedies: ReturnType<typeof buildRemedies> } {
  const f = only(text)
  const remedies = buildRemedies([f])
  expect(validateRemedies(remedies, [f])).toEqual([])
  const all = remedies
    .map((r) => JSON.stringify(r.statements) + Object.values(r.renderings ?? {}).join('\n'))
    .join('\n')
  return { all, remedies }
}

// heldout3 h3-153 (github-file:find_string#26170783386): a Lambda's CloudWatch log, accounts
// shortened by the author to `145` and `123`.
const H3_153 =
  '[ERROR] ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::145:assumed-role/COST_EXPLORER/COST-EXPLORER is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123:role/COST_EXPLORER'

// An Uptycs integration guide (github-file:find_string#6732947412): management account to child.
const UPTYCS =
  'Unable to create uptycscspm role. err=operation error IAM: CreateRole, failed to sign request: failed to retrieve credentials: failed to refresh cached credentials, operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 262297b8-c6e5-4dec-b1ec-3fcaa7e8e6da, api error AccessDenied: User: arn:aws:iam::<masterAccountId>:user/<user> is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<childAccountId>:role/OrganizationAccountAccessRole'

// heldout3 h3-115 (github-file:find_string#22708950175): Japanese notes, user name masked `~~`.
const H3_115 =
  'denied: User: arn:aws:iam::<別アカウントID>:user/~~ is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:ap-northeast-1:<アカウントID>:repository/startups-note-app because no resource-based policy allows the ecr:InitiateLayerUpload action'

// heldout3 h3-014 (github-file:find_string#9459425664): deployment notes, names masked with ***.
const H3_014 = `Error: creating CloudWatch Metric Alarm (***-dlq-messages): operation error CloudWatch: PutMetricAlarm, 
https response error StatusCode: 403, RequestID: f5ac2016-9ef3-4aa6-99af-b3c6d0795e43, 
api error AccessDenied: User: arn:aws:iam::741448943849:user/***-deployment is not authorized 
to perform: cloudwatch:PutMetricAlarm on resource: arn:aws:cloudwatch:***:741448943849:alarm:***-dlq-messages 
because no identity-based policy allows the cloudwatch:PutMetricAlarm action`

describe('two accounts, two placeholders', () => {
  it('h3-153: the trust Principal names the caller account, the caller-side Resource the role account', () => {
    const { all, remedies } = pasted(H3_153)
    const trust = remedies.find((r) => JSON.stringify(r.statements).includes('"Principal"'))!
    expect(JSON.stringify(trust.statements)).toContain(
      'arn:aws:iam::<CALLER_ACCOUNT_ID>:role/COST_EXPLORER'
    )
    expect(all).toContain('"Resource":"arn:aws:iam::<RESOURCE_ACCOUNT_ID>:role/COST_EXPLORER"')
    expect(all).not.toContain('<ACCOUNT_ID>')
    const notes = remedies.flatMap((r) => r.notes).join('\n')
    expect(notes).toContain('Replace <CALLER_ACCOUNT_ID>')
    expect(notes).toContain('`145`')
    expect(notes).toContain('`123`')
  })

  // The organization access role drafts nothing since heldout19's review (h19-008): its advice
  // names both accounts by their roles, never the reporter's masks.
  it('Uptycs: a renamed management and child account, and a masked user name', () => {
    const { all, remedies } = pasted(UPTYCS)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    const notes = remedies.flatMap((r) => r.notes).join('\n')
    expect(notes).toContain('MANAGEMENT_ACCOUNT_ID')
    expect(notes).toContain('MEMBER_ACCOUNT_ID')
    expect(all + notes).not.toMatch(/<masterAccountId>|<childAccountId>|user\/<user>/)
  })

  it('h3-115: the masked `~~` user is a named placeholder, never a Principal', () => {
    const { all } = pasted(H3_115)
    expect(all).not.toContain('~~')
    expect(all).toContain('arn:aws:iam::<CALLER_ACCOUNT_ID>:user/<USER_NAME>')
    expect(all).toContain(
      'arn:aws:ecr:ap-northeast-1:<RESOURCE_ACCOUNT_ID>:repository/startups-note-app'
    )
  })

  it('h3-014: a partly masked user name never reaches the CLI, Terraform or CDK', () => {
    const { all, remedies } = pasted(H3_014)
    expect(all).not.toContain('***')
    expect(remedies[0]!.renderings.cli).toContain("--user-name '<CALLER_USER_NAME>'")
    expect(remedies[0]!.statements[0]!.Resource).toBe(
      'arn:aws:cloudwatch:<REGION>:741448943849:alarm:<ALARM_NAME>'
    )
  })

  it('an unclosed placeholder name (`<node-role`, heldout3 h3-001) is not pasted either', () => {
    const { all } = pasted(
      'denied: User: arn:aws:sts::<aws-account-containing-eks-cluster>:assumed-role/<node-instance-role-for-worker-node is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:cross-aws-account-id:repository/repo-name'
    )
    expect(all).not.toContain('<node-instance-role-for-worker-node')
    expect(all).toContain('<CALLER_ACCOUNT_ID>')
  })

  it('negative: one mask on both sides stays one placeholder, and real IDs stay as printed', () => {
    const masked = pasted(
      'User: arn:aws:sts::***:assumed-role/deploy/s1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::***:role/target'
    ).all
    expect(masked).toContain('<ACCOUNT_ID>')
    expect(masked).not.toMatch(/CALLER_ACCOUNT_ID|RESOURCE_ACCOUNT_ID/)
    const real = pasted(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/s1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/target'
    ).all
    expect(real).toContain('arn:aws:iam::111122223333:role/deploy')
    expect(real).toContain('arn:aws:iam::444455556666:role/target')
    expect(real).not.toContain('ACCOUNT_ID>')
  })
})

it('a Snowflake guide (github-file:find_string#70857115723): a named caller account beside a generic one still gets two placeholders', () => {
  const { all } = pasted(
    'Error assuming AWS_ROLE: User: arn:aws:iam::<SNOWFLAKE_AWS_ACCOUNT>:user/<id> is not authorized\nto perform: sts:AssumeRole on resource: arn:aws:iam::<AWS_ACCOUNT_ID>:role/a7-snowflake-s3-access-role'
  )
  expect(all).toContain('arn:aws:iam::<RESOURCE_ACCOUNT_ID>:role/a7-snowflake-s3-access-role')
  expect(all).not.toContain('<SNOWFLAKE_AWS_ACCOUNT>')
})

// Source: hashicorp/vault#32001 (message reproduced by the reporter, wrapped, no colon after "User";
// his sentence above it, about tagging afterwards, is left out: see guardrailCondition.test.ts).
const VAULT_32001 = `AccessDenied: User arn:aws:iam::123456789012:user/sre-vault-prod-admin-iam-user
is not authorized to perform: iam:CreateUser`

describe("IAM's API acts only in the caller's account", () => {
  it('vault#32001: the user to create is in the account the caller ARN prints', () => {
    const { remedies } = pasted(VAULT_32001)
    expect(remedies.flatMap((r) => r.statements.map((s) => s.Resource))).toEqual([
      'arn:aws:iam::123456789012:user/<USER_NAME_WITH_PATH>'
    ])
  })

  it('a masked caller account stays a placeholder', () => {
    const { all } = pasted(VAULT_32001.replace('123456789012', '************'))
    expect(all).toContain('arn:aws:iam::<ACCOUNT_ID>:user/<USER_NAME_WITH_PATH>')
  })

  it('another service keeps its placeholder: its resource may be in another account', () => {
    const { all } = pasted(VAULT_32001.replace('iam:CreateUser', 'sqs:SendMessage'))
    expect(all).toContain(':<ACCOUNT_ID>:')
    expect(all).not.toContain('sqs:<REGION>:123456789012')
  })
})
