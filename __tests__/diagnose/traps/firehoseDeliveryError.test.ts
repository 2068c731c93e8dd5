// Firehose's delivery error codes: the stream's delivery role is what lacks the call (or its trust
// lacks Firehose), not the job and not a CloudTrail caller to look up.
import { corpusText } from '../../support/corpusRecords.js'
import { only } from '../analyze.js'

const TRAP = 'firehose-delivery-error'

describe(TRAP, () => {
  it.each(['h156-065', 'h156-066'])(
    "heldout156 %s (a transform's Lambda.InvokeAccessDenied): the delivery role's Lambda calls",
    (id) => {
      const f = only(corpusText('heldout156.jsonl', id))
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toMatch(/^Firehose made this call with the stream's delivery role/)
      expect(f.explanation).toContain(
        '`lambda:InvokeFunction` and `lambda:GetFunctionConfiguration`'
      )
      expect(f.explanation).not.toMatch(/CloudTrail/)
      expect(f.fixTarget.description).toBe(
        "the identity policy of the Firehose stream's delivery role (its RoleARN)"
      )
    }
  )

  it("own: S3.AssumeRoleAccessDenied is the role's trust of Firehose", () => {
    const f = only(
      '{"errorCode":"S3.AssumeRoleAccessDenied","errorMessage":"Access was denied while trying to assume the role."}'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(f.explanation).toContain('`firehose.amazonaws.com`')
  })

  it("own: S3.AccessDenied lists the delivery role's S3 set", () => {
    const f = only('{"errorCode":"S3.AccessDenied","errorMessage":"Access was denied."}')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`s3:ListBucketMultipartUploads`')
  })

  it.each([
    // own: Lambda's own code for a caller refused an invoke is no Firehose delivery error
    'An error occurred (AccessDeniedException) when calling the Invoke operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:f'
  ])('counter-case: %s', (text) => {
    expect(only(text).traps).not.toContain(TRAP)
  })
})
