// EC2's refusal of a launch template, as the services that launch for the caller relay it (rule
// WD832). Sources: heldout9 h9-136 (aws-samples/terraform-eks-code#13), h9-137
// (scylladb/scylla-cluster-tests#12172), h9-138 (eksctl-io/eksctl#834) and
// ansible-collections/community.aws#831 (an Auto Scaling update, code AccessDenied).
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('launch-template refusals', () => {
  it('reads the EKS node-group refusal under InvalidRequestException as an encoded message', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-136'))).toMatchObject({
      kind: 'encoded',
      code: 'InvalidRequestException',
      grammarRule: 'WD832'
    })
  })

  it('reads the boto3 CreateNodegroup refusal whose blob the reporter cut', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-137'))).toMatchObject({
      kind: 'encoded',
      code: 'InvalidRequestException',
      operation: 'CreateNodegroup'
    })
  })

  it('reads the Auto Scaling form with its API: action (CloudFormation event via eksctl)', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-138'))).toMatchObject({
      kind: 'denial',
      code: null,
      action: 'autoscaling:CreateAutoScalingGroup',
      service: 'autoscaling'
    })
  })

  it('reads the Auto Scaling form under a botocore AccessDenied (community.aws#831)', () => {
    const f = only(
      '> > * `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the UpdateAutoScalingGroup operation: You are not authorized to use launch template: lt-0b27953098b749950` Somehow popped up yesterday afternoon and since stayed.'
    )
    expect(f).toMatchObject({
      kind: 'denial',
      code: 'AccessDenied',
      operation: 'UpdateAutoScalingGroup'
    })
    expect(f.detail.launchTemplate).toBe('lt-0b27953098b749950')
    expect(f.action).toBeNull()
  })

  // The remedy drafts ec2:RunInstances instead (trap autoscaling-launch-template, heldout101
  // review h101-001); the parse keeps the printed call and the template's name.
  it('reads the form cut after its colon, the template unnamed (h101-001)', () => {
    const f = only(corpusText('heldout101.jsonl', 'h101-001'))
    expect(f).toMatchObject({ operation: 'UpdateAutoScalingGroup', code: 'AccessDenied' })
    expect(f.detail.launchTemplate).toBe('')
  })

  it('leaves prose about launch-template permissions alone', () => {
    expect(
      parseText(
        'Note: if You are not authorized to use launch templates, ask an administrator to grant ec2:RunInstances.\n' +
          'The template says "You are not authorized to launch instances" only in its docs.'
      )
    ).toEqual([])
  })
})
