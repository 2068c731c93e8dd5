// SDK error records whose code and service no earlier rule read: amazonka's (Haskell) ServiceError
// record and its logger's pretty print, the .NET SDK's message for an error body that told it
// nothing more, and Fluent Bit's signer with no credentials. Sources in the titles; `own` cases
// are ours.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.service])
}

describe("amazonka's ServiceError", () => {
  it('helix-collective/hx-deploy-tool#43 (the pretty print over the record, quoted by the reporter)', () => {
    expect(
      read(
        '> 2019-07-31T05:01:41 [ServiceError] {\n>   service    = S3\n>   status     = 403 Forbidden\n>   code       = AccessDenied\n>   message    = Just Access Denied\n>   request-id = Just xxxxxx\n> }\n> 2019-07-31T05:01:41 Exception: ServiceError (ServiceError\' {_serviceAbbrev = Abbrev "S3", _serviceStatus = Status {statusCode = 403, statusMessage = "Forbidden"}, _serviceHeaders = [("x-amz-bucket-region","us-east-1"),("x-amz-request-id","xxxxxx"),("x-amz-id-2","xxxxx="),("Content-Type","application/xml"),("Transfer-Encoding","chunked"),("Date","Wed, 31 Jul 2019 05:01:41 GMT"),("Server","AmazonS3")], _serviceCode = ErrorCode "AccessDenied", _serviceMessage = Just (ErrorMessage "Access Denied"), _serviceRequestId = Just (RequestId "xxxxx")'
      )
    ).toEqual([['denial', 'AccessDenied', 's3']])
  })

  it('own: the record alone, another service', () => {
    expect(
      read(
        'Exception: ServiceError (ServiceError\' {_serviceAbbrev = Abbrev "SQS", _serviceStatus = Status {statusCode = 403, statusMessage = "Forbidden"}, _serviceHeaders = [], _serviceCode = ErrorCode "AccessDenied", _serviceMessage = Just (ErrorMessage "Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied."), _serviceRequestId = Nothing})'
      )
    ).toEqual([['denial', 'AccessDenied', 'sqs']])
  })

  it('own: a record with a code that is no refusal gives no finding', () => {
    expect(
      read(
        '[ServiceError] {\n  service    = DynamoDB\n  status     = 400 Bad Request\n  code       = ResourceNotFoundException\n  message    = Just Requested resource not found\n}'
      )
    ).toEqual([])
  })
})

describe('the .NET SDK with no further error information', () => {
  it('duplicati/duplicati#2828 (a backup job on the .NET SDK)', () => {
    expect(
      read(
        'Oct 18, 2017 2:12 PM: Failed while executing "Backup" with id: 1\nAmazon.S3.AmazonS3Exception: Error making request with Error Code SignatureDoesNotMatch and Http Status Code Forbidden. No further error information was returned by the service. ---> Amazon.Runtime.Internal.HttpErrorResponseException: The remote server returned an error: (403) Forbidden. ---> System.Net.WebException: The remote server returned an error: (403) Forbidden.\n   at System.Net.HttpWebRequest.GetResponse()\n   at Amazon.Runtime.Internal.HttpRequest.GetResponse()\n   --- End of inner exception stack trace ---\n   at Amazon.Runtime.Internal.HttpRequest.GetResponse()\n   at Amazon.Runtime.Internal.HttpHandler`1.InvokeSync(IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.RedirectHandler.InvokeSync(IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.Unmarshaller.InvokeSync(IExecutionContext executionContext)\n   at Amazon.S3.Internal.AmazonS3ResponseHandler.InvokeSync(IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.ErrorHandler.InvokeSync(IExecutionContext executionContext)'
      )
    ).toEqual([['credentials', 'SignatureDoesNotMatch', 's3']])
  })

  it('own: a throttle in the same words gives no finding', () => {
    expect(
      read(
        'Amazon.DynamoDBv2.AmazonDynamoDBException: Error making request with Error Code ThrottlingException and Http Status Code BadRequest. No further error information was returned by the service.'
      )
    ).toEqual([])
  })
})

describe("Fluent Bit's signer with no credentials", () => {
  it('aws/aws-for-fluent-bit#335 (cloudwatch_logs output, its provider answered 401)', () => {
    expect(
      read(
        "[2022/04/22 10:43:32] [debug] [aws_client] (null): http_do=0, HTTP Status: 401\n[2022/04/22 10:43:32] [ warn] [aws_credentials] No cached credentials are available and a credential refresh is already in progress. The current co-routine will retry.\n[2022/04/22 10:43:32] [error] [signv4] Provider returned no credentials, service=logs\n[2022/04/22 10:43:32] [error] [aws_client] could not sign request\n[2022/04/22 10:43:32] [debug] [upstream] KA connection #150 to logs.us-east-1.amazonaws.com:443 is now available\n[2022/04/22 10:43:32] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to create log group\n[2022/04/22 10:43:32] [debug] [task] task_id=0 reached retry-attempts limit 1/1\n[2022/04/22 10:43:32] [ warn] [engine] chunk '1-1650624203.599514152.flb' cannot be retried: task_id=0, input=tail.0 > output=cloudwatch_logs.0\n[2022/04/22 10:43:32] [debug] [task] destroy task=0x7fbe3d4fd040 (task_id=0)"
      )
    ).toEqual([['credentials', null, 'logs']])
  })

  it('own: the S3 output', () => {
    expect(
      read('[2024/01/02 10:00:00] [error] [signv4] Provider returned no credentials, service=s3')
    ).toEqual([['credentials', null, 's3']])
  })
})
