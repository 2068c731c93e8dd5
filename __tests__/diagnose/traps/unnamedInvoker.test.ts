// A Lambda invoke refused with no caller named (heldout14 third review, h14-137): the identity
// policy for an IAM caller and, Optional beside it, the function policy for a service caller
// (API Gateway, EventBridge, S3, SNS), limited by aws:SourceArn; the explanation says both first.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'unnamed-invoker'

// Source: https://codemia.io/knowledge-hub/path/accessdeniedexception_user_is_not_authorized_to_perform_lambdainvokefunction
// (the error as the article prints it).
const CODEMIA = 'AccessDeniedException: User is not authorized to perform: lambda:InvokeFunction'

describe(TRAP, () => {
  it.each([
    // heldout14 h14-137: tech-reader.blog's AccessDeniedException article.
    ['h14-137', corpusText('heldout14.jsonl', 'h14-137')],
    ['codemia.io', CODEMIA]
  ])('%s: both sides, the service side Optional with aws:SourceArn', (_n, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The message names no caller, and `lambda:InvokeFunction`/)
    expect(f.explanation).toContain('aws lambda add-permission')
    expect(statements).toHaveLength(2)
    expect(statements[0]).toMatchObject({ Action: 'lambda:InvokeFunction' })
    expect(statements[0]!.Principal).toBeUndefined()
    expect(statements[1]).toMatchObject({
      Sid: 'AllowOptionalLambdaFunction',
      Principal: { Service: '<SERVICE_PRINCIPAL>' },
      Action: 'lambda:InvokeFunction',
      Condition: { ArnLike: { 'aws:SourceArn': '<SOURCE_ARN>' } }
    })
    expect(notes).toMatch(/If a service did \(API Gateway, EventBridge, S3, SNS\)/)
  })

  it.each([
    // heldout14 h14-168: the caller is named (a user): its identity policy alone.
    ['a named caller', corpusText('heldout14.jsonl', 'h14-168')],
    // awslabs/aws-automated-incident-response-and-forensics#13, as printed: a named service
    // caller is service-delivery-policy's, with that service as Principal.
    [
      'a named service caller',
      '"{\\"ErrorCode\\":\\"AccessDeniedException\\",\\"ErrorMessage\\":\\"User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:xxxx:xxxx:function:SlackNotificationLambda because no resource-based policy '
    ],
    // Own: another Lambda action with no caller is no invoke.
    [
      'another action',
      'AccessDeniedException: User is not authorized to perform: lambda:GetFunction'
    ],
    // Own: an explicit Deny is not fixed by any Allow, on either side.
    [
      'an explicit deny',
      'AccessDeniedException: User is not authorized to perform: lambda:InvokeFunction with an explicit deny'
    ]
  ])('counter-case: not for %s', (_n, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
    expect(statements.map((s) => s.Principal)).not.toContainEqual({
      Service: '<SERVICE_PRINCIPAL>'
    })
  })
})
