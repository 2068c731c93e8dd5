// Per-run names in any resource, not only S3 keys (heldout12 review h12-034, h12-030): a name
// that carries a timestamp, epoch or UUID is granted by its stable prefix and `*`, and an ID
// the service assigns when the call runs is `*`, never a placeholder to fill in.
import { stableResource } from '../../src/remedy/stableResource.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('a run token in any resource name', () => {
  it('h12-034: iam:CreateRole on a timestamped role name is granted on the name prefix', () => {
    const { statements, notes } = analysedOne(corpusText('heldout12.jsonl', 'h12-034'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::521695447989:role/allow_invoke_ny_model_role*'
    ])
    expect(notes).toMatch(/changes every run, so the statement allows its stable prefix/)
    // Still a privilege-escalation action: the warning stays, and a boundary is suggested.
    expect(notes).toMatch(/privilege escalation/)
    expect(notes).toContain('"iam:PermissionsBoundary"')
    expect(notes).toMatch(/iam:PassRole and iam:PutRolePolicy or iam:AttachRolePolicy/)
  })

  it.each([
    // wpilibsuite/DetectCoral#20: the SageMaker SDK names each training job `<base>-<timestamp>`.
    [
      'sagemaker:CreateTrainingJob',
      'sagemaker:training-job',
      'arn:aws:sagemaker:us-east-1:308085923257:training-job/wpi-cpu-2020-02-02-21-52-50-104',
      'arn:aws:sagemaker:us-east-1:308085923257:training-job/wpi-cpu-*'
    ],
    // aws/amazon-sagemaker-feedback#193: SageMaker Studio names endpoint configs by epoch millis.
    [
      'sagemaker:CreateEndpointConfig',
      'sagemaker:endpoint-config',
      'arn:aws:sagemaker:us-east-1:043755001251:endpoint-config/sagemaker-epc-1752567137180',
      'arn:aws:sagemaker:us-east-1:043755001251:endpoint-config/sagemaker-epc-*'
    ],
    // A date and time ending the name, no counter after it: still a run's (own case).
    [
      'sns:Publish',
      'sns:topic',
      'arn:aws:sns:us-east-1:111122223333:alerts-20201204064825',
      'arn:aws:sns:us-east-1:111122223333:alerts-*'
    ]
  ])('%s on %s is widened to its stable prefix', (action, type, arn, stable) => {
    const [service, name] = type.split(':') as [string, string]
    expect(stableResource(service, name, arn, action)?.resource).toBe(stable)
  })

  it.each([
    // A model's release date with its version after it is one model, not a run.
    [
      'bedrock:InvokeModel',
      'bedrock:foundation-model',
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'
    ],
    // An account ID inside a stable CDK name is no timestamp.
    ['s3:ListBucket', 's3:bucket', 'arn:aws:s3:::cdk-hnb659fds-assets-201905110123-us-east-1'],
    [
      'sts:AssumeRole',
      'iam:role',
      'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1'
    ],
    // A console-made role that lives on: PassRole and AssumeRole never widen to its prefix.
    [
      'iam:PassRole',
      'iam:role',
      'arn:aws:iam::308085923257:role/service-role/AmazonSageMaker-ExecutionRole-20200202T132997'
    ],
    // A name that is the ID itself (a KMS key) has no stable prefix.
    [
      'kms:Decrypt',
      'kms:key',
      'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    ],
    // A hash makes a name made once unique (heldout8 h8-160's Velero bucket): not a run token.
    ['s3:ListBucket', 's3:bucket', 'arn:aws:s3:::velero-6109f5e9711c8c58131acdd2f490f451'],
    // A short build number is not a run token here (the stack rule handles stacks).
    ['sqs:SendMessage', 'sqs:queue', 'arn:aws:sqs:us-east-1:111122223333:orders-v2-123'],
    // Terraform's name_prefix suffix (heldout159 review h159-053): chosen once, kept in state.
    [
      'sns:Publish',
      'sns:topic',
      'arn:aws:sns:us-east-1:MY_ACCOUNT_ID:newegg-stock-checker-20201204064825927800000001'
    ],
    [
      'sqs:SendMessage',
      'sqs:queue',
      'arn:aws:sqs:eu-west-1:111122223333:terraform-2023031309124511230000000a'
    ]
  ])('counter-case: %s on %s stays as printed', (action, type, arn) => {
    const [service, name] = type.split(':') as [string, string]
    expect(stableResource(service, name, arn, action)).toBeNull()
  })
})

describe('an ID the service assigns on the call', () => {
  it('h12-030: batch:SubmitJob names job/* (the job ID exists only once the call returns)', () => {
    const { statements, notes } = analysedOne(corpusText('heldout12.jsonl', 'h12-030'))
    const resources = statements.flatMap((s) => s.Resource)
    expect(resources).toContain('arn:aws:batch:eu-west-2:800964199911:job/*')
    expect(resources.join()).not.toContain('<JOB_ID>')
    expect(notes).toMatch(/AWS assigns that ID when batch:SubmitJob runs/)
    expect(notes).not.toMatch(/Replace <JOB_ID>/)
  })

  it('counter-case: an existing instance started again keeps its ID to fill in (ec2:StartInstances)', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ec2:StartInstances because no identity-based policy allows the ec2:StartInstances action'
    )
    expect(statements.flatMap((s) => s.Resource).join()).not.toMatch(/instance\/\*$/)
  })
})
