// KMS's own ending names the key's side: the key's Region or account, then its key policy. The
// finding leads with those, not with the caller's identity policy (heldout11 review, h11-091).
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Finding } from '../../src/model/Finding.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

function only(text: string): Finding {
  const found = analyzeText(text).findings
  expect(found).toHaveLength(1)
  return found[0]!
}

// Source: grafana/loki#13206 (heldout11 h11-091), the ingester's line as printed (cut).
const LOKI_13206 =
  '`level=error ts=2024-06-12T15:29:42.120346177Z caller=flush.go:152 component=ingester org_id=exp msg="failed to flush" err="failed to flush chunks: store put chunk: AccessDenied: User: arn:aws:sts::355291130670:assumed-role/shoot--lp--experimental-nodes/i-07c0b8a749aca2fce is not authorized to perform: kms:GenerateDataKey on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access\\n\\tstatus code: 403, request id: 4FYDTGK963QK58Z0'
// Source: github-file:find_string#70260937666 (the S3 Tables API reference's PutDataExportConfiguration example), as printed.
const S3TABLES_EXAMPLE =
  'An error occurred (AccessDeniedException) when calling the PutDataExportConfiguration operation: User: arn:aws:sts::750784792897:assumed-role/SageMakerCatalogDataSetPublisherRole/AWSSageMakerCatalog-S3TablesRole-651393378886 is not authorized to perform: kms:DescribeKey on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access (Service: S3Tables, Status Code: 403, Request ID: 86f5d9f9-62a6-4af9-8177-69edbb2992f4) (SDK Attempt Count: 1)'

// Decrypt names no key, only the ciphertext's (heldout14 review, h14-044). Source: heldout14
// h14-044 (a Ruby deploy log's two lines, masks kept).
const DEPLOY_H14_044 = `E, [2023-10-22T07:02:36.756492 #1] ERROR -- : Deployment failed.
E, [2023-10-22T07:02:36.758323 #1] ERROR -- : User: arn:aws:sts::***:assumed-role/***/*** is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`
// Source: onnela-lab/beiwe-backend#363 (Elastic Beanstalk's logs, the S3 error body as printed).
const BEIWE_363 =
  '<Message>User: ****/us-east-2-cstore-role/elasticbeanstalk-aws is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access</Message>'

describe("KMS's `does not exist in this Region, no resource-based policies allow access` ending", () => {
  it.each([
    ['grafana/loki#13206', LOKI_13206, 'kms:GenerateDataKey'],
    ['S3 Tables API reference', S3TABLES_EXAMPLE, 'kms:DescribeKey'],
    ['h14-044 (the resource associated with this ciphertext)', DEPLOY_H14_044, 'kms:Decrypt'],
    ['onnela-lab/beiwe-backend#363', BEIWE_363, 'kms:Decrypt']
  ])('%s: the key Region and key policy lead, the key policy is the target', (_s, text, action) => {
    const f = only(text)
    expect(f.action).toBe(action)
    expect(f.layer).toBeNull()
    expect(f.deny).toBeNull()
    expect(f.explanation).toMatch(/^KMS names the key's side, not the caller's/)
    expect(f.explanation).toContain('compare the Region and account of the key ARN')
    expect(f.explanation).not.toMatch(/does not say which kind of policy/)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.description).toMatch(/^the key policy of /)
    // The key policy's statement comes first; the caller's identity statement after it.
    const remedies = buildRemedies([f])
    expect(validateRemedies(remedies, [f])).toEqual([])
    expect(remedies[0]!.statements[0]!.Principal).toBeDefined()
  })

  it.each([
    // The ordinary endings keep their own reading (own cases in the same shape).
    [
      'no resource-based policy allows',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action',
      'resource'
    ],
    [
      'no identity-based policy allows',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action',
      'identity'
    ]
  ])('%s: not this ending', (_s, text, layer) => {
    const f = only(text)
    expect(f.layer).toBe(layer)
    expect(f.explanation).not.toMatch(/KMS names the key's side/)
  })

  it('the ciphertext wording with another reason is not this ending', () => {
    // Our own counter-case: the ciphertext phrase before the ordinary identity reason.
    const f = only(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because no identity-based policy allows the kms:Decrypt action'
    )
    expect(f.explanation).not.toMatch(/KMS names the key's side/)
  })

  it('half the ending (a reporter shortening it) is not read as the whole', () => {
    const f = only(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region'
    )
    expect(f.explanation).not.toMatch(/KMS names the key's side/)
  })
})
