// heldout37's refusals the engine missed on its unseen score (issue 10, session 34), each with
// counter-cases of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h37 = (id: string) => corpusText('heldout37.jsonl', id)

const kinds = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.service, f.detail.cause ?? null])

describe('credential failures in the words of more clients', () => {
  it.each([
    [
      'h37-017 (databendlabs/databend#12891): OpenDAL’s context first on the line',
      'h37-017',
      ['credentials', 'opendal-no-credential', 's3', 'missing']
    ],
    [
      'h37-026 (aws/aws-sdk-net#1004): the .NET SDK’s instance-metadata failure',
      'h37-026',
      ['credentials', 'no-credentials-dotnet-imds', null, 'imds-error']
    ],
    [
      'h37-028 (aws/amazon-ecs-agent#4514): the AWS Tools for PowerShell with none',
      'h37-028',
      ['credentials', 'no-credentials-powershell', null, 'missing']
    ]
  ])('%s', (_title, id, expected) => {
    expect(kinds(h37(id))).toEqual([expected])
  })

  it('own: OpenDAL’s context naming another backend is not AWS’s', () => {
    expect(
      parseText(
        'APIError: PermissionDenied (persistent) at stat, context: { service: azblob, path: a/b } => no valid credential found, please check configuration or try again'
      )
    ).toEqual([])
  })
})

describe("a bodiless 403 as Rust's http response prints it", () => {
  it('h37-013 (databendlabs/databend#4678): `Parts { status: 403, … "server": "AmazonS3" }` is S3’s', () => {
    expect(kinds(h37('h37-013'))).toEqual([['denial', 'http-403-storage-target', 's3', null]])
  })

  it('own: the same response from another server names no AWS service', () => {
    expect(
      parseText(
        'source: response part: Parts { status: 403, version: HTTP/1.1, headers: {"content-type": "application/xml", "server": "MinIO"} }, body: "".'
      )
    ).toEqual([])
  })
})

describe("AWS IoT's credentials provider refusing a device", () => {
  it('h37-003 (awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#609): kvssink’s 403 then `Unable to create Iot Credential provider`', () => {
    const findings = parseText(h37('h37-003'))
    expect(findings.map((f) => [f.kind, f.grammar])).toEqual([
      ['denial', 'iot-credential-provider-403']
    ])
  })

  it('own: the provider failing on another status is no refusal', () => {
    expect(
      parseText(
        'ERROR   blockingCurlCall(): Curl call response failed with http status 500\nERROR - Unable to create Iot Credential provider. Error status: 0x15000011'
      ).filter((f) => f.grammar === 'iot-credential-provider-403')
    ).toEqual([])
  })
})

describe('a caller masked whole before `perform: null`', () => {
  it('h37-007 (aws/aws-cli#7189): `User:******` is the principal as printed', () => {
    const [f, ...rest] = parseText(h37('h37-007'))
    expect(rest).toEqual([])
    expect([f!.principal, f!.action, f!.code]).toEqual(['******', null, 'AccessDeniedException'])
  })
})

describe("SQS's own sentence around a writer's stand-in", () => {
  it('h37-022 (rebus-org/Rebus#1075): `<url to SQS>` still names SQS', () => {
    const [f] = parseText(h37('h37-022'))
    expect([f!.kind, f!.service]).toEqual(['denial', 'sqs'])
  })

  it('own: a stand-in that names no queue leaves the service unread', () => {
    const [f] = parseText('Exception: (Access to the resource <the resource> is denied.)')
    expect(f!.service).toBeNull()
  })
})
