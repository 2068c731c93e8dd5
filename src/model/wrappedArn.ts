// IAM and STS names hold no whitespace (letters, digits and `+=,.@_-`): a space inside an IAM or
// STS ARN's resource part is a console's wrapping kept by the paste (h7-014). The finding keeps
// the value as printed; a policy or a role name takes it joined. Other services' names may hold
// spaces (a Glue job `job/Copy parking zone`), so theirs stay.

const IAM_ARN_HEAD = /^(arn:[^:\s]+:(?:iam|sts):[^:]*:[^:]*:)(.*)$/s

/**
 * Words a reporter typed in place of a name, after the name's first word (`user/user name`,
 * aws/aws-sdk-php#941), and the path after them (`assumed-role/role name/session`): a mask, never a
 * wrap to join (the name then reads as masked, and becomes a placeholder).
 */
export const MASK_WORDS =
  /^(?:[ \t](?:name|id|here|number|redacted|removed|hidden|omitted))+(?:\/[\w+=,.@-]{1,64}){0,2}$/i

/** `value` with the whitespace inside an IAM/STS ARN's resource part taken out; else as given. */
export function joinedIamArn(value: string): string {
  const m = IAM_ARN_HEAD.exec(value.trim())
  if (!m || !/\s/.test(m[2]!)) return value
  const space = m[2]!.search(/\s/)
  if (MASK_WORDS.test(m[2]!.slice(space))) return value
  return m[1]! + m[2]!.replace(/\s+/g, '')
}

/** Whether whitespace in an ARN can only be the log's: an IAM/STS ARN, or a break or tab anywhere. */
export function whitespaceIsArtefact(arn: string): boolean {
  return /[\t\r\n]/.test(arn) || (IAM_ARN_HEAD.test(arn) && /\s/.test(arn))
}

/** An action as printed with a console's space after the colon (`iam: PassRole`), joined. */
export function joinedAction(action: string): string {
  return action.replace(/^([A-Za-z0-9-]+):[ \t]+(?=[A-Za-z])/, '$1:')
}
