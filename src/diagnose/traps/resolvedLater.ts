// Terraform's provider check refused the credentials, then passed lines below in the same log
// (src/scan/laterSuccess.ts; the unseen-logs check, u27-006 after `assume`, u27-009 on a plain
// retry). The credentials that failed were not the ones that later worked: what changed between
// the two runs is the first thing to look at, and no key needs rotating for it.
import type { Trap } from '../Trap.js'

export const resolvedLater: Trap = {
  id: 'resolved-later',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && Boolean(inferred?.signals?.['resolved-later']),
  advice: ({ inferred }) => {
    const line = inferred!.signals!['resolved-later']!.value
    return (
      `Further down, on line ${line}, Terraform got past this same provider check and planned: the credentials it used there were accepted. ` +
      'So this run used other credentials than that one (a profile, environment variables or provider block changed in between, or a session renewed since): if the later run is the current state, nothing is left to fix. ' +
      'Otherwise compare what the two runs were given (`aws sts get-caller-identity` in each, the `AWS_*` variables, the profile) before rotating any key; the key that later worked is not the broken one.'
    )
  }
}
