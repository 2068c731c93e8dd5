// A name as a definition spells it: literal parts and holes (`${var.env}`, `!Sub ${AWS::StackName}`,
// `${self:service}`). A hole matches any run of characters; a pattern with holes matches only with
// `partial` confidence and needs enough literal text to mean something.
import type { IacConfidence } from '../model/Remedy.js'
import { escapeRegExp } from '../common/escapeRegExp.js'

/** Literal parts in order; `null` is a hole. */
export type NamePattern = (string | null)[]

const MIN_LITERAL = 3

export function literalName(name: string): NamePattern {
  return [name]
}

export function matchName(pattern: NamePattern, name: string): IacConfidence | null {
  const holes = pattern.some((p) => p === null)
  if (!holes) return pattern.join('') === name ? 'exact' : null
  const literal = pattern.filter((p): p is string => p !== null).join('')
  if (literal.replace(/[^A-Za-z0-9]/g, '').length < MIN_LITERAL) return null
  const source = pattern.map((p) => (p === null ? '.*' : escapeRegExp(p))).join('')
  return new RegExp(`^${source}$`, 's').test(name) ? 'partial' : null
}
