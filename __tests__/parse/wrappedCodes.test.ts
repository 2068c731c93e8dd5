// The failing call's code wins over a wrapper's: a Spark job's `SparkException` around Hadoop
// S3A's refusal, a CloudFormation handler's `HandlerErrorCode` category around the relayed
// message. Sources: heldout9 h9-011 (coiled/benchmarks#1027), h9-090
// (mongodb/awscdk-resources-mongodbatlas#207), awslabs/python-deequ#28, dev d056.
import { corpusText } from '../support/corpusRecords.js'
import { only } from './parseText.js'

describe('codes inside wrappers', () => {
  it('reads the S3 suffix code of an S3A refusal inside a SparkException (Python repr)', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-011'))).toMatchObject({
      code: '403 Forbidden',
      service: 's3'
    })
  })

  it('reads the S3 suffix code of an S3A refusal inside a Py4J SparkException (python-deequ#28)', () => {
    expect(
      only(
        '_Py4JJavaError: An error occurred while calling o43.parquet.\n' +
          ': org.apache.spark.SparkException: Job aborted due to stage failure: Task 0 in stage 0.0 failed 1 times, most recent failure: Lost task 0.0 in stage 0.0 (TID 0, localhost, executor driver): java.nio.file.AccessDeniedException: s3a://amazon-reviews-pds/parquet/product_category=Electronics/part-00000-495c48e6-96d6-4650-aa65-3c36a3516ddd.c000.snappy.parquet: getFileStatus on s3a://amazon-reviews-pds/parquet/product_category=Electronics/part-00000-495c48e6-96d6-4650-aa65-3c36a3516ddd.c000.snappy.parquet: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: PAD4YWD5G92K8CHD;_ \n'
      )
    ).toMatchObject({ code: '403 Forbidden', service: 's3' })
  })

  it('never takes a later error suffix past the stack trace as the code', () => {
    const f = only(
      'org.apache.spark.SparkException: Job aborted: java.nio.file.AccessDeniedException: s3a://b/k: getFileStatus on s3a://b/k: com.amazonaws.services.s3.model.AmazonS3Exception:\n' +
        '\tat org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:230)\n'.repeat(7) +
        'Retrying other bucket (Service: Amazon S3; Status Code: 404; Error Code: NoSuchKey; Request ID: X)\n'
    )
    expect(f.code).not.toBe('NoSuchKey')
  })

  it('takes the relayed code over the handler category (HandlerErrorCode: NotFound)', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-090'))).toMatchObject({
      code: 'AccessDeniedException',
      action: 'secretsmanager:GetSecretValue'
    })
  })

  it('keeps the handler category when the relayed message prints no code (d056)', () => {
    expect(
      only(
        'Resource handler returned message: "User: arn:aws:iam::000000000000:user/x is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:us-west-2:000000000000:layer:libvips-sharp-jp2:3 because no resource-based policy allows the lambda:GetLayerVersion action (Service: Lambda, Status Code: 403, Request ID: -uuid-)" (RequestToken: -uuid-, HandlerErrorCode: AccessDenied)'
      ).code
    ).toBe('AccessDenied')
  })
})
