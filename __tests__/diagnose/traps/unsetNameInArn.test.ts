// WD948 (heldout22's unseen-logs review, u24-001 from aws-amplify/amplify-cli#11631): a resource
// named after an unset value is the code's or configuration's to fix, never a policy's; so is an
// empty name (heldout23 review, h23-015, JuliaCloud/AWS.jl#617). A List call's `null` is the
// service's own rendering of no resource (heldout23 review; the record was dropped on merging).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

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
    'arn:aws:s3:::nonesuch/x',
    'arn:aws:s3:::reports/nullable-columns.csv',
    'arn:aws:dynamodb:us-east-1:123456789012:table/orders-nullified'
  ])('counter-case: %s is a name, not an unset value', (resource) => {
    expect(analysedOne(refusal(resource)).f.traps).not.toContain(TRAP)
  })

  it('h23-015 (AWS.jl SubmitJob, JuliaCloud/AWS.jl#617): an empty job-definition name, no grant', () => {
    const { f, statements } = analysedOne(
      'ERROR: AWS.AWSExceptions.AWSException: 403 -- User: arn:aws:sts::<iam number>:assumed-role/<role name>/<instance id> is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:us-east-2:<iam number>:job-definition/'
    )
    expect(f.code).toBe('403')
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/the resource's name is empty$/)
    expect(f.explanation).toContain('the request carried an empty name')
    expect(statements).toEqual([])
  })

  it('the Big IAM Challenge write-up (github-file:find_string#26130295150): a List call on `identitypool/null` is no unset value', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the ListIdentityPoolUsage operation: User: arn:aws:sts::657483584613:assumed-role/shell_basic_iam/iam_shell is not authorized to perform: cognito-sync:ListIdentityPoolUsage on resource: arn:aws:cognito-sync:us-east-1:657483584613:identitypool/null'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it.each(['arn:aws:iam::123456789012:role/', 'arn:aws:batch:us-east-1:123456789012:job-queue/'])(
    'own: the empty name %s',
    (resource) => {
      expect(analysedOne(refusal(resource)).f.traps).toContain(TRAP)
    }
  )

  it.each([
    'arn:aws:s3:::data/',
    'arn:aws:amplify:us-east-1:123456789012:apps/d1/backendenvironments/'
  ])('counter-case: %s (an empty key, a collection) is not an empty name', (resource) => {
    expect(analysedOne(refusal(resource)).f.traps).not.toContain(TRAP)
  })

  it('h94-032 (govuk-one-login/authentication-api#4870): `null` between the words of a parameter name', () => {
    const { f, statements } = analysedOne(corpusText('heldout94.jsonl', 'h94-032'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain("The resource's name holds `null`")
    expect(statements).toEqual([])
  })

  it("h97-019 (christoph-kluge/bref-sqs-laravel#3): a sample's `your-account-id` in the queue URL called", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout97.jsonl', 'h97-019'))
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/a sample configuration's placeholder$/)
    expect(f.explanation).toContain("`your-account-id`: a sample configuration's placeholder")
    expect(statements).toEqual([])
    expect(notes).toContain('your-queue-name` names a resource with a sample')
  })

  it('own: a bucket built as `${env}-uploads` with env unset, `undefined-uploads`, stays a name', () => {
    expect(analysedOne(refusal('arn:aws:s3:::undefined-uploads/x')).f.traps).not.toContain(TRAP)
  })
})
