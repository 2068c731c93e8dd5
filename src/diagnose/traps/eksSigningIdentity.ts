import type { Trap } from '../Trap.js'

// kubectl's Unauthorized from EKS where the log says kubectl uses the identity that created the
// cluster (h8-093): the creator is mapped at creation, so the first thing to confirm is which
// identity kubectl really signs its token with, before any access entry is added.
export const eksSigningIdentity: Trap = {
  id: 'eks-signing-identity',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    d.detail.cause === 'eks-not-mapped' &&
    inferred?.statedCause?.value === 'eks-creator-identity',
  advice: ({ inferred }) =>
    `The log says kubectl uses the identity that created the cluster (${inferred!.statedCause!.from}). ` +
    'That identity is given cluster access when the cluster is created (an access entry, or the implicit creator mapping of older clusters), so an Unauthorized means kubectl signs its token as someone else, or for another cluster. ' +
    'Confirm first, in the same shell and environment as kubectl: `aws sts get-caller-identity` (AWS_PROFILE, AWS_ACCESS_KEY_ID and a leftover AWS_SESSION_TOKEN decide it), ' +
    "the kubeconfig user's exec arguments (`aws eks get-token --cluster-name NAME --region REGION`, and any `--role-arn` or `AWS_PROFILE` that `aws eks update-kubeconfig` wrote there), and that cluster name and Region are the cluster's. " +
    'Only when that identity is another one that should have access, add an access entry for it.'
}
