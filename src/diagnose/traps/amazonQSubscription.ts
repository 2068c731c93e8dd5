// Amazon Q Developer (its CLI or IDE plugin) answering "User is not authorized to make this call"
// or "Your account is not authorized to make this call" (heldout7 review h7-177,
// aws/amazon-q-developer-cli#1310, #2100): the signed-in identity has no Q Developer subscription
// (Pro tier through IAM Identity Center) or the login is stale. No IAM policy of the caller decides it.
import type { Trap } from '../Trap.js'

export const amazonQSubscription: Trap = {
  id: 'amazon-q-subscription',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    (d.kind === 'denial' || d.kind === 'encoded') &&
    !d.action &&
    inferred?.signals?.['known-app']?.value === 'amazon-q-developer',
  advice: () =>
    'Amazon Q Developer refused the signed-in identity, not an IAM call of the job: check its subscription first. ' +
    'With IAM Identity Center (Pro tier), the user (or a group it belongs to) must be subscribed to Amazon Q Developer in the Q Developer console of the account or organization that holds the subscription; with an AWS Builder ID, the free tier applies. ' +
    'Then sign in again (`q logout`, then `q login`, choosing the matching method and the Identity Center start URL and Region) and retry.'
}
