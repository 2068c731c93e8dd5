// heldout128–129's refusals the engine missed on their unseen score (issue 10, session 46): tools'
// own words (Pacu, Amplify, a CloudTrail alert, Kinesis Video Streams, S3's signature refusals),
// messages wrapped inside an action's name or at each slash of a principal, a reason in emphasis
// or Markdown escapes, and the look-alikes (Azure's RBAC, a push to Azure's registry, a comment
// in source code); each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const first = (text: string) => {
  const [f] = analyzeText(text).findings
  return f && [f.kind, f.grammar, f.code, f.detail.cause ?? null]
}
const grammars = (text: string) => analyzeText(text).findings.map((f) => f.grammar)

describe("tools' own words", () => {
  it.each([
    ['h128-005', 'denial', 'sdk-stack-denied', 'AccessDeniedException', null],
    ['h128-056', 'denial', 'custom-resource-access-denied', null, null],
    ['h129-034', 'denial', 'pacu-module-failure', 'AccessDeniedException', null],
    ['h129-056', 'denial', 'amplify-swift-http-403', null, null],
    ['h129-102', 'denial', 'trail-alert-failed-due-to', 'AccessDenied', null],
    ['h129-129', 'denial', 'kinesis-video-kms-denied', 'KMS_KEY_ACCESS_DENIED', null],
    ['h129-087', 'denial', 'required-permission-missing', 'InvalidInputException', null],
    ['h129-073', 'denial', 'amplify-pinpoint-policy', null, null],
    ['h129-127', 'denial', 'iot-log-authorization-failure', null, null],
    ['h129-061', 'credentials', 's3-request-not-yet-valid', 'AccessDenied', 'clock-skew'],
    ['h129-065', 'credentials', 's3-headers-not-signed', 'AccessDenied', 'signature'],
    [
      'h129-080',
      'credentials',
      'cli-login-refresh-expired',
      'AccessDeniedException',
      'console-login-expired'
    ],
    ['h129-079', 'credentials', 'sso-expired', null, 'sso-expired'],
    ['h129-098', 'credentials', 'sso-oidc-invalid-client', 'InvalidClientException', 'sso-expired'],
    ['h129-099', 'credentials', 'unable-to-load-aws-credentials', null, 'missing']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('the actions they name', () => {
    const action = (id: string) => analyzeText(h(id)).findings[0]!.action
    expect(action('h129-073')).toBe('mobiletargeting:PutEvents')
    expect(action('h129-087')).toBe('iam:GetRole')
    const [alert] = analyzeText(h('h129-102')).findings
    expect(alert!.principal).toMatch(/^arn:aws:sts::XXXXXXXX:assumed-role\/AWSReservedSSO_XXXXXX\//)
    expect(alert!.operation).toBe('ListAccounts')
  })

  it.each([
    // An SDK frame must follow the empty message; prose saying so is no run.
    ['AccessDeniedException: null\nthen we retried', []],
    // A custom resource's other failures are not this one.
    [
      'Received response status [FAILED] from custom resource. Message returned: Access Denied for bucket policy review',
      []
    ],
    // Pacu's other lines, another tool's bracketed prefix.
    ['[ecs__enum]   Skipping cluster enumeration...', []],
    ['[build] AccessDeniedException', []],
    // The same status line from any other HTTP client is nobody's.
    ['Failed: The HTTP response status code is [403].', []],
    // Another ErrorCode of the stream's acknowledgements.
    ['{"EventType":"ERROR","ErrorCode":"KMS_KEY_DISABLED","ErrorId":4501}', []],
    // A first person's help request is no tool's line.
    ['I am unable to load AWS credentials when I run it from cron', []],
    // Another service's invalid client (no invalid_client words).
    ['InvalidClientException: client secret mismatch for app', []]
  ])('own: %j reads as %j', (text, want) => {
    expect(grammars(text)).toEqual(want)
  })
})

describe('messages wrapped or marked up', () => {
  it('h128-055 (aws/aws-cdk#24174): an action wrapped inside its name (`eks:De` / `leteCluster`)', () => {
    const [f] = analyzeText(h('h128-055')).findings
    expect([f!.action, f!.resource]).toEqual([
      'eks:DeleteCluster',
      'arn:aws:eks:ap-northeast-1:aaaaaaaaaaaaa:cluster/sample'
    ])
  })

  it('own: a whole action at the line end keeps its next line out (`s3:GetObject` / `on resource`)', () => {
    const [f] = analyzeText(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject\nonly for a while'
    ).findings
    expect(f!.action).toBe('s3:GetObject')
  })

  it('h129-122: a principal wrapped at each slash, over three lines, is one ARN, the code above it kept', () => {
    const findings = analyzeText(h('h129-122')).findings
    expect(findings.map((f) => [f.grammar, f.code, f.principal])).toEqual([
      [
        'iam-sentence',
        'AccessDeniedException',
        'arn:aws:sts::035636364722:assumed-role/amplify-gforgeiot-gerard--amplifyAuthunauthenticate-hDcPhrjB6kgG/CognitoIdentityCredentials'
      ]
    ])
  })

  it('h128-072 (`with *an explicit deny*`) and h128-134 (`identity\\-based`): the reason read through the markup', () => {
    expect(analyzeText(h('h128-072')).findings[0]!.deny).toBe('explicit')
    const [f] = analyzeText(h('h128-134')).findings
    expect([f!.layer, f!.deny]).toEqual(['identity', 'implicit'])
  })

  it("h129-140: CloudWatch's alarm history names itself as the subject", () => {
    expect(analyzeText(h('h129-140')).findings[0]!.principal).toBe('CloudWatch Alarms')
  })
})

describe('look-alikes', () => {
  it("h129-017 (Azure/azqr#68): Azure's RBACAccessDenied is Azure's", () => {
    expect(analyzeText(h('h129-017')).findings).toEqual([])
  })

  it("h128-094 (a push to Azure's registry): the empty 403 is that registry's, its name far above", () => {
    expect(analyzeText(h('h128-094')).findings).toEqual([])
  })

  it('own: the same push to ECR is still ECR’s refusal', () => {
    const layers = Array.from(
      { length: 8 },
      (_, i) => `${(0xb370636613f0 + i).toString(16)}: Preparing`
    )
    const text = [
      'The push refers to repository [111122223333.dkr.ecr.us-east-1.amazonaws.com/app]',
      ...layers,
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ].join('\n')
    const [f] = analyzeText(text).findings
    expect([f!.grammar, f!.service]).toEqual(['registry-403-empty-body', 'ecr'])
  })

  it('h129-136: a comment in source code beside its method calls quotes a refusal', () => {
    expect(analyzeText(h('h129-136')).findings).toEqual([])
  })
})

describe('heldout130–131: clients’ and services’ own words', () => {
  it.each([
    ['h130-007', 'denial', 'permissions-required-for-operation', null, null],
    ['h130-017', 'credentials', 'cloudfront-unknown-key', 'InvalidKey', 'cloudfront-key-unknown'],
    ['h130-054', 'credentials', 'web-identity-sts-module-missing', null, 'missing'],
    ['h130-055', 'credentials', 'codebuild-plugin-keys', null, 'missing'],
    ['h130-070', 'credentials', 'access-key-id-blank', null, 'missing'],
    [
      'h131-004',
      'credentials',
      'authorization-header-three-components',
      'AuthorizationHeaderMalformed',
      'header-key-empty'
    ],
    ['h131-014', 'denial', 'amplify-pinpoint-forbidden', 'ForbiddenException', null],
    ['h131-031', 'credentials', 's3-date-header-missing', 'AccessDenied', 'signature'],
    ['h131-032', 'credentials', 's3-date-header-missing', 'AccessDenied', 'signature'],
    ['h131-034', 'credentials', 'no-valid-aws-authentication', null, 'missing'],
    ['h131-070', 'denial', 'custom-resource-access-denied', null, null]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it("h131-091 (a browser's devtools): the unquoted `__type:` above the message is its code", () => {
    const [f] = analyzeText(h('h131-091')).findings
    expect([f!.code, f!.service]).toEqual(['NotAuthorizedException', 'cognito-identity'])
  })

  it("h131-062 (TiDB BR against Kingsoft's KS3): the store's 403 is not AWS's", () => {
    expect(analyzeText(h('h131-062')).findings).toEqual([])
  })

  it.each([
    // CloudFront's other signing refusals are not this one.
    ['<Error><Code>InvalidKey</Code><Message>Bad key format</Message></Error>', []],
    // A custom resource's other words before Access Denied stay unread.
    ['Message returned: Could not find bucket Access Denied maybe', []]
  ])('own: %j reads as %j', (text, want) => {
    expect(grammars(text)).toEqual(want)
  })
})

describe('a writer’s variables for who and what', () => {
  it('h130-057 (jenkinsci/amazon-ecs-plugin#39): `User: A … on resource: B` explains the message', () => {
    expect(analyzeText(h('h130-057')).findings).toEqual([])
  })

  it.each([
    // A one-letter name on one side only is still read (a masked principal, a short resource).
    'User: A is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/r',
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject on resource: X'
  ])('own: %s is a finding', (text) => {
    expect(analyzeText(text).findings).toHaveLength(1)
  })
})

describe('a refusal’s code over a message that says it is none', () => {
  it("h130-010 (awsweeper): WAFv2's `Critical information is missing in your request` is a missing parameter", () => {
    expect(analyzeText(h('h130-010')).findings).toEqual([])
  })

  it('own: the same code with a refusal’s words is still one', () => {
    expect(
      grammars(
        'failed to list: AccessDeniedException: User: arn:aws:iam::111122223333:user/u is not authorized to perform: wafv2:ListLoggingConfigurations'
      )
    ).toEqual(['iam-sentence'])
  })
})
