// Causes the text states (heldout6 review class 4): an exposed key, administrator access already
// attached, an ARN whose template variables were never substituted (an SQS call naming no queue:
// sqsEndpointWithoutQueue.test.ts).
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

// corymhall/cdk-diff-action#62, a comment's log: the lookup role ARN built from an env-agnostic stack.
const CDK_DIFF_62 = `    Error performing stack diff:  AccessDenied: User: arn:aws:sts::***:assumed-role/github-action/monorepoCISession is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::\${AWS::AccountId}:role/cdk-hnb659fds-lookup-role-\${AWS::AccountId}-\${AWS::Region}
        at throwDefaultError (/home/runner/work/_actions/corymhall/cdk-diff-action/v1/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:1)`

// cloud-custodian/cloud-custodian#4736: an explicit deny although the user is an administrator.
const CUSTODIAN_4736 = `botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetFunction operation: User: arn:aws:iam::1111111111:user/USERNAME is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:11111111111:function:custodian-s3-deny-public-object-acl-realtime with an explicit deny
\`\`\`

I've attempted resolving by assigning explicit and resource:* policies, to no effect. I am running as an account administrator (but not root).`

describe('unresolved-template-variable', () => {
  it.each([
    ['review h6-073', reviewed('h6-073')],
    ['corymhall/cdk-diff-action#62', CDK_DIFF_62]
  ])('the substitution never happened: fix the code, no policy (%s)', (_source, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('unresolved-template-variable')
    expect(f.traps).not.toContain('cdk-bootstrap-role')
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(f.title).toMatch(/template variable that was never substituted/)
    expect(f.explanation.startsWith('The ARN still holds `${AWS::AccountId}`')).toBe(true)
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed/)
  })

  it('an unresolved CDK token in a bucket ARN (own case)', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::${Token[TOKEN.123]}/config.json because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.traps).toContain('unresolved-template-variable')
    expect(statements).toEqual([])
  })
})

describe('administrator access stated, and an exposed key', () => {
  it('AdministratorAccess attached, in Japanese: the explicit Deny first, no Allow (review h6-045)', () => {
    const { f, statements, notes } = analysedOne(reviewed('h6-045'))
    expect(f.traps).toContain('allow-already-granted')
    const deny = f.explanation.indexOf('an explicit Deny')
    expect(deny).toBeGreaterThan(0)
    expect(deny).toBeLessThan(f.explanation.indexOf('other credentials'))
    expect(f.explanation).toContain('AWSCompromisedKeyQuarantineV3')
    expect(statements).toEqual([])
    expect(notes).toMatch(
      /^No statement is proposed: the log says administrator access is attached/
    )
  })

  it('"running as an account administrator" beside an explicit deny: the Deny is already the answer (cloud-custodian#4736)', () => {
    const { f, statements } = analysedOne(CUSTODIAN_4736)
    expect(f.deny).toBe('explicit')
    expect(statements.every((s) => s.Effect !== 'Allow' || s.Action !== 'lambda:GetFunction')).toBe(
      true
    )
  })

  it('a leaked key named beside the refusal: the quarantine policy leads, no Allow (own case)', () => {
    const { f, statements, notes } = analysedOne(
      'Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\nThis started right after our access key was accidentally pushed to a public GitHub repository.'
    )
    expect(f.traps).toContain('exposed-key-quarantine')
    expect(f.explanation.startsWith('The log speaks of an exposed or quarantined key')).toBe(true)
    expect(f.explanation).toContain('AWSCompromisedKeyQuarantineV3')
    expect(f.explanation).toContain('list-attached-user-policies')
    expect(f.fixTarget).toMatchObject({ kind: 'credentials', owner: 'aws-support' })
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: the text speaks of an exposed key/)
  })

  it('a key that is merely rotated is no exposure (own case)', () => {
    const { f } = analysedOne(
      'Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\nWe rotate the access key every 90 days.'
    )
    expect(f.traps).not.toContain('exposed-key-quarantine')
  })
})

describe('CodeArtifact login (review h6-131)', () => {
  it('GetAuthorizationToken also needs the STS bearer token, limited to CodeArtifact', () => {
    const { statements, notes } = analysedOne(reviewed('h6-131'))
    const bearer = statements.find((s) => s.Action === 'sts:GetServiceBearerToken')
    expect(bearer).toMatchObject({
      Resource: '*',
      Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } }
    })
    expect(statements.some((s) => s.Action === 'codeartifact:GetAuthorizationToken')).toBe(true)
    expect(notes).toContain('sts:GetServiceBearerToken is needed as well')
  })
})
