// A small STS look-alike on 127.0.0.1 for tests: Query protocol in, STS-shaped XML out, and a
// full SigV4 check of every request against the test credentials (node:crypto), so the real
// @aws-sdk/client-sts can be pointed at it with `endpoint`.
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/** What the server saw in one request. */
export interface StsCall {
  action: string | null
  version: string | null
  encodedMessage: string | null
  /** Region and date of the SigV4 credential scope. */
  region: string | null
  /** Null when the signature verified; else why it did not. */
  signatureProblem: string | null
  securityToken: string | null
}

export interface StsReply {
  status: number
  body: string
  /** Answer only after this long (to test client timeouts). */
  delayMs?: number
}

/** n is the 1-based number of the request. */
export type StsHandler = (call: StsCall, n: number) => StsReply

export interface StsServer {
  endpoint: string
  calls: StsCall[]
  close(): Promise<void>
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/'

function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A successful DecodeAuthorizationMessage answer carrying `decoded` as JSON text. */
export function decodedReply(decoded: unknown): StsReply {
  const text = typeof decoded === 'string' ? decoded : JSON.stringify(decoded)
  return {
    status: 200,
    body:
      `<DecodeAuthorizationMessageResponse xmlns="${NS}">\n` +
      `  <DecodeAuthorizationMessageResult>\n` +
      `    <DecodedMessage>${xmlEscape(text)}</DecodedMessage>\n` +
      `  </DecodeAuthorizationMessageResult>\n` +
      `  <ResponseMetadata>\n    <RequestId>${randomUUID()}</RequestId>\n  </ResponseMetadata>\n` +
      `</DecodeAuthorizationMessageResponse>\n`
  }
}

/** A GetCallerIdentity answer naming `arn`. */
export function callerIdentityReply(arn: string): StsReply {
  const account = /^arn:[\w-]+:(?:sts|iam)::(\d{12}):/.exec(arn)?.[1] ?? ''
  return {
    status: 200,
    body:
      `<GetCallerIdentityResponse xmlns="${NS}">\n` +
      `  <GetCallerIdentityResult>\n` +
      `    <Arn>${xmlEscape(arn)}</Arn>\n    <UserId>AROAEXAMPLEID:session</UserId>\n` +
      `    <Account>${account}</Account>\n` +
      `  </GetCallerIdentityResult>\n` +
      `  <ResponseMetadata>\n    <RequestId>${randomUUID()}</RequestId>\n  </ResponseMetadata>\n` +
      `</GetCallerIdentityResponse>\n`
  }
}

/** An STS Query-protocol error document. */
export function errorReply(
  status: number,
  code: string,
  message: string,
  type = 'Sender'
): StsReply {
  return {
    status,
    body:
      `<ErrorResponse xmlns="${NS}">\n` +
      `  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(code)}</Code>\n` +
      `    <Message>${xmlEscape(message)}</Message>\n  </Error>\n` +
      `  <RequestId>${randomUUID()}</RequestId>\n</ErrorResponse>\n`
  }
}

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest()
const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

// RFC 3986 encoding as SigV4 wants it for the canonical query and path.
const uriEncode = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

function canonicalQuery(search: URLSearchParams): string {
  return [...search.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/

/** Verifies SigV4 as STS would; returns the scope's region and null, or a problem. */
function verifySigV4(
  req: IncomingMessage,
  body: Buffer,
  creds: TestCredentials
): { region: string | null; problem: string | null } {
  const auth = req.headers.authorization ?? ''
  const m = AUTH.exec(auth)
  if (!m) return { region: null, problem: 'no AWS4-HMAC-SHA256 Authorization header' }
  // Every group of AUTH takes part in a match: the defaults are for the type checker only.
  const [, keyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] = m
  const amzDate = String(req.headers['x-amz-date'] ?? '')
  if (keyId !== creds.accessKeyId) return { region, problem: `unknown access key ${keyId}` }
  if (service !== 'sts') return { region, problem: `scope service is ${service}` }
  if (!amzDate.startsWith(date))
    return { region, problem: 'x-amz-date does not match the scope date' }
  const names = signedHeaders.split(';')
  if (!names.includes('host') || !names.includes('x-amz-date'))
    return { region, problem: 'host and x-amz-date must be signed' }
  if (creds.sessionToken && req.headers['x-amz-security-token'] !== creds.sessionToken)
    return { region, problem: 'missing or wrong x-amz-security-token' }
  const url = new URL(req.url ?? '/', 'http://localhost')
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`
    )
    .join('')
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? sha256Hex(body))
  const canonicalRequest = [
    req.method,
    url.pathname
      .split('/')
      .map((p) => uriEncode(decodeURIComponent(p)))
      .join('/'),
    canonicalQuery(url.searchParams),
    canonicalHeaders,
    signedHeaders,
    payloadHash
  ].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  const key = hmac(
    hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, date), region), service),
    'aws4_request'
  )
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { region, problem: 'signature does not match' }
  return { region, problem: null }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startStsServer(
  creds: TestCredentials,
  handler: StsHandler
): Promise<StsServer> {
  const calls: StsCall[] = []
  const timers = new Set<NodeJS.Timeout>()

  const send = (res: ServerResponse, reply: StsReply): void => {
    res.writeHead(reply.status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() })
    res.end(reply.body)
  }

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const form = new URLSearchParams(body.toString('utf8'))
      const { region, problem } = verifySigV4(req, body, creds)
      const call: StsCall = {
        action: form.get('Action'),
        version: form.get('Version'),
        encodedMessage: form.get('EncodedMessage'),
        region,
        signatureProblem: problem,
        securityToken: (req.headers['x-amz-security-token'] as string | undefined) ?? null
      }
      calls.push(call)
      let reply: StsReply
      if (req.method !== 'POST')
        reply = errorReply(400, 'InvalidAction', 'STS Query requests are POSTed here')
      else if (problem) reply = errorReply(403, 'SignatureDoesNotMatch', problem)
      else if (call.action === 'GetCallerIdentity' && call.version === '2011-06-15')
        reply = handler(call, calls.length)
      else if (call.action !== 'DecodeAuthorizationMessage' || call.version !== '2011-06-15')
        reply = errorReply(400, 'InvalidAction', `Could not find operation ${call.action}`)
      else if (!call.encodedMessage || /\s/.test(call.encodedMessage))
        // Real STS rejects line breaks inside the blob the same way.
        reply = errorReply(400, 'InvalidAuthorizationMessageException', 'Invalid encoded message')
      else reply = handler(call, calls.length)
      if (reply.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t)
          if (!res.destroyed) send(res, reply)
        }, reply.delayMs)
        timers.add(t)
      } else send(res, reply)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
