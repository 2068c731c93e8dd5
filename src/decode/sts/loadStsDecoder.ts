// The AWS adapter behind AuthorizationDecoder and the caller-identity look-up, and the ONLY module that imports
// @aws-sdk/client-sts. The import is dynamic so that a run without encoded messages never
// loads the SDK (it is most of the bundle's start-up cost).
import type { AuthorizationDecoder, DecodeResult } from '../AuthorizationDecoder.js'
import { resolveRegion } from './hasAwsCredentials.js'
import { stsFailure } from './stsErrors.js'

export interface StsDecoderOptions {
  /** Region input; see resolveRegion for the fallbacks. */
  region?: string
  /** Endpoint override (tests, VPC endpoints); else AWS_ENDPOINT_URL_STS from env, else the SDK's. */
  endpoint?: string
  /** Connection and per-attempt request timeout. Default 5000 ms. */
  timeoutMs?: number
  /** Attempts per message, first one included (standard retry mode). Default 3. */
  maxAttempts?: number
  /**
   * Environment for the Region, the endpoint and static keys. Other credential sources
   * (profile, web identity, container) come from the SDK's default chain, which reads process.env.
   */
  env?: NodeJS.ProcessEnv
}

const DEFAULT_TIMEOUT_MS = 5000
const DEFAULT_MAX_ATTEMPTS = 3

/** Static keys from `env`: the same as the chain's first provider, but honouring an injected env. */
function envCredentials(env: NodeJS.ProcessEnv) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim()
  if (!accessKeyId || !secretAccessKey) return undefined
  const sessionToken = env.AWS_SESSION_TOKEN?.trim()
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey }
}

function parsed(decodedMessage: string | undefined): DecodeResult {
  if (decodedMessage === undefined)
    return { ok: false, reason: 'other', detail: 'STS answered without a DecodedMessage' }
  try {
    return { ok: true, message: JSON.parse(decodedMessage) as unknown }
  } catch {
    return {
      ok: false,
      reason: 'other',
      detail: 'STS answered with a DecodedMessage that is not JSON'
    }
  }
}

export async function loadStsDecoder(opts: StsDecoderOptions = {}): Promise<AuthorizationDecoder> {
  const env = opts.env ?? process.env
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // The SDK warns on every start under Node 20; whydenied supports it, and the warning would
  // land in the middle of a CLI user's output. An explicit setting is respected.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const { STSClient, DecodeAuthorizationMessageCommand } = await import('@aws-sdk/client-sts')
  const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined)
  const client = new STSClient({
    region: resolveRegion(opts.region, env),
    ...(endpoint ? { endpoint } : {}),
    credentials: envCredentials(env),
    maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    retryMode: 'standard',
    // Options object: the client builds its own NodeHttpHandler from it, so no direct dependency
    // on @smithy/node-http-handler. throwOnRequestTimeout turns an overrun into a TimeoutError.
    requestHandler: {
      connectionTimeout: timeoutMs,
      requestTimeout: timeoutMs,
      throwOnRequestTimeout: true
    }
  })
  return {
    async decode(blob: string): Promise<DecodeResult> {
      try {
        const out = await client.send(
          new DecodeAuthorizationMessageCommand({ EncodedMessage: blob })
        )
        return parsed(out.DecodedMessage)
      } catch (error) {
        return stsFailure(error)
      }
    },
    close() {
      client.destroy()
    }
  }
}

// Who the job's own credentials are: one sts:GetCallerIdentity call (it needs no permission).
// A short budget, one attempt, and never an error: a missing or slow answer only means the
// findings keep naming no principal.
export interface CallerIdentityOptions {
  region?: string
  /** Endpoint override (tests, VPC endpoints); else AWS_ENDPOINT_URL_STS from env. */
  endpoint?: string
  /** Whole budget, connection included. Default 800 ms. */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
}

const WHOAMI_TIMEOUT_MS = 800

/**
 * The caller's ARN, or null when it could not be had within the budget. The budget counts from
 * the request (credential resolution included), not from loading the SDK, which is local.
 */
export async function loadCallerIdentity(opts: CallerIdentityOptions = {}): Promise<string | null> {
  const env = opts.env ?? process.env
  const timeoutMs = opts.timeoutMs ?? WHOAMI_TIMEOUT_MS
  let timer: NodeJS.Timeout | undefined
  let client: { destroy(): void } | undefined
  try {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
    const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined)
    const sts = new STSClient({
      region: resolveRegion(opts.region, env),
      ...(endpoint ? { endpoint } : {}),
      credentials: envCredentials(env),
      maxAttempts: 1,
      requestHandler: {
        connectionTimeout: timeoutMs,
        requestTimeout: timeoutMs,
        throwOnRequestTimeout: true
      }
    })
    client = sts
    const abort = new AbortController()
    const call = sts
      .send(new GetCallerIdentityCommand({}), { abortSignal: abort.signal })
      .then((out) => (typeof out.Arn === 'string' && out.Arn.startsWith('arn:') ? out.Arn : null))
      .catch(() => null)
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        abort.abort()
        resolve(null)
      }, timeoutMs)
    })
    return await Promise.race([call, late])
  } catch {
    return null
  } finally {
    if (timer) clearTimeout(timer)
    client?.destroy()
  }
}
