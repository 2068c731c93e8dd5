// The account itself is blocked for a service (billing, verification, sign-up): not IAM, no
// CloudTrail hunt, no statement (issue 17, reasoning I point 3).
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
    expect(f.explanation).not.toMatch(/CloudTrail event history recorded/)
    expect(f.fixTarget.owner).toBe('aws-support')
    expect(statements).toEqual([])
    expect(notes.join('\n')).not.toMatch(/Start with the identity policy/)
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

  it('negative: an ordinary bare AccessDenied keeps its CloudTrail advice', () => {
    const { findings } = analysed(
      '(Service: Amplify, Status Code: 401, HandlerErrorCode: AccessDenied)'
    )
    expect(findings[0]!.traps).not.toContain('account-level-block')
  })
})
