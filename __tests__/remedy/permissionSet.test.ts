// IAM Identity Center sessions: the change goes into the permission set, never the reserved role.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

// Source: otto-de/logsmith#549 (the reporter shortened the role's suffix).
const LOGSMITH_549 =
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetRole operation: User: arn:aws:sts::123456789:assumed-role/AWSReservedSSO_apps-developer-access_12345/Fabian.Sawatzki@otto.de is not authorized to perform: iam:GetRole on resource: role deploy-pa-configs because no identity-based policy allows the iam:GetRole action'
// Source: awslabs/mcp#1521 (printed inside a JSON tool result, so JSON follows the ARN).
const MCP_1521 =
  'Error: Access denied calling the AssumeRole operation: User: arn:aws:sts::<account_id>:assumed-role/AWSReservedSSO_admin_user_role_assume_all_25efd4c85ea8f813/my_username is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<account_id>:role/AdminUserRoleTool"}],"isError":true}}'

test('logsmith#549: the fix targets the permission set; no rendering edits the reserved role', () => {
  const { findings } = analyzeText(LOGSMITH_549)
  expect(findings[0]!.fixTarget.description).toMatch(/^the permission set apps-developer-access/)
  const [r] = buildRemedies(findings)
  expect(r!.statements).toEqual([
    {
      Sid: 'AllowIamRole',
      Effect: 'Allow',
      Action: 'iam:GetRole',
      Resource: 'arn:aws:iam::<ACCOUNT_ID>:role/deploy-pa-configs'
    }
  ])
  const texts = [r!.renderings.cli, r!.renderings.terraform, r!.renderings.cdk].join('\n')
  expect(texts).not.toMatch(/put-role-policy|aws_iam_role_policy|fromRoleName/)
  expect(r!.renderings.cli).toContain('aws sso-admin put-inline-policy-to-permission-set')
  expect(r!.renderings.cli).toContain('aws sso-admin provision-permission-set')
  expect(r!.renderings.terraform).toContain('aws_ssoadmin_permission_set_inline_policy')
  expect(r!.notes.join('\n')).toContain(
    'In the Terraform and AWS CLI forms only (the JSON statement does not hold it), replace <PERMISSION_SET_ARN>'
  )
  expect(validateRemedies([r!], findings)).toEqual([])
})

test('mcp#1521: the JSON after the ARN is cut, and the trust policy matches the SSO role by aws:PrincipalArn', () => {
  const { findings } = analyzeText(MCP_1521)
  expect(findings[0]!.resource).toBe('arn:aws:iam::<account_id>:role/AdminUserRoleTool')
  const remedies = buildRemedies(findings)
  const trust = remedies.find((r) => r.target.kind === 'trust-policy')!
  expect(trust.statements).toEqual([
    {
      Sid: 'AllowTrustIdentityCenter',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::<ACCOUNT_ID>:root' },
      Action: 'sts:AssumeRole',
      Condition: {
        ArnLike: {
          'aws:PrincipalArn':
            'arn:aws:iam::<ACCOUNT_ID>:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_admin_user_role_assume_all_*'
        }
      }
    }
  ])
  const caller = remedies.find((r) => r.target.kind !== 'trust-policy')!
  expect(caller.statements[0]!.Resource).toBe('arn:aws:iam::<ACCOUNT_ID>:role/AdminUserRoleTool')
  expect(caller.renderings.cli).not.toContain('put-role-policy')
  expect(validateRemedies(remedies, findings)).toEqual([])
})

// Source: anomalyco/sst#4256 (SST v3 deploy; the paste cut the head of the line).
const SST_4256 =
  '|  Logs: DeleteLogGroup, https response error StatusCode: 400, RequestID: 9b79860d-8373-4b78-834e-6389736aa3b0, api error AccessDeniedException: User: arn:aws:sts::006288227511:assumed-role/AWSReservedSSO_PowerUser_798faecbc3552493/pascal.vautour@nrn-awscloud.internal is not authorized to perform: logs:DeleteLogGroup on resource: arn:aws:logs:ca-central-1:006288227511:log-group:/aws/lambda/app-geo-ca-development-HNAPHarvesterFunction:log-stream: with an explicit deny in a service control policy'

describe('an SCP exception for an Identity Center role matches the role path', () => {
  it('sst#4256: aws:PrincipalArn is matched under aws-reserved/sso.amazonaws.com/, Region or not', () => {
    const { findings } = analyzeText(SST_4256)
    const notes = buildRemedies(findings)[0]!.notes.join('\n')
    expect(notes).toContain(
      '"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::006288227511:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_PowerUser_*"}'
    )
    expect(notes).not.toContain(':role/AWSReservedSSO_')
    expect(findings[0]!.explanation).toContain(
      "an IAM Identity Center role's ARN is arn:aws:iam::006288227511:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_PowerUser_798faecbc3552493, with the Region after sso.amazonaws.com/ for some instances"
    )
  })

  it('the same refusal by an RCP: its exception matches the path too', () => {
    const text = SST_4256.replace('service control policy', 'resource control policy')
    const { findings } = analyzeText(text)
    expect(findings[0]!.layer).toBe('rcp')
    const notes = buildRemedies(findings)[0]!.notes.join('\n')
    expect(notes).toContain(
      'an exception for `arn:aws:iam::006288227511:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_PowerUser_*`'
    )
  })

  it('a role that only starts like one keeps its own ARN in the exception', () => {
    const text = SST_4256.replace(
      /AWSReservedSSO_PowerUser_798faecbc3552493/,
      'AWSReservedSSOPowerUser'
    )
    const { findings } = analyzeText(text)
    const notes = buildRemedies(findings)[0]!.notes.join('\n')
    expect(notes).toContain(
      '"aws:PrincipalArn": "arn:aws:iam::006288227511:role/AWSReservedSSOPowerUser"'
    )
    expect(notes).not.toContain('sso.amazonaws.com')
    expect(findings[0]!.explanation).toContain(
      "The session's role ARN is shown without its path (arn:aws:iam::006288227511:role/AWSReservedSSOPowerUser)"
    )
  })
})

test('an SSO caller refused a role of its own account still needs sts:AssumeRole in its permission set: the trust names the account', () => {
  // mcp#1521's refusal with one real ID on both sides: same account, as `<account_id>` twice is.
  const { findings } = analyzeText(MCP_1521.replace(/<account_id>/g, '111122223333'))
  expect(findings[0]!.crossAccount).toBe(false)
  const remedies = buildRemedies(findings)
  const caller = remedies.find((r) => r.target.kind !== 'trust-policy')!
  expect(caller.statements[0]!.Action).toBe('sts:AssumeRole')
  expect(caller.statements[0]!.Resource).toBe('arn:aws:iam::111122223333:role/AdminUserRoleTool')
})
