// Issue 17, M4: "The role defined for the function cannot be assumed by Lambda" is the execution
// role's trust policy (or IAM's eventual consistency), never an Allow for the deployer.
import { analysedOne } from './analysed.js'

describe("Lambda cannot assume the function's role", () => {
  it.each([
    [
      // aws-samples/aws-ct-vpc-flowlogs#1 (a CloudFormation event reason)
      'CloudFormation event',
      'ResourceLogicalId:FlowLogActivator, ResourceType:AWS::Lambda::Function, ResourceStatusReason:Resource handler returned message: "The role defined for the function cannot be assumed by Lambda. (Service: Lambda, Status Code: 400, Request ID: b3ca3772-7cf9-484d-aed6-34c758a5325e, Extended Request ID: null)"'
    ],
    [
      // nficano/python-lambda#28 (boto3)
      'boto3',
      'botocore.exceptions.ClientError: An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The role defined for the function cannot be assumed by Lambda.'
    ],
    [
      // held-out h154 (awslabs/landing-zone-accelerator-on-aws#138, a CDK table row)
      'CDK failed-resources table',
      '416 | AWSAccelerator-LoggingStack-0987654321-us-east-2 \\| 7:11:38 PM \\| CREATE_FAILED        \\| AWS::Lambda::Function                \\| Custom::S3PutBucketReplicationCustomResourceProvider/Handler (CustomS3PutBucketReplicationCustomResourceProviderHandler1D75398C) Resource handler returned message: "The role defined for the function cannot be assumed by Lambda. (Service: Lambda, Status Code: 400, Request ID: 7613eb01-94f5-40a3-9481-4cad622e4a3c)" (RequestToken: 70e4344a-09c0-0796-bd18-479a7399d067, HandlerErrorCode: InvalidRequest)'
    ]
  ])(
    '%s: the trust policy must allow lambda.amazonaws.com; no Allow for the deployer',
    (_, text) => {
      const { f, statements, notes } = analysedOne(text)
      expect(f).toMatchObject({ grammar: 'lambda-role-trust', service: 'lambda' })
      expect(f.traps).toContain('lambda-role-trust')
      expect(notes).toMatch(/No statement is proposed: Lambda could not assume/)
      expect(f.title).toMatch(/trust policy must allow lambda\.amazonaws\.com/)
      expect(f.explanation).toMatch(/`lambda\.amazonaws\.com`/)
      expect(f.explanation).toMatch(/eventual consistency/)
      expect(f.explanation).not.toMatch(/HEAD request|CloudTrail recorded/)
      expect(statements).toEqual([])
    }
  )
})
