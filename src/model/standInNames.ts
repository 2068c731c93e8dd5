// A name that is the word for a name (`role-name`, `your_role_name`): a writer's stand-in for the
// one they hid. Two stand-ins that read alike say nothing about the names behind them.

/** S3, SNS and SQS names are kept as printed: a bucket may well be called `bucket-name`. */
export const STAND_IN_NAME =
  /^(?:your[-_]?|my[-_]?)?(?:user|role|function|table|cluster|repo|repository|secret|stack|group|key)[-_]?name$/i

export function isStandInName(name: string): boolean {
  return STAND_IN_NAME.test(name)
}

/**
 * A writer's redaction standing for the whole value (`User: SNIP … on resource: SNIP`, heldout65
 * review h65-023; `[REDACTED]`, `***`, `xxxx`, `...`, `<hidden>`, `_my role_`): no name to read or build
 * on.
 */
const WHOLE_MASK =
  /^(?:\.{3,}|…|\*{2,}|x{3,}|<[^<>\n]{0,40}>|_[^_\s][^_\n]* [^_\n]*[^_\s]_|[<[({_-]*(?:redacted|removed|hidden|masked|omitted|snip(?:ped)?|elided|sanitized|censored|obfuscated)[>\])}_-]*)$/i

export function isWholeMask(value: string): boolean {
  return WHOLE_MASK.test(value.trim())
}
