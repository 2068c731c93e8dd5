// AWS Copilot's environment role (`<app>-<env>-EnvManagerRole`, heldout28 review: h28-033, h28-034).
// The environment's CloudFormation stack creates it and trusts the application's account, so a
// hand edit of its trust policy is drift the next `copilot env deploy` or `env upgrade` undoes.
// A refused assume is answered first by the role's existence (an environment deleted or never
// deployed in that account), then by the caller's own sts:AssumeRole on it.
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { copilotEnvironmentNote, copilotEnvironmentRoleOf } from '../../model/copilotRoles.js'

export const copilotEnvironmentRole: Trap = {
  id: 'copilot-environment-role',
  lead: true,
  applies: ({ d }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    actionIs(d, 'sts:AssumeRole') &&
    copilotEnvironmentRoleOf(d.resource) !== null,
  advice: ({ d }) => copilotEnvironmentNote(d.resource, d.principal)
}
