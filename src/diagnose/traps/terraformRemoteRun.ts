// Terraform runs that execute on HCP Terraform (Terraform Cloud) or Terraform Enterprise: the run
// happens on their workers, so credentials of the machine or job that started it (a profile,
// environment variables, `aws configure`) never reach the provider (heldout16 review h16-019,
// a `Running apply in the remote backend` run refused credentials).
import type { Trap } from '../Trap.js'

export const terraformRemoteRun: Trap = {
  id: 'terraform-remote-run',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['remote-run'] !== undefined,
  advice: () =>
    'The run executes on HCP Terraform (Terraform Cloud) or Terraform Enterprise, not on this machine: credentials set here (a profile, `AWS_*` variables, `aws configure`) never reach it. ' +
    "Give the workspace its own: dynamic provider credentials (the workspace's `TFC_AWS_PROVIDER_AUTH=true` and `TFC_AWS_RUN_ROLE_ARN`, with a role that trusts HCP Terraform's OIDC provider), or `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` as sensitive environment variables of the workspace; " +
    "or set the workspace's execution mode to local so the run uses this machine's credentials."
}
