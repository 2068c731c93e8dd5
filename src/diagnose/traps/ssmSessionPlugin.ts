// ssm:TerminateSession refused on its own (heldout28 review h28-007): the AWS CLI calls it itself
// when `session-manager-plugin` is missing, ending the session it just started, so the refusal
// hides what failed first. The plugin is the first check; the grant of the caller's own sessions
// follows for when it is installed.
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { sessionPluginNote } from '../../model/sessionManager.js'

export const ssmSessionPlugin: Trap = {
  id: 'ssm-session-plugin',
  lead: true,
  applies: ({ d }) => d.deny !== 'explicit' && actionIs(d, 'ssm:TerminateSession'),
  advice: ({ inferred }) => sessionPluginNote(inferred?.signals?.['start-session'] !== undefined)
}
