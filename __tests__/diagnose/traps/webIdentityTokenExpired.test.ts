// ExpiredTokenException from AssumeRoleWithWebIdentity: the web-identity token's lifetime.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'web-identity-token-expired'

// awslabs/aws-orbit-workbench#707: a notebook's boto3 refresh with a stale projected token.
const BOTO = `botocore.errorfactory.ExpiredTokenException: An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1624482533 must be before the expiration date/time1624482335`

// aws/aws-sdk-java-v2#5709: the Java SDK's form names no operation, only STS's words.
const JAVA = `s.a.a.s.s.m.ExpiredTokenException: Token expired: current date/time 1731098245 must be before the expiration date/time 1731095240 (Service: Sts, Status Code: 400, Request ID: 22679931-6a1d-4db3-abd0-a189de181809)
	at s.a.a.c.i.h.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)`

describe(TRAP, () => {
  it.each([
    ['review h5-151', reviewed('h5-151')],
    ['awslabs/aws-orbit-workbench#707', BOTO],
    ['aws/aws-sdk-java-v2#5709', JAVA]
  ])('leads with the token, not the session (%s)', (_source, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('STS refused the web-identity token itself')).toBe(true)
    expect(f.explanation).toContain('AWS_WEB_IDENTITY_TOKEN_FILE')
    // The generic "request a longer role-duration-seconds" advice is wrong here.
    expect(f.explanation).not.toContain('request a longer `role-duration-seconds`')
    expect(notes).toContain('A longer role session does not help')
    expect(statements).toEqual([])
  })

  it('does not apply to an expired session from another call', () => {
    const { f } = analysedOne(
      'An error occurred (ExpiredTokenException) when calling the GetObject operation: The provided token has expired.'
    )
    expect(f.traps).not.toContain(TRAP)
    // The generic advice (no GitHub Actions in the log: the session's own DurationSeconds).
    expect(f.explanation).toContain('The temporary credentials used for this call had expired')
    expect(f.explanation).toContain('DurationSeconds')
  })
})
