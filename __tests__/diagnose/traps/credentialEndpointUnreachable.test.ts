// WD5008 (heldout124 review, h124-010): a credentials provider that never reached its endpoint.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'credential-endpoint-unreachable'

describe(TRAP, () => {
  it("h124-010 (an SSO refresh's DNS failure): the network first, no statement", () => {
    const { findings, statements } = analysed(corpusText('heldout124.jsonl', 'h124-010'))
    const f = findings[0]!
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['endpoint-unreachable']?.value).toBe(
      'portal.sso.ap-northeast-1.amazonaws.com'
    )
    expect(f.explanation).toContain('`nslookup portal.sso.ap-northeast-1.amazonaws.com`')
    expect(statements).toEqual([])
  })

  it.each([
    // own: Node's DNS error for STS under the JS SDK's chain
    'CredentialsProviderError: Could not load credentials from any providers\nError: getaddrinfo ENOTFOUND sts.eu-west-1.amazonaws.com'
  ])('own: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).toContain(TRAP)
  })

  it('h164-067 (heldout164 review): STS behind an interface endpoint timing out is its security group', () => {
    const { findings, statements } = analysed(corpusText('heldout164.jsonl', 'h164-067'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['endpoint-unreachable']?.value).toBe(
      'sts.eu-north-1.amazonaws.com'
    )
    expect(f.explanation).toMatch(
      /^The credentials could not be fetched because the connection to `sts\.eu-north-1\.amazonaws\.com` timed out or was refused at 10\.0\.12\.31:443, a private address/
    )
    expect(statements).toEqual([])
  })

  it('own: a public address keeps the DNS and proxy checks', () => {
    const f = analysed(
      'failed to refresh cached credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 0, request send failed, Post "https://sts.us-east-1.amazonaws.com/": dial tcp 52.94.0.1:443: i/o timeout'
    ).findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`nslookup sts.us-east-1.amazonaws.com`')
  })

  it('own counter-case: a host of its own that did not resolve is not an AWS endpoint', () => {
    const { findings } = analysed(
      'Unable to locate credentials\ndial tcp: lookup vault.internal on 10.0.0.2:53: no such host'
    )
    expect(findings[0]!.traps).not.toContain(TRAP)
  })
})
