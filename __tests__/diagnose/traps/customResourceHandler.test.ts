// Issue 17 (heldout14 review, h14-060, h14-063): a CloudFormation custom resource's failure is its
// handler Lambda's execution role refused, not the deployer; a HeadBucket 403 there says first that
// the bucket name may be taken in another account (bucket names are global).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'custom-resource-handler-role'

// awslabs/aws-video-transcriber#32, the stack event as printed.
const TRANSCRIBER_32 =
  'Received response status [FAILED] from custom resource. Message returned: Failure reason: AccessDenied: Access Denied (RequestId: f7a88982-6179-4c56-b556-52ff05e66973)'

describe('custom-resource-handler-role', () => {
  it.each([
    [
      'h14-060 ("Failed to create resource. Failure reason:")',
      corpusText('heldout14.jsonl', 'h14-060')
    ],
    ['awslabs/aws-video-transcriber#32', TRANSCRIBER_32]
  ])("%s: the handler's execution role, its CloudWatch logs first", (_, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The refusal comes from a CloudFormation custom resource/)
    expect(f.explanation).toMatch(/\/aws\/lambda\//)
    expect(notes).toMatch(/custom resource's Lambda function/)
  })

  it('h14-063: HeadBucket 403 says the name may be taken in another account first', () => {
    const { f } = analysedOne(corpusText('heldout14.jsonl', 'h14-063'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^HeadBucket answers 403, not 404, when the bucket exists in another account/
    )
    expect(f.explanation).toMatch(/handler role needs s3:ListBucket/)
  })

  it.each([
    // A stack's own resource refused (a registry resource's handler message), not a custom one (own case).
    [
      'a registry resource',
      'Resource handler returned message: "Access Denied (Service: S3, Status Code: 403, Request ID: XXX)" (RequestToken: XXXX, HandlerErrorCode: AccessDenied)'
    ],
    // The words without "Failure reason:" are not the custom resource's format (own case).
    [
      'another tool\'s "failed to create resource"',
      'Error: failed to create resource: AccessDenied: Access Denied'
    ]
  ])('%s: not a custom resource', (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })
})
