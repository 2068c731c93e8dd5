// Terraform applied its changes, then could not write the state to its backend (`Error: Failed to
// save state`, heldout28 h28-038: the session expired mid-apply). The refusal's own fix (fresh
// credentials, a longer session, an Allow) comes second: the resources exist and the backend does
// not know them, so pushing the state Terraform kept locally comes first, before any new apply.
import type { Trap } from '../Trap.js'
import { TERRAFORM_STATE_NOT_SAVED_NOTE } from '../../model/terraformBackend.js'

export const terraformStateNotSaved: Trap = {
  id: 'terraform-state-not-saved',
  lead: true,
  applies: ({ inferred }) => inferred?.signals?.['state-not-saved'] !== undefined,
  advice: ({ d }) =>
    TERRAFORM_STATE_NOT_SAVED_NOTE +
    (d.code === 'ExpiredToken' || d.code === 'ExpiredTokenException'
      ? " The session expired during the apply: make it last longer than the longest apply (`role-duration-seconds` of configure-aws-credentials, up to the role's maximum session duration)."
      : '')
}
