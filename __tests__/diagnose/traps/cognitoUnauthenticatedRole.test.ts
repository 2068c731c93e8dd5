// Source: aws/aws-sdk-js#1909 (the same report as amazon-archives/amazon-cognito-identity-js#670),
// text as printed there, account IDs masked by the reporter.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

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

// heldout10 h10-126 (aws-amplify/aws-sdk-android#559) and h10-127
// (goodatlas/react-native-audio-record#40): Amplify names the guest role `…-unauthRole`.
const ANDROID_559 =
  '**Caused by: com.amazonaws.services.rekognition.model.AccessDeniedException: User: arn:aws:sts::475877890857:assumed-role/wsirstpp-20181028230251-unauthRole/CognitoIdentityCredentials is not authorized to perform: rekognition:CompareFaces (Service: AmazonRekognition; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7f665a07-db54-11e8-8773-2de830a9e39f)**'
const AUDIO_RECORD_40 =
  ' LOG  Este es el error: {"err": "User: arn:aws:sts::649856891400:assumed-role/amplify-allymobile-dev-82957-unauthRole/CognitoIdentityCredentials is not authorized to perform: transcribe:StartStreamTranscriptionWebSocket because no identity-based policy allows the transcribe:StartStreamTranscriptionWebSocket action"}'
// aws-amplify/aws-sdk-android#437: a Mobile Hub guest role, its endpoint named.
const ANDROID_437 =
  '`User: arn:aws:sts::XXXXXXXX:assumed-role/nostragamus_unauth_MOBILEHUB_XXXXXXX/CognitoIdentityCredentials is not authorized to perform: mobiletargeting:GetEndpoint on resource: arn:aws:mobiletargeting:us-east-1:XXXXXXXX:apps/XXXXXXXX/endpoints/3 (Service: AmazonPinpoint; Status Code: 403; Error Code: AccessDeniedException; Request ID: 3df82d79-381a-11e8-8192-df58266db5b7`'
// awslabs/aws-sdk-android-samples#243: a renamed pool role (`Unauth2_Role`), no resource named.
const SAMPLES_243 =
  'EXCEPTION: AmazonServiceException: Service call failed.: User: arn:aws:sts::xxxx:assumed-role/Cognito_camera_control_poolUnauth2_Role/CognitoIdentityCredentials is not authorized to perform: kinesisvideo:DescribeStream (Service: AWSKinesisVideo; Status Code: 403; Error Code: AccessDeniedException; Request ID: d62bf3c1-57ac-1b02-85de-6e9542fec450)'
// aws-amplify/amplify-js#1643: the pool's authenticated role, same session name.
const AMPLIFY_JS_1643 =
  'arn:aws:sts::xxxxx:assumed-role/Cognito_test_cctvAuth_Role/CognitoIdentityCredentials is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:xxxx:********:xxxx/prod/GET/test'

describe(`${TRAP}: any guest role the Cognito session names`, () => {
  it.each([
    ['Amplify project role (h10-126)', ANDROID_559, 'rekognition:CompareFaces'],
    [
      'amplify-<app>-<env> role (h10-127)',
      AUDIO_RECORD_40,
      'transcribe:StartStreamTranscriptionWebSocket'
    ]
  ])(
    '%s: an action with no resource type is drafted on "*", the guest warning first',
    (_, text, action) => {
      const f = only(text)
      expect(f.traps).toContain(TRAP)
      // The guest caution opens the explanation, before the layer's "add an Allow".
      expect(f.explanation).toMatch(/^The caller is a Cognito identity pool's unauthenticated/)
      expect(f.explanation).toContain('has no resource type, so a grant of it cannot be narrowed')
      expect(f.explanation).not.toContain('Grant it only on the one resource')
      const remedies = buildRemedies([f])
      expect(remedies.flatMap((r) => r.statements)).toEqual([
        expect.objectContaining({ Action: action, Resource: '*' })
      ])
      expect(remedies[0]!.notes[0]).toMatch(
        /^The caller is a Cognito identity pool's unauthenticated \(guest\) role: .*anonymous users.* has no resource type, so the statement can only name "\*"/
      )
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it('Mobile Hub guest role (aws-sdk-android#437): the one endpoint, warned', () => {
    const f = only(ANDROID_437)
    expect(f.traps).toContain(TRAP)
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements).map((s) => s.Action)).toEqual([
      'mobiletargeting:GetEndpoint'
    ])
    expect(remedies[0]!.notes[0]).toMatch(/^The caller is .*\(guest\) role.*scoped to/)
  })

  it('a renamed pool role, no resource named (aws-sdk-android-samples#243): warned, withheld', () => {
    const f = only(SAMPLES_243)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('Grant it only on the one resource')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(/No statement is proposed.*guest/)
  })

  it.each([
    ['the authenticated role (amplify-js#1643)', AMPLIFY_JS_1643],
    ['Amplify -authRole', ANDROID_559.replace('-unauthRole', '-authRole')],
    [
      'an `unauth` role under another session (not Cognito)',
      ANDROID_559.replace('CognitoIdentityCredentials', 'deploy-session')
    ]
  ])('%s: not the guest role', (_, text) => {
    const f = only(text)
    expect(f.traps).not.toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).not.toEqual([])
  })
})

