// A message phrase as a small rule object: the pattern, the kind of finding, and the facts
// the phrase itself states. The code, operation and service around it are read the same way
// for every rule.
import type { Denial, FindingKind } from '../model/Denial.js'
import { emptyDenial } from '../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from './Candidate.js'
import { codeAround, operationNear } from './codeSlots.js'
import { mayMatch } from './RecordLiterals.js'
import { codeFits } from './codes.js'
import { targetFits } from './requestTarget.js'
import { serviceHint } from './serviceHints.js'

/** Facts of a rule whose first group is the code as printed (`[ecs__enum]   AccessDeniedException`). */
export const codeFromFirstGroup = (m: RegExpExecArray, d: Denial): void => {
  d.code = m[1]!
}

export interface PhraseRule {
  id: string
  /** Stable rule id (WD7xx, see `Grammar.rule`). */
  rule: string
  kind: FindingKind
  priority: number
  /** Global regular expression; may capture what `facts` needs. */
  re: RegExp
  /** Every match contains at least one of these, as written in `re` (see RecordLiterals). */
  needs: string[]
  /** Fields the phrase states (service, action, detail...). */
  facts?: (m: RegExpExecArray, d: Denial, ctx: RecordContext) => void
  /** Whether this match is a refusal (a 403 from another registry is not AWS's); all when absent. */
  accept?: (m: RegExpExecArray) => boolean
  /** Only when the log around says so (a kubectl error is an AWS one only against EKS). */
  when?: (text: string, ctx: RecordContext) => boolean
  /** Corrects the facts once the operation and code around are read (which service answered). */
  settled?: (d: Denial) => void
  /** Reads on past the match (a wrapped blob) and returns the new end. */
  extend?: (text: string, end: number, d: Denial) => number
}

/**
 * A HEAD request's reply has no body: an XML error document (`<Code>AccessDenied</Code>`) is never
 * the answer to the HeadObject or HeadBucket named above it, but another request's (heldout14
 * review, h14-099: a browser download printed below boto3's HeadObject 403).
 */
function headFree(text: string, start: number, end: number, operation: string | null) {
  if (!operation?.startsWith('Head')) return operation
  return /<Code>/.test(text.slice(Math.max(0, start - 8), end)) ? null : operation
}

export function locate(
  text: string,
  start: number,
  end: number,
  floor: number,
  d: Denial,
  ctx: RecordContext
): { start: number; end: number } {
  const around = codeAround(text, start, end, floor, ctx.literals)
  if (around.code !== null && codeFits(d, around.code)) d.code ??= around.code
  d.operation ??= headFree(text, start, end, operationNear(text, start, end, floor, ctx.literals))
  d.service ??= serviceHint(
    text,
    Math.max(0, start - 600),
    around.end + 400,
    ctx.literals,
    d.operation
  )
  if (!d.service && ctx.ecrRegistry && d.grammar.startsWith('docker')) d.service = 'ecr'
  // A bare refusal a few lines below the call the tool announced (never an S3-compatible store's).
  const target = ctx.requestTarget
  if (!d.service && target && !ctx.s3Compatible && targetFits(target, d.operation)) {
    d.service = target
  }
  // A credentials failure a few lines below the endpoint a request went to: that service checked them.
  const endpoint = ctx.endpointAbove
  if (!d.service && d.kind === 'credentials' && endpoint && targetFits(endpoint, d.operation)) {
    d.service = endpoint
  }
  return { start: around.start, end: around.end }
}

export function phraseGrammar(rules: PhraseRule[]): Grammar[] {
  return rules.map((rule) => {
    return {
      id: rule.id,
      rule: rule.rule,
      literals: rule.needs,
      find(text: string, ctx: RecordContext): Candidate[] {
        const out: Candidate[] = []
        if (!mayMatch(rule.needs, ctx.literals)) return out
        if (rule.when && !rule.when(text, ctx)) return out
        rule.re.lastIndex = 0
        for (let m; (m = rule.re.exec(text));) {
          if (m[0].length === 0) rule.re.lastIndex++
          if (rule.accept && !rule.accept(m)) continue
          const d = emptyDenial(rule.kind, rule.id, rule.rule)
          rule.facts?.(m, d, ctx)
          let end = m.index + m[0].length
          if (rule.extend) end = rule.extend(text, end, d)
          const c: Candidate = { start: m.index, end, priority: rule.priority, denial: d }
          const start = m.index
          c.settle = () => {
            Object.assign(c, locate(text, start, end, 0, d, ctx))
            rule.settled?.(d)
          }
          out.push(c)
        }
        return out
      }
    }
  })
}
