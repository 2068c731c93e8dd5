// heldout15 h15-109: a Lambda function's error as its runtime reports it, `errorType` the SDK's
// refusal and `errorMessage` S3's bare `Access Denied` (WD856): the .NET runtime names the SDK's
// class (the service, no code), the Node.js runtime the JS SDK's code.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('a Lambda runtime error JSON with S3’s Access Denied (WD856)', () => {
  it('h15-109 (pastebin QJfCdxFS): .NET, the cause of an AggregateException, lines as `- …`', () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-109'))
    expect([f.kind, f.grammar, f.code, f.service]).toEqual([
      'denial',
      'lambda-error-json-denied',
      null,
      's3'
    ])
  })

  it('amazon-archives/serverless-image-resizing#39: Node.js, errorMessage first, the code as errorType', () => {
    const f = only(
      '```\n{\n    "errorMessage": "Access Denied",\n    "errorType": "AccessDenied",\n    "stackTrace": [\n        "Request.extractError (/var/runtime/node_modules/aws-sdk/lib/services/s3.js:539:35)",\n        "Request.callListeners (/var/runtime/node_modules/aws-sdk/lib/sequential_executor.js:105:20)",\n        "Request.emit (/var/runtime/node_modules/aws-sdk/lib/sequential_executor.js:77:10)"\n    ]\n}\n```'
    )
    expect([f.kind, f.grammar, f.code, f.service]).toEqual([
      'denial',
      'lambda-error-json-denied',
      'AccessDenied',
      's3'
    ])
  })

  it('the same object on one line (a CloudWatch Logs line)', () => {
    const f = only(
      '{"errorType":"AmazonS3Exception","errorMessage":"Access Denied","stackTrace":["at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleException(IExecutionContext executionContext, HttpErrorResponseException exception)"]}'
    )
    expect([f.grammar, f.service]).toEqual(['lambda-error-json-denied', 's3'])
  })

  it('a message with the IAM sentence is the sentence’s', () => {
    const f = only(
      '{\n  "errorType": "AmazonDynamoDBException",\n  "errorMessage": "User: arn:aws:sts::123456789012:assumed-role/fn-role/fn is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/T because no identity-based policy allows the dynamodb:PutItem action"\n}'
    )
    expect([f.grammar, f.action]).toEqual(['iam-sentence', 'dynamodb:PutItem'])
  })

  it.each([
    // Not an SDK's refusal: an HTTP client's exception with the same words.
    '{\n  "errorType": "HttpRequestException",\n  "errorMessage": "Access Denied"\n}',
    // A test's canned answer in a string literal (the scanner unescapes its quotes).
    'var body = "{ \\"errorType\\": \\"AmazonS3Exception\\", \\"errorMessage\\": \\"Access Denied\\" }";',
    // The SDK class with another message.
    '{\n  "errorType": "AmazonS3Exception",\n  "errorMessage": "The specified key does not exist."\n}'
  ])('silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})
