import { only } from '../analyze.js'
import { analysedOne } from './analysed.js'
import { readProbeOf } from '../../../src/infer/readProbe.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 's3-missing-object-without-listbucket'

describe(TRAP, () => {
  it('applies to a bare 403 on HeadObject from `aws s3 cp` (corpus d064 shape)', () => {
    // Same shape as corpus d064 (github aws/aws-cli#2041): the s3:// command line gives the service.
    const f = only(
      '$ aws s3 cp s3://my-bucket/my-not-existing-key /tmp\nA client error (403) occurred when calling the HeadObject operation: Forbidden'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/the object may not exist$/)
    expect(f.explanation).toContain('`s3:ListBucket` on the bucket ARN (not `bucket/*`)')
  })

  it('applies to GetObject from the Go SDK and without any service label', () => {
    expect(
      only(
        'operation error S3: GetObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied'
      ).traps
    ).toContain(TRAP)
    expect(
      only('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')
        .traps
    ).toContain(TRAP)
  })

  it('does not apply when the message names a policy layer', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to writes or to other services', () => {
    expect(
      only('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')
        .traps
    ).not.toContain(TRAP)
    expect(
      only(
        'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/x'
      ).traps
    ).not.toContain(TRAP)
  })

  it('does not apply to NoSuchBucket, which is kind not-found', () => {
    const f = only(
      'An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist'
    )
    expect(f.kind).toBe('not-found')
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it("reads the Java SDK v1's getObjectMetadata frame as HeadObject's s3:GetObject (h118-004, aws/aws-sdk-java#707)", () => {
    const f = only(corpusText('heldout118.jsonl', 'h118-004'))
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/the object may not exist$/)
  })
})

describe(`${TRAP}: a secondary check when the message names the action`, () => {
  it('h6-047: the headline says GetObject is denied, the missing key comes after', () => {
    // heldout6 h6-047 (a blog post quoting an ECS task's error).
    const f = only(
      'the container is healthy, the service is green, the app starts… and then your logs say:\nAccessDeniedException: User is not authorized to perform s3:GetObject\nAt that point, most teams do the classic panic dance.'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.title).not.toMatch(/may not exist/)
    expect(f.title).toMatch(/^s3:GetObject denied/)
    expect(f.explanation.indexOf('identity policy')).toBeLessThan(f.explanation.indexOf('403'))
  })
})

// heldout12 review (issue 17): a read the tool's words call a probe (WAL-G's overwrite check) is a
// key that may not exist as much as a printed GetObject: s3:ListBucket first, then s3:GetObject on
// the folder of the key the log prints, not an <OBJECT_NAME> placeholder.
describe(`${TRAP}: a read the tool calls a probe`, () => {
  // heldout12 h12-099 (zalando/postgres-operator#2067): WAL-G in Spilo, Go SDK v1.
  const H12_099 = corpusText('heldout12.jsonl', 'h12-099')

  it('h12-099: ListBucket on the bucket first, then GetObject on the printed key’s folder', () => {
    const { f, statements } = analysedOne(H12_099)
    expect(f.inferred?.readProbe?.value).toMatch(/overwrite attempt/)
    expect(f.traps).toContain(TRAP)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::<BUCKET_NAME>'],
      [
        's3:GetObject',
        'arn:aws:s3:::<BUCKET_NAME>/spilo/powerbot-postgres-development/wal/14/wal_005/*'
      ]
    ])
  })

  it.each([
    [
      'a client’s existence check by name',
      'level=error msg="ObjectExists failed" err="AccessDenied: Access Denied"'
    ],
    [
      'a check whether a key exists',
      'checking if key backups/latest.json exists: AccessDenied: Access Denied'
    ]
  ])('reads %s as a probe', (_why, line) => {
    expect(readProbeOf(ctxOf(line))).not.toBeNull()
  })

  it.each([
    // WAL-G's plain read of a backup it listed (built on the h12-099 line): the key exists.
    [
      'a read with no probe words',
      "ERROR: 2022/10/06 12:23:39.465899 failed to read object: 'spilo/db/basebackups_005/base_000000010000000000000002_backup_stop_sentinel.json' from S3: AccessDenied: Access Denied"
    ],
    ['a word that only contains one', 'the profile existed before: AccessDenied: Access Denied'],
    ['an overwrite with no check', 'refusing to overwrite the object: AccessDenied: Access Denied']
  ])('not for %s', (_why, line) => {
    expect(readProbeOf(ctxOf(line))).toBeNull()
  })

  it('counter-case: the plain WAL-G read keeps GetObject first, on the key’s folder', () => {
    const { f, statements } = analysedOne(
      "ERROR: 2022/10/06 12:23:39.465899 failed to read object: 'spilo/db/basebackups_005/base_0001_backup_stop_sentinel.json' from S3: AccessDenied: Access Denied\n        status code: 403, request id: EANDRVDGZDMMEBA9, host id: 0lVxvS3DilpYcvJS9Zf1RNbRezcr17JWvKsNaMkZ9yGahqOiQ2DMi+rWY3ZnsVOBQqEk3bMdnkA="
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements[0]).toMatchObject({
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::<BUCKET_NAME>/spilo/db/basebackups_005/*'
    })
  })
})

function ctxOf(line: string) {
  return { line, before: '', after: '', command: null, roleToAssume: null, callerArn: null }
}
