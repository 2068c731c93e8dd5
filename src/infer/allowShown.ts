// A policy statement printed beside the refusal that already allows the refused action: users
// paste their policy under the error, Terraform's plan prints the JSON it applies. If that
// statement is the caller's, another Allow changes nothing and the cause is elsewhere (heldout19
// review 2, h19-112: an s3fs listing refused under a user policy and a bucket policy that both
// allow s3:ListBucket). Read as text, not parsed: the JSON is often cut, prefixed (`- `, `+ `) or
// written as HCL (`Effect = "Allow"`). Bounded quantifiers only: the text is untrusted.
import { PRINTED_ALLOW_FROM, type InferredValue } from '../model/Inferred.js'

const EFFECT_ALLOW = /"?Effect"?\s{0,8}[:=]\s{0,8}"Allow"/g
/** A statement's fields: a quoted string, or a list of them (its lines may carry `- `, `+ `). */
const FIELD = (name: string) =>
  new RegExp(String.raw`"?\b${name}"?\s{0,8}[:=]\s{0,8}(\[[^\]]{0,1500}\]|"[^"\n]{1,512}")`)
const ACTION = FIELD('Action')
const RESOURCE = FIELD('Resource')
const NOT_ACTION = /"?\bNotAction"?\s{0,8}[:=]/
const NOT_RESOURCE = /"?\bNotResource"?\s{0,8}[:=]/
const CONDITION = /"?\bCondition"?\s{0,8}[:=]/
const QUOTED = /"([^"\n]{1,512})"/g

/** How far a statement's braces may stand from its Effect (a statement is a few lines). */
const REACH = 700

/** `*` and `?` as IAM matches them, case-insensitively for actions. */
function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  // The pattern is the log's: a few wildcards at most, so the match stays linear-ish.
  if (pattern.length > 512 || (pattern.match(/[*?]/g)?.length ?? 0) > 6) return false
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value)
}

const quoted = (field: string): string[] => [...field.matchAll(QUOTED)].map((m) => m[1]!)

/**
 * The first Allow statement in `text` whose actions cover `action` and whose resources cover
 * `resource` (any, when the refusal names none), with no condition it could fail. Null when none.
 */
export function allowShownOf(
  text: string,
  action: string,
  resource: string | null
): InferredValue | null {
  if (!text.includes('Allow') || !/^[\w-]+:[\w*?-]+$/.test(action)) return null
  for (const m of text.matchAll(EFFECT_ALLOW)) {
    const statement = enclosingObject(text, m.index)
    if (!statement) continue
    if (NOT_ACTION.test(statement) || NOT_RESOURCE.test(statement) || CONDITION.test(statement))
      continue
    const actions = quoted(ACTION.exec(statement)?.[1] ?? '')
    const resources = quoted(RESOURCE.exec(statement)?.[1] ?? '')
    const granted = actions.find((a) => wildcardMatch(a, action, true))
    if (!granted || resources.length === 0) continue
    if (resource && !resources.some((r) => wildcardMatch(r, resource, false))) continue
    return {
      value: 'allow-exists',
      from: `${PRINTED_ALLOW_FROM} allows ${granted} on ${resources.slice(0, 3).join(', ')}`
    }
  }
  return null
}

/**
 * The `{ … }` around `at` (a statement, its Principal and Condition objects nested in it), each
 * side searched at most REACH characters. A side cut off (the log's context ends inside the
 * statement) ends where the text does; a brace not found within reach of text leaves no statement.
 */
function enclosingObject(text: string, at: number): string | null {
  let start = at > REACH ? -1 : 0
  for (let i = at, depth = 0; i >= 0 && at - i <= REACH; i--) {
    const c = text.charCodeAt(i)
    if (c === 125) depth++
    else if (c === 123 && depth-- === 0) {
      start = i
      break
    }
  }
  if (start === -1) return null
  for (let i = at, depth = 0; i < text.length && i - at <= REACH; i++) {
    const c = text.charCodeAt(i)
    if (c === 123) depth++
    else if (c === 125 && depth-- === 0) return text.slice(start, i + 1)
  }
  return text.length - at <= REACH ? text.slice(start) : null
}
