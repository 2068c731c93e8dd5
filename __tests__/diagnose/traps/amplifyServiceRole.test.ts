// WD982 amplify-service-role: a refusal in an Amplify Hosting build's backend step. The heldout30
// case (h30-021, aws/aws-cdk#8381) is in __tests__/remedy/heldout30Review.test.ts.
import { analysedOne } from './analysed.js'

const TRAP = 'amplify-service-role'

describe(TRAP, () => {
  it("own: a named refusal in the build's backend step leads with the app's role", () => {
    const { f } = analysedOne(
      '2024-03-01T10:00:00.000Z [INFO]: # Executing command: amplifyPush --simple\n2024-03-01T10:01:00.000Z [WARNING]: An error occurred (AccessDenied) when calling the CreateStack operation: User: arn:aws:sts::111122223333:assumed-role/amplifyconsole-backend-role/BuildSession is not authorized to perform: cloudformation:CreateStack'
    )
    expect(f.inferred?.signals?.['amplify-hosting-build']?.value).toBe('amplifyPush')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The refusal comes from an Amplify Hosting build/)
  })

  it('counter-case: an Amplify CLI push from a workstation names no build step', () => {
    const { f } = analysedOne(
      '$ amplify push\nAn error occurred (AccessDenied) when calling the CreateStack operation: Access Denied'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
