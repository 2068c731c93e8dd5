// The Action's `policy` output: every identity-policy statement whydenied proposes, in one document.
import type { PolicyStatement, Remedy } from '../model/Remedy.js'

export function mergedPolicy(remedies: Remedy[]): object | null {
  const statements: PolicyStatement[] = []
  const seen = new Set<string>()
  const sids = new Set<string>()
  for (const r of remedies) {
    if (r.target.kind !== 'identity-policy' || r.alreadyPresent) continue
    for (const s of r.statements) {
      const key = JSON.stringify({ ...s, Sid: null })
      if (seen.has(key)) continue
      seen.add(key)
      let sid = s.Sid
      for (let n = 2; sids.has(sid); n++) sid = `${s.Sid}${n}`
      sids.add(sid)
      statements.push({ ...s, Sid: sid })
    }
  }
  return statements.length > 0 ? { Version: '2012-10-17', Statement: statements } : null
}
