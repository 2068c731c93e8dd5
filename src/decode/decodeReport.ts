// The one call the CLI and the Action make: decide whether to decode, load the STS adapter only
// when the report holds an encoded message, and never fail the run over decoding.
import type { AuthorizationDecoder } from './AuthorizationDecoder.js'
import type { Report } from '../model/Report.js'
import { decodeFindings, hasEncodedMessages, skipDecoding } from './decodeFindings.js'
import { hasAwsCredentials } from './sts/hasAwsCredentials.js'
import { loadStsDecoder, type StsDecoderOptions } from './sts/loadStsDecoder.js'
import { errorMessage } from '../common/errorMessage.js'

export interface DecodeReportOptions extends StsDecoderOptions {
  /** CLI `--decode`; Action input `decode`. */
  decode: boolean
  /**
   * Decode only when `env` names a credential source (the Action: off AWS the SDK's
   * instance-metadata probe is slow to give up). The CLI leaves it off: a default profile in
   * ~/.aws counts there.
   */
  requireEnvCredentials?: boolean
  maxMessages?: number
  /** Injection point for tests; defaults to the STS adapter. */
  loadDecoder?: (opts: StsDecoderOptions) => Promise<AuthorizationDecoder>
}

export async function decodeReport(report: Report, opts: DecodeReportOptions): Promise<Report> {
  if (!hasEncodedMessages(report)) return report
  if (!opts.decode) return skipDecoding(report, 'disabled')
  const env = opts.env ?? process.env
  if (opts.requireEnvCredentials && !hasAwsCredentials(env))
    return skipDecoding(report, 'no-credentials')
  const load = opts.loadDecoder ?? loadStsDecoder
  let decoder: AuthorizationDecoder
  try {
    decoder = await load({
      region: opts.region,
      endpoint: opts.endpoint,
      timeoutMs: opts.timeoutMs,
      maxAttempts: opts.maxAttempts,
      env
    })
  } catch (error) {
    // A broken bundle or SDK must not cost the user the rest of the report.
    const detail = errorMessage(error)
    const failing: AuthorizationDecoder = {
      decode: async () => ({
        ok: false,
        reason: 'other',
        detail: `could not load the STS client: ${detail}`
      })
    }
    return decodeFindings(report, failing, { maxMessages: opts.maxMessages })
  }
  try {
    return await decodeFindings(report, decoder, { maxMessages: opts.maxMessages })
  } finally {
    decoder.close?.()
  }
}
