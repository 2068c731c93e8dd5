// The service an operation or a tool's words name although the message names none (issue 17,
// heldout5 review: "the log does not name the service" where it does). An operation several
// services have (PutObject, CreateBucket) is resolved by the words around it, else the note names
// the candidates; S3-only tool phrasings (Terraform's bucket ACL, public access block and bucket
// policy, OpenDAL's `at read`, BOSH's blobstore, ActiveStorage) give the S3 action.
import { servicesOfOperation } from '../../src/catalog/Catalog.js'
import { operationService } from '../../src/infer/serviceEvidence.js'
import { logContext as ctx } from '../support/logContext.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusRecords } from '../support/corpusRecords.js'

const heldout5 = new Map(
  corpusRecords()
    .filter((r) => r.file === 'heldout5.jsonl')
    .map((r) => [r.id, r.text])
)
const h5 = (id: string) => heldout5.get(id)!

/** The one denial's inferred action, its statements' actions and resources, its explanation. */
function outcome(text: string) {
  const { findings, statements, notes } = analysed(text)
  expect(findings).toHaveLength(1)
  const f = findings[0]!
  return {
    f,
    action: f.inferredAction ?? f.action,
    granted: statements.map((s) => [s.Action, s.Resource]),
    notes: notes.join('\n')
  }
}

describe('operations several services have', () => {
  it('the catalog gives the candidates', () => {
    expect(servicesOfOperation('PutObject')).toEqual(expect.arrayContaining(['s3', 'mediastore']))
    expect(servicesOfOperation('CreateBucket')).toEqual(
      expect.arrayContaining(['s3', 'lightsail', 's3express'])
    )
    expect(servicesOfOperation('RunInstances')).toEqual(['ec2'])
  })

  it('the words around pick one; an S3 variant beats the words all buckets share', () => {
    const call =
      'An error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied'
    expect(
      operationService(ctx(call, 'aws s3api create-bucket --bucket meuTeste'), 'CreateBucket')
        ?.service
    ).toBe('s3')
    expect(
      operationService(ctx(call, 'aws lightsail create-bucket --bucket-name b'), 'CreateBucket')
        ?.service
    ).toBe('lightsail')
    expect(
      operationService(ctx(call, 'creating a directory bucket b--use1-az4--x-s3'), 'CreateBucket')
        ?.service
    ).toBe('s3express')
    expect(operationService(ctx(call), 'CreateBucket')).toBeNull()
    // One service only: the catalog answers, not the evidence.
    expect(operationService(ctx(call, 'an S3 bucket'), 'RunInstances')).toBeNull()
  })

  it.each([
    // github-file:find_string#22429910040 (Portuguese notes on a ReadOnlyAccess user)
    [
      'aws s3api create-bucket --bucket meuTeste\n\nAn error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied',
      's3:CreateBucket'
    ],
    // heldout5 h5-010 (Miserlou/Zappa#244): "create and delete buckets" names the service
    [h5('h5-010'), 's3:CreateBucket'],
    // heldout5 h5-013 (tech-reader.blog): "upload an object into an Amazon S3 bucket"
    [h5('h5-013'), 's3:PutObject']
  ])('%#: the operation becomes the S3 action, and the explanation says S3', (text, action) => {
    const { f, action: got, granted } = outcome(text)
    expect(got).toBe(action)
    expect(granted.map(([a]) => a)).toEqual([action])
    expect(f.explanation).not.toContain('does not name the service')
    expect(f.explanation).toMatch(/^S3 /)
    expect(f.explanation).not.toContain('HEAD request')
  })

  it('no words pick a service: no statement, and both texts name the candidates', () => {
    // github-file:find_string#32333867011 (a README's troubleshooting line)
    const { f, granted, notes } = outcome(
      '* ClientError: An error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied\n\n   -  Add `AdministratorAccess` policy to your role from [IAM console](https://console.aws.amazon.com/iam/home)'
    )
    expect(granted).toEqual([])
    expect(f.explanation).toMatch(/CreateBucket is an operation of [^)]*\blightsail, s3\b/)
    expect(notes).toMatch(
      /CreateBucket is an operation of .*lightsail.*, and the log names none of them/
    )
  })
})

