// heldout35's refusals the engine missed or half-read on its unseen score (issue 10, session 34),
// each with counter-cases of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h35 = (id: string) => corpusText('heldout35.jsonl', id)

describe("KMS's ciphertext sentence wrapped under a tool's gutter", () => {
  it('h35-006 (getsops/sops#1073): sops under Flux, `      | ` before each continuation', () => {
    const [f, ...rest] = parseText(h35('h35-006'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.grammar, f!.service, f!.code]).toEqual([
      'denial',
      'kms-ciphertext',
      'kms',
      'AccessDeniedException'
    ])
  })

  it('own: wrapped with no gutter, and a bare code whose wrapped message is no AWS one', () => {
    const [f] = parseText(
      'Error decrypting key: AccessDeniedException: The ciphertext\nrefers to a customer master key that does not exist, does\nnot exist in this region, or you are not allowed to access.\n\tstatus code: 400'
    )
    expect([f!.grammar, f!.service]).toEqual(['kms-ciphertext', 'kms'])
    expect(
      parseText('Error decrypting key: AccessDeniedException: The cipher\n      | wheel is broken')
    ).toEqual([])
  })
})

describe("OpenDAL's S3 backend with no credentials", () => {
  it('h35-011 (vllm-project/vllm#7914): sccache in a BuildKit step, `service: s3` in its context', () => {
    const [f, ...rest] = parseText(h35('h35-011'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.service, f!.code, f!.detail.cause]).toEqual([
      'credentials',
      's3',
      null,
      'missing'
    ])
  })

  it("own: another backend's context (`service: gcs`) is not AWS's", () => {
    expect(
      parseText(
        'sccache: error: cache storage failed to read: PermissionDenied (permanent) at stat => no valid credential found and anonymous access is not allowed\n\nContext:\n   service: gcs\n   path: .sccache_check'
      )
    ).toEqual([])
  })
})

describe("the Java SDK's aligned error block", () => {
  it('h35-013 (JetBrains/teamcity-s3-artifact-storage-plugin#4): `AWS Error Code:      403 Forbidden` under `Service:  Amazon S3`', () => {
    const [f, ...rest] = parseText(h35('h35-013'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.service, f!.code]).toEqual(['denial', 's3', '403 Forbidden'])
  })

  it('own: the aligned block of another service names it', () => {
    const [f] = parseText(
      'Service:             AmazonSQS\nHTTP Status Code:    403\nAWS Error Code:      AccessDenied\nError Type:          Client'
    )
    expect([f!.service, f!.code]).toEqual(['sqs', 'AccessDenied'])
  })
})

describe("Google Cloud Storage's XML answer in S3's shape", () => {
  it('h35-018 (bazelbuild/bazel#27832): the `<Details>` element S3 never sends makes it no AWS refusal', () => {
    expect(parseText(h35('h35-018'))).toEqual([])
  })

  it("own: S3's own XML body (no Details) stays a refusal", () => {
    const [f] = parseText(
      '403 Forbidden\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>'
    )
    expect([f!.kind, f!.code]).toEqual(['denial', 'AccessDenied'])
  })
})

describe("a tool's own words naming S3 before a bare 403", () => {
  it('h35-019 (aptly-dev/aptly#161): `from S3: us-east-1:BUCKET/: 403 Forbidden`', () => {
    const [f, ...rest] = parseText(h35('h35-019'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.service]).toEqual(['denial', 's3'])
  })

  it('own: the same words naming another store are no S3 target', () => {
    expect(
      parseText(
        'ERROR: unable to publish: error getting information from Swift: container/: 403 Forbidden'
      )
    ).toEqual([])
  })
})

describe("the JS SDK's request log above the error it logs", () => {
  it('h35-031 (fernando-mc/serverless-finch#138): `[AWS s3 403 …] listBuckets({})`, then `InvalidAccessKeyId: …`: one credentials finding', () => {
    const findings = parseText(h35('h35-031'))
    expect(findings.map((f) => [f.kind, f.code, f.service])).toEqual([
      ['credentials', 'InvalidAccessKeyId', 's3']
    ])
  })

  it('own: a refusal code logged below it leaves the request line a refusal', () => {
    const findings = parseText(
      '2022-02-25T05:20:38.282Z * serverless:aws [AWS s3 403 0.203s 0 retries] putObject({ Bucket: "b", Key: "k" })\n2022-02-25T05:20:38.283Z * serverless AccessDenied: Access Denied'
    )
    expect(findings[0]).toMatchObject({ kind: 'denial', operation: 'PutObject', service: 's3' })
    expect(findings.every((f) => f.kind === 'denial')).toBe(true)
  })
})

describe("the Go SDK v2's service ids of several words", () => {
  it('h35-028 (turbot/steampipe-mod-aws-thrifty#195): `operation error Cost Explorer:` is ce', () => {
    const [f] = parseText(h35('h35-028'))
    expect([f!.kind, f!.service]).toEqual(['credentials', 'ce'])
  })
})
