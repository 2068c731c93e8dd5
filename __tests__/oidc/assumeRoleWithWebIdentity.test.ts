// The real @aws-sdk/client-sts against a loopback STS: unsigned, the endpoint from
// AWS_ENDPOINT_URL_STS, the wire error code kept, the credentials never returned.
import { assumeRoleWithWebIdentity } from '../../src/oidc/assumeRoleWithWebIdentity.js'
import {
  assumedReply,
  errorReply,
  fakeJwt,
  githubClaims,
  startWebIdentityStsServer,
  type WebIdentityStsServer
} from '../support/oidcServers.js'

const ROLE = 'arn:aws:iam::111122223333:role/gha-deploy'
let sts: WebIdentityStsServer | null = null
afterEach(async () => {
  await sts?.close()
  sts = null
})

it('sends an unsigned request to AWS_ENDPOINT_URL_STS and reports success without credentials', async () => {
  sts = await startWebIdentityStsServer((call) => assumedReply(call.roleArn!))
  const token = fakeJwt(githubClaims())
  const out = await assumeRoleWithWebIdentity({
    roleArn: ROLE,
    token,
    durationSeconds: 1800,
    env: { AWS_ENDPOINT_URL_STS: sts.endpoint }
  })
  expect(out).toEqual({ status: 'ok' })
  expect(JSON.stringify(out)).not.toContain('fake-secret')
  expect(sts.calls).toEqual([
    {
      action: 'AssumeRoleWithWebIdentity',
      roleArn: ROLE,
      token,
      sessionName: 'whydenied-oidc-doctor',
      durationSeconds: '1800',
      authorization: null
    }
  ])
})

it('keeps the wire error code and message', async () => {
  sts = await startWebIdentityStsServer(() =>
    errorReply(400, 'InvalidIdentityToken', 'Incorrect token audience')
  )
  const out = await assumeRoleWithWebIdentity({
    roleArn: ROLE,
    token: fakeJwt(githubClaims()),
    env: { AWS_ENDPOINT_URL_STS: sts.endpoint }
  })
  expect(out).toEqual({
    status: 'error',
    error: { code: 'InvalidIdentityToken', message: 'Incorrect token audience' }
  })
})

it('reports an unreachable endpoint as an error, not a throw', async () => {
  const out = await assumeRoleWithWebIdentity({
    roleArn: ROLE,
    token: 'x.y.z',
    timeoutMs: 2000,
    env: { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:1' }
  })
  expect(out.status).toBe('error')
})
