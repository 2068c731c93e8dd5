// A masked ARN that still shows its service (and maybe its type word) is masked, not "not an ARN"
// (heldout7 review h7-178: ssm:SendCommand refused on a masked EC2 instance was granted on the
// document alone, with an account in an AWS-owned document's ARN).
import { lookupAction } from '../../src/catalog/Catalog.js'
import { maskedTypedArn, splitMergedMask } from '../../src/remedy/maskedTypedArn.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const sendCommand = lookupAction('ssm:SendCommand')!

describe('maskedTypedArn', () => {
  it.each([
    // heldout7 h7-178 (peterkimzz/aws-ssm-send-command#13): everything after the service masked
    ['arn:aws:ec2:________________________', 'instance'],
    // msaad00/agent-bom#3952 (a PR description quoting the refusal, elided with dots)
    ['arn:aws:ec2:...:instance/i-...', 'instance'],
    // own: a GitHub secret mask over Region and account
    ['arn:aws:ec2:***:***:instance/***', 'instance'],
    ['arn:aws:ssm:***:***:managed-instance/mi-***', 'managed-instance']
  ])('%s is a masked %s ARN', (printed, type) => {
    expect(maskedTypedArn(sendCommand, printed)?.type.name).toBe(type)
  })

  it.each([
    // A real word in a masked place: a typo or run-together text, not a mask.
    'arn:aws:ec2:***:instance/i-...`). Swapping the service',
    // ssm has several types: with no type word, which one is not known.
    'arn:aws:ssm:***',
    // a service the action has no type of
    'arn:aws:lambda:***',
    'arn:aws:ec2:'
  ])('%s is not read as a typed mask', (printed) => {
    expect(maskedTypedArn(sendCommand, printed)).toBeNull()
  })

  it.each([
    // A Region printed whole before the masks is the Region, kept (heldout23's unseen-logs review,
    // u25-008: anomalyco/sst#1328's `arn:aws:cloudformation:eu-west-2:...`).
    ['arn:aws:ec2:us-east-1:***:instance/***', 'us-east-1', undefined],
    ['arn:aws:ec2:eu-west-2:123456789012:instance/***', 'eu-west-2', '123456789012']
  ])('%s keeps its printed Region and account', (printed, region, account) => {
    const typed = maskedTypedArn(sendCommand, printed)
    expect([typed?.type.name, typed?.region, typed?.account]).toEqual(['instance', region, account])
  })
})

describe('ssm:SendCommand on masked and AWS-owned resources', () => {
  it('h7-178: the instance ARN with placeholders, beside the document, and the AWS-owned form said', () => {
    const { statements, notes } = analysedOne(corpusText('heldout7.jsonl', 'h7-178'))
    expect(statements).toHaveLength(1)
    // The instances a command targets are checked too (heldout136 review h136-032): the masked
    // one is any of them until the job's IDs narrow it.
    expect(statements[0]!.Resource).toEqual([
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:instance/*',
      'arn:aws:ssm:<REGION>:<ACCOUNT_ID>:document/<DOCUMENT_NAME>'
    ])
    expect(notes).not.toMatch(/which is not an ARN/)
    expect(notes).toMatch(/kept its service: it is the instance ARN/)
    expect(notes).toContain('`arn:aws:ssm:REGION::document/AWS-RunShellScript`')
  })

  it('an AWS-owned document keeps its empty account (peterkimzz/aws-ssm-send-command#14)', () => {
    // peterkimzz/aws-ssm-send-command#14, the Region masked by GitHub's secret masking
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:iam::405378491277:user/github-actions-mci is not authorized to perform: ssm:SendCommand on resource: arn:aws:ssm:***::document/AWS-RunShellScript'
    )
    expect(statements[0]!.Resource).toEqual([
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:instance/*',
      'arn:aws:ssm:<REGION>::document/AWS-RunShellScript'
    ])
  })

  it('counter-case: a document of your own with an elided account still gets the placeholder', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:SendCommand on resource: arn:aws:ssm:us-east-1::document/Deploy-App'
    )
    expect([statements[0]!.Resource].flat()).toContain(
      'arn:aws:ssm:us-east-1:<ACCOUNT_ID>:document/Deploy-App'
    )
  })
})

// heldout18 review h18-038: one mask over the Region and the account, the project name printed.
describe('one mask over the Region and the account', () => {
  it('h18-038 (a deploy-time-build custom resource): the printed project name stays', () => {
    const { statements } = analysedOne(corpusText('heldout18.jsonl', 'h18-038'))
    expect(statements[0]!.Resource).toBe(
      'arn:aws:codebuild:<REGION>:<ACCOUNT_ID>:project/SociIndexBuild024cf76a10034-qZcibdyitqyI'
    )
  })

  it.each([
    [
      'arn:aws:codebuild:<redacted>:project/p1',
      'arn:aws:codebuild:<redacted>:<redacted>:project/p1'
    ],
    ['arn:aws:sqs:***:queue-name', null],
    ['arn:aws:lambda:XXXX:function:my-fn', 'arn:aws:lambda:XXXX:XXXX:function:my-fn'],
    // Own counter-cases: an ARN with both fields, a Region that is no mask, a masked name.
    ['arn:aws:codebuild:us-east-1:<redacted>:project/p1', null],
    ['arn:aws:codebuild:us-east-1:project/p1', null],
    ['arn:aws:codebuild:<redacted>:<redacted>/p1', null]
  ])('%s → %s', (printed, split) => {
    expect(splitMergedMask(printed)).toBe(split)
  })
})
