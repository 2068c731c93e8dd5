// The name of the inline policy a fix adds. put-role-policy replaces any inline policy of the same
// name, so one fixed name would let a second fix delete the first: the name carries the services
// and a short digest of the statements, so different fixes get different names and the same fix
// applied twice stays one policy.
import type { PolicyStatement } from '../../model/Remedy.js'

/** FNV-1a, 32 bits: stable across runs and platforms, enough to tell fixes apart. */
function digest(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36).padStart(7, '0')
}

export function inlinePolicyName(statements: PolicyStatement[]): string {
  const services = new Set<string>()
  for (const s of statements) {
    for (const a of Array.isArray(s.Action) ? s.Action : [s.Action]) {
      services.add(
        a
          .split(':')[0]!
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '')
      )
    }
  }
  const words = [...services].sort().join('-').slice(0, 80)
  // IAM policy names: 1-128 of [A-Za-z0-9+=,.@_-].
  return `whydenied-${words ? `${words}-` : ''}${digest(JSON.stringify(statements))}`
}