describe('S3-only tool phrasings', () => {
  it.each([
    // github-file:find_string#3780398166 (Terraform aws_s3_bucket_acl)
    [
      '│ Error: error creating S3 bucket ACL for blooming-blooms-mall: AccessDenied: Access Denied\n│       status code: 403, request id: S35AE8YEE5CW78Z3, host id: cC9ouaaFuKJuMcOlNoOnUJ7uUtJnrXxCa421Rw/zd0dPcXQknICsOnLIe4vIYfoUx/DDRVGJ8qo=\n│ \n│   with aws_s3_bucket_acl.bb-mall,',
      's3:PutBucketAcl'
    ],
    ['h5-041', 's3:PutBucketAcl'],
    // github-file:find_string#30216037815 (Terraform aws_s3_bucket_policy, Japanese notes)
    [
      '│ Error: Error putting S3 policy: AccessDenied: Access Denied\n│       status code: 403, request id: hogehoge, host id: fugafuga\n│\n│   with aws_s3_bucket_policy.bucket,\n│   on s3.tf line 19, in resource "aws_s3_bucket_policy" "bucket":\n│   19: resource "aws_s3_bucket_policy" "bucket" {\n│\n╵',
      's3:PutBucketPolicy'
    ],
    // github-file:find_string#39610937681 (a module's README)
    [
      'Error: Error putting S3 policy: AccessDenied: Access Denied\n        status code: 403, request id: M67Y9YS7D83JY647, host id: zFXnydoM7eetPFoTze69y6I9aSLt0h70J9cZyknID/L46BvNuZ/FZHR2dj8Rrq4xihLHEozCcjA=',
      's3:PutBucketPolicy'
    ],
    ['h5-134', 's3:PutBucketPolicy'],
    ['h5-133', 's3:PutBucketPublicAccessBlock'],
    // Our own: the provider's wording with AccessDenied in place of the OperationAborted that
    // github-file:find_string#12001314522 printed.
    [
      '* aws_s3_bucket_public_access_block.data_bucket_logs_privacy: error creating public access block policy for S3 bucket (aced-commons-development-data-bucket-logs): AccessDenied: Access Denied\n\tstatus code: 403, request id: 1ECNA18CDJ3X66B7',
      's3:PutBucketPublicAccessBlock'
    ],
    ['h5-002', 's3:GetObject'],
    ['h5-003', 's3:GetObject'],
    ['h5-007', 's3:GetObject'],
    ['h5-027', 's3:GetObject']
  ])('case %#', (text, action) => {
    const { f, action: got, granted } = outcome(heldout5.get(text) ?? text)
    expect(got).toBe(action)
    expect(granted.map(([a]) => a)).toContain(action)
    expect(f.explanation).not.toContain('does not name the service')
  })

  it("h5-002 and h5-003: the key from OpenDAL's path:, the bucket from SCCACHE_BUCKET", () => {
    expect(outcome(h5('h5-003')).granted).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::test/.sccache_check']
    ])
    const { granted, notes } = outcome(h5('h5-002'))
    expect(granted).toEqual([['s3:GetObject', 'arn:aws:s3:::<BUCKET_NAME>/.sccache_check']])
    expect(notes).toContain('Replace <BUCKET_NAME>')
  })

  it("BOSH's blobstore words alone name no service: a DAV blobstore's 403 gets no S3 action", () => {
    // Our own: the BOSH wrapping of github-file:find_string#18788984614 with a bare AccessDenied.
    const text =
      'Fetching package blob: Getting blob from inner blobstore:\nGetting blob from inner blobstore: Shelling out to bosh-blobstore-dav cli:\nAccessDenied: Access Denied'
    const { findings } = analysed(text)
    for (const f of findings) expect(f.inferredAction ?? '').not.toMatch(/^s3:/)
  })

  it('a phrase of another service is not read for S3', () => {
    const { action } = outcome(
      'Error: error creating Lambda Function (x): AccessDeniedException: Access Denied\n\tstatus code: 403'
    )
    expect(action).not.toMatch(/^s3:/)
  })
})
