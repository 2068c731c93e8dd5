// heldout39's expert review (issue 17, session 35): the classes it found wrong that this round
// fixed, each from its real excerpt, with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h39 = (id: string) => corpusText('heldout39.jsonl', id)

describe("a tool's own update check answered by its vendor's bucket", () => {
  it.each(['h39-003', 'h39-004'])(
    '%s (fastlane/fastlane#17810, #18249): fastlane’s update check is not the user’s AWS: no statement',
    (id) => {
      const { f, statements } = analysedOne(h39(id))
      expect(f.traps).toEqual(['tool-update-check'])
      expect(f.explanation).toMatch(/^This is fastlane's check for a newer version of itself/)
      expect(f.explanation).not.toMatch(/CloudTrail|bucket policy/)
      expect(statements).toEqual([])
    }
  )

  it('own: the same XML body from a fetch of the user’s own bucket keeps its advice', () => {
    const { f } = analysedOne(
      'curl: download of s3 object failed: <?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>B13E2A1FCA7527C3</RequestId><HostId>PJuutedIfKyPrvFbzuun+QTTB2twDGTe9CQ2dw69CETt12kWpGTWzKotDoGMT+v9ryHYi+LGHOI=</HostId></Error>'
    )
    expect(f.traps).not.toContain('tool-update-check')
  })
})

describe("KMS's ciphertext sentence is Decrypt's answer", () => {
  it('h39-027 (jetstack/tarmak#357): `unable to get key` names no other call: kms:Decrypt, not kms:DescribeKey', () => {
    const { f, statements } = analysedOne(h39('h39-027'))
    expect(f.inferredAction).toBe('kms:Decrypt')
    expect(JSON.stringify(statements)).not.toContain('kms:DescribeKey')
  })

  it('own: the sentence relayed by an S3 download keeps the S3 call', () => {
    const { f } = analysedOne(
      'download failed: s3://b/k to ./k An error occurred (AccessDenied) when calling the GetObject operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.'
    )
    expect(f.action ?? f.inferredAction).not.toBe('kms:Decrypt')
  })
})

describe('a partition the log names in words', () => {
  it('h39-012 (thanos-io/thanos#2792): GovCloud named: the drafted ARNs are `arn:aws-us-gov:`', () => {
    const { f, statements } = analysedOne(h39('h39-012'))
    expect(f.inferred?.signals?.['named-partition']?.value).toBe('aws-us-gov')
    const resources = statements.flatMap((s) => [s.Resource ?? []].flat())
    expect(resources.length).toBeGreaterThan(0)
    for (const r of resources) expect(r).toMatch(/^arn:aws-us-gov:s3:::/)
  })

  it('own: no partition named keeps the standard one, and two named keep it too', () => {
    const plain = analysedOne(
      'upload failed: ./a.txt to s3://deploy-artifacts/a.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(JSON.stringify(plain.statements)).toContain('arn:aws:s3:::deploy-artifacts/')
    const both = analysedOne(
      'We run this in GovCloud and in cn-north-1.\nupload failed: ./a.txt to s3://deploy-artifacts/a.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(JSON.stringify(both.statements)).toContain('arn:aws:s3:::deploy-artifacts/')
  })
})

describe("a snapshot repository's write check", () => {
  it('h39-015 (elastic/elasticsearch-cloud-aws#167): the test upload is named, and the read-only registration with verify=false', () => {
    const { f, notes } = analysedOne(h39('h39-015'))
    expect(f.traps).toContain('snapshot-repository-verify')
    expect(f.explanation).toMatch(
      /^Elasticsearch \(or OpenSearch\) checks a new snapshot repository/
    )
    expect(f.explanation).toContain('`PUT _snapshot/NAME?verify=false`')
    expect(notes).toContain('read-only')
  })

  it('own: a node kept read-only on purpose gets no write statement', () => {
    const { f, statements } = analysedOne(
      'The test node has read-only access to the backup bucket.\n{"error":"RepositoryVerificationException[[r] path [snaps] is not accessible on master node]; nested: IOException[Unable to upload object snaps/tests-abc/master.dat]; nested: AmazonS3Exception[Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 7F3DE23BB617FFF4)]; ","status":500}'
    )
    expect(f.inferred?.signals?.['repository-verification']?.value).toBe('read-only')
    expect(statements).toEqual([])
  })
})

describe("Vault's AWS KMS seal", () => {
  it('h39-026 (hashicorp/vault-helm#716): a refused DescribeKey gets the seal’s whole key set on the key', () => {
    const { statements } = analysedOne(h39('h39-026'))
    const kms = statements.find((s) => JSON.stringify(s.Action).includes('kms:'))!
    expect(kms.Action).toEqual(['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt'])
    expect(kms.Resource).toContain('key/16bad6d5-19fd-4dc3-a4dd-4cfc6b9f63eb')
  })

  it('own: a DescribeKey refused to another program keeps the one action', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-west-2:111122223333:key/16bad6d5-19fd-4dc3-a4dd-4cfc6b9f63eb because no identity-based policy allows the kms:DescribeKey action'
    )
    expect(statements.map((s) => s.Action)).toEqual(['kms:DescribeKey'])
  })
})
