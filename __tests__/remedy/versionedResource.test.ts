// Issue 17, heldout12 second review (h12-030): a resource type whose ARN ends in a revision
// (Batch `job-definition/NAME:REVISION` for SubmitJob, ECS `task-definition/FAMILY:REVISION`)
// printed without it: the statement ends it in `:*` and says why. Batch checks a job submitted
// without a revision against the bare name it printed (heldout23 review, h23-016): both are named.
// `own` cases are ours.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { revisionless } from '../../src/catalog/versionedTypes.js'
import { lookupAction } from '../../src/catalog/Catalog.js'
import { corpusText } from '../support/corpusRecords.js'

function remedy(text: string) {
  const { f, statements, notes } = analysedOne(text)
  return { f, resources: statements.flatMap((s) => [s.Resource ?? []].flat()), notes }
}

const sentence = (action: string, resource: string): string =>
  `An error occurred (AccessDeniedException) when calling the ${action.split(':')[1]} operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`

describe('a versioned resource named without its revision', () => {
  it('aws/aws-sdk-js#4280: the bare job definition Batch checked, and any revision', () => {
    // https://github.com/aws/aws-sdk-js/issues/4280 (the reporter already allowed `my-job:*`)
    const text =
      '`User: arn:aws:iam::xxxxxxx:user/my-username is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:us-west-1:xxxxxxx:job-definition/my-job`'
    const { resources, notes } = remedy(text)
    expect(resources.filter((r) => /job-definition\/my-job(?::\*)?$/.test(r))).toHaveLength(2)
    expect(notes).toContain('what this call was checked against')
    expect(notes).not.toContain('never matches')
  })

  it('aws/aws-cdk#26128: SubmitJob on a job definition without its revision gets `:*`', () => {
    // https://github.com/aws/aws-cdk/issues/26128 (the lambda's error, as printed)
    const text =
      'An error occurred (AccessDeniedException) when calling the SubmitJob operation: User: arn:aws:sts::843407916570:assumed-role/cttso-ica-to-pieriandx-de-cttsoicatopieriandxdevba-173SBBKFYE8R6/cttso-ica-to-pieriandx-dev-batch-stack-lambda-function is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:ap-southeast-2:843407916570:job-definition/cttsoicatopieriandxdevb-3fac93477d7a86a'
    const { resources, notes } = remedy(text)
    expect(resources).toContain(
      'arn:aws:batch:ap-southeast-2:843407916570:job-definition/cttsoicatopieriandxdevb-3fac93477d7a86a:*'
    )
    expect(resources).toContain(
      'arn:aws:batch:ap-southeast-2:843407916570:job-definition/cttsoicatopieriandxdevb-3fac93477d7a86a'
    )
    expect(notes).toContain('with its Revision when it names one')
  })

  it('own: a printed revision is kept as printed, with no note', () => {
    const { resources, notes } = remedy(
      sentence('batch:SubmitJob', 'arn:aws:batch:eu-west-2:111122223333:job-definition/nightly:4')
    )
    expect(resources).toContain('arn:aws:batch:eu-west-2:111122223333:job-definition/nightly:4')
    expect(resources.filter((r) => r.includes('nightly:4:'))).toEqual([])
    expect(notes).not.toContain('Revision')
  })

  it('own: ECS RunTask on a task definition family gets `:*` and the revision note', () => {
    const { resources, notes } = remedy(
      sentence('ecs:RunTask', 'arn:aws:ecs:us-east-1:111122223333:task-definition/migrate')
    )
    expect(resources).toContain('arn:aws:ecs:us-east-1:111122223333:task-definition/migrate:*')
    expect(notes).toContain('ends in its TaskDefinitionRevisionNumber')
  })

  it('own counter-case: RegisterJobDefinition takes the bare job definition, unchanged', () => {
    const { resources, notes } = remedy(
      sentence(
        'batch:RegisterJobDefinition',
        'arn:aws:batch:eu-west-2:111122223333:job-definition/nightly'
      )
    )
    expect(resources).toContain('arn:aws:batch:eu-west-2:111122223333:job-definition/nightly')
    expect(resources.filter((r) => r.endsWith(':*'))).toEqual([])
    expect(notes).not.toContain('Revision')
  })

  it('own counter-case: a non-versioned type (an SQS queue) is unchanged', () => {
    const { resources } = remedy(
      sentence('sqs:SendMessage', 'arn:aws:sqs:eu-west-2:111122223333:jobs')
    )
    expect(resources).toEqual(['arn:aws:sqs:eu-west-2:111122223333:jobs'])
  })

  it.each<[string, string, string | null]>([
    // The bare function is a resource of its own beside its versions.
    ['lambda:InvokeFunction', 'arn:aws:lambda:eu-west-1:111122223333:function:f', null],
    ['bedrock:GetPrompt', 'arn:aws:bedrock:us-east-1:111122223333:prompt/ABCDEFGHIJ', null],
    ['ecs:RunTask', 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:12', null],
    ['ecs:RunTask', 'arn:aws:ecs:us-east-1:111122223333:task-definition/*', null],
    [
      'batch:SubmitJob',
      'arn:aws:batch:us-east-1:111122223333:job-definition/x',
      'arn:aws:batch:us-east-1:111122223333:job-definition/x:*'
    ]
  ])('revisionless(%s, %s) → %s', (action, arn, expected) => {
    const entry = lookupAction(action)!
    expect(revisionless(entry.resourceTypes, entry.action, arn)?.resource ?? null).toBe(expected)
  })
})

describe('a name the paste cut inside an unclosed code span', () => {
  // https://github.com/ministryofjustice/modernisation-platform/pull/12909 (h12-030): the
  // job definition is `shred-unstructured-from-zip-job`; the PR's quote stops inside it.
  const H12_030 =
    'Which returned:\n`An error occurred (AccessDeniedException) when calling the SubmitJob operation: User: arn:aws:sts::800964199911:assumed-role/AWSReservedSSO_modernisation-platform-sandbox_83094e3f92a3fdb1/luke-a-williams@digital.justice.gov.uk is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:eu-west-2:800964199911:job-definition/shred-unstructured-fr'

  it('h12-030: the cut name becomes a placeholder, the revision `:*`', () => {
    const { f, resources, notes } = remedy(H12_030)
    expect(f.detail.resourceCut).toBe('line-end')
    expect(resources).toContain(
      'arn:aws:batch:eu-west-2:800964199911:job-definition/<JOB_DEFINITION_NAME>:*'
    )
    expect(resources.filter((r) => r.includes('shred-unstructured-fr'))).toEqual([])
    expect(notes).toContain('after `shred-unstructured-fr`, which may be only the start of it')
    expect(notes).toContain('ends in its Revision')
  })

  it('own counter-case: the code span closed after the name, nothing is cut', () => {
    const { f, resources } = remedy(H12_030 + ':3`')
    expect(f.detail.resourceCut).toBeUndefined()
    expect(resources).toContain(
      'arn:aws:batch:eu-west-2:800964199911:job-definition/shred-unstructured-fr:3'
    )
  })

  it('own counter-case: a line with no code span ends in a whole name', () => {
    const { f } = remedy(H12_030.replace('\n`', '\n'))
    expect(f.detail.resourceCut).toBeUndefined()
  })

  it.each([
    // A Markdown fence (```) around the message is a block, not a span (heldout3 h3-123).
    [
      'heldout3.jsonl',
      'h3-123',
      'arn:aws:dynamodb:<REGION>:<ACCOUNT_ID>:table/openclaw-enterprise'
    ],
    // The span opened on the line before and closes right after the name (Miserlou/Zappa#199).
    ['heldout9.jsonl', 'h9-006', 'arn:aws:iam::<ACCOUNT_ID>:role/LambdaPreview']
  ])('counter-case %s %s: a whole name in backticks is not cut', (file, id, kept) => {
    const { f, resources } = remedy(corpusText(file, id) + '\n')
    expect(f.detail.resourceCut).toBeUndefined()
    expect(resources).toContain(kept)
  })

  it('own counter-case: the span closes on the next line', () => {
    const { f } = remedy(`${H12_030}\n\`\nThen it worked.`)
    expect(f.detail.resourceCut).toBeUndefined()
  })
})
