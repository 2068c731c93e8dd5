// Decodes the encoded authorization messages of a report through an injected decoder and folds
// what they say back into the findings. Pure apart from the decoder: no SDK import here, so a run
// without encoded messages never loads @aws-sdk/client-sts.
import type { AuthorizationDecoder, DecodeResult } from './AuthorizationDecoder.js'
import type { LocatedDenial } from '../model/Denial.js'
import type { DecodeReason, Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'
import type { DecodedInLog } from '../model/Inferred.js'
import { diagnose } from '../diagnose/diagnose.js'
import { decodeAdvice, shortDetail } from './decodeAdvice.js'
import { parseDecodedMessage, type DecodedAuthorization } from './decodedMessage.js'
import { decodedExplanation } from './decodedExplanation.js'
import { errorMessage } from '../common/errorMessage.js'

export interface DecodeFindingsOptions {
  /** Distinct messages sent to STS per run; the rest are skipped with advice. Default 10. */
  maxMessages?: number
}

const DEFAULT_MAX_MESSAGES = 10
/** STS rejects longer input (EncodedMessage length 1–10240). */
const MAX_BLOB = 10240

/*
 * Failures that depend on the caller or the network, not on the blob: once one happens, the next
 * blob would fail the same way, so later blobs share the result instead of waiting out timeouts.
 */
const CALLER_WIDE: ReadonlySet<DecodeReason> = new Set([
  'access-denied',
  'no-credentials',
  'network',
  'throttled',
  'timeout'
])

type Outcome = DecodeResult | { ok: false; reason: 'limit' }

/** The blob as STS wants it (log wrapping removed), or null when the finding has none. */
export function encodedBlobOf(f: Finding): string | null {
  if (f.kind !== 'encoded' && f.kind !== 'denial') return null
  const blob = f.encodedMessage?.replace(/\s+/g, '') ?? ''
  return blob === '' ? null : blob
}

export function hasEncodedMessages(report: Report): boolean {
  return report.findings.some((f) => encodedBlobOf(f) !== null)
}

function toLocated(f: Finding): LocatedDenial {
  return {
    kind: f.kind,
    code: f.code,
    operation: f.operation,
    action: f.action,
    service: f.service,
    principal: f.principal,
    resource: f.resource,
    layer: f.layer,
    deny: f.deny,
    policyArn: f.policyArn,
    policyName: f.policyName,
    authorizationId: f.authorizationId,
    encodedMessage: f.encodedMessage,
    grammar: f.grammar,
    ...(f.grammarRule ? { grammarRule: f.grammarRule } : {}),
    detail: { ...f.detail },
    file: f.file,
    line: f.line
  }
}

function denyOf(d: DecodedAuthorization, fallback: LocatedDenial['deny']): LocatedDenial['deny'] {
  if (d.explicitDeny === true) return 'explicit'
  if (d.explicitDeny === false && d.allowed !== true) return 'implicit'
  return fallback
}

/*
 * The decoded context replaces what the text said about who, what and on which resource; the
 * text keeps the policy layer and policy ARN, which the decoded message does not name. Kind stays
 * 'encoded' (what the log carried); diagnose treats an encoded denial with an action as a denial.
 */
function mergeDecoded(f: Finding, blob: string, d: DecodedAuthorization): LocatedDenial {
  const located = toLocated(f)
  return {
    ...located,
    action: d.action ?? located.action,
    service: d.action ? (d.action.split(':', 1)[0] ?? '').toLowerCase() : located.service,
    principal: d.principalArn ?? located.principal,
    resource: d.resource ?? located.resource,
    deny: denyOf(d, located.deny),
    encodedMessage: blob
  }
}

function withAdvice(
  f: Finding,
  blob: string,
  reason: DecodeReason,
  detail: string,
  limit: number
): Finding {
  const status = reason === 'limit' || reason === 'disabled' ? 'skipped' : 'failed'
  const advice = decodeAdvice(reason, { detail: shortDetail(detail), limit })
  return {
    ...f,
    encodedMessage: blob,
    explanation: [f.explanation, advice].filter((s) => s !== '').join('\n\n'),
    decode: { status, reason }
  }
}

function applyOutcome(f: Finding, blob: string, outcome: Outcome, limit: number): Finding {
  if (!outcome.ok)
    return withAdvice(f, blob, outcome.reason, 'detail' in outcome ? outcome.detail : '', limit)
  const decoded = parseDecodedMessage(outcome.message)
  if (decoded === null)
    return withAdvice(
      f,
      blob,
      'other',
      'STS answered with a decoded message that is not a JSON object',
      limit
    )
  // What the log around it showed still holds (an exposed key's quarantine, u27-004); the fields
  // the log implied give way to the decoded ones.
  const signals = f.inferred?.signals
  const rediagnosed = diagnose(
    mergeDecoded(f, blob, decoded),
    f.occurrences,
    'decoded',
    signals ? { signals } : undefined
  )
  const added = decodedExplanation(decoded, f.action ?? f.inferredAction)
  return {
    ...rediagnosed,
    explanation: [rediagnosed.explanation, added].filter((s) => s !== '').join('\n\n'),
    decode: { status: 'decoded', statements: decoded.statements, conditions: decoded.conditions }
  }
}

/**
 * The decoded message the log itself prints below the encoded one (src/scan/decodedInLog.ts):
 * folded in as STS's answer would be, so the finding is drafted from it. Null when it names no
 * action (nothing to draft from) or the fields do not pass the decoded-message parser.
 */
export function withDecodedInLog(f: Finding, inLog: DecodedInLog): Finding | null {
  const message = {
    allowed: inLog.allowed,
    explicitDeny: inLog.explicitDeny,
    context: {
      principal: { arn: inLog.principalArn },
      action: inLog.action,
      resource: inLog.resource
    }
  }
  const decoded = parseDecodedMessage(message)
  if (!decoded?.action || decoded.allowed === true) return null
  const applied = applyOutcome(f, encodedBlobOf(f) ?? '', { ok: true, message }, 0)
  // Not STS's answer this time: the log's own copy, said as such.
  const body = applied.explanation.replaceAll('Decoded with STS: ', 'The decoded message says: ')
  return {
    ...applied,
    encodedMessage: f.encodedMessage,
    explanation: `The log already shows this message decoded (line ${inLog.line}): ${decoded.action}${decoded.resource ? ` on ${decoded.resource}` : ''}${decoded.principalArn ? ` for ${decoded.principalArn}` : ''}, ${decoded.explicitDeny === true ? 'an explicit deny' : 'no policy allows it (implicit deny)'}.\n\n${body}`
  }
}

async function decodeSafely(decoder: AuthorizationDecoder, blob: string): Promise<DecodeResult> {
  if (blob.length > MAX_BLOB)
    return {
      ok: false,
      reason: 'invalid-message',
      detail: `longer than the ${MAX_BLOB} characters STS accepts`
    }
  try {
    return await decoder.decode(blob)
  } catch (error) {
    // A decoder must not throw, but a bug in one must not end the run either.
    return {
      ok: false,
      reason: 'other',
      detail: errorMessage(error)
    }
  }
}

/**
 * Decodes each distinct encoded message once, sequentially (gentle on STS throttling), at most
 * `maxMessages` per run, and returns a new report; findings without a message are unchanged.
 */
export async function decodeFindings(
  report: Report,
  decoder: AuthorizationDecoder,
  opts: DecodeFindingsOptions = {}
): Promise<Report> {
  const limit = Math.max(0, Math.floor(opts.maxMessages ?? DEFAULT_MAX_MESSAGES))
  const outcomes = new Map<string, Outcome>()
  let callerFailure: DecodeResult | null = null
  let sent = 0
  const findings: Finding[] = []
  for (const f of report.findings) {
    const blob = encodedBlobOf(f)
    // Already decoded from the log's own copy: STS is not asked again.
    if (blob === null || f.decode?.status === 'decoded') {
      findings.push(f)
      continue
    }
    let outcome = outcomes.get(blob)
    if (outcome === undefined) {
      if (callerFailure) outcome = callerFailure
      else if (sent >= limit) outcome = { ok: false, reason: 'limit' }
      else {
        sent++
        const result = await decodeSafely(decoder, blob)
        if (!result.ok && CALLER_WIDE.has(result.reason)) callerFailure = result
        outcome = result
      }
      outcomes.set(blob, outcome)
    }
    findings.push(applyOutcome(f, blob, outcome, limit))
  }
  return { ...report, findings }
}

/** Marks every encoded message as not decoded, with how to decode it (decoding off or impossible). */
export function skipDecoding(report: Report, reason: 'disabled' | 'no-credentials'): Report {
  return {
    ...report,
    findings: report.findings.map((f) => {
      const blob = encodedBlobOf(f)
      if (blob === null || f.decode) return f
      const advised = withAdvice(f, blob, reason, '', 0)
      return { ...advised, decode: { status: 'skipped', reason } }
    })
  }
}
