// Refusals a service words about its own role or its own feature (heldout19, issue 10 and 17):
// the explanation says whose policy decides (the role's trust, the service role's policy, the
// key's policy, the function URL's auth type), never "AWS refused without saying who or why".
import { analysedOne } from './traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h19 = (id: string) => corpusText('heldout19.jsonl', id)

describe("a service's own words about its role or feature", () => {
  it.each<[string, string, RegExp, RegExp]>([
    [
      'h19-090 (voyagegroup/terraform-aws-ecs-task-scheduled-execution, Step Functions)',
      h19('h19-090'),
      /trust policy must allow states\.amazonaws\.com/,
      /eventual consistency/
    ],
    [
      'h19-093 (anrei0000/anrei0000.github.io, CodeDeploy)',
      h19('h19-093'),
      /CodeDeploy's service role lacks/,
      /`AWSCodeDeployRole`.*`codedeploy\.amazonaws\.com`/
    ],
    [
      'h19-085 (cloud-custodian/cloud-custodian, Comprehend)',
      h19('h19-085'),
      /the role's and the key's policies decide/,
      /kms:Decrypt and kms:GenerateDataKey/
    ],
    [
      'h19-086 (localstack/localstack, a CloudWatch Logs subscription filter)',
      h19('h19-086'),
      /does not subscribe another account's function directly/,
      /put-destination-policy/
    ],
    [
      'h19-087 (localstack/localstack, a Lambda function URL)',
      h19('h19-087'),
      /function URL refused the request/,
      /lambda:FunctionUrlAuthType/
    ]
  ])('%s', (_name, text, title, explanation) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.title).toMatch(title)
    expect(f.explanation).toMatch(explanation)
    expect(f.explanation).not.toMatch(/without saying who/)
    expect(statements).toEqual([])
    // Review 2: the fix section leads with the service's setting, never the caller's policy.
    expect(f.fixTarget.description).not.toMatch(/not stated/i)
    expect(notes).toMatch(/^No statement/)
    expect(notes).not.toMatch(/Start with the identity policy of the caller/)
    expect(notes).not.toMatch(/none could be derived from an operation/)
  })

  it.each<[string, string, string]>([
    ['h19-090', h19('h19-090'), 'trust-policy'],
    ['h19-093', h19('h19-093'), 'identity-policy'],
    ['h19-087', h19('h19-087'), 'resource-policy'],
    ['h19-086', h19('h19-086'), 'workflow']
  ])('%s: the fix target is the setting the message names (%s)', (_id, text, kind) => {
    expect(analysedOne(text).f.fixTarget.kind).toBe(kind)
  })

  it('own: Step Functions with a role the same apply created, in the AWS CLI', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the CreateStateMachine operation: Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.'
    )
    expect(f.grammar).toBe('sfn-role-not-assumable')
    expect(f.code).toBe('AccessDeniedException')
  })

  it('own counter-case: a state machine that assumed its role and was refused a call is the IAM sentence', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/sfn-role/abc is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:f because no identity-based policy allows the lambda:InvokeFunction action'
    )
    expect(f.grammar).not.toBe('sfn-role-not-assumable')
  })
})
