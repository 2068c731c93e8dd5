// Code slots heldout13 misread (issue 10, round 14): a relay's sentence full stop after the code,
// the Rust SDK's Debug print, `Error code:` quoted in prose, rich's boxed traceback locals.
// Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function codes(text: string) {
  return parseText(text).map((f) => [f.kind, f.code])
}

describe('a relayed S3 code keeps no sentence full stop', () => {
  it.each<[string, string, string]>([
    [
      'heldout13 h13-045 (iann0036/amazon-connect-cfn#4, no Lambda named)',
      corpusText('heldout13.jsonl', 'h13-045'),
      's3'
    ],
    [
      'binxio/cfn-lb-ip-address-provider#4 (Lambda named by its SDK suffix)',
      'INFO: [02:02:16] CFNIPProvider - CREATE_FAILED - Your access has been denied by S3, please make sure your request credentials have permission to GetObject for binxio-public-eu-west-1/lambdas/cfn-lb-ip-address-provider-0.2.5.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied (Service: AWSLambdaInternal; Status Code: 403; Error Code: AccessDeniedException; Request ID: cb0e8014-2217-48e7-a696-c57f595de52a; Proxy: null)',
      'lambda'
    ]
  ])('%s', (_title, text, service) => {
    const [f, ...rest] = parseText(text)
    expect(rest).toEqual([])
    expect(f!.code).toMatch(/^AccessDenied(?:Exception)?$/)
    expect(f!.service).toBe(service)
  })

  it('own: one full stop after a bare `Error Code:` is the sentence, not the code', () => {
    expect(
      codes('Upload failed. Error Code: AccessDenied. Please check the bucket policy.')
    ).toEqual([['denial', 'AccessDenied']])
  })
})

describe('the Rust SDK Debug print names the code', () => {
  it.each<[string, string, string, string]>([
    [
      'heldout13 h13-124 (vectordotdev/vector#18491, `code: Some("…")`)',
      corpusText('heldout13.jsonl', 'h13-124'),
      'credentials',
      'ExpiredTokenException'
    ],
    [
      'MaterializeInc/materialize#27361 (no Option around the code)',
      ' ERROR:  dispatch failure:  other: an error occurred while loading credentials: service error: unhandled error (AccessDenied): Error { code: "AccessDenied", message: "User: arn:aws:sts::725780499770:assumed-role/MaterializeConnection/aws-eu-west-1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx-x-xxxxx is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::001234567890:role/Materializes3Exporter", aws_request_id: "aef877b2-531e-486b-bd12-ab93090a6ddd" }',
      'denial',
      'AccessDenied'
    ],
    [
      "own: the code under `ErrorMetadata`, in the trace line shape of awslabs/aws-sdk-rust#973 (whose own host id is MinIO's: heldout31Recall)",
      'TRACE invoke{service=s3 operation=GetObject}:try_op:try_attempt: aws_smithy_runtime::client::orchestrator: output_or_error=Err(OrchestratorError { kind: Operation { err: Error(TypeErasedError:Unhandled(Unhandled { source: ErrorMetadata { code: Some("InvalidAccessKeyId"), message: Some("The AWS Access Key Id you provided does not exist in our records."), extras: Some({"aws_request_id": "179B3287A780ED0D", "s3_extended_request_id": "ewmvzYmgbPxU1kXQzK544DKLcVjOUuhpqfuBIP16hTWi5EnEq3dCCglVb9tkCYJTwQbUKlFShHU="}) } })) } })',
      'credentials',
      'InvalidAccessKeyId'
    ]
  ])('%s', (_title, text, kind, code) => {
    expect(codes(text)).toEqual([[kind, code]])
  })

  it('own: a Debug print with no code (`code: None`) and a throttle stay silent', () => {
    expect(
      codes('source: Error { code: None, message: None, request_id: None, extras: {} }')
    ).toEqual([])
    expect(
      codes('source: Error { code: Some("ThrottlingException"), message: Some("Rate exceeded") }')
    ).toEqual([])
  })
})

describe('`Error code:` quoted in prose', () => {
  it('heldout13 h13-165 (ministryofjustice/modernisation-platform#4755, an AWS Support reply)', () => {
    expect(codes(corpusText('heldout13.jsonl', 'h13-165'))).toEqual([
      ['denial', 'Client.UnauthorizedOperation']
    ])
  })

  it('own: a lower-case slot with a code no table knows as a refusal stays silent', () => {
    expect(codes('Error code: InvalidParameterValue"')).toEqual([])
    expect(codes('HTTP Error code: 403')).toEqual([])
  })
})

describe("rich's boxed traceback locals", () => {
  it('heldout13 h13-167 (skyplane-project/skyplane#599)', () => {
    expect(codes(corpusText('heldout13.jsonl', 'h13-167'))).toEqual([
      ['denial', 'UnauthorizedOperation']
    ])
  })

  it.each<[string, string]>([
    [
      'own: a CloudTrail query naming the code (steampipe-like SQL)',
      "select event_time from aws_cloudtrail_log where error_code = 'AccessDenied' order by event_time desc"
    ],
    ['own: a library setting the attribute', "        err.error_code = 'AccessDenied'"],
    [
      'own: a boxed local holding a code that is no refusal',
      "│ │      error_code = 'NoSuchBucketPolicy'      │ │"
    ]
  ])('%s', (_title, text) => {
    expect(codes(text)).toEqual([])
  })
})
