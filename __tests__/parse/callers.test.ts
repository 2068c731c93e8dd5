// Who called (issue 17, heldout5 review class "callers"): a label word before `is not authorized`
// is never a principal, whatever grammar read it; a pasted CloudTrail event's `userIdentity.arn`
// is the caller even when the event's code stands far below it, and its `sessionIssuer` role is
// not; an IAM Identity Center role is fixed in its permission set, never edited.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { isLabel } from '../../src/parse/tokens.js'
import { only } from '../diagnose/analyze.js'

// heldout5 h5-038 (LeanerCloud/terraform-aws-autospotting#12), text as printed.
const H5_038 = `If you use this default terraform installer and apply it and if you are using ECS as well, then you get an error like "Failed to describe stack EC2ContainerService" in the logs of this lambda.

Reason: is not authorized to perform: cloudformation:DescribeStacks
So in short, the permission *cloudformation:DescribeStacks* is missing in the policy-config`

describe('a label is never a principal', () => {
  it.each([
    // github-file:find_string#6630254363 (a troubleshooting guide; the reporter cut the caller)
    [
      'Error: is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::...:role/ih-tf-...-admin',
      'sts:AssumeRole'
    ],
    // github-file:find_string#56086466392 (Korean notes: the error code stands where the caller was)
    [
      '   AccessDeniedException: is not authorized to perform: eks:DescribeCluster',
      'eks:DescribeCluster'
    ],
    // github-file:find_string#58094062457 (a lab's negative tests)
    ['Detailed error: is not authorized to perform: s3:PutObject', 's3:PutObject'],
    ['h5-038', 'cloudformation:DescribeStacks']
  ])('%s', (text, action) => {
    const f = only(text === 'h5-038' ? H5_038 : text)
    expect(f.action).toBe(action)
    expect(f.principal).toBeNull()
    expect(f.fixTarget.description).not.toMatch(/Reason:|Error:|error:|Exception:/)
    expect(f.title).not.toMatch(/ for \S+:/)
  })

  it('labels in any script; names and ARNs are not labels', () => {
    expect(isLabel('Reason:')).toBe(true)
    expect(isLabel('Grund:')).toBe(true)
    expect(isLabel('原因:')).toBe(true)
    expect(isLabel('arn:aws:iam::123456789012:user/ci')).toBe(false)
    expect(isLabel('deploy-bot')).toBe(false)
    expect(isLabel('<My Role>')).toBe(false)
  })

  it('a real caller before the label-like words still is one', () => {
    const f = only(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::b'
    )
    expect(f.principal).toBe('arn:aws:iam::123456789012:user/ci')
  })
})

// heldout5 h5-054 (hashicorp/packer#12050): the CloudTrail event a Packer user pasted, cut after
// its errorCode; the account is shortened by the reporter.
const H5_054 = `{
    "eventVersion": "1.08",
    "userIdentity": {
        "type": "AssumedRole",
        "principalId": "ABCD:user",
        "arn": "arn:aws:sts::12345678:assumed-role/AWSReservedSSO_ALZP-WL-Owner_23c018da2d675a5b/user",
        "accountId": "12345678",
        "accessKeyId": "ABCD",
        "sessionContext": {
            "sessionIssuer": {
                "type": "Role",
                "principalId": "AROA246JDOTKFOTIYBO3D",
                "arn": "arn:aws:iam::12345678:role/aws-reserved/sso.amazonaws.com/eu-west-1/username",
                "accountId": "12345678",
                "userName": "username"
            },
            "webIdFederationData": {},
            "attributes": {
                "creationDate": "2022-10-14T15:54:56Z",
                "mfaAuthenticated": "false"
            }
        }
    },
    "eventTime": "2022-10-14T16:03:08Z",
    "eventSource": "ec2.amazonaws.com",
    "eventName": "RunInstances",
    "awsRegion": "eu-central-1",
    "sourceIPAddress": "86.151.246.20",
    "userAgent": "APN/1.0 HashiCorp/1.0 packer-plugin-amazon/1.1.2 (+https://www.packer.io/docs/builders/amazon) Packer/1.8.3 (+https://www.packer.io) aws-sdk-go/1.42.29 (go1.17.11; windows; 386)",
    "errorCode": "Client.UnauthorizedOperation",`

