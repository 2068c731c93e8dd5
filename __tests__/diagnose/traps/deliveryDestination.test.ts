// A service checking the destination it delivers to when a load balancer, trail, flow log,
// distribution or build project is saved: the bucket policy, key policy or the service's own role,
// never the deployer (heldout69–71, session 39; heldout69 review h69-025).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h69 = (id: string) => corpusText('heldout69.jsonl', id)

describe('delivery-destination-policy', () => {
  it.each([
    ['h69-021', 'aws/aws-cdk#21947', '<my-fake-bucket>'],
    ['h69-028', 'widdix/aws-cf-templates#349', 'mw-mgm-elbaccesslogwrites3-****-bucket-****']
  ])('%s (%s): ELB access logs: the bucket policy for its log delivery', (id, _source, bucket) => {
    const { f, statements } = analysedOne(h69(id))
    expect([f.traps, f.service, f.code, f.fixTarget.kind]).toEqual([
      ['delivery-destination-policy'],
      'elasticloadbalancing',
      'InvalidConfigurationRequest',
      'resource-policy'
    ])
    expect(f.explanation).toMatch(
      /^Elastic Load Balancing checked, when access logs were turned on/
    )
    expect(f.explanation).toContain(`arn:aws:s3:::${bucket}/PREFIX/AWSLogs/ACCOUNT_ID/*`)
    expect(f.explanation).toContain('logdelivery.elasticloadbalancing.amazonaws.com')
    expect(f.explanation).toContain('SSE-KMS')
    expect(statements).toEqual([])
  })

  it('h69-024 (boto/boto3#1766): CloudTrail’s bucket policy check, both statements', () => {
    const { f, statements } = analysedOne(h69('h69-024'))
    expect([f.traps, f.service, f.code, f.grammar]).toEqual([
      ['delivery-destination-policy'],
      'cloudtrail',
      'InsufficientS3BucketPolicyException',
      'cloudtrail-bucket-policy'
    ])
    for (const part of [
      's3:GetBucketAcl',
      's3:PutObject',
      'bucket-owner-full-control',
      'aws:SourceArn'
    ])
      expect(f.explanation).toContain(part)
    expect(statements).toEqual([])
  })

  it('hashicorp/terraform#29991 (h15-159): the bucket the message names', () => {
    const { f } = analysedOne(corpusText('heldout15.jsonl', 'h15-159'))
    expect(f.explanation).toContain(
      'arn:aws:s3:::cloudtrail-demotrail-bucket/PREFIX/AWSLogs/ACCOUNT_ID/*'
    )
    expect(f.fixTarget.description).toContain('cloudtrail-demotrail-bucket')
  })

  it('h69-022 (Azure/Azure-Sentinel#12242): CloudTrail’s key and bucket, the key policy first', () => {
    const { f } = analysedOne(h69('h69-022'))
    expect([f.traps, f.code]).toEqual([
      ['delivery-destination-policy'],
      'InsufficientEncryptionPolicyException'
    ])
    expect(f.explanation).toMatch(/the key policy needs .*kms:GenerateDataKey\*/)
    expect(f.explanation).toContain('kms:EncryptionContext:aws:cloudtrail:arn')
    expect(f.fixTarget.description).toMatch(/^the key policy of arn:aws:kms:/)
  })

  it('h69-025 (Terraform aws_flow_log): the flow log’s bucket, which may not exist', () => {
    const { f } = analysedOne(h69('h69-025'))
    expect([f.traps, f.service]).toEqual([['delivery-destination-policy'], 'ec2'])
    expect(f.explanation).toMatch(
      /^EC2 checked, when the flow log was created, its S3 destination `does-not-exist`: the bucket must exist/
    )
    expect(f.explanation).toContain('delivery.logs.amazonaws.com')
    expect(f.explanation).toContain('logs:CreateLogDelivery')
  })

  it('h69-015 (aws/aws-cdk#2335): CodeBuild’s VPC check, on the project’s service role', () => {
    const { f, statements } = analysedOne(h69('h69-015'))
    expect([f.traps, f.service, f.operation, f.code, f.fixTarget.kind]).toEqual([
      ['delivery-destination-policy'],
      'codebuild',
      'DescribeSecurityGroups',
      'InvalidInputException',
      'identity-policy'
    ])
    expect(f.explanation).toContain('ec2:CreateNetworkInterfacePermission')
    expect(f.explanation).toContain('"ec2:AuthorizedService":"codebuild.amazonaws.com"')
    expect(statements).toEqual([])
  })

  it('h70-031 (hashicorp/packer-plugin-amazon#225): EC2 and the import’s KMS key', () => {
    const { f } = analysedOne(corpusText('heldout70.jsonl', 'h70-031'))
    expect([f.traps, f.code]).toEqual([['delivery-destination-policy'], 'InvalidParameterValue'])
    expect(f.explanation).toContain('vmimport')
    expect(f.explanation).toContain('kms:CreateGrant')
  })

  it('hashicorp/terraform-provider-aws#3622: CloudFront’s log bucket, its ACL and Object Ownership', () => {
    const { f } = analysedOne(corpusText('heldout71.jsonl', 'h71-032'))
    expect([f.traps, f.service]).toEqual([['delivery-destination-policy'], 'cloudfront'])
    expect(f.explanation).toContain('"Resource":"arn:aws:s3:::my-bucket"')
    expect(f.explanation).toContain('BucketOwnerEnforced')
  })

  it('counter-case: an ordinary S3 refusal on a bucket named for logs is not this check', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied for bucket: alb-logs'
    )
    expect(f.traps).not.toContain('delivery-destination-policy')
  })
})
