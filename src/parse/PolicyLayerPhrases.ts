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
  '(?:role )?trust policy'
]
  .join('|')
  .replaceAll(' ', String.raw`\s+`)

export function layerOf(phrase: string): PolicyLayer | null {
  const clean = phrase.replace(/\s+/g, ' ').trim()
  for (const [re, layer] of LAYER_BY_PHRASE) if (re.test(clean)) return layer
  return null
}
