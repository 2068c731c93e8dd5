// Session Manager names the session a refused TerminateSession or ResumeSession was about as the
// caller's assumed-role ARN, its last part the session's ID: the role session's name, a dash and
// a random suffix (`…:assumed-role/AWSReservedSSO_X/user@example.com-0a1b2c3d4e5f6a7b8`). That is
// no typo (heldout34 review, h34-021): it is the session `session/NAME-ID` of Session Manager's own
// ARN, which src/remedy/stableResource.ts then widens to the caller's own sessions (every
// `start-session` makes a new ID; a permission set is shared, so no one user's name is pinned).

const SESSION_ACTIONS = new Set(['ssm:terminatesession', 'ssm:resumesession'])

/** The printed session: partition, account, session name, random suffix. */
const SESSION_AS_ROLE_ARN =
  /^arn:([\w-]+):sts::([^:\s]*):assumed-role\/[\w+=,.@-]{1,64}\/([\w+=,.@-]{1,64})-([A-Za-z0-9]{8,})$/

export interface SessionResource {
  resource: string
  note: (printed: string) => string
}

/** The session ARN pattern for `action` when `printed` is Session Manager's session ID, or null. */
export function ssmSessionResource(action: string, printed: string): SessionResource | null {
  if (!SESSION_ACTIONS.has(action.toLowerCase())) return null
  const m = SESSION_AS_ROLE_ARN.exec(printed)
  if (!m) return null
  const [, partition, account, name, id] = m
  const owner = /^\d{12}$/.test(account!) ? account! : '<ACCOUNT_ID>'
  return {
    resource: `arn:${partition}:ssm:<REGION>:${owner}:session/${name}-${id}`,
    note: (shown) =>
      `${shown} is Session Manager's name for the session, not a typo: the caller's role session name (\`${name}\`), a dash and the session's random ID; its ARN is \`session/${name}-${id}\`.`
  }
}
