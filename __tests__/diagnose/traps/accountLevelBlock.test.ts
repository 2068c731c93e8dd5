// The account itself is blocked for a service (billing, verification, sign-up): not IAM, no
// CloudTrail hunt, no statement (issue 17, reasoning I point 3).
import { corpusText } from '../../support/corpusRecords.js'
import { analysed } from './analysed.js'

const REAL: [string, string, RegExp][] = [
  [
    // heldout3 h3-082 (Amplify's handler in CloudFormation, quoted as a blockquote)
    'amplify billing',
    "`TelegatorAppStack` cannot be deployed. Creating an `AWS::Amplify::App` in\naccount `804459358303` (eu-central-1) fails:\n\n> We've noticed an issue with your AWS account. To resolve this, please open a\n> Billing Support Case.\n> (Service: Amplify, Status Code: 401, HandlerErrorCode: AccessDenied)",
    /Billing category/
  ],
  [
    // heldout3 h3-086 (CloudFront's verification gate, the sentence wrapped over quoted lines)
    'cloudfront verification',
    "stack (DynamoDB, SQS, Cognito, all 14 functions — none of which had anything\nwrong with them) because `WebDistribution` came back:\n\n> Access denied for operation 'AWS::CloudFront::Distribution: Your account\n> must be verified before you can add new CloudFront resources. To verify\n> your account, please contact AWS Support ...' (Service: CloudFront, Status\n> Code: 403, HandlerErrorCode: AccessDenied)",
    /not been verified/
  ]
]

