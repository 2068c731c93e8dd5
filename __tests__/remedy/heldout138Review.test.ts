// The expert review of heldout138–139 on the session's start build (docs/reviews/2026-12-07-heldout138.md),
// and heldout137's left classes: the fixes not covered by a trap's own test file.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const first = (text: string) => analyzeText(text).findings[0]!

describe('credentials the log says why it lacked', () => {
  it('h139-093 (DataDog/stratus-red-team#367): AWS_EC2_METADATA_DISABLED, printed by the chain, leads', () => {
    // The Go SDK v1's chain as the case prints it, below Terraform's summary (whose record ends
    // before the chain's last line: that case still gets the general advice).
    const chain = h('h139-093').split('\n').slice(5).join('\n')
    const f = first(chain)
    expect(f.explanation).toMatch(
      /^The SDK was told not to ask the instance metadata service \("EC2 IMDS access disabled via AWS_EC2_METADATA_DISABLED/
    )
    expect(f.explanation).toContain('unset `AWS_EC2_METADATA_DISABLED`')
  })

  it('counter-case (own): the chain without the variable keeps the general advice', () => {
    const f = first(
      'Error: NoCredentialProviders: no valid providers in chain\ncaused by: EnvAccessKeyNotFound: failed to find credentials in the environment.'
    )
    expect(f.explanation).not.toContain('AWS_EC2_METADATA_DISABLED')
  })

  it("h138-001 (fog/fog-aws#162): fog's instance-profile fetch timed out before its missing keys", () => {
    const f = first(h('h138-001'))
    expect([f.kind, f.detail.cause]).toEqual(['credentials', 'credential-timeout'])
    expect(f.explanation).toContain('their source timed out')
  })

  it('counter-case (own): fog without the timeout above is missing keys', () => {
    const f = first(
      'ArgumentError: Missing required arguments: aws_access_key_id, aws_secret_access_key'
    )
    expect(f.detail.cause).toBe('missing')
  })

  it("h139-030 (awslabs/mountpoint-s3#1207): the CRT's provider lost its connection, no credentials missing", () => {
    expect(first(h('h139-030')).detail.cause).toBe('credential-timeout')
  })

  it('h139-085 (diggerhq/digger#1386): a token URL built from nothing is the missing id-token permission', () => {
    const f = first(h('h139-085'))
    expect(f.detail.cause).toBe('oidc-id-token-permission')
    expect(f.explanation).toContain('id-token: write')
  })

  it('counter-case (own): a web identity fetch that failed on a real URL stays the token file', () => {
    const f = first(
      'WebIdentityErr: failed fetching WebIdentity token: \ncaused by: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: no such file or directory'
    )
    expect(f.detail.cause).toBe('web-identity-token-file')
  })

  it("h139-008: s3fs could not read the role's name from the metadata service", () => {
    expect(first(h('h139-008')).detail.cause).toBe('imds-error')
  })
})

describe("GetBucketLocation from outside the bucket's account (heldout137 review)", () => {
  it.each(['h137-009', 'h137-010'])(
    '%s: the owner-side policy, the home Region, and the Region setting or HeadBucket that avoids the call',
    (id) => {
      const f = first(h(id))
      expect(f.explanation).toContain("only when it is made in the bucket's home Region")
      expect(f.explanation).toContain('`x-amz-bucket-region`')
    }
  )

  it("h137-009: the JS SDK v3's older deserializer frame names the call", () => {
    expect(first(h('h137-009')).inferredAction).toBe('s3:GetBucketLocation')
  })
})

describe("DataSync's location test (heldout147, its re-review)", () => {
  it("h147-058: the location's bucket access role, never the caller; its advice is no Allow already in place", () => {
    const f = first(h('h147-058'))
    expect(f.title).toMatch(/^DataSync's test of the S3 location was refused/)
    expect(f.fixTarget.description).toBe(
      "the DataSync location's bucket access role (the S3 actions on the bucket)"
    )
    expect(f.explanation).not.toContain('an Allow is already in place')
  })

  it('counter-case (own): a writer saying the role has the permission still says an Allow is there', () => {
    const f = first(
      'The role already has s3:GetObject in its policy.\nDataSync location access test failed: could not perform s3:GetObject in bucket b. Access denied.'
    )
    expect(f.explanation).toContain('an Allow is already in place')
  })
})
