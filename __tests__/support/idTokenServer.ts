// The runner's OIDC token endpoint on 127.0.0.1: answers ACTIONS_ID_TOKEN_REQUEST_URL with a JWT
// whose payload holds the claims a test chooses (the signature is not checked by readers).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const REQUEST_TOKEN = 'runner-request-token-for-tests'

export interface IdTokenServer {
  url: string
  claims: Record<string, unknown>
  /** Answer with this status instead of a token (0 = a token). */
  failWith: number
  requests: { url: string; authorization: string | undefined }[]
  /** The last JWT handed out. */
  issued: string | null
  env(): NodeJS.ProcessEnv
  close(): Promise<void>
}

const b64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

export async function startIdTokenServer(claims: Record<string, unknown>): Promise<IdTokenServer> {
  const state: IdTokenServer = {
    url: '',
    claims,
    failWith: 0,
    requests: [],
    issued: null,
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${state.url}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
    }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
  const server = http.createServer((req, res) => {
    state.requests.push({ url: req.url ?? '', authorization: req.headers.authorization })
    if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) {
      res.writeHead(401).end()
      return
    }
    if (state.failWith) {
      res.writeHead(state.failWith, { 'content-type': 'application/json' }).end('{"message":"no"}')
      return
    }
    const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience')
    state.issued = [
      b64url({ alg: 'RS256', typ: 'JWT', kid: 'test' }),
      b64url({
        ...state.claims,
        aud: audience,
        iss: 'https://token.actions.githubusercontent.com'
      }),
      b64url('not-a-real-signature')
    ].join('.')
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ count: 1, value: state.issued }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}
