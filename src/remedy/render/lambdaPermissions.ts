// Lambda resource policies are edited one permission at a time (add-permission), and layer
// versions have their own call whose principal is an account ID, not a role ARN.
import type { PolicyStatement } from '../../model/Remedy.js'
import { parseArn } from '../../model/Arn.js'

export interface LambdaPermission {
  sid: string
  action: string
  /** Role ARN for functions; account ID for layer versions. */
  principal: string
  layer: { name: string; version: string } | null
}

export function lambdaPermissions(
  holder: string | null,
  statements: PolicyStatement[]
): LambdaPermission[] {
  const layer = /^layer:([^:]+):(\d+)$/.exec(parseArn(holder ?? '')?.resource ?? '')
  const out: LambdaPermission[] = []
  for (const s of statements) {
    const principal = Object.values(s.Principal ?? {}).flat()[0] ?? '<PRINCIPAL_ARN>'
    for (const action of Array.isArray(s.Action) ? s.Action : [s.Action]) {
      out.push({
        sid: s.Sid,
        action,
        principal: layer ? (parseArn(principal)?.account ?? '<ACCOUNT_ID>') : principal,
        layer: layer ? { name: layer[1]!, version: layer[2]! } : null
      })
    }
  }
  return out
}
