// Issue 17 (heldout11 review, h11-025): a call that hands a role or instance profile to a service,
// refused on some runs only, is IAM propagation (a profile created moments before): wait and retry,
// depends_on; no statement. The Terraform resource type names the call the refusal leaves out.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const LEAD = 'The text says this refusal happens on some runs only'

describe('a role-passing call refused on some runs only is IAM propagation', () => {
  it.each([
    // hashicorp/terraform#7198 (heldout11 h11-025): "About 10% of the time"
    ['h11-025', corpusText('heldout11.jsonl', 'h11-025'), 'autoscaling:CreateLaunchConfiguration'],
    // hashicorp/packer-plugin-amazon#217: Packer's per-run instance profile, "not always"
    [
      'hashicorp/packer-plugin-amazon#217',
      'At least 6-7 months ago everything worked fine, but now I get the following error (not always, but in most cases):\n`Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.`',
      'ec2:RunInstances'
    ],
    // Own: the same Terraform error inside a module, said to happen from time to time.
    [
      'own: module address, "from time to time"',
      'From time to time the apply fails:\n* module.asg.aws_launch_configuration.web: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.\n',
      'autoscaling:CreateLaunchConfiguration'
    ]
  ])('%s', (_source, text, action) => {
    const { f, statements, notes } = analysedOne(text.endsWith('\n') ? text : text + '\n')
    expect(f.inferredAction).toBe(action)
    expect(f.traps).toContain('iam-propagation')
    expect(f.explanation.startsWith(LEAD)).toBe(true)
    expect(f.explanation).toContain('depends_on')
    // The generic "what differs between runs" lead is replaced, not repeated.
    expect(f.explanation).not.toContain('aws sts get-caller-identity')
    expect(statements).toEqual([])
    expect(notes).toContain('No statement is proposed: the refusal comes on some runs only')
  })

  it.each([
    // hashicorp/packer-plugin-amazon#217: the error, then the log's retries of Packer's temporary
    // instance profile that EC2 did not know yet
    [
      'hashicorp/packer-plugin-amazon#217 (log lines)',
      '`Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.`\n\nlogs:\n```\n...\n2022/04/29 13:37:57 packer-builder-amazon-ebs plugin: Retryable error: InvalidParameterValue: Value (packer-626bea32-fadd-9b71-aa87-9583008105fc) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name\n2022/04/29 13:37:57 packer-builder-amazon-ebs plugin:   status code: 400, request id: 5e96adda-9a86-4e57-b7c7-4b112b1ec13e\n```',
      'ec2:RunInstances'
    ],
    // Own: Terraform 0.11 creating the profile and the launch configuration in one apply.
    [
      'own: Terraform made the instance profile in this apply',
      'aws_iam_instance_profile.web: Creation complete after 1s (ID: web)\naws_launch_configuration.web: Creating...\n* aws_launch_configuration.web: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.',
      'autoscaling:CreateLaunchConfiguration'
    ]
  ])('%s: an instance profile made or unknown in this run', (_source, text, action) => {
    const { f, statements, notes } = analysedOne(text + '\n')
    expect(f.inferredAction).toBe(action)
    expect(f.traps).toContain('iam-propagation')
    expect(f.explanation.startsWith('The log shows an instance profile made in this run')).toBe(
      true
    )
    expect(f.explanation).toContain('depends_on')
    expect(f.explanation).toContain('If it still fails after the wait')
    // Refused once, the log cannot tell a delay from a missing permission: the wait comes first,
    // the statement stays for a refusal that does not go away.
    expect(statements.map((s) => s.Action)).toContain(action)
    expect(notes).toContain('Before pasting a statement: the instance profile is new in this run')
  })

  it('the Terraform resource type names the call even on a refusal every run', () => {
    const { f } = analysedOne(
      'aws_launch_configuration.sandbox: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.\n'
    )
    expect(f.inferredAction).toBe('autoscaling:CreateLaunchConfiguration')
    expect(f.traps).not.toContain('iam-propagation')
  })

  it.each([
    [
      'own: every time',
      'It fails every time:\naws_launch_configuration.sandbox: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.'
    ],
    [
      'own: 100% of the time is always',
      'This happens 100% of the time:\naws_launch_configuration.sandbox: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.'
    ],
    [
      'own: intermittent, but no role is passed (an S3 read)',
      "I'm intermittently getting:\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied"
    ],
    [
      'own: an instance profile named, but a call that passes no role',
      'aws_iam_instance_profile.web: Creation complete after 1s (ID: web)\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    ],
    [
      'own: a percentage of something else',
      'CPU was at 90% of the limit.\naws_launch_configuration.sandbox: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.'
    ]
  ])('counter-case: %s', (_t, text) => {
    const { f } = analysedOne(text + '\n')
    expect(f.traps).not.toContain('iam-propagation')
  })
})
