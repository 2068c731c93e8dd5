// A person's IAM Identity Center session refused the assumption of a role named for automation
// (`AWSReservedSSO_…/someone@example.com` assuming `GlobalGitHubActionAdmin`, heldout17 reviews
// h17-004): the first question is whether a person should assume it at all; trusting the
// permission set lets everyone holding it act as the CI role.
import { actionIs, tick, type Trap } from '../Trap.js'

/** Words a role carries when it is made for CI or deployment automation. */
const AUTOMATION =
  /github|gitlab|actions|pipeline|cicd|(?:^|[^a-z])ci(?:[^a-z]|$)|deploy|terraform|automation/i

const targetRole = (resource: string | null): string =>
  /:role\/(?:[^/\s]+\/)*([^/\s]+)$/.exec(resource ?? '')?.[1] ?? ''

export const personToAutomationRole: Trap = {
  id: 'person-to-automation-role',
  lead: true,
  applies: ({ d }) =>
    d.kind === 'denial' &&
    actionIs(d, 'sts:AssumeRole') &&
    /:assumed-role\/AWSReservedSSO_[^/]+\/[^/\s]+$/.test(d.principal ?? '') &&
    AUTOMATION.test(targetRole(d.resource)),
  advice: ({ d }) => {
    const role = tick(targetRole(d.resource))
    return `A person's IAM Identity Center session is assuming \`${role}\`, a role named for automation. Before changing any policy, check that a person should assume it at all: run locally with the permission set's own access (a Terraform provider without its \`assume_role\`, or a profile for a role meant for people). Trusting the permission set in \`${role}\`'s trust policy lets everyone who holds that permission set act as the automation role, which is a privilege escalation when the role is broader; the statements below are only for a deliberate decision to allow it.`
  }
}
