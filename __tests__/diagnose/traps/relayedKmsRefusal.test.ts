// WD949 (heldout23 review, h23-006 and h23-003): a service that encrypts its data with a customer
// managed key relays KMS refusing the caller's use of it; the fix is kms:Decrypt (or
// GenerateDataKey) on that key, never an Allow of the service's own call.
import { analysedOne } from './analysed.js'

const TRAP = 'relayed-kms-refusal'

describe(TRAP, () => {
  it('h23-006 (aws-samples/aws-secure-environment-accelerator#919): DynamoDB PutItem, the key', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the PutItem operation: KMS key access denied error: com.amazonaws.services.kms.model.AWSKMSException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 0e35c348-57ef-4b0a-81e7-87e3fd0e4344; Proxy: null)'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'DynamoDB uses the customer managed KMS key that encrypts the table'
    )
    expect(f.explanation).toContain('`kms:Decrypt`')
    expect(f.explanation).not.toContain('operation of dax')
    expect(statements).toEqual([])
  })

  it('h23-003 (spring-attic/spring-cloud-stream-binder-aws-kinesis#188): a consumer, kms:Decrypt', () => {
    const { f, statements } = analysedOne(
      "Got an exception com.amazonaws.services.kinesis.model.KMSAccessDeniedException:\nUser *:* is not authorized to decrypt records in stream *\n(Service: AmazonKinesis; Status Code: 400; Error Code: KMSAccessDeniedException; Request ID: *; Proxy: null)\nduring [ShardConsumer{shardOffset=KinesisShardOffset{iteratorType=TRIM_HORIZON, sequenceNumber='null',\ntimestamp=null, stream='service-platform-kinesis-demo', shard='shardId-000000000000', reset=false},\nstate=CONSUME}] task invocation."
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'Kinesis uses the customer managed KMS key that encrypts the stream'
    )
    expect(f.explanation).toContain('describe-stream-summary')
    expect(statements).toEqual([])
  })

  it('own: a Kinesis producer refused the key needs kms:GenerateDataKey', () => {
    const { f } = analysedOne(
      'An error occurred (KMSAccessDeniedException) when calling the PutRecords operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: AmazonKinesis; Status Code: 400; Error Code: KMSAccessDeniedException)'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`kms:GenerateDataKey`')
  })

  it('counter-case: KMS itself refusing kms:Decrypt to a named caller is the IAM sentence, not relayed', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
