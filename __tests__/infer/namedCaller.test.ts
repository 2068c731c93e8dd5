// The caller the prose beside a principal-less refusal names (heldout12 review, h12-123): kept as
// the inferred principal (a role) and used in the statement's target, never guessed from afar.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { reviewed } from '../diagnose/traps/reviewed.js'

describe('the caller the text names beside the refusal', () => {
  it('review h12-123: the Lambda role session in the same comment is the caller', () => {
    const { f, statements } = analysedOne(reviewed('h12-123'))
    // The printed field keeps "not printed"; the inferred one says where the name came from.
    expect(f.principal).toBeNull()
    expect(f.inferred?.principal?.value).toBe(
      'arn:aws:sts::756530070939:assumed-role/lambda-execution-role/videosplitter-api'
    )
    expect(f.inferred?.principal?.from).toBe('the role session the text names beside the refusal')
    expect(f.confidence).toBe('inferred')
    expect(f.fixTarget).toMatchObject({
      principalType: 'role',
      principalName: 'lambda-execution-role'
    })
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('sqs:SendMessage')
  })

  it('own case: a role named as lacking the permission, without an ARN', () => {
    const { f, notes } = analysedOne(
      "The execution role `video-api-role` lacks sqs:SendMessage: Error: 'User is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'"
    )
    expect(f.inferred?.principal?.value).toBe('role/video-api-role')
    expect(f.fixTarget).toMatchObject({ principalType: 'role', principalName: 'video-api-role' })
    expect(notes).not.toContain('<CALLER_NAME>')
  })

  it('own counter-cases: two different sessions, or the role that lacks it, name no caller', () => {
    const two = analysedOne(
      "Roles arn:aws:sts::111122223333:assumed-role/a/s1 and arn:aws:sts::111122223333:assumed-role/b/s2 were tried. Error: 'User is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'"
    )
    expect(two.f.inferred?.principal).toBeUndefined()
    // "the role that lacks" names no role.
    const that = analysedOne(
      "Find the role that lacks it. Error: 'User is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'"
    )
    expect(that.f.inferred?.principal).toBeUndefined()
  })
})
