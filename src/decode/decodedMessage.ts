// Parser of the JSON that STS DecodeAuthorizationMessage returns (docs/aws-denials.md §3.3).
// The shape is only partly documented, so every field is optional and wrong types are ignored:
// a surprising message yields fewer facts, never an exception.

export interface DecodedStatement {
  id: string | null
  effect: 'Allow' | 'Deny' | null
}

export interface DecodedCondition {
  key: string
  /** Present only for keys in VALUE_KEYS, and only values that look like plain identifiers. */
  values?: string[]
}

/** The facts an explanation needs; everything else in the decoded message is dropped. */
export interface DecodedAuthorization {
  allowed: boolean | null
  explicitDeny: boolean | null
  principalArn: string | null
  action: string | null
  resource: string | null
  statements: DecodedStatement[]
  conditions: DecodedCondition[]
}

/*
 * Condition keys whose VALUES may be posted. The decoded context lists the whole request context:
 * tags (aws:RequestTag/*, ec2:ResourceTag/*, aws:PrincipalTag/*), source IPs and VPCs, user ids,
 * account ids and resource names. Those can reveal internals in a public PR comment and are not
 * needed to write the fix. The keys below name the request's shape (where, what kind, which size)
 * and are what a condition in a policy usually tests, so they help the reader see why an Allow
 * with a condition did not match. Every other key is shown by name only.
 */
const VALUE_KEYS = new Set(
  [
    'aws:Region',
    'aws:RequestedRegion',
    'ec2:Region',
    'aws:Service',
    'aws:Type',
    'ec2:InstanceType',
    'ec2:InstanceMarketType',
    'ec2:Tenancy',
    'ec2:VolumeType',
    'ec2:CreateAction',
    'ec2:IsLaunchTemplateResource',
    'iam:PassedToService'
  ].map((k) => k.toLowerCase())
)

// Values of allow-listed keys still have to look like identifiers (us-east-1, t3.micro,
// ec2.amazonaws.com): anything else is dropped rather than escaped.
const SAFE_VALUE = /^[A-Za-z0-9._:-]{1,64}$/
// Condition keys are `prefix:name`, optionally with a tag key after a slash; printable ASCII.
const CONDITION_KEY = /^[A-Za-z0-9-]{1,32}:[\x21-\x7e]{1,200}$/
const ACTION = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,128}$/
const MAX_STATEMENTS = 20
const MAX_CONDITIONS = 50
const MAX_VALUES = 5
const MAX_TEXT = 2048

type Json = Record<string, unknown>

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `{items: [...]}` as documented, or a bare array, or nothing. */
function itemsOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v
  if (isObject(v) && Array.isArray(v.items)) return v.items
  return []
}

function bool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'false') return v === 'true'
  return null
}

const hasControl = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)

/** A single-line, bounded string, or null. */
function text(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const s = v.trim()
  if (s === '' || s.length > MAX_TEXT || hasControl(s)) return null
  return s
}

function effect(v: unknown): DecodedStatement['effect'] {
  const s = typeof v === 'string' ? v.trim().toLowerCase() : ''
  return s === 'deny' ? 'Deny' : s === 'allow' ? 'Allow' : null
}

function statement(v: unknown): DecodedStatement | null {
  if (!isObject(v)) return null
  const rawId = v.statementId ?? v.sid ?? v.Sid ?? v.id
  const id = text(rawId)
  return { id: id !== null && id.length <= 128 ? id : null, effect: effect(v.effect ?? v.Effect) }
}

function conditionValues(v: unknown): string[] {
  const out: string[] = []
  for (const item of itemsOf(v)) {
    const value = isObject(item) ? item.value : item
    if (typeof value === 'string' && SAFE_VALUE.test(value) && !out.includes(value)) out.push(value)
    if (out.length === MAX_VALUES) break
  }
  return out
}

function conditions(v: unknown): DecodedCondition[] {
  const out: DecodedCondition[] = []
  const seen = new Set<string>()
  for (const item of itemsOf(v)) {
    if (out.length === MAX_CONDITIONS) break
    if (!isObject(item) || typeof item.key !== 'string') continue
    const key = item.key.trim()
    if (!CONDITION_KEY.test(key) || seen.has(key.toLowerCase())) continue
    seen.add(key.toLowerCase())
    if (!VALUE_KEYS.has(key.toLowerCase())) {
      out.push({ key })
      continue
    }
    const values = conditionValues(item.values)
    out.push(values.length > 0 ? { key, values } : { key })
  }
  return out
}

/**
 * Reads a decoded authorization message (the parsed JSON, or its text). Returns null when the
 * input is not a JSON object: there is nothing to merge then.
 */
export function parseDecodedMessage(message: unknown): DecodedAuthorization | null {
  let root = message
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root)
    } catch {
      return null
    }
  }
  if (!isObject(root)) return null
  const context = isObject(root.context) ? root.context : {}
  const principal = isObject(context.principal) ? context.principal : {}
  const action = text(context.action)
  return {
    allowed: bool(root.allowed),
    explicitDeny: bool(root.explicitDeny),
    principalArn: text(principal.arn),
    action: action !== null && ACTION.test(action) ? action : null,
    resource: text(context.resource),
    statements: itemsOf(root.matchedStatements)
      .map(statement)
      .filter((s): s is DecodedStatement => s !== null)
      .slice(0, MAX_STATEMENTS),
    conditions: conditions(context.conditions)
  }
}
