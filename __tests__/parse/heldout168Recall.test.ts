// heldout168–170's cases the engine missed or misread on their unseen score (issue 10, session 55):
// a CLI's status mark before its own error, the Go SDK's missing SSO token file, an SDK refusing a
// container credentials URI, electron-forge's publisher with no keys, Lambda's refusal to fetch its
// code from S3, boto 2's bodiless 403, the Java SDK v1's `Error Code: null`, a cut Coral reason,
// a reason clause where the resource stands, S3's newer Block Public Access wording, Prometheus'
// alert manager as the caller; a troubleshooting table and a bold quoted heading stay prose. Each
// with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { firstReading as first, heldoutText as h } from '../support/recallCase.js'

const one = (text: string) => analyzeText(text).findings[0]!

describe('credentials, in the words of the tool that had none', () => {
  it.each([
    // SST's `✕  aws: failed to refresh cached credentials, the SSO session has expired or is invalid`
    ['h168-008', 'refresh-cached-credentials', null, 'sso-no-token'],
    // aws-for-fluent-bit refusing Greengrass's token exchange URI (plain HTTP on localhost)
    ['h169-037', 'container-credentials-uri-refused', null, 'greengrass-token-exchange'],
    ['h170-051', 'electron-forge-s3-keys', null, 'missing']
  ])('%s: credentials by %s', (id, grammar, code, cause) => {
    expect(first(h(id))).toEqual(['credentials', grammar, code, cause])
  })

  it('own: the same refusal of a URI that is no token exchange service is missing credentials', () => {
    expect(
      first(
        'AWS_CONTAINER_CREDENTIALS_FULL_URI must be set to an https:// address or a link local IP address. Found protocol=http, host=creds.internal, port=8080, path=/v1/credentials'
      )
    ).toEqual(['credentials', 'container-credentials-uri-refused', null, 'missing'])
  })

  it("counter-case: jest's result mark with one space still quotes the test's title", () => {
    expect(
      analyzeText(
        '  ✕ reports failed to refresh cached credentials, the SSO session has expired or is invalid (5 ms)'
      ).findings
    ).toEqual([])
  })
})

describe('refusals in a service’s or a client’s own words', () => {
  it.each([
    ['h169-008', 'lambda-code-s3-denied', null, 's3'],
    ['h170-032', 'boto2-server-error-403', null, 'sns'],
    ['h168-064', 'sdk-null-403', null, 'kinesisvideo'],
    ['h168-041', 'coral-exception-reason', 'AccessDeniedException', 'kinesisvideo']
  ])('%s: a refusal by %s', (id, grammar, code, service) => {
    const f = one(h(id))
    expect([f.kind, f.grammar, f.code, f.service]).toEqual(['denial', grammar, code, service])
  })

  it('h169-008: the code fetch is GetObject on the object the message names', () => {
    expect(one(h('h169-008')).operation).toBe('GetObject')
  })

  it('counter-case: a boto 2 error of another status is no refusal', () => {
    expect(
      analyzeText('boto.exception.BotoServerError: BotoServerError: 400 Bad Request\nNone').findings
    ).toEqual([])
  })
})

describe('reasons as S3 and the IAM sentence print them now', () => {
  it('h170-061: `on resource: with an explicit deny` names no resource and an explicit deny', () => {
    const f = one(h('h170-061'))
    expect([f.action, f.resource, f.deny]).toEqual(['devicefarm:ScheduleRun', null, 'explicit'])
  })

  it("h170-069: S3's newer BlockPublicAcls wording is the Block Public Access setting", () => {
    const f = one(h('h170-069'))
    expect(f.traps).toContain('s3-block-public-access')
    expect(f.detail.s3BlockPublicAccess).toMatch(
      /^public access control lists \(ACLs\) are blocked/
    )
  })

  it("h170-040: Prometheus' alert manager (`AMP`) is a service principal, not an IAM caller", () => {
    const f = one(h('h170-040'))
    expect(f.principal).toBe('AMP')
    expect(f.traps).toContain('service-caller-by-name')
    expect(f.explanation).toContain('aps.amazonaws.com')
  })

  it('counter-case: a resource named `with-tags` is still the resource', () => {
    const f = one(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject on resource: with-tags because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.resource).toBe('with-tags')
  })
})

describe('pages that list errors stay prose', () => {
  it.each(['h170-025', 'h169-012'])('%s: no finding', (id) => {
    expect(analyzeText(h(id)).findings).toEqual([])
  })

  it("counter-case: a team's table of the errors it hit and the permission each missed is read", () => {
    const text =
      '| Error | Missing Permission | Solution |\n| --- | --- | --- |\n| `An error occurred (AccessDenied) when calling the PutObject operation: Access Denied` | s3:PutObject | added |'
    expect(analyzeText(text).findings.length).toBe(1)
  })
})
