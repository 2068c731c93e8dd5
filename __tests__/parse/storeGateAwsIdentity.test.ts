// A log that names an S3-compatible store as the state backend still shows AWS's own refusals of
// the calls that went to AWS's IAM or STS (issue 10, heldout13 h13-034): the store gate silences
// only what went to the store. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.service])
}

describe("AWS's IAM and STS refusals beside a store", () => {
  it('heldout13 h13-034 (terrakube-io/terrakube#580, MinIO backend)', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-034'))).toEqual([
      ['credentials', 'InvalidClientTokenId', 'iam']
    ])
  })

  it('hashicorp/terraform#33983 (Ceph backend: both account-ID lookups refused by AWS)', () => {
    const text =
      'endpoints = {\n  s3 = "https://ceph.mydomain.tld:7480"\n}\n\n' +
      '│ Error: Retrieving AWS account details: AWS account ID not previously found and failed retrieving via all available methods. See https://www.terraform.io/docs/providers/aws/index.html#skip_requesting_account_id for workaround and implications. Errors: 2 errors occurred:\n' +
      '│ \t* retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: XXX, api error InvalidClientTokenId: The security token included in the request is invalid.\n' +
      '│ \t* retrieving account information via iam:ListRoles: operation error IAM: ListRoles, https response error StatusCode: 403, RequestID: XXX, api error InvalidClientTokenId: The security token i'
    expect(fields(text).map(([kind, code]) => [kind, code])).toContainEqual([
      'credentials',
      'InvalidClientTokenId'
    ])
  })
})

describe('what went to the store stays silent', () => {
  it('minio/minio#20825 (the backend listing refused by MinIO itself)', () => {
    const text =
      'endpoints = { s3 = "https://minioapi.mydomain.xyz" }\n' +
      '│ Error: Error inspecting states in the "local" backend:\n' +
      '│     Unable to list objects in S3 bucket "vinitfstate" with prefix "env:/": operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: xxxxxxxxxx, HostID: xxxxxxxx, api error SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    expect(fields(text)).toEqual([])
  })

  it('own: an STS call named to LocalStack is the emulator’s', () => {
    expect(
      fields(
        'endpoint: http://localstack:4566\noperation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1, api error InvalidClientTokenId: The security token included in the request is invalid.'
      )
    ).toEqual([])
  })

  it('heldout11 h11-157-like: boto3 PutObject to MinIO', () => {
    expect(
      fields(
        'client = boto3.client("s3", endpoint_url="http://minio:9000")\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied.'
      )
    ).toEqual([])
  })
})