// heldout10 h10-120 (nmwalsh/aws-ai-services-site#49): the demo site's guest role refused
// Translate. TranslateText's types (terminology, parallel data) apply only to a call that uses
// them (src/catalog/optionalInputTypes.ts): this one named none, so only "*" allows it.
const AI_SITE_49 =
  '`User: arn:aws:sts::430695380796:assumed-role/Cognito_BootcampUnauth_IPUnauth_Role/CognitoIdentityCredentials is not authorized to perform: translate:TranslateText because no identity-based policy allows the translate:TranslateText action\nNo translation occurred - check the error!`'
// aws-samples/aws-lex-web-ui#720: a CloudFormation-named guest role, the sentence wrapped by the
// reporter; Lex V2 checks the bot alias, so the one alias is granted.
const LEX_WEB_UI_720 =
  'error in postTextMessage AccessDeniedException: User: arn:aws:sts::XXXXX:assumed-role/cognito6-CognitoUnauthRoleV1-XXXXXXXXX/CognitoIdentityCredentials \nis not authorized to perform: lex:RecognizeText \non resource: arn:aws:lex:ca-central-1:XXXXXXXXXXXX:bot-alias/XXXX/XXXXX because no identity-based policy allows the lex:RecognizeText action'

describe(`${TRAP}: a call that named none of its optional inputs`, () => {
  it('h10-120 translate:TranslateText: drafted on "*" with the guest warning, never "one resource"', () => {
    const f = only(AI_SITE_49)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('Grant it only on the one resource')
    expect(f.explanation).toContain(
      '`translate:TranslateText` names no resource unless the call uses a custom terminology or parallel data'
    )
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({ Action: 'translate:TranslateText', Resource: '*' })
    ])
    const notes = remedies[0]!.notes.join('\n')
    expect(notes).toMatch(/^The caller is .*\(guest\) role: .*anonymous users.*can only name "\*"/)
    expect(notes).toContain('authenticated role')
    expect(notes).not.toContain('No statement is proposed')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('the same call by an ordinary role: "*", not a parallel-data placeholder', () => {
    const f = only(AI_SITE_49.replace('Cognito_BootcampUnauth_IPUnauth_Role', 'translator'))
    expect(f.traps).not.toContain(TRAP)
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements).toEqual([expect.objectContaining({ Resource: '*' })])
  })

  it('a terminology the message names is kept: the grant is on it alone', () => {
    const f = only(
      AI_SITE_49.replace(
        ' because no identity-based policy',
        ' on resource: arn:aws:translate:us-east-1:430695380796:terminology/glossary because no identity-based policy'
      )
    )
    expect(f.explanation).toContain('Grant it only on the one resource')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({
        Resource: 'arn:aws:translate:us-east-1:430695380796:terminology/glossary'
      })
    ])
  })

  it('lex-web-ui#720: a wrapped sentence, the guest role caution and the one alias', () => {
    const f = only(LEX_WEB_UI_720)
    expect(f.traps).toContain(TRAP)
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.map((s) => s.Action)).toEqual(['lex:RecognizeText'])
    expect(String(statements[0]!.Resource)).toMatch(/^arn:aws:lex:ca-central-1:[^,*]+:bot-alias\//)
  })
})

describe(`${TRAP}: Amplify's default guest role name, whatever the session`, () => {
  it.each([
    [
      'an Amplify guest role with its own session name',
      'amplify-allymobile-dev-82957-unauthRole/web-session',
      true
    ],
    // Look-alikes: an `unauthorized` word, Amplify's authenticated role, another tool's prefix.
    ['a role named for unauthorized alerts', 'amplify-unauthorized-alerts/web-session', false],
    ['the authenticated role', 'amplify-allymobile-dev-82957-authRole/web-session', false],
    ['another prefix', 'myapp-allymobile-dev-82957-unauthRole/web-session', false]
  ])('%s', (_, roleAndSession, fires) => {
    const f = only(
      AUDIO_RECORD_40.replace(
        'amplify-allymobile-dev-82957-unauthRole/CognitoIdentityCredentials',
        roleAndSession
      )
    )
    expect(f.traps.includes(TRAP)).toBe(fires)
  })
})

// Source: aws-amplify/amplify-swift#3284 (heldout11 h11-175): the Swift SDK's dump of a guest
// call, the caller's account deleted with its colon (`sts::assumed-role/unauthRole/…`).
describe(`${TRAP}: a guest session printed without its account field`, () => {
  it('is still the guest role: warned first, the DetectText grant on "*" kept', () => {
    const f = only(corpusText('heldout11.jsonl', 'h11-175'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.fixTarget.principalName).toBe('unauthRole')
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([['rekognition:DetectText', '*']])
  })

  it("heldout140 h140-009: a guest's session policy is Cognito's enhanced-flow scope-down, not one to edit", () => {
    const f = only(corpusText('heldout140.jsonl', 'h140-009'))
    expect(f.traps).toContain(TRAP)
    expect(f.layer).toBe('session')
    expect(f.explanation).toMatch(/basic \(classic\) authflow/)
  })

  it('counter-case (own): a guest refused by its role alone says nothing of the enhanced flow', () => {
    const f = only(SDK_JS_1909)
    expect(f.explanation).not.toMatch(/enhanced \(simplified\) authflow/)
  })
})
