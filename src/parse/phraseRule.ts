// A message phrase as a small rule object: the pattern, the kind of finding, and the facts
// the phrase itself states. The code, operation and service around it are read the same way
// for every rule.
import type { Denial, FindingKind } from '../model/Denial.js'
import { emptyDenial } from '../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from './Candidate.js'
import { codeAround, operationNear } from './codeSlots.js'
import { serviceHint } from './serviceHints.js'

export interface PhraseRule {
  id: string
  kind: FindingKind
  priority: number
  /** Global regular expression; may capture what `facts` needs. */
  re: RegExp
  /** Fields the phrase states (service, action, detail...). */
  facts?: (m: RegExpExecArray, d: Denial, ctx: RecordContext) => void
  /** Reads on past the match (a wrapped blob) and returns the new end. */
  extend?: (text: string, end: number, d: Denial) => number
}

export function locate(
  text: string,
  start: number,
  end: number,
  floor: number,
  d: Denial,
  ctx: RecordContext
): { start: number; end: number } {
  const around = codeAround(text, start, end, floor)
  d.code ??= around.code
  d.operation ??= operationNear(text, start, end, floor)
  d.service ??= serviceHint(text, Math.max(0, start - 600), around.end + 200)
  if (!d.service && ctx.ecrRegistry && d.grammar.startsWith('docker')) d.service = 'ecr'
  return { start: around.start, end: around.end }
}

/**
 * The literal text a pattern starts with, when it starts with one (`Unable to locate …`): a record
 * without it cannot match, and `includes` is far cheaper than running the expression.
 */
export function literalPrefix(re: RegExp): string {
  // An alternation can match without the first branch's text.
  if (re.flags.includes('i') || re.source.includes('|')) return ''
  let out = ''
  const src = re.source
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (c === '\\') {
      const next = src[i + 1]
      if (next === undefined || /[A-Za-z0-9]/.test(next)) break
      out += next
      i++
    } else if ('^$.|?*+()[]{}'.includes(c)) {
      if ('?*{'.includes(c)) out = out.slice(0, -1)
      break
    } else {
      out += c
    }
  }
  return out
}

export function phraseGrammar(rules: PhraseRule[]): Grammar[] {
  return rules.map((rule) => {
    const prefix = literalPrefix(rule.re)
    const gate = prefix.length >= 6 ? prefix : ''
    return {
      id: rule.id,
      find(text: string, ctx: RecordContext): Candidate[] {
        const out: Candidate[] = []
        if (gate && !text.includes(gate)) return out
        rule.re.lastIndex = 0
        for (let m; (m = rule.re.exec(text));) {
          const d = emptyDenial(rule.kind, rule.id)
          rule.facts?.(m, d, ctx)
          let end = m.index + m[0].length
          if (rule.extend) end = rule.extend(text, end, d)
          const span = locate(text, m.index, end, 0, d, ctx)
          out.push({ ...span, priority: rule.priority, denial: d })
          if (m[0].length === 0) rule.re.lastIndex++
        }
        return out
      }
    }
  })
}
