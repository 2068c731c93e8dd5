// Loopback stand-ins for the two services the OIDC doctor talks to: GitHub's ID-token endpoint
// (ACTIONS_ID_TOKEN_REQUEST_URL, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `&audience=` appended by
// @actions/core) and STS's AssumeRoleWithWebIdentity (Query protocol, unsigned).
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorReply, type StsReply } from './stsServer.js'

export { errorReply }

/** A token shaped like GitHub's: RS256 header, the payload, 256 random signature bytes. */
export function fakeJwt(payload: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'test' })}.${part(payload)}.${randomBytes(256).toString('base64url')}`
}

/** Claims as GitHub issues them for a pull_request run of octo-org/octo-repo. */
export function githubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  return {
    jti: randomUUID(),
    sub: 'repo:octo-org/octo-repo:pull_request',
    aud: 'sts.amazonaws.com',
    ref: 'refs/pull/12/merge',
    sha: '89abcdef0123456789abcdef0123456789abcdef',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    repository_owner_id: '65',
    repository_id: '74',
    repository_visibility: 'public',
    run_id: '555',
    event_name: 'pull_request',
    ref_type: 'branch',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/pull/12/merge',
    runner_environment: 'github-hosted',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: now - 5,
    iat: now,
    exp: now + 300,
    ...overrides
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export interface IdTokenServer {
  /** The value of ACTIONS_ID_TOKEN_REQUEST_URL (with the query string the runner gives it). */
  requestUrl: string
  requestToken: string
  audiences: string[]
  close(): Promise<void>
}

/** Answers with `token(audience)`; a wrong bearer token gets 401 like the real service. */
export async function startIdTokenServer(
  token: (audience: string) => string | { status: number; body: string }
): Promise<IdTokenServer> {
  const requestToken = `request-${randomUUID()}`
  const audiences: string[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401).end('{"message":"bad token"}')
      return
    }
    const audience = url.searchParams.get('audience') ?? ''
    audiences.push(audience)
    const answer = token(audience)
    if (typeof answer === 'string') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ value: answer }))
    } else res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
  })
  const base = await listen(server)
  return {
    requestUrl: `${base}/idtoken?api-version=2.0`,
    requestToken,
    audiences,
    close: closer(server)
  }
}

export interface WebIdentityCall {
  action: string | null
  roleArn: string | null
  token: string | null
  sessionName: string | null
  durationSeconds: string | null
  /** Present when the client signed the request (it must not: the call is unsigned). */
  authorization: string | null
}

export interface WebIdentityStsServer {
  endpoint: string
  calls: WebIdentityCall[]
  close(): Promise<void>
}

/** A successful answer; the credentials are fake and must never be printed either. */
export function assumedReply(roleArn: string): StsReply {
  const ns = 'https://sts.amazonaws.com/doc/2011-06-15/'
  return {
    status: 200,
    body:
      `<AssumeRoleWithWebIdentityResponse xmlns="${ns}"><AssumeRoleWithWebIdentityResult>` +
      `<Credentials><AccessKeyId>ASIAFAKEFAKEFAKEFAKE</AccessKeyId><SecretAccessKey>fake-secret-never-printed</SecretAccessKey>` +
      `<SessionToken>fake-session-never-printed</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>` +
      `<AssumedRoleUser><Arn>${roleArn.replace(':iam:', ':sts:').replace(':role/', ':assumed-role/')}/whydenied</Arn><AssumedRoleId>AROAFAKE:whydenied</AssumedRoleId></AssumedRoleUser>` +
      `<SubjectFromWebIdentityToken>x</SubjectFromWebIdentityToken><Audience>sts.amazonaws.com</Audience>` +
      `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`
  }
}

export async function startWebIdentityStsServer(
  handler: (call: WebIdentityCall) => StsReply
): Promise<WebIdentityStsServer> {
  const calls: WebIdentityCall[] = []
  const server = createServer((req, res) => {
    void body(req).then((text) => {
      const form = new URLSearchParams(text)
      const call: WebIdentityCall = {
        action: form.get('Action'),
        roleArn: form.get('RoleArn'),
        token: form.get('WebIdentityToken'),
        sessionName: form.get('RoleSessionName'),
        durationSeconds: form.get('DurationSeconds'),
        authorization: (req.headers.authorization as string | undefined) ?? null
      }
      calls.push(call)
      const reply =
        call.action !== 'AssumeRoleWithWebIdentity'
          ? errorReply(400, 'InvalidAction', `Could not find operation ${call.action}`)
          : handler(call)
      res.writeHead(reply.status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() })
      res.end(reply.body)
    })
  })
  const endpoint = await listen(server)
  return { endpoint, calls, close: closer(server) }
}
