// Operations whose refusal names a qualifier that moves the check to another action: CloudWatch
// Logs refuses "CreateLogGroup with Tags" when the caller may create log groups but not tag them,
// so the missing permission is the tagging action, not the operation's own (which evidently passed).
export interface QualifiedOperation {
  service: string
  /** The qualifier as the message prints it after the operation name. */
  qualifier: string
  action: string
  /** Why the operation's own action is not the answer, for the fix's note. */
  why: string
}

export const qualifiedOperations: readonly QualifiedOperation[] = [
  {
    service: 'logs',
    qualifier: 'with Tags',
    action: 'logs:TagResource',
    why: 'Creating a log group with tags is also authorised as tagging: the caller may create log groups, but logs:TagResource (logs:TagLogGroup in accounts that still use the older tagging permission) is missing. Keep logs:CreateLogGroup as it is.'
  }
]

export function qualifiedAction(
  service: string | null,
  qualifier: string | undefined
): QualifiedOperation | null {
  if (!service || !qualifier) return null
  const q = qualifier.trim().toLowerCase()
  return (
    qualifiedOperations.find((r) => r.service === service && r.qualifier.toLowerCase() === q) ??
    null
  )
}
