// Fixed companions of a refused call: what the same operation needs besides it whatever the log
// shows. A Spot Fleet request also launches and tags with the requester's permissions (the EC2 User
// Guide's "Spot Fleet permissions"; heldout15 review h15-020); what a job suspends it resumes
// (h15-019). Counter-cases: the reverse call alone, a call with no companions.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'

const actionsOf = (s: { Action: string | string[] }) => [s.Action].flat()
const byAction = (statements: PolicyStatement[], action: string) =>
  statements.filter((s) => actionsOf(s).includes(action))

describe('fixed companions', () => {
  it('h15-020 (rattlesnakeos-stack#117): RequestSpotFleet on its launch specs, with RunInstances, CreateTags and the fleet role', () => {
    const { statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-020'))
    const [fleet] = byAction(statements, 'ec2:RequestSpotFleet')
    // A key pair in neither statement, or in both: the launches are checked as the request is
    // (second review of h15-020).
    expect(fleet!.Resource).toEqual([
      'arn:aws:ec2:<REGION>::image/*',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:security-group/*',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:spot-fleet-request/*',
      'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:subnet/*'
    ])
    expect(JSON.stringify(statements)).not.toContain('key-pair')
    const [run] = byAction(statements, 'ec2:RunInstances')
    expect(run!.Resource).toEqual(
      expect.arrayContaining([
        'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:instance/*',
        'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:subnet/<SUBNET_ID>'
      ])
    )
    const [tags] = byAction(statements, 'ec2:CreateTags')
    expect(tags).toMatchObject({
      Resource: [
        'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:instance/*',
        'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:spot-fleet-request/*'
      ],
      Condition: { StringEquals: { 'ec2:CreateAction': 'RequestSpotFleet' } }
    })
    const [pass] = byAction(statements, 'iam:PassRole')
    expect(pass!.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'spotfleet.amazonaws.com' }
    })
  })

  it('own case: the AWS CLI request-spot-fleet naming the caller gets the same set', () => {
    const { statements } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the RequestSpotFleet operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:RequestSpotFleet'
    )
    expect(statements.flatMap(actionsOf)).toEqual(
      expect.arrayContaining([
        'ec2:RequestSpotFleet',
        'ec2:RunInstances',
        'ec2:CreateTags',
        'iam:PassRole'
      ])
    )
  })

  it('h15-019 (lambda-scheduler-stop-start#19): ResumeProcesses with SuspendProcesses, the group by its name', () => {
    const { statements, notes } = analysedOne(
      corpusText('heldout15.jsonl', 'h15-019').split('```\n\n```')[0]!
    )
    expect(statements).toEqual([
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Action: ['autoscaling:ResumeProcesses', 'autoscaling:SuspendProcesses'],
        Resource:
          'arn:aws:autoscaling:<REGION>:<ACCOUNT_ID>:autoScalingGroup:*:autoScalingGroupName/<GROUP_FRIENDLY_NAME>'
      }
    ])
    expect(notes).toContain('Auto Scaling gives each group a UUID')
  })

  it('own case: a standby entered is exited, on the group the log names', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the EnterStandby operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: autoscaling:EnterStandby on resource: arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:5c3f2a8e-1111-2222-3333-444455556666:autoScalingGroupName/web'
    )
    expect(statements.flatMap(actionsOf)).toEqual([
      'autoscaling:EnterStandby',
      'autoscaling:ExitStandby'
    ])
  })

  it('counter-cases: resuming alone needs no suspend, a resize has no companion', () => {
    const resume = analysedOne(
      'An error occurred (AccessDenied) when calling the ResumeProcesses operation: User: arn:aws:sts::111122223333:assumed-role/scheduler/run is not authorized to perform: autoscaling:ResumeProcesses'
    )
    expect(resume.statements.flatMap(actionsOf)).toEqual(['autoscaling:ResumeProcesses'])
    const resize = analysedOne(
      'An error occurred (AccessDenied) when calling the UpdateAutoScalingGroup operation: User: arn:aws:sts::111122223333:assumed-role/scheduler/run is not authorized to perform: autoscaling:UpdateAutoScalingGroup'
    )
    expect(resize.statements.flatMap(actionsOf)).toEqual(['autoscaling:UpdateAutoScalingGroup'])
  })
})
