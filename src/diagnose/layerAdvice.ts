// What each policy layer's refusal means and who can change it, as data.
import type { DenyType, PolicyLayer } from '../model/Denial.js'
import type { FixOwner, FixTargetKind } from '../model/FixTarget.js'

export interface LayerAdvice {
  /** Noun phrase for the layer: "an identity-based policy". */
  name: string
  target: FixTargetKind
  owner: FixOwner
  implicit: string
  explicit: string
}

export const LAYER_ADVICE: Record<PolicyLayer, LayerAdvice> = {
  identity: {
    name: 'an identity-based policy',
    target: 'identity-policy',
    owner: 'you',
    implicit:
      'None of the policies attached to the caller (its role or user, and their groups) allows this action on this resource.',
    explicit:
      'A Deny statement in a policy attached to the caller matched. No Allow anywhere can override it: the Deny must be narrowed or removed.'
  },
  resource: {
    name: 'a resource-based policy',
    target: 'resource-policy',
    owner: 'resource-owner',
    implicit:
      "The resource's own policy (bucket, repository, key, queue, topic, secret or function policy) does not allow this caller. Across accounts it must, in addition to the caller's identity policy.",
    explicit: "A Deny statement in the resource's own policy matched; its owner must change it."
  },
  'permissions-boundary': {
    name: 'a permissions boundary',
    target: 'permissions-boundary',
    owner: 'you',
    implicit:
      'The permissions boundary set on the caller does not include this action, so an identity-policy Allow alone has no effect. The boundary (usually owned by a platform team) must allow it too.',
    explicit: 'A Deny statement in the permissions boundary set on the caller matched.'
  },
  session: {
    name: 'a session policy',
    target: 'session-policy',
    owner: 'session-creator',
    implicit:
      'The session was created with a session policy that does not allow this action. Changing the role changes nothing: whoever creates the session must pass a policy that allows it.',
    explicit: 'A Deny statement in the session policy passed when the session was created matched.'
  },
  scp: {
    name: 'a service control policy',
    target: 'scp',
    owner: 'org-admin',
    implicit:
      "The AWS Organizations service control policies over the caller's account do not allow this action. Nothing inside the account can change that: it needs the organization's administrators.",
    explicit:
      "A Deny in a service control policy of the caller's AWS Organization matched. Nothing inside the account can change that: it needs the organization's administrators."
  },
  rcp: {
    name: 'a resource control policy',
    target: 'rcp',
    owner: 'org-admin',
    implicit:
      "The resource control policies over the resource's account do not allow this request; the organization's administrators must change them.",
    explicit:
      "A Deny in a resource control policy of the resource owner's AWS Organization matched; only the organization's administrators can change it."
  },
  'vpc-endpoint': {
    name: 'a VPC endpoint policy',
    target: 'vpc-endpoint-policy',
    owner: 'network-owner',
    implicit:
      'The request went through a VPC endpoint whose policy does not allow it. The endpoint policy (owned by whoever runs the network) must allow this action for this principal and resource.',
    explicit: 'A Deny statement in the policy of the VPC endpoint the request went through matched.'
  },
  trust: {
    name: 'the role trust policy',
    target: 'trust-policy',
    owner: 'you',
    implicit: "The target role's trust policy does not trust this caller.",
    explicit: "A Deny statement in the target role's trust policy matched."
  }
}

export function layerSentence(layer: PolicyLayer, deny: DenyType | null): string {
  const a = LAYER_ADVICE[layer]
  return deny === 'explicit' ? a.explicit : a.implicit
}
