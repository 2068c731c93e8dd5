// A refusal code printed alone on its line, as a client that only relays the error's name does
// (unicreds on DynamoDB: `AccessDeniedException`, Versent/unicreds#89), with the text before it
// saying a call failed. A word list of codes (documentation, an enum) is not one refusal: a code
// whose neighbour lines are bare identifiers too is left alone, and so is one with no failure said.
import { emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { classifyCode } from '../codes.js'
import { locate } from '../phraseRule.js'
import { mayMatch } from '../RecordLiterals.js'

const RULE = 'WD798'
const ID = 'lone-refusal-code'

/** What every code `loneKind` accepts holds: most records hold none, and are not searched. */
const CODE_LITERALS = [
  'AccessDenied',
  'Unauthorized',
  'xpiredToken',
  'InvalidClientTokenId',
  'UnrecognizedClient',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignature',
  'MissingAuthenticationToken',
  'InvalidAccessKeyId',
  'RequestExpired',
  'InvalidIdentityToken',
  'IDPRejectedClaim',
  'NoCredentialProviders',
  'InvalidGrant',
  'OptInRequired',
  'SubscriptionRequired',
  'NotSignedUp',
  'PendingVerification',
  'AllAccessDisabled',
  'AccountProblem',
  'RegionDisabled',
  'InvalidObjectState'
]

/** The whole line is one code (a blockquote mark, indentation or a code span around it). */
const LONE = /^[ \t>]*`?([A-Z][A-Za-z]{5,60})`?[ \t]*\r?$/gm
/**
 * A code that ends its line after a colon, with no message after it: a wrapper's `error creating
 * SSO Permission Set (admin-d5055e1): AccessDeniedException: ` when the service sent an empty
 * message (pulumi/pulumi-aws#1672). The failure must be said on the same line, before it.
 */
const AT_LINE_END = /:[ \t]{1,3}([A-Z][A-Za-z]{5,60}):?[ \t]*\r?$/gm
/** How far back on its line the failure may be said. */
const SAID_ON_LINE = 200
/** A line that is one identifier-like word: an item of a list, not a message. */
const IDENTIFIER_LINE = /^[ \t>*-]*`?[A-Za-z][\w.]{2,60}`?,?[ \t]*$/
/** A fence or blank line between the code and the text about it. */
const SPACER = /^[ \t>]*(?:`{3,}\w*|~{3,}\w*)?[ \t]*$/
/** The text before says something failed or errored. */
const FAILURE_SAID = /\b(?:fail(?:s|ed|ing)?|errors?|got|getting|returned|returns|denied)\b/i
/** How far before the code that may be said. */
const SAID_BEFORE = 300

/** Codes that only AWS prints as an error's name; `Forbidden`, `403` and the like are anyone's. */
function loneKind(code: string): FindingKind | null {
  if (/^(?:Forbidden|AuthorizationError|AuthFailure)/.test(code)) return null
  const c = classifyCode(code)
  return c === 'authz' ? 'denial' : c === 'credentials' ? 'credentials' : null
}

/** The nearest line above or below `at` that is not a spacer, or null. */
function neighbour(lines: string[], at: number, step: 1 | -1): string | null {
  for (let k = at + step; k >= 0 && k < lines.length; k += step) {
    if (!SPACER.test(lines[k]!)) return lines[k]!
  }
  return null
}

export const loneRefusalCode: Grammar = {
  id: ID,
  rule: RULE,
  literals: CODE_LITERALS,
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    if (!mayMatch(CODE_LITERALS, ctx.literals)) return out
    const push = (code: string, kind: FindingKind, start: number) => {
      const d = emptyDenial(kind, ID, RULE)
      d.code = code
      const c: Candidate = {
        start,
        end: start + code.length,
        priority: PRIORITY.bareCode - 1,
        denial: d
      }
      c.settle = () => {
        c.end = Math.max(c.end, locate(text, start, c.end, 0, d, ctx).end)
      }
      out.push(c)
    }
    LONE.lastIndex = 0
    let lines: string[] | null = null
    for (let m; (m = LONE.exec(text));) {
      const code = m[1]!
      const kind = loneKind(code)
      if (!kind) continue
      lines ??= text.split('\n')
      const lineNo = text.slice(0, m.index).split('\n').length - 1
      const above = neighbour(lines, lineNo, -1)
      const below = neighbour(lines, lineNo, 1)
      if ((above && IDENTIFIER_LINE.test(above)) || (below && IDENTIFIER_LINE.test(below))) continue
      if (!FAILURE_SAID.test(text.slice(Math.max(0, m.index - SAID_BEFORE), m.index))) continue
      push(code, kind, m.index + m[0].indexOf(code))
    }
    AT_LINE_END.lastIndex = 0
    for (let m; (m = AT_LINE_END.exec(text));) {
      const code = m[1]!
      const kind = loneKind(code)
      if (!kind) continue
      const lineStart = text.lastIndexOf('\n', m.index) + 1
      const said = text.slice(Math.max(lineStart, m.index - SAID_ON_LINE), m.index)
      if (!FAILURE_SAID.test(said)) continue
      push(code, kind, m.index + m[0].indexOf(code))
    }
    return out
  }
}
