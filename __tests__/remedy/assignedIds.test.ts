// Resources named by an ID the service hands out per call (heldout26 review, h26-001): the
// statement keeps the caller's part of the ARN and puts `*` for the ID, which no later run repeats.
import { stableResource } from '../../src/remedy/stableResource.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('IDs the service assigns', () => {
  it('h26-001: a workflow engine terminating one Batch job is allowed every job', () => {
    const { statements, notes } = analysedOne(corpusText('heldout26.jsonl', 'h26-001'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'batch:TerminateJob',
        Resource: 'arn:aws:batch:us-west-2:<ACCOUNT_ID>:job/*'
      })
    ])
    expect(notes).toMatch(/AWS Batch gives every submitted job a new ID/)
  })

  it.each([
    [
      'ecs:StopTask',
      'ecs:task',
      'arn:aws:ecs:eu-west-1:111122223333:task/deploy-cluster/0f5c3b2e9d8a4c7b9e1f2a3b4c5d6e7f',
      'arn:aws:ecs:eu-west-1:111122223333:task/deploy-cluster/*'
    ],
    // The old task ARN has no cluster name.
    [
      'ecs:DescribeTasks',
      'ecs:task',
      'arn:aws:ecs:us-east-1:111122223333:task/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
      'arn:aws:ecs:us-east-1:111122223333:task/*'
    ],
    [
      'states:DescribeExecution',
      'states:execution',
      'arn:aws:states:us-east-1:111122223333:execution:release-pipeline:run-42',
      'arn:aws:states:us-east-1:111122223333:execution:release-pipeline:*'
    ],
    [
      'ssm:GetAutomationExecution',
      'ssm:automation-execution',
      'arn:aws:ssm:us-east-1:111122223333:automation-execution/4105a4fc-f944-11e6-9d32-0123456789ab',
      'arn:aws:ssm:us-east-1:111122223333:automation-execution/*'
    ],
    [
      'cloudformation:DescribeChangeSet',
      'cloudformation:changeset',
      'arn:aws:cloudformation:us-east-1:111122223333:changeSet/samcli-deploy1700000000/2b1d1c2e-1111-2222-3333-444455556666',
      // The name SAM gives each deploy's change set carries its epoch: the prefix outlives it.
      'arn:aws:cloudformation:us-east-1:111122223333:changeSet/samcli-deploy*/*'
    ]
  ])('%s on one %s is allowed on every ID', (action, type, arn, stable) => {
    const [service, name] = type.split(':') as [string, string]
    expect(stableResource(service, name, arn, action)?.resource).toBe(stable)
  })

  it.each([
    // Already every ID: nothing to widen.
    ['batch:TerminateJob', 'batch:job', 'arn:aws:batch:us-west-2:111122223333:job/*'],
    // A service's task ARN whose last part is a service name, not an ID, is not a task.
    ['ecs:StopTask', 'ecs:task', 'arn:aws:ecs:us-east-1:111122223333:task/deploy-cluster/web'],
    // A state machine is named once and lives on.
    [
      'states:StartExecution',
      'states:stateMachine',
      'arn:aws:states:us-east-1:111122223333:stateMachine:release-pipeline'
    ]
  ])('%s on %s stays as printed', (action, type, arn) => {
    const [service, name] = type.split(':') as [string, string]
    expect(stableResource(service, name, arn, action)).toBeNull()
  })
})
