// WD948 (heldout22's unseen-logs review, u24-001 from aws-amplify/amplify-cli#11631): a resource
// named after an unset value is the code's or configuration's to fix, never a policy's.
import { analysedOne } from './analysed.js'

const TRAP = 'unset-name-in-arn'
const refusal = (resource: string, principal = 'arn:aws:sts::123456789012:assumed-role/app/s') =>
  `An error occurred (AccessDeniedException) when calling the PutRecords operation: User: ${principal} is not authorized to perform: kinesis:PutRecords on resource: ${resource} because no identity-based policy allows the kinesis:PutRecords action`

describe(TRAP, () => {
  it('u24-001 (Amplify Analytics with no stream name, as Kinesis printed it): no Allow for the guest role', () => {
    const { f, statements, notes } = analysedOne(
      '{"__type":"AccessDeniedException","Message":"User: arn:aws:sts::613607431007:assumed-role/amplify-nextjsplayground-dev-205355-unauthRole/CognitoIdentityCredentials is not authorized to perform: kinesis:PutRecords on resource: arn:aws:kinesis:us-west-2:613607431007:stream/undefined because no identity-based policy allows the kinesis:PutRecords action"}'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/the resource's name is an unset value$/)
    expect(f.explanation).toContain("The resource's name is `undefined`")
    expect(statements).toEqual([])
    expect(notes).not.toContain('The statement is therefore scoped')
  })

  it.each(['arn:aws:s3:::data/None', 'arn:aws:sqs:us-east-1:123456789012:null'])(
    'own: %s',
    (resource) => {
      expect(analysedOne(refusal(resource)).f.traps).toContain(TRAP)
    }
  )

  it.each([
    'arn:aws:kinesis:us-west-2:123456789012:stream/undefined-events',
    'arn:aws:s3:::nonesuch/x'
  ])('counter-case: %s is a name, not an unset value', (resource) => {
    expect(analysedOne(refusal(resource)).f.traps).not.toContain(TRAP)
  })
})
