// Step Functions' `'ROLE' is not authorized to create managed-rule` (heldout15 h15-151, grammar
// WD857): the state machine's role needs the EventBridge actions of its `.sync` integration's
// managed rule (events:PutTargets, events:PutRule, events:DescribeRule on rule/StepFunctions*), or
// IAM has not yet propagated a role made in the same apply; the advice leads.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'sfn-managed-rule'

describe(TRAP, () => {
  it.each([
    [
      'h15-151 (aws-ia/terraform-aws-control_tower_account_factory#365)',
      corpusText('heldout15.jsonl', 'h15-151'),
      'arn:aws:events:ap-southeast-2:<ACCOUNT_ID>:rule/StepFunctions*'
    ],
    [
      'terraform-aws-modules/terraform-aws-step-functions#11',
      "```\nError: AccessDeniedException: 'arn:aws:iam::123456789012:role/step-functions-role' is not authorized to create managed-rule.\n        status code: 400, request id: xxxx\n```",
      'arn:aws:events:*:123456789012:rule/StepFunctions*'
    ]
  ])('%s: the role’s three events actions on the managed rules', (_n, text, resource) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^Step Functions refused the state machine because its role/)
    expect(f.explanation).toContain('depends_on')
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatchObject({
      Action: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'],
      Resource: resource
    })
  })

  it('not for another refusal of events:PutRule', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: events:PutRule on resource: arn:aws:events:us-east-1:123456789012:rule/nightly'
    )
    expect(f.traps ?? []).not.toContain(TRAP)
  })
})
