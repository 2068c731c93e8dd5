// A Cognito user pool may not invoke its Lambda trigger (WD996): the function's resource-based
// policy for cognito-idp.amazonaws.com, never a statement for the caller.
import { analysedOne } from './analysed.js'

const TRAP = 'cognito-trigger-permission'

describe(TRAP, () => {
  it('own (the wording of amazon-archives/amazon-cognito-auth-js#223, as the service prints it): add-permission for the pool', () => {
    const { f, statements } = analysedOne(
      'PostConfirmation invocation failed due to error AccessDeniedException.'
    )
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^The user pool invokes its PostConfirmation trigger itself/)
    expect(f.explanation).toContain('--principal cognito-idp.amazonaws.com')
    expect(statements).toEqual([])
  })

  it('counter-case: a Lambda refusal of the caller’s own invoke is not the trigger’s', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Invoke operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:f because no identity-based policy allows the lambda:InvokeFunction action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
