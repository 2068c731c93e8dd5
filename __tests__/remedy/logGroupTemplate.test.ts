// CloudWatch Logs authorises log-group actions against `log-group:NAME:*`: a placeholder ARN
// without the `:*` matches nothing once its name is filled in (heldout12 review, h12-036; the
// same rule src/remedy/stableResource.ts applies to a printed group).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('a log group the message does not name', () => {
  it('h12-036 (aws-samples/amazon-sagemaker-local-mode#8): the placeholder ends in :*', () => {
    const { statements } = analysedOne(corpusText('heldout12.jsonl', 'h12-036'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:<LOG_GROUP_NAME>:*'
    ])
  })

  it('own: a group the message names keeps its own `:*`, not a second one', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the DescribeLogStreams operation: User: arn:aws:sts::123456789012:assumed-role/ci/job is not authorized to perform: logs:DescribeLogStreams on resource: arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/app:log-stream: because no identity-based policy allows the logs:DescribeLogStreams action\n'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/app:*'
    ])
  })

  it('own counter-case: a log-stream template is untouched', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the PutLogEvents operation: User: arn:aws:sts::123456789012:assumed-role/ci/job is not authorized to perform: logs:PutLogEvents because no identity-based policy allows the logs:PutLogEvents action\n'
    )
    for (const s of statements) expect(String(s.Resource)).not.toMatch(/:\*:\*$/)
  })
})

describe('a log group whose rest the writer elided', () => {
  it("h150-044 (a project changelog): GetLogEvents on `…:log-group:/ecs/churn-pipeline:...` names the group's streams", () => {
    const { statements, notes } = analysedOne(corpusText('heldout150.jsonl', 'h150-044'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:logs:ap-south-1:899013845787:log-group:/ecs/churn-pipeline:log-stream:*'
    ])
    expect(notes).toMatch(/elided what followed the log group's name/)
  })

  it("own: a group action on the same elided ARN names the group's `:*`", () => {
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ci/job is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/app:...\n'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/app:*'
    ])
  })
})