describe('account-level blocks', () => {
  it.each(REAL)('%s: says AWS Support first, no IAM or CloudTrail advice', (_, text, words) => {
    const { findings, statements, notes } = analysed(text)
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.traps).toContain('account-level-block')
    expect(f.explanation).toMatch(words)
    expect(f.explanation).toMatch(/not an IAM refusal: no policy change helps/)
    expect(f.explanation).not.toMatch(/CloudTrail recorded the decision/)
    expect(f.fixTarget.owner).toBe('aws-support')
    expect(statements).toEqual([])
    expect(notes.join('\n')).not.toMatch(/Start with the identity policy/)
  })

  it('h18-070 (galaxyproject/cloudlaunch#172): a Region being validated is a wait, and no PassRole advice', () => {
    const { findings, statements } = analysed(corpusText('heldout18.jsonl', 'h18-070'))
    const f = findings[0]!
    expect(f.traps).toEqual(['account-level-block'])
    expect(f.explanation).toMatch(/still validating the account for this Region/)
    expect(f.explanation).toMatch(/up to 4 hours/)
    expect(f.explanation).not.toMatch(/iam:PassRole/)
    expect(statements).toEqual([])
  })

  it('own: RunInstances refused as OptInRequired names no passed role either', () => {
    const { findings } = analysed(
      'An error occurred (OptInRequired) when calling the RunInstances operation: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.'
    )
    expect(findings[0]!.traps).toContain('account-level-block')
    expect(findings[0]!.traps).not.toContain('iam-passrole')
  })

  it('a suspended account said after a bare AccessDenied', () => {
    const { findings } = analysed(
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nNote: the account has been suspended for an unpaid balance'
    )
    expect(findings[0]!.traps).toContain('account-level-block')
    expect(findings[0]!.explanation).toMatch(/suspended or blocked/)
  })

  it('an opt-in subscription wording beside a refusal', () => {
    const { findings } = analysed(
      '> You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.\n> (Service: Ec2, Status Code: 401, HandlerErrorCode: AccessDenied)'
    )
    expect(findings[0]!.traps).toContain('account-level-block')
    expect(findings[0]!.explanation).toMatch(/aws account enable-region/)
  })

  // The account-level codes, which were no finding at all before.
  const CODES: [string, string, RegExp][] = [
    [
      // pcorliss/ruby_route_53#1 (Route 53's XML body)
      'route53 OptInRequired',
      '<?xml version="1.0"?>\n<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2010-10-01/"><Error><Type>Sender</Type><Code>OptInRequired</Code><Message>The AWS Access Key Id needs a subscription for the service</Message></Error><RequestId>7ed72d75-03e5-11e0-9bde-d11c7fd928aa</RequestId></ErrorResponse>',
      /not signed up for the service/
    ],
    [
      // Appliscale/cloud-security-audit#24 (Go SDK, a Region the account does not use)
      'go OptInRequired',
      'ERROR: OptInRequired: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.\n\tstatus code: 401, request id: [...]',
      /opt-in Regions/
    ],
    [
      // webiny/webiny-js#1517 (Pulumi, a new account not yet activated)
      'pulumi NotSignedUp',
      '        * Error creating S3 bucket: NotSignedUp: Your account is not signed up for the S3 service. You must sign up before you can use S3.\n        status code: 403, request id: DWMN7F0WMQ107S6H, host id: DBSh15yu7d9uj1dUVx0JXlCQPhZueaSUrLRjsJYtciz2c5dK9duQRUuSr1kzloPx9Yg1mU6sUK8=',
      /finish the account's sign-up/
    ],
    [
      // StreisandEffect/streisand#86 (an AMI from AWS Marketplace)
      'marketplace OptInRequired',
      'msg: Instance creation failed => OptInRequired: In order to use this AWS Marketplace product you need to accept terms and subscribe. To do so please visit http://aws.amazon.com/marketplace/pp?sku=8fvdn95s5ev33cprr62nq3q7t',
      /accept its terms and subscribe/
    ]
  ]

  it.each(CODES)('%s: a finding, the account-level advice, no statement', (_, text, words) => {
    const { findings, statements } = analysed(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.traps).toContain('account-level-block')
    expect(findings[0]!.explanation).toMatch(words)
    expect(statements).toEqual([])
  })

  // NotAuthorizedException with `Your account is not authorized to make this call.`: the feature is
  // not open to the account there (TranslateFullAccess did not help; the Region had no batch jobs).
  it.each([
    [
      'translate batch job (held-out h10-125, amazon-translate-video-subtitles-captions-translation#4)',
      corpusText('heldout10.jsonl', 'h10-125')
    ],
    [
      'translate batch job in us-west-1 (amazon-translate-video-subtitles-captions-translation#3)',
      '[ERROR] 2022-06-24T12:10:32.269Z        a7059c36-5673-42f0-a951-3fef8edf494b    An error occurred (NotAuthorizedException) when calling the StartTextTranslationJob operation: Your account is not authorized to make this call.'
    ]
  ])('%s: the feature’s advice, no statement', (_, text) => {
    const { findings, statements } = analysed(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.traps).toContain('account-level-block')
    expect(findings[0]!.explanation).toMatch(/Region that offers it/)
    expect(findings[0]!.fixTarget.owner).toBe('aws-support')
    expect(statements).toEqual([])
  })

  it('negative: a principal refused by name keeps the IAM reading', () => {
    const { findings } = analysed(
      'An error occurred (AccessDeniedException) when calling the StartTextTranslationJob operation: User: arn:aws:sts::123456789012:assumed-role/app/x is not authorized to perform: translate:StartTextTranslationJob because no identity-based policy allows the translate:StartTextTranslationJob action'
    )
    expect(findings[0]!.traps).not.toContain('account-level-block')
  })

  it('negative: a setting named OptInRequired is no refusal', () => {
    expect(analysed('feature flags: OptInRequired: true, BetaRegion: false').findings).toEqual([])
  })

  it('negative: an ordinary bare AccessDenied keeps its CloudTrail advice', () => {
    const { findings } = analysed(
      '(Service: Amplify, Status Code: 401, HandlerErrorCode: AccessDenied)'
    )
    expect(findings[0]!.traps).not.toContain('account-level-block')
  })
})
