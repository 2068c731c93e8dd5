// The STS adapter of the OIDC doctor: one unsigned AssumeRoleWithWebIdentity call through the SDK
// (loaded only when the doctor runs), honouring AWS_ENDPOINT_URL_STS. The credentials STS returns
// are dropped unread; the token is never part of what this returns.
import { resolveRegion } from '../decode/sts/hasAwsCredentials.js'
import type { StsOutcome } from './doctor.js'

export interface AssumeOptions {
  roleArn: string
  token: string
  region?: string
  /** Endpoint override; else AWS_ENDPOINT_URL_STS from env, else the SDK's regional endpoint. */
  endpoint?: string
  durationSeconds?: number | null
  sessionName?: string
  timeoutMs?: number
  env: NodeJS.ProcessEnv
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/** The wire error code: the SDK names the class `...Exception`; the wire code is in `Code`. */
function errorOf(error: unknown): { code: string; message: string } {
  const e = (error ?? {}) as Record<string, unknown>
  const code =
    str(e.Code) ||
    str((e.Error as Record<string, unknown> | undefined)?.Code) ||
    str(e.code) ||
    str(e.name) ||
    'Error'
  const message = error instanceof Error ? error.message : String(error)
  return { code, message }
}

export async function assumeRoleWithWebIdentity(opts: AssumeOptions): Promise<StsOutcome> {
  const { env } = opts
  const timeoutMs = opts.timeoutMs ?? 10_000
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts')
  const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined)
  const client = new STSClient({
    region: resolveRegion(opts.region, env),
    ...(endpoint ? { endpoint } : {}),
    maxAttempts: 3,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: timeoutMs,
      requestTimeout: timeoutMs,
      throwOnRequestTimeout: true
    }
  })
  try {
    await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: opts.roleArn,
        RoleSessionName: opts.sessionName ?? 'whydenied-oidc-doctor',
        WebIdentityToken: opts.token,
        ...(opts.durationSeconds ? { DurationSeconds: opts.durationSeconds } : {})
      })
    )
    return { status: 'ok' }
  } catch (error) {
    const e = errorOf(error)
    // Never echo a token back, should an error ever quote the request.
    return {
      status: 'error',
      error: {
        code: e.code,
        message: opts.token ? e.message.split(opts.token).join('***') : e.message
      }
    }
  } finally {
    client.destroy()
  }
}
