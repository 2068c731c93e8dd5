// A service that creates its resource's VPC network interface with that resource's role names the
// EC2 permission in its refusal: the fix is that role's ENI set (issue 17, heldout11 h11-146).
import { analysedOne } from './analysed.js'

describe('service-network-role', () => {
  it("h11-146: SageMaker's VPC notebook → the execution role, no decoding needed", () => {
    // heldout11 h11-146, aws/aws-sdk-go#4071 (notebook status in the console), as printed.
    const { f, statements, notes } = analysedOne(
      'But by checking the AWS console, the cluster status shows: `Unable to create or start a notebook instance that can access resources in your VPC. Please check if you have ec2:CreateNetworkInterface permission. You are not authorized to perform this operation. Encoded authorization failure message: ... (Service: AmazonEC2; Status Code: 403; Error Code: UnauthorizedOperation; Request ID: ....; Proxy: null)`'
    )
    expect(f.kind).toBe('encoded')
    expect(f.traps).toContain('service-network-role')
    expect(f.explanation).toMatch(/^The service's own message names `ec2:CreateNetworkInterface`/)
    expect(f.explanation).toMatch(/notebook instance's execution role/)
    for (const a of [
      'ec2:CreateNetworkInterfacePermission',
      'ec2:DeleteNetworkInterface',
      'ec2:DescribeDhcpOptions',
      'ec2:DescribeVpcs'
    ])
      expect(f.explanation).toContain(`\`${a}\``)
    expect(f.fixTarget.description).toMatch(/execution role of the notebook or function/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/describe-notebook-instance --query RoleArn/)
    expect(notes).not.toMatch(/Decode it first/)
  })

  it.each([
    [
      // justinram11/serverless-aws-batch#16 (Serverless Framework deploy), as printed.
      'lambda via serverless',
      'An error occurred: TestBatchLambdaFunction - The provided execution role does not have permissions to call CreateNetworkInterface on EC2 (Service: AWSLambdaInternal; Status Code: 400; Error Code: InvalidParameterValueException; Request ID: 66cd36bb-eaf5-420b-8880-359e52d985c1; Proxy: null).'
    ],
    [
      // amazon-connect/amazon-connect-salesforce-lambda#29 (CloudFormation), as printed.
      'lambda via cloudformation',
      'Resource handler returned message: "The provided execution role does not have permissions to call CreateNetworkInterface on EC2 (Service: Lambda, Status Code: 400, Request ID: b8d705e6-af89-464c-bc64-ec1e956254c9, Extended Request ID: null)" (RequestToken: 457b169c-3690-b98b-1cba-7114d3a0f94b, HandlerErrorCode: InvalidRequest)'
    ]
  ])("%s: Lambda's VPC function → the function's execution role", (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain('service-network-role')
    expect(f.explanation).toMatch(/function's execution role/)
    expect(f.explanation).toMatch(/AWSLambdaVPCAccessExecutionRole/)
  })

  it('negative: an ordinary encoded EC2 refusal keeps the decode-first advice', () => {
    const { f } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the CreateNetworkInterface operation: You are not authorized to perform this operation. Encoded authorization failure message: AbCdEf0123456789'
    )
    expect(f.traps).not.toContain('service-network-role')
  })

  it('negative: the caller refused ec2:CreateNetworkInterface in IAM words is the caller', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ec2:CreateNetworkInterface on resource: arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0abc because no identity-based policy allows the ec2:CreateNetworkInterface action'
    )
    expect(f.traps).not.toContain('service-network-role')
  })
})
