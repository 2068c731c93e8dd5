// Callers with no identity policy of their own: service principals and SAML federation
// (anonymous and root are covered in fixTarget.test.ts and renderings.test.ts).
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { only } from '../diagnose/analyze.js'

// Source: github-file:find_string#39997798447 (a Glue crawler's log, quoted in a course's notes).
const GLUE_LOGS =
  'Service Principal: glue.amazonaws.com is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-2:063219793319:log-group:/aws-glue/crawlers:log-stream:spotify_crawler because no identity-based policy allows the logs:PutLogEvents action (Service: AWSLogs; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2ec6c397-4059-4fc8-a4ad-2af0c3c711d7; Proxy: null).'
// Source: github-file:find_string#58555093384 (a Glue crawler's run log, masks as printed).
const GLUE_CATALOG =
  'AccessDeniedException: Service Principal: glue.amazonaws.com is not authorized to perform: glue:BatchGetPartition on resource: arn:aws:glue:<region>:<account-id>:catalog'
// Source: aws/aws-sdk-net#744 (ADFS sign-in), text as printed.
const SDK_NET_744 =
  'Not authorized to perform sts:AssumeRoleWithSAML (Service: AWSSecurityTokenService; Status Code: 403; Error Code: AccessDenied; Request ID: fe270994-9399-11e7-a47b-d3b1bc4b70cf). Please try again.'

// Our own variants: a service delivering to a resource, and one assuming a role.
const SNS_INVOKE =
  'An error occurred (AccessDeniedException) when calling the Invoke operation: User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:notify'
const LAMBDA_ASSUME =
  'An error occurred (AccessDenied) when calling the AssumeRole operation: User: lambda.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/worker'

describe('service principals', () => {
  it('a service acting with the role it was given: that role, never a role named after the service', () => {
    const f = only(GLUE_LOGS)
    expect(f.fixTarget.principalType).toBe('service')
    expect(f.fixTarget.kind).toBe('identity-policy')
    expect(f.title).toContain('service principal glue.amazonaws.com')
    const remedies = buildRemedies([f])
    const identity = remedies.find((r) => r.target.kind === 'identity-policy')!
    expect(JSON.stringify(identity.renderings)).not.toContain('role-name glue.amazonaws.com')
    expect(identity.notes.join('\n')).toMatch(
      /<CALLER_ROLE_NAME> with the name of the role glue\.amazonaws\.com works with/
    )
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('keeps a masked catalog ARN a placeholder', () => {
    const f = only(GLUE_CATALOG)
    expect(f.fixTarget.principalType).toBe('service')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements).length).toBeGreaterThan(0)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('a service delivering to a function: its resource policy, scoped by aws:SourceArn and aws:SourceAccount', () => {
    const f = only(SNS_INVOKE)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.explanation).toContain('sns.amazonaws.com is an AWS service principal')
    const remedies = buildRemedies([f])
    // No identity policy for a service, nor a role named after it.
    expect(remedies.map((r) => r.target.kind)).toEqual(['resource-policy'])
    const [s] = remedies[0]!.statements
    expect(s!.Principal).toEqual({ Service: 'sns.amazonaws.com' })
    expect(s!.Condition).toEqual({
      ArnLike: { 'aws:SourceArn': '<SOURCE_ARN>' },
      StringEquals: { 'aws:SourceAccount': '111122223333' }
    })
    expect(remedies[0]!.notes.join('\n')).toMatch(/confused deputy/)
    expect(remedies[0]!.notes.join('\n')).not.toContain('<ROLE_NAME>')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('a service assuming a role: the trust policy names the Service principal, no caller policy', () => {
    const f = only(LAMBDA_ASSUME)
    expect(f.fixTarget.kind).toBe('trust-policy')
    const remedies = buildRemedies([f])
    expect(remedies.map((r) => r.target.kind)).toEqual(['trust-policy'])
    expect(remedies[0]!.statements[0]!.Principal).toEqual({ Service: 'lambda.amazonaws.com' })
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('does not take a look-alike host for a service principal', () => {
    const f = only(SNS_INVOKE.replace('sns.amazonaws.com', 'sns.amazonaws.com.evil.example'))
    expect(f.fixTarget.principalType).not.toBe('service')
  })
})

describe('SAML federation', () => {
  it('the trust policy with the SAML provider and SAML:aud, and the assertion check; no identity policy', () => {
    const f = only(SDK_NET_744)
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(f.explanation).toContain('SAML assertion')
    expect(f.explanation).not.toMatch(/identity policy of/)
    const remedies = buildRemedies([f])
    expect(remedies.map((r) => r.target.kind)).toEqual(['trust-policy'])
    const [s] = remedies[0]!.statements
    expect(s!.Action).toBe('sts:AssumeRoleWithSAML')
    expect(s!.Principal).toEqual({
      Federated: 'arn:aws:iam::<ACCOUNT_ID>:saml-provider/<SAML_PROVIDER_NAME>'
    })
    expect(s!.Condition).toEqual({
      StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' }
    })
    expect(remedies[0]!.notes.join('\n')).toContain('SAML/Attributes/Role')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('an explicit deny is never answered with a trust statement', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/x/y is not authorized to perform: sts:AssumeRoleWithSAML on resource: arn:aws:iam::111122223333:role/admins with an explicit deny'
    )
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })
})

describe('session tags', () => {
  // Source: aws-actions/configure-aws-credentials#54 (corpus a074), text as printed.
  const CAC_54 =
    '##[error]User: arn:aws:iam::***:user/deployer is not authorized to perform: sts:TagSession on resource: arn:aws:iam::***:role/devops'

  it('sts:TagSession is granted on both sides: the trust policy and the caller with its sts:AssumeRole', () => {
    const f = only(CAC_54)
    const remedies = buildRemedies([f])
    const trust = remedies.find((r) => r.target.kind === 'trust-policy')!
    expect(trust.statements[0]!.Action).toBe('sts:TagSession')
    const caller = remedies.find((r) => r.target.kind === 'identity-policy')!
    expect(caller.statements.flatMap((s) => s.Action)).toEqual(['sts:AssumeRole', 'sts:TagSession'])
    expect(trust.notes.join('\n')).toContain('sts:AssumeRole and sts:TagSession on this role')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })
})
