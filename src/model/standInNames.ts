// A name that is the word for a name (`role-name`, `your_role_name`): a writer's stand-in for the
// one they hid. Two stand-ins that read alike say nothing about the names behind them.

/** S3, SNS and SQS names are kept as printed: a bucket may well be called `bucket-name`. */
export const STAND_IN_NAME =
  /^(?:your[-_]?|my[-_]?)?(?:user|role|function|table|cluster|repo|repository|secret|stack|group|key)[-_]?name$/i

export function isStandInName(name: string): boolean {
  return STAND_IN_NAME.test(name)
}
