// Source: aws/aws-sdk-js#1909 (the same report as amazon-archives/amazon-cognito-identity-js#670),
// text as printed there, account IDs masked by the reporter.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'

const TRAP = 'cognito-unauthenticated-role'
const SDK_JS_1909 =
  'error : AccessDeniedException: User: arn:aws:sts::**********:assumed-role/Cognito_myPoolNameUnauth_Role/CognitoIdentityCredentials is not authorized to perform: iam:PassRole on resource: arn:aws:iam::***************:role/lambda_basic_execution'
const ARCHIVES_670 =
  'error : AccessDeniedException: User: arn:aws:sts:::assumed-role/Cognito_myPoolNameUnauth_Role/CognitoIdentityCredentials is not authorized to perform: iam:PassRole on resource: arn:aws:iam::*****:role/lambda_basic_execution'

describe(TRAP, () => {
  it.each([SDK_JS_1909, ARCHIVES_670])(
    'applies to the guest role and refuses a statement',
    (text) => {
      const f = only(text)
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toContain('anyone who can reach the identity pool')
      expect(f.explanation).not.toContain('No statement is proposed')
      const remedies = buildRemedies([f])
      expect(remedies.flatMap((r) => r.statements)).toEqual([])
      expect(remedies[0]!.notes.join('\n')).toMatch(/No statement is proposed.*guest/)
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it('does not apply to the authenticated role of the same pool', () => {
    const f = only(SDK_JS_1909.replace('Unauth_Role', 'Auth_Role'))
    expect(f.traps).not.toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).not.toEqual([])
  })
})

// Source: danilop/LambdAuth#37 (the sample's sign-up page invokes its Lambda as a guest).
const LAMBDAUTH_37 =
  '{"Message":"User: arn:aws:sts::009825708026:assumed-role/Cognito_toadkicker_poolUnauth_Role/CognitoIdentityCredentials is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:009825708026:function:LambdAuthCreateUser"}'
// Source: aws-amplify/aws-sdk-android#1162 (retyped in Markdown bold, stray spaces kept).
const ANDROID_1162 =
  '**Message: User: arn:aws:sts::XXXXXXXXX:assumed-role/Cognito_APPdemoUnauth_Role/ CognitoIdentityCredentials is not authorized to perform: firehose:PutRecordBatch on resource: arn:aws:firehose:us-east-1:XXXXXXXXXX:delivery streams/APP_DELIVERY_STREAM**'

describe(`${TRAP}: one named resource is granted, with the guest warning first`, () => {
  it('LambdAuth#37: lambda:InvokeFunction on the one function, nothing wider', () => {
    const f = only(LAMBDAUTH_37)
    expect(f.traps).toContain(TRAP)
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        Resource: 'arn:aws:lambda:us-east-1:009825708026:function:LambdAuthCreateUser'
      })
    ])
    expect(remedies[0]!.notes[0]).toMatch(
      /^The caller is a Cognito identity pool's unauthenticated \(guest\) role: whatever it is granted is granted to anonymous users.*scoped to `arn:aws:lambda:us-east-1:009825708026:function:LambdAuthCreateUser` alone/
    )
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('aws-sdk-android#1162: firehose:PutRecordBatch on the stream only, warned', () => {
    const f = only(ANDROID_1162)
    const remedies = buildRemedies([f])
    const statements = remedies.flatMap((r) => r.statements)
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toBe('firehose:PutRecordBatch')
    // The retyped "delivery streams/" fits no ARN format: one stream's ARN to fill in, never "*".
    expect(String(statements[0]!.Resource)).toMatch(/:deliverystream\/[^*]+$/)
    expect(remedies[0]!.notes[0]).toContain('granted to anonymous users')
  })

  it.each([
    ['a wildcard resource', LAMBDAUTH_37.replace('function:LambdAuthCreateUser', 'function:*')],
    ['no resource', LAMBDAUTH_37.replace(/ on resource: [^"]+/, '')]
  ])('%s: still no statement', (_, text) => {
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(/No statement is proposed.*guest/)
  })
})
