// configure-aws-credentials advice only for sessions it made (issue 17 class 21).
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { madeByConfigureAwsCredentials } from '../../src/model/sessionBroker.js'
import { findingsOf, only } from '../diagnose/analyze.js'

const adviceOf = (text: string): string => {
  const f = only(text)
  return [f.explanation, ...buildRemedies([f]).flatMap((r) => r.notes)].join('\n')
}

// Source: dev corpus d137 (github-file:find_string#28805452954), a CodeBuild project's session.
const CODEBUILD_SESSION =
  'arn:aws:sts::xxxxxxx:assumed-role/TanakaBuildProjectRole/xxxxxxx is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tanaka-s3bucket" because no session policy allows the s3:ListBucket action (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; '

describe('session policy advice names the broker that made the session', () => {
  it('a CodeBuild session (d137) is told about the STS call, not configure-aws-credentials', () => {
    const advice = adviceOf(CODEBUILD_SESSION)
    expect(advice).not.toContain('configure-aws-credentials')
    expect(advice).toContain(
      '`Policy` / `PolicyArns` parameters of the call that created the session'
    )
  })

  it('a GitHubActions session gets the inputs of configure-aws-credentials', () => {
    const advice = adviceOf(
      'User: arn:aws:sts::913550007193:assumed-role/deploy/GitHubActions is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site/index.html" because no session policy allows the s3:PutObject action'
    )
    expect(advice).toContain('`inline-session-policy` / `managed-session-policies` inputs')
  })

  it('an IAM user with a quarantined key is told about its access key, not role-to-assume', () => {
    // Source: dev corpus d142 (a Terraform RunInstances refusal), shortened to the message.
    const [f] = findingsOf(
      'api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:iam::966994807536:user/Anup is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-south-1:966994807536:instance/* with an explicit deny in an identity-based policy: arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3'
    )
    const notes = buildRemedies([f!])
      .flatMap((r) => r.notes)
      .join('\n')
    expect(notes).not.toContain('role-to-assume')
    expect(notes).toContain('aws iam list-access-keys --user-name Anup')
  })
})

describe('madeByConfigureAwsCredentials', () => {
  const denial = (principal: string | null, action: string | null = null) => ({
    principal,
    action,
    operation: null,
    kind: 'denial' as const
  })
  it.each([
    ['arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions', null, true],
    [null, 'sts:AssumeRoleWithWebIdentity', true],
    ['arn:aws:sts::111122223333:assumed-role/deploy/botocore-session-1', null, false],
    ['arn:aws:sts::111122223333:assumed-role/GitHubActions/other', null, false],
    ['arn:aws:iam::111122223333:user/GitHubActions', null, false],
    [null, null, false]
  ])('%s %s → %s', (principal, action, made) => {
    expect(madeByConfigureAwsCredentials(denial(principal, action))).toBe(made)
  })
})
