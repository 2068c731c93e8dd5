// ssm:TerminateSession refused on its own (heldout28 review h28-007): the AWS CLI calls it itself
// when `session-manager-plugin` is missing, ending the session it just started, so the refusal
// hides what failed first. The plugin is the first check; the grant of the caller's own sessions
// follows for when it is installed.
import type { Trap } from '../Trap.js'
import { actionIs, operationIs } from '../Trap.js'
import { sessionPluginNote } from '../../model/sessionManager.js'

export const ssmSessionPlugin: Trap = {
  id: 'ssm-session-plugin',
  lead: true,
  // The operation alone too: a message cut before its caller and action (`(AccessDeniedException)
  // when calling the TerminateSession operation:`, aws/aws-cli#6268).
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    (actionIs(d, 'ssm:TerminateSession') || operationIs(d, 'ssm:TerminateSession')),
  advice: ({ inferred }) => sessionPluginNote(inferred?.signals?.['start-session'] !== undefined)
}
