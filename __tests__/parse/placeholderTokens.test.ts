// Issue 10 point 2 (heldout6 h6-073, h6-145): a placeholder is one token in every position of the
// IAM sentence, whatever it holds: a writer's `{the user ARN}` or `{account2}`, a tool's
// unresolved `${AWS::AccountId}`. It is kept whole, as printed, never cut at its space or its `}`.
import { parseText } from './parseText.js'
import { trimValue } from '../../src/parse/tokens.js'

function first(text: string) {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

// corymhall/cdk-diff-action#62 (the action's own stack trace, runner indent kept): the lookup
// role's ARN as CDK's template writes it, substitutions unresolved.
const CDK_DIFF_ACTION_62 =
  '    Error performing stack diff:  AccessDenied: User: arn:aws:sts::***:assumed-role/github-action/monorepoCISession is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${AWS::AccountId}:role/cdk-hnb659fds-lookup-role-${AWS::AccountId}-${AWS::Region}\n' +
  '        at throwDefaultError (/home/runner/work/_actions/corymhall/cdk-diff-action/v1/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:1)'

// aws/aws-cdk#3654 (a CDK pipeline's verbose log): the reporter masked both accounts with
// `{…}` words of their own.
const AWS_CDK_3654 =
  '[19:33:00] Assuming role failed: User: arn:aws:sts::{account2}:assumed-role/csaee-pipeline-PipelineUpdatePipelineSelfMutationRo-7SwuJzpM46I3/AWSCodeBuild-2e6f3310-3644-451e-bbda-218a5baa8e93 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{target-account1}:role/cdk-hnb659fds-lookup-role-{target-account1}-eu-west-1'

// awspring/spring-cloud-aws#861: the reporter replaced both ARNs by words in braces.
const SPRING_CLOUD_AWS_861 =
  '`Caused by: software.amazon.awssdk.services.sqs.model.SqsException: User: {the user ARN} is not authorized to perform: sqs:createqueue on resource: {the queue ARN} because no identity-based policy allows the sqs:createqueue action (Service: Sqs, Status Code: 403, Request ID: 78c99551-dfbc-5dea-ae56-c81aa731ab40)`'

describe('placeholders in ARN positions', () => {
  it('keeps an unresolved CloudFormation substitution whole, closing brace included', () => {
    const f = first(CDK_DIFF_ACTION_62)
    expect(f.resource).toBe(
      'arn:aws:iam::${AWS::AccountId}:role/cdk-hnb659fds-lookup-role-${AWS::AccountId}-${AWS::Region}'
    )
    expect(f.principal).toBe('arn:aws:sts::***:assumed-role/github-action/monorepoCISession')
  })

  it('keeps a writer’s braced masks in the principal and the resource', () => {
    const f = first(AWS_CDK_3654)
    expect(f.principal).toBe(
      'arn:aws:sts::{account2}:assumed-role/csaee-pipeline-PipelineUpdatePipelineSelfMutationRo-7SwuJzpM46I3/AWSCodeBuild-2e6f3310-3644-451e-bbda-218a5baa8e93'
    )
    expect(f.resource).toBe(
      'arn:aws:iam::{target-account1}:role/cdk-hnb659fds-lookup-role-{target-account1}-eu-west-1'
    )
  })

  it('reads a braced phrase with spaces as one principal and one resource', () => {
    const f = first(SPRING_CLOUD_AWS_861)
    expect([f.principal, f.resource, f.action, f.layer]).toEqual([
      '{the user ARN}',
      '{the queue ARN}',
      'sqs:createqueue',
      'identity'
    ])
  })

  it('own: a placeholder ending the sentence keeps its brace; the period after it goes', () => {
    const f = first(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::{acct}:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{acct}:role/{role name}.'
    )
    expect(f.resource).toBe('arn:aws:iam::{acct}:role/{role name}')
  })

  it('own: a JSON body after the value is not a placeholder', () => {
    // `{"` opens JSON, never a placeholder: the resource stops at the quote as before.
    const f = first(
      '{"Message":"User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k"}'
    )
    expect(f.resource).toBe('arn:aws:s3:::b/k')
  })

  it.each([
    ['role/x}', 'role/x'],
    ['role/x)}', 'role/x'],
    ['role/${AWS::Region}', 'role/${AWS::Region}'],
    ['role/{name}.', 'role/{name}'],
    ['role/[accnt id]', 'role/[accnt id]'],
    ['role/x]', 'role/x']
  ])('own: trimValue(%s) is %s', (raw, want) => {
    expect(trimValue(raw)).toBe(want)
  })
})

describe('words a writer typed for the principal or the action', () => {
  // heldout6 h6-111 (repost.aws knowledge-center iam-organizations-scp-deny-error): the asker's
  // message with `The IAM Entity` and `API action` standing for what their run printed.
  const KC_SCP_DENY =
    'My AWS Organizations member account received an explicit deny error message similar to the following: "The IAM Entity is not authorized to perform API action on resource: arn:aws:iam::123456789012:role/Admin with an explicit deny in a service control policy".'

  it('keeps the Title Case subject whole, leaves the action unknown and reads the rest', () => {
    const f = first(KC_SCP_DENY)
    expect([f.principal, f.action, f.resource, f.layer, f.deny]).toEqual([
      'The IAM Entity',
      null,
      'arn:aws:iam::123456789012:role/Admin',
      'scp',
      'explicit'
    ])
  })

  it('counter-case: the IAM guide describing the format names no resource and gives nothing', () => {
    // docs.amazonaws.cn/en_us/IAM/latest/UserGuide/troubleshoot_access-denied.html
    expect(
      parseText(
        "Most access denied error messages appear in the format User user is not authorized to perform action on resource because context. In this example, user is the Amazon Resource Name (ARN) that doesn't receive access, action is the service action that the policy denies, and resource is the ARN of the resource on which the policy acts."
      )
    ).toEqual([])
  })

  it('own: a lower-case sentence before the phrase is no placeholder subject', () => {
    const f = first(
      'Error: "the deploy user is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k"'
    )
    expect(f.principal).toBeNull()
    expect(f.action).toBe('s3:PutObject')
  })
})
