import { claimsOf, fetchIdTokenClaims } from '../../src/source/idTokenClaims.js'
import { startIdTokenServer } from '../support/idTokenServer.js'

const jwt = (payload: string) =>
  ['e30', Buffer.from(payload).toString('base64url'), 'sig'].join('.')

test('reads the claims it knows, as text only', () => {
  expect(
    claimsOf(
      jwt(
        JSON.stringify({
          sub: 'repo:o/r:ref:refs/heads/main',
          environment: '',
          repository_id: 7,
          event_name: 'push'
        })
      )
    )
  ).toEqual({
    sub: 'repo:o/r:ref:refs/heads/main',
    environment: undefined,
    ref: undefined,
    repository: undefined,
    repositoryId: undefined,
    repositoryOwnerId: undefined,
    eventName: 'push'
  })
})

test.each(['', 'abc', 'a.!!!.c', jwt('not json'), jwt('null'), jwt('"text"')])(
  'a malformed token %j gives null, never a throw',
  (token) => {
    expect(claimsOf(token)).toBeNull()
  }
)

test('without the runner variables nothing is asked', async () => {
  expect(await fetchIdTokenClaims({})).toBeNull()
})

test('asks the endpoint with its bearer and the STS audience', async () => {
  const server = await startIdTokenServer({ sub: 'repo:o/r:environment:prod', environment: 'prod' })
  try {
    expect(await fetchIdTokenClaims(server.env())).toMatchObject({ environment: 'prod' })
    expect(server.requests[0]?.url).toMatch(/api-version=2\.0&audience=sts\.amazonaws\.com/)
    const notes: string[] = []
    expect(
      await fetchIdTokenClaims({ ...server.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, (m) =>
        notes.push(m)
      )
    ).toBeNull()
    expect(notes.join('')).toContain('401')
  } finally {
    await server.close()
  }
})

test('an endpoint that is gone gives null and says why', async () => {
  const server = await startIdTokenServer({})
  const env = server.env()
  await server.close()
  const notes: string[] = []
  expect(await fetchIdTokenClaims(env, (m) => notes.push(m))).toBeNull()
  expect(notes.join('')).toMatch(/fetch failed/)
})
