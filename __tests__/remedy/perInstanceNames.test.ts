// Names made per EC2 instance (issue 17 class 14): granting the one parameter that failed makes
// the next instance fail again, so the statement names the stable prefix, held to each instance's
// own parameter by the condition terraform-aws-github-runner itself uses.
import { analysedOne } from '../diagnose/traps/analysed.js'

const CONDITION = { StringLike: { 'ec2:SourceInstanceARN': '*/${aws:ResourceTag/InstanceId}' } }

const REAL: [string, string, string][] = [
  [
    // github-aws-runners/terraform-aws-github-runner#3959 (instance ID masked with X)
    'masked instance id',
    '<13>Jul  1 15:41:27 user-data: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::account_id:assumed-role/my-ghr-ubuntu-runner-role/i-02acXXXXXXXX is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:ap-south-1:account_id:parameter/github-action-runners/my-ghr/ubuntu/runners/tokens/i-02acXXXXXXXX because no identity-based policy allows the ssm:GetParameter action\n<13>Jul  1 15:41:27 user-data: Waiting for GH Runner config to become available in AWS SSM',
    'parameter/github-action-runners/my-ghr/ubuntu/runners/tokens/*'
  ],
  [
    // github-aws-runners/terraform-aws-github-runner#4032 (instance ID printed, account redacted)
    'printed instance id',
    'Oct 12 15:57:55 ip-10-0-2-39 user-data: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::REDACTED:assumed-role/sdjzkx-linux-x64-ubuntu-runner-role/i-0bb6079208455690f is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:REDACTED:parameter/github-action-runners/sdjzkx/linux-x64-ubuntu/runners/tokens/i-0bb6079208455690f because no identity-based policy allows the ssm:GetParameter action',
    'parameter/github-action-runners/sdjzkx/linux-x64-ubuntu/runners/tokens/*'
  ],
  [
    // github-aws-runners/terraform-aws-github-runner#3922 (instance ID masked with *)
    'starred instance id',
    'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::**********:assumed-role/dev-runner-role/i-********** is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-2:**********:parameter/github-action-runners/dev/runners/tokens/i-*********** because no identity-based policy allows the ssm:GetParameter action',
    'parameter/github-action-runners/dev/runners/tokens/*'
  ]
]

describe('per-instance SSM parameters', () => {
  it.each(REAL)(
    '%s: the stable prefix, with the per-instance condition and why',
    (_, text, tail) => {
      const { statements, notes } = analysedOne(text)
      expect(statements).toHaveLength(1)
      const s = statements[0]!
      expect(s.Action).toBe('ssm:GetParameter')
      expect(String(s.Resource)).toMatch(new RegExp(`:${tail.replace(/[/*]/g, '\\$&')}$`))
      expect(s.Condition).toEqual(CONDITION)
      expect(notes).toMatch(/the next instance has another ID/)
      expect(notes).toMatch(/InstanceId` tag/)
    }
  )

  it('keeps a parameter that is not per instance exact, with no condition', () => {
    // terraform-aws-github-runner#1279's shape, on a named parameter
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/poc-runner-role/i-0d0037a82dcf333a2 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-west-2:111122223333:parameter/github-runners-cloudwatch_agent_config_runner because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:ssm:us-west-2:111122223333:parameter/github-runners-cloudwatch_agent_config_runner'
    )
    expect(statements[0]!.Condition).toBeUndefined()
  })

  it('does not take a word starting with i- for an instance ID', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/app/i-love-cats/token because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:ssm:us-east-1:111122223333:parameter/app/i-love-cats/token'
    )
    expect(statements[0]!.Condition).toBeUndefined()
  })
})
