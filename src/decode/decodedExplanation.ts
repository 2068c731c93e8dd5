// The sentences a decoded message adds to a finding's explanation: the matched statements and the
// request's condition keys (values only where decodedMessage.ts kept them).
import type { DecodedAuthorization, DecodedCondition } from './decodedMessage.js'

const MAX_LISTED_CONDITIONS = 20

/** How the condition-key sentence starts: public comments leave it out (see publicDecoded.ts). */
export const CONDITIONS_LEAD = 'Condition keys in the request'

function conditionText(c: DecodedCondition): string {
  return c.values ? `${c.key}=${c.values.join('|')}` : c.key
}

function statementsText(d: DecodedAuthorization): string {
  const denies = d.statements.filter((s) => s.effect !== 'Allow')
  if (denies.length === 0) return 'The decoded message names no matching statement.'
  const named = denies.map((s) =>
    s.id === null ? 'a statement without an id' : `statement ${s.id}`
  )
  return `Matched deny statements: ${named.join(', ')}.`
}

function verdictText(d: DecodedAuthorization): string {
  const what = [d.action, d.resource && `on ${d.resource}`].filter(Boolean).join(' ')
  if (d.allowed === true)
    return 'Decoded with STS: the decoded request context was allowed; the denial came from elsewhere.'
  if (d.explicitDeny === true)
    return `Decoded with STS: an explicit deny${what ? ` of ${what}` : ''}. ${statementsText(d)}`
  return `Decoded with STS: an implicit deny${what ? ` of ${what}` : ''}: no statement allows it.`
}

function conditionsText(d: DecodedAuthorization): string | null {
  if (d.conditions.length === 0) return null
  const listed = d.conditions.slice(0, MAX_LISTED_CONDITIONS).map(conditionText)
  const more = d.conditions.length - listed.length
  return `${CONDITIONS_LEAD} (what policy conditions could test): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
}

/**
 * `textAction` is the action the plain text named, to point out when the real one differs.
 * Which kind of policy holds an explicit deny is left to diagnose: the decoded message does not say.
 */
export function decodedExplanation(d: DecodedAuthorization, textAction: string | null): string {
  const parts = [verdictText(d)]
  if (d.action && textAction && d.action.toLowerCase() !== textAction.toLowerCase())
    parts.push(`The action actually denied is ${d.action}, not ${textAction}.`)
  const conditions = conditionsText(d)
  if (conditions) parts.push(conditions)
  return parts.join(' ')
}