// heldout5 h5-106 (dev.classmethod.jp, aws-sso-s3-sync-accessdenied): the SSO role's suffix elided.
const H5_106 =
  '実行コマンド\n\naws s3 sync s3://dev-cm-aaaaaaaaaaaa s3://dev-cm-bbbbbbbbbbbb --only-show-errors\n\n遭遇したエラー\n\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation:\nUser: arn:aws:sts::aaaaaaaaaaaa:assumed-role/AWSReservedSSO_AdministratorAccess_.../...\nis not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::dev-cm-bbbbbbbbbbbb\nbecause no resource-based policy allows the s3:ListBucket action'

/** Every paste-ready text of the remedies. */
function renderedTexts(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return {
    findings,
    remedies,
    rendered: remedies.flatMap((r) => Object.values(r.renderings ?? {})).join('\n')
  }
}

describe('the caller of a pasted CloudTrail event', () => {
  it('h5-054: userIdentity.arn, 25 lines above the code, is the caller; the permission set is fixed', () => {
    const { findings, remedies, rendered } = renderedTexts(H5_054)
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.principal).toBe(
      'arn:aws:sts::12345678:assumed-role/AWSReservedSSO_ALZP-WL-Owner_23c018da2d675a5b/user'
    )
    expect(f.traps).toContain('sso-permission-set')
    expect(f.fixTarget.description).toMatch(
      /^the permission set ALZP-WL-Owner in IAM Identity Center/
    )
    expect(rendered).toContain('aws sso-admin put-inline-policy-to-permission-set')
    expect(rendered).not.toMatch(/put-role-policy|aws_iam_role_policy|fromRoleName/)
    expect(remedies.flatMap((r) => r.notes).join('\n')).not.toContain('put-role-policy')
  })

  it('the sessionIssuer role is never taken for the caller', () => {
    // Our own case: the userIdentity ARN left out, only the session's issuing role printed.
    const f = only(H5_054.replace(/^ {8}"arn": "arn:aws:sts::[^\n]*\n/m, ''))
    expect(f.principal).toBeNull()
  })

  it('an event whose caller stands too far above (another event) gets no caller from it', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `    "k${i}": "v",`).join('\n')
    const text = H5_054.replace('"eventTime"', `${filler}\n    "eventTime"`)
    expect(only(text).principal).toBeNull()
  })
})

describe('an Identity Center role is never edited', () => {
  it('h5-106: an elided suffix still names the permission set; no rendering edits the role', () => {
    const { findings, remedies, rendered } = renderedTexts(H5_106)
    expect(findings[0]!.fixTarget.principalName).toBe('AWSReservedSSO_AdministratorAccess_...')
    expect(rendered).not.toMatch(/put-role-policy|aws_iam_role_policy|fromRoleName/)
    const bucket = remedies.find((r) => r.target.kind === 'resource-policy')!
    expect(bucket.statements[0]!.Principal).toEqual({ AWS: 'arn:aws:iam::<ACCOUNT_ID>:root' })
    expect(bucket.statements[0]!.Condition).toEqual({
      ArnLike: {
        'aws:PrincipalArn':
          'arn:aws:iam::<ACCOUNT_ID>:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_AdministratorAccess_*'
      }
    })
    // AdministratorAccess allows the call already: no caller-side change (heldout16 review h16-048).
    expect(remedies.find((r) => r.target.kind === 'identity-policy')).toBeUndefined()
    expect(bucket.notes.join('\n')).toContain(
      'permission set `AdministratorAccess` allows every action, this one included'
    )
  })
})
