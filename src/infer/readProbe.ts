// Words saying a refused S3 read was a probe for a key that may not be there: WAL-G's check for an
// overwrite before it pushes (`Couldn't check whether there is an overwrite attempt … failed to
// read object`), a client asking whether a key exists. S3 answers a missing key with 403, not 404,
// to a caller that may not s3:ListBucket: the listing is the first thing to grant
// (src/diagnose/traps/s3MissingObject.ts; heldout12 review h12-099). One rule per wording, on the
// denial's line and the line above; bounded quantifiers only (untrusted text).
import type { InferredValue, LogContext } from '../model/Inferred.js'

interface ProbeRule {
  re: RegExp
  from: string
}

export const PROBE_RULES: readonly ProbeRule[] = [
  {
    // WAL-G reads the history or WAL file it is about to push, to refuse an overwrite.
    re: /\bcheck (?:whether|if) there is an overwrite attempt\b/i,
    from: 'the tool checks whether the key is already there (an overwrite check)'
  },
  {
    // A client's existence check by name: `ObjectExists`, `doesObjectExist`, `object_exists`,
    // `key exists`.
    re: /\b(?:does)?(?:object|key|file)[_ ]?exists?\b/i,
    from: "the tool's existence check on the key"
  },
  {
    // `check whether the object exists`, `checking if key … exists`.
    re: /\bcheck(?:ing)? (?:whether|if) (?:the |an? )?(?:object|key|file)\b[^\n]{0,200}?\bexists?\b/i,
    from: 'the tool checks whether the key exists'
  }
]

export function readProbeOf(ctx: LogContext): InferredValue | null {
  // The denial's line and the two above it: a Go SDK prints its status line under the message.
  const above = ctx.before.trimEnd().split('\n').slice(-2).join('\n')
  const text = `${above}\n${ctx.line}`
  for (const rule of PROBE_RULES) {
    const m = rule.re.exec(text)
    if (m) return { value: m[0], from: rule.from }
  }
  return null
}
