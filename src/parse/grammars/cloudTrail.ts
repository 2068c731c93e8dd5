// A CloudTrail event that records a refused call, as event history, a trail's copy in S3 or
// CloudWatch Logs, or Athena and Logs Insights output print it (pretty or on one line):
//   { "userIdentity": { "arn": CALLER, … }, "eventSource": "ecr.amazonaws.com",
//     "eventName": "GetAuthorizationToken", "errorCode": "AccessDeniedException",
//     "errorMessage": "User: … is not authorized to perform: …", "resources": [{ "ARN": … }] }
// The code is `errorCode`; the call is `eventSource` (the service's endpoint) and `eventName` (the
// API operation); the caller is `userIdentity.arn`. What the message itself states wins.
import { actionForOperation } from '../../catalog/Catalog.js'
import { prefixOfHost } from '../../model/endpointPrefix.js'
import { emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { classifyCode, looksLikeRefusal } from '../codes.js'
import { mayMatch } from '../RecordLiterals.js'
import { iamSentence } from './iamSentence.js'
import { PROVIDED_ROLE_SOURCE, providedRoleAssumer } from '../serviceHints.js'

const RULE = 'WD780'
const ID = 'cloudtrail-event'

/**
 * The event's error code: a JSON key, also as Python prints a dict or YAML a map. A list of codes
 * (`"errorCode": ["AccessDenied"]`, an EventBridge pattern) or a filter (`$.errorCode =`) matches not.
 */
const ERROR_CODE = /(["']?)errorCode\1\s*:\s*(["']?)([A-Za-z][\w.]{2,80})\2(?=\s*[,}\n]|\s*$)/g

/** How far the event's fields may stand from its error code (CloudTrail events are a few KB). */
const REACH = 6000

/** Outranks the IAM sentence it carries in `errorMessage`: one event is one finding. */
const PRIORITY_EVENT = PRIORITY.sentence + 5

function kindOf(code: string): FindingKind | null {
  const cls = classifyCode(code)
  if (cls === 'authz') return 'denial'
  if (cls === 'credentials') return 'credentials'
  if (cls === null && looksLikeRefusal(code)) return 'denial'
  return null
}

/** Where the object holding text[at] opens and closes (braces counted), within REACH. */
function objectAround(text: string, at: number): { open: number; close: number } {
  let depth = 0
  let open = Math.max(0, at - REACH)
  for (let i = at; i >= Math.max(0, at - REACH); i--) {
    const c = text[i]
    if (c === '}') depth++
    else if (c === '{') {
      if (depth === 0) {
        open = i
        break
      }
      depth--
    }
  }
  depth = 0
  let close = Math.min(text.length, at + REACH)
  for (let i = at; i < Math.min(text.length, at + REACH); i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}') {
      if (depth === 0) {
        close = i + 1
        break
      }
      depth--
    }
  }
  return { open, close }
}

/**
 * A string field of the event: the last one before `at`, else the first after it. A JSON string
 * keeps the quotes inside it (S3's message quotes its resource, `on resource: \"arn:aws:s3:::b/k\"`,
 * which the scanner unescapes: heldout15 h15-073): it ends at the quote a field or object end
 * follows. A Python value ends at its quote.
 */
function field(text: string, key: string, from: number, at: number, to: number): string | null {
  // A value the paste cut (no closing quote) runs to its line's end.
  const re = new RegExp(
    String.raw`(["']?)${key}\1\s*:\s*(?:"((?:[^\\\n]|\\[^\n]){1,2048}?)(?:"(?=[ \t]*(?:[,}\]]|\r?\n|$))|(?=\r?\n|$))|'([^'\n]{1,2048})(?:'|(?=\r?\n|$)))`,
    'g'
  )
  const window = text.slice(from, to)
  let before: string | null = null
  let after: string | null = null
  for (let m; (m = re.exec(window));) {
    const value = m[2] !== undefined ? m[2].replace(/\\(["\\/])/g, '$1') : m[3]!
    if (from + m.index < at) before = value
    else {
      after = value
      break
    }
  }
  return before ?? after
}

/** `userIdentity.arn`: the caller's own ARN, not the role its session was issued from. */
function callerArn(text: string, from: number, to: number): string | null {
  const window = text.slice(from, to)
  const m = /(["']?)userIdentity\1\s*:\s*\{/.exec(window)
  if (!m) return null
  const start = m.index + m[0].length
  let depth = 0
  let quote = ''
  let own = ''
  for (let i = start; i < window.length; i++) {
    const c = window[i]!
    // Braces inside a string are text (`arn:aws:iam::{AWS_ACCOUNT_ID}:user/x`).
    if (quote) quote = c === quote ? '' : quote
    else if (c === '"' || c === "'") quote = c
    else if (c === '{') depth++
    else if (c === '}') {
      if (depth === 0) break
      depth--
    }
    if (depth === 0) own += c
  }
  return /(["']?)arn\1\s*:\s*["']([^"'\s]+)["']/.exec(own)?.[2] ?? null
}

/** A service's own words for a role it could not assume: the role, then the service's name. */
const PROVIDED_ROLE = new RegExp(PROVIDED_ROLE_SOURCE)
/** EC2's marker and its blob inside an event's `errorMessage`. */
const ENCODED_IN_MESSAGE = /\bEncoded authorization failure message: ([\w-]{16,})/

/** `s3.amazonaws.com` → `s3`, `monitoring.amazonaws.com` → `cloudwatch`. */
function prefixOfSource(printed: string | null): string | null {
  // A Markdown renderer's link around the host (`[wafv2.amazonaws.com](http://wafv2.amazonaws.com/)`,
  // a Logs Insights result pasted into an issue, heldout130 h130-009): its text is the source.
  const source = printed?.replace(/^\[([^\]\s]{1,120})\]\([^)\s]{1,200}\)$/, '$1') ?? null
  const m = source ? /^([a-z0-9.-]+?)\.amazonaws\.com(?:\.cn)?$/.exec(source) : null
  if (!m) return null
  return prefixOfHost(source) ?? m[1]!.split('.')[0]!
}

/** An event's field retyped on a line of its own below the event (`eventName : CreateNetworkInterface`). */
const TYPED_FIELD = {
  eventSource: /^[ \t]{0,8}eventSource[ \t]{0,4}:[ \t]{1,4}([\w.-]{2,120})[ \t]*$/m,
  eventName: /^[ \t]{0,8}eventName[ \t]{0,4}:[ \t]{1,4}([\w.-]{2,120})[ \t]*$/m
}

function readEvent(text: string, m: RegExpExecArray, ctx: RecordContext): Candidate | null {
  const code = m[3]!
  const kind = kindOf(code)
  if (!kind) return null
  const at = m.index
  const { open, close } = objectAround(text, at)
  // A pretty-printed event may hold its call further up than the record reaches.
  // A writer's retyping of the event's fields below its JSON line (`eventName : CreateNetworkInterface`
  // / `eventSource : ec2.amazonaws.com`, heldout147) names the call when the JSON around holds none.
  const below = text.slice(at, Math.min(text.length, at + 1200))
  const typed = (key: 'eventSource' | 'eventName') => TYPED_FIELD[key].exec(below)?.[1] ?? null
  const source =
    field(text, 'eventSource', open, at, close) ??
    ctx.cloudTrail?.eventSource ??
    typed('eventSource')
  const name =
    field(text, 'eventName', open, at, close) ?? ctx.cloudTrail?.eventName ?? typed('eventName')
  const message = field(text, 'errorMessage', at, at, close)
  const d = emptyDenial(kind, ID, RULE)
  d.code = code
  d.service = prefixOfSource(source)
  if (name && /^\w+$/.test(name)) {
    d.operation = name
    d.action = d.service ? actionForOperation(d.service, name) : null
  }
  d.principal = callerArn(text, open, close) ?? ctx.cloudTrail?.caller ?? null
  d.resource =
    /"resources"\s*:\s*\[[^\]]*?"ARN"\s*:\s*"([^"\s]+)"/.exec(text.slice(open, close))?.[1] ?? null
  // The message's own sentence states the action, caller, resource and reason as AWS decided them.
  const said = message
    ? iamSentence.find(message, { ...ctx, literals: undefined })[0]?.denial
    : undefined
  if (said) {
    d.action = said.action ?? d.action
    d.service = said.service ?? d.service
    d.principal = said.principal ?? d.principal
    d.resource = said.resource ?? d.resource
    d.layer = said.layer
    d.deny = said.deny
    d.policyArn = said.policyArn
    d.policyName = said.policyName
    if (said.kind === 'encoded') {
      d.kind = 'encoded'
      d.encodedMessage = said.encodedMessage
    }
  }
  // A service naming the role it could not assume (`The provided role arn:… cannot be assumed by
  // AWS Backup.`, a backup selection's role, awslabs/landing-zone-accelerator-on-aws#194): that
  // role's trust policy, not the caller's (roleAssumerTrust).
  const provided = message && !said ? PROVIDED_ROLE.exec(message) : null
  const assumer = provided ? providedRoleAssumer(provided[2]!) : null
  if (provided && assumer) {
    d.detail.role = provided[1]!
    d.detail.assumer = assumer
  }
  // EC2's refusal in the event carries its encoded message as the CLI prints it (aws/
  // aws-parallelcluster#3505): decode it before any statement is drafted.
  const blob = message && !said ? ENCODED_IN_MESSAGE.exec(message)?.[1] : undefined
  if (blob && d.kind === 'denial') {
    d.kind = 'encoded'
    d.encodedMessage = blob
  }
  // From the code on: a code listing that builds such an event holds its key in a literal.
  return { start: at, end: Math.max(close, at + m[0].length), priority: PRIORITY_EVENT, denial: d }
}

export const cloudTrailEvent: Grammar = {
  id: ID,
  rule: RULE,
  literals: ['errorCode'],
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    if (!mayMatch(['errorCode'], ctx.literals)) return out
    ERROR_CODE.lastIndex = 0
    for (let m; (m = ERROR_CODE.exec(text));) {
      const c = readEvent(text, m, ctx)
      if (c) out.push(c)
    }
    return out
  }
}
