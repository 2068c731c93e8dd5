// heldout17's refusals the parse missed, half-read or read where there was none, on its unseen
// score (issue 10, session 19), each with its own cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h17 = (id: string) => corpusText('heldout17.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.detail.cause ?? null])

describe('refusals with no message after their code', () => {
  it.each<[string, string, unknown[]]>([
    // The bridged Terraform provider under Pulumi: the service sent an empty message.
    [
      'h17-014 (pulumi/pulumi-aws#1672)',
      h17('h17-014'),
      ['denial', 'AccessDeniedException', null, null]
    ],
    [
      'own: Terraform, the same shape for another resource',
      '│ Error: error creating CloudWatch Logs Log Group (app): AccessDeniedException: ',
      ['denial', 'AccessDeniedException', null, null]
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
  })

  it.each([
    // A list of codes in documentation: no failure said on the line.
    'Retryable codes: Throttling, RequestLimitExceeded: AccessDeniedException:',
    // The code ends a heading, not an error.
    '## Handling AccessDeniedException:'
  ])('own counter-case: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('S3 answers in the words of the client that printed them', () => {
  it.each<[string, string, unknown[]]>([
    // The Java SDK v2's message with its full stop; the CompletionException around it is no code.
    ['h17-056 (AutoMQ/automq#2402)', h17('h17-056'), ['denial', null, 's3', null]],
    [
      'own: the same without the full stop keeps no wrapper as its code',
      'java.util.concurrent.CompletionException: software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: ABCD1234EFGH5678)',
      ['denial', null, 's3', null]
    ],
    // bazel-remote's access log of an S3 backend.
    ['h17-052 (buchgr/bazel-remote#749)', h17('h17-052'), ['denial', null, 's3', null]],
    // JetS3t's 403, hard-wrapped by a mail archive.
    ['h17-118 (HADOOP-13572 via mail-archive.com)', h17('h17-118'), ['denial', null, 's3', null]],
    [
      "own: JetS3t's GET on one line",
      "org.jets3t.service.S3ServiceException: S3 GET request failed for '/bucket/key.csv' - ResponseCode=403, ResponseMessage=Forbidden",
      ['denial', null, 's3', null]
    ],
    [
      "own: Python's urllib right after the S3 URL it was given",
      '+ python fetch.py --url https://my-bucket.s3.eu-west-1.amazonaws.com/data.json\nurllib.error.HTTPError: HTTP Error 403: Forbidden',
      ['denial', null, 's3', null]
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
  })

  it.each([
    // urllib refused by another host after an S3 URL: the nearest URL is not S3's.
    '+ aws s3 cp s3://b/k .\n+ python dl.py https://api.github.com/repos/o/r/releases\nurllib.error.HTTPError: HTTP Error 403: Forbidden',
    // No URL at all.
    'urllib.error.HTTPError: HTTP Error 403: Forbidden'
  ])('own counter-case: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('credentials failures in their own words', () => {
  it.each<[string, string, unknown[]]>([
    // CDK's JS SDK v2 request log (403) then its `(code=ExpiredToken)`: one failure, credentials.
    [
      'h17-025 (aws/aws-cdk#15309)',
      h17('h17-025'),
      ['credentials', 'ExpiredToken', 'cloudformation', 'expired']
    ],
    // boto 2's EC2 error class names the service of the XML body's AuthFailure.
    [
      'h17-064 (markcaudill/haproxy-autoscale#20)',
      h17('h17-064'),
      ['credentials', 'AuthFailure', 'ec2', 'invalid']
    ],
    // Jib's and podman's 401s from ECR, the account masked.
    [
      'h17-059 (GoogleContainerTools/jib#744)',
      h17('h17-059'),
      ['credentials', null, 'ecr', 'registry-login']
    ],
    [
      'h17-065 (containers/podman#12620)',
      h17('h17-065'),
      ['credentials', null, 'ecr', 'registry-login']
    ],
    // A presigned URL past its expiry, as a recorded S3 answer.
    [
      'h17-088 (a LocalStack snapshot recorded against S3)',
      h17('h17-088'),
      ['credentials', 'AccessDenied', null, 'presigned-expired']
    ],
    [
      "own: S3's XML on one line",
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>60</X-Amz-Expires><Expires>2026-01-01T00:01:00Z</Expires></Error>',
      ['credentials', 'AccessDenied', null, 'presigned-expired']
    ],
    // An XML body whose root element is the code (the cause follows from it; the host the curl
    // command named, ten lines up, is not read as the service).
    [
      'h17-091 (AllanZhengYP/cors-test)',
      h17('h17-091'),
      ['credentials', 'MissingAuthenticationTokenException', null, null]
    ],
    // The Common Runtime's credential provider.
    [
      'h17-099 (awslabs/mountpoint-s3 troubleshooting guide)',
      h17('h17-099'),
      ['credentials', null, null, 'missing']
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
    expect(parseText(text)).toHaveLength(1)
  })

  it.each([
    // Docker Hub's 401 in containers/image's words: not ECR's.
    'Error: trying to reuse blob sha256:1a05 at destination: checking whether a blob sha256:1a05 exists in docker.io/library/app unauthorized: authentication required',
    // A 403 from the SDK's request log with no credentials code after it stays a refusal.
    '[AWS cloudformation 403 0.2s 0 retries] describeStacks({ StackName: "app" })'
  ])('own counter-case: %s', (text) => {
    expect(parseText(text).filter((f) => f.detail.cause === 'registry-login')).toEqual([])
  })

  it('the SDK log line alone is still a refusal (own counter-case)', () => {
    expect(
      read('[AWS cloudformation 403 0.2s 0 retries] describeStacks({ StackName: "app" })')[0]
    ).toEqual(['denial', null, 'cloudformation', null])
  })
})

describe('an encoded message whose blob the writer named in Japanese', () => {
  it('h17-114 (a Qiita post): `エンコードされたメッセージ` in place of the blob', () => {
    const [f] = parseText(h17('h17-114'))
    expect([f?.kind, f?.code, f?.detail.encodedTruncated]).toEqual([
      'encoded',
      'UnauthorizedOperation',
      'cut'
    ])
  })

  it('own counter-case: prose about the marker is no blob', () => {
    const [f] = parseText(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: が表示される\n'
    )
    expect(f?.kind).toBe('denial')
  })
})

describe('a role that could not be assumed, as Control Tower says it', () => {
  it('h17-019 (superwerker/superwerker#143)', () => {
    const [f] = parseText(h17('h17-019'))
    expect([f?.kind, f?.action, f?.detail.role, f?.detail.assumer]).toEqual([
      'denial',
      null,
      'AWSControlTowerExecution',
      'AWSControlTowerStackSetRole'
    ])
  })
})

describe('look-alikes that are not AWS answering', () => {
  it.each([
    // Spinnaker's Fiat through Dinghy.
    ['h17-109 (Armory/Spinnaker Dinghy)', h17('h17-109')],
    // Alibaba Cloud's RAM in AWS STS's words.
    ['h17-121 (Alibaba Cloud help 42775)', h17('h17-121')],
    // Apache Ranger deciding for Cloudera's RAZ, in the Java SDK's shape.
    ['h17-122 (Cloudera RAZ troubleshooting)', h17('h17-122')]
  ])('%s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it("own counter-case: AWS STS's own root-account answer stays a credentials failure", () => {
    expect(
      read(
        'An error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.'
      )[0]?.[0]
    ).toBe('credentials')
  })
})

describe("S3's own Server header names the service", () => {
  it('own: `curl -i` prints the headers before the body', () => {
    const [f] = parseText(
      'HTTP/1.1 403 Forbidden\nx-amz-request-id: 4442587FB7D0A2F9\nServer: AmazonS3\n\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
    )
    expect([f?.kind, f?.service]).toEqual(['denial', 's3'])
  })
})

describe('a credentials code printed bare before its own message', () => {
  it.each<[string, string, string]>([
    // An unseen pastebin log of the session-19 check (pastebin.com/LFwmmGNm).
    [
      'pastebin.com/LFwmmGNm',
      '- Error while putting Object SignatureDoesNotMatch The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      'SignatureDoesNotMatch'
    ],
    [
      'own: an expired token the same way',
      'upload failed ExpiredToken The security token included in the request is expired',
      'ExpiredToken'
    ]
  ])('%s', (_title, text, code) => {
    expect(read(text)[0]?.slice(0, 2)).toEqual(['credentials', code])
  })

  it('own counter-case: a code in prose, no message after it', () => {
    expect(read('we saw SignatureDoesNotMatch yesterday, the request signature was fine')).toEqual(
      []
    )
  })
})
