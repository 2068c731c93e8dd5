// Expired or unrecognised credentials that a known program held (aws-vault, saml2aws, aws-sudo,
// an SDK, Vault's AWS secrets engine): what to refresh or repair, in that program's words, instead
// of configure-aws-credentials' `role-duration-seconds` (src/model/credentialClients.ts).
import { CREDENTIAL_CLIENTS } from '../../model/credentialClients.js'
import type { CredentialTrouble } from '../../model/credentialClients.js'
import type { Trap, TrapInput } from '../Trap.js'

function adviceOf({ d, inferred }: TrapInput): string | undefined {
  const id = inferred?.signals?.['credential-client']?.value
  const trouble = d.detail.cause as CredentialTrouble
  return CREDENTIAL_CLIENTS.find((c) => c.id === id)?.advice[trouble]
}

export const credentialClientAdvice: Trap = {
  id: 'credential-client-refresh',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' &&
    ['expired', 'invalid', 'missing', 'sso-expired'].includes(input.d.detail.cause ?? '') &&
    adviceOf(input) !== undefined,
  advice: (input) => {
    const from = input.inferred!.signals!['credential-client']!.from.replace(/`/g, "'")
    return `${adviceOf(input)!} (Evidence: ${from}.)`
  }
}
