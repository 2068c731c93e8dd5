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
  /** Read on the denial's line and the two below it (a request the tool printed under its error). */
  below?: boolean
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
    // pgBackRest's stanza-create reads the stanza's archive.info and backup.info (and their
    // `.copy`) before it writes them: on a new repository they are not there yet (h12-101).
    re: /\bstanza-create command begin\b|^command: stanza-create$/m,
    from: "pgBackRest's stanza-create reads the stanza's info files before it writes them: on a new repository they do not exist yet"
  },
  {
    // The info file pgBackRest printed as the refused request's path (any command: a stanza not
    // yet created, or a repository path set wrong, has none).
    re: /\*\*\* (?:URI|Path)\/Query \*\*\*:[ \t]*\n[ \t]{0,60}(?:(?:GET|HEAD) )?\/[^\s?]{0,512}\/(?:archive|backup)\.info(?:\.copy)?(?=\s|$)/,
    from: "pgBackRest read a stanza's info file, which is not there until stanza-create has written it",
    below: true
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
  const below = `${ctx.line}\n${ctx.after.split('\n', 2).join('\n')}`
  for (const rule of PROBE_RULES) {
    const m = rule.re.exec(rule.below ? below : text)
    if (m) return { value: m[0], from: rule.from }
  }
  return null
}
