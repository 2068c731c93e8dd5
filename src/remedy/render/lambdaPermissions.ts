// Lambda resource policies are edited one permission at a time (add-permission), and layer
// versions have their own call whose principal is an account ID, not a role ARN. A permission
// carries its statement's conditions: without aws:SourceArn a service principal lets the same
// service in any account invoke the function (heldout11 review h11-166).
import type { PolicyStatement } from '../../model/Remedy.js'
import { parseArn } from '../../model/Arn.js'

/** The conditions AddPermission sets itself (its SourceArn, SourceAccount and PrincipalOrgID). */
export type LambdaConditionField = 'sourceArn' | 'sourceAccount' | 'principalOrgId'

const FIELD_OF_KEY: Record<string, LambdaConditionField> = {
  'aws:sourcearn': 'sourceArn',
  'aws:sourceaccount': 'sourceAccount',
  'aws:principalorgid': 'principalOrgId'
}

export interface LambdaPermission {
  sid: string
  action: string
  /** Role ARN for functions; account ID for layer versions. */
  principal: string
  /** The statement's Principal key: `Service` for a service principal. */
  principalKind: string
  layer: { name: string; version: string } | null
  /** The statement's conditions each form sets with its own argument. */
  conditions: Partial<Record<LambdaConditionField, string>>
  /** Conditions no argument sets (`StringLike aws:SourceArn = …`): each form says so. */
  unexpressed: string[]
}

function conditionsOf(
  s: PolicyStatement,
  layer: boolean
): Pick<LambdaPermission, 'conditions' | 'unexpressed'> {
  const conditions: LambdaPermission['conditions'] = {}
  const unexpressed: string[] = []
  for (const [operator, byKey] of Object.entries(s.Condition ?? {}))
    for (const [key, value] of Object.entries(byKey)) {
      const field = FIELD_OF_KEY[key.toLowerCase()]
      // A layer's permission sets none of these; a list of values is no single argument.
      if (field && !layer && typeof value === 'string' && conditions[field] === undefined)
        conditions[field] = value
      else unexpressed.push(`${operator} ${key} = ${JSON.stringify(value)}`)
    }
  return { conditions, unexpressed }
}

export function lambdaPermissions(
  holder: string | null,
  statements: PolicyStatement[]
): LambdaPermission[] {
  const layer = /^layer:([^:]+):(\d+)$/.exec(parseArn(holder ?? '')?.resource ?? '')
  const out: LambdaPermission[] = []
  for (const s of statements) {
    const [principalKind, principals] = Object.entries(s.Principal ?? {})[0] ?? ['AWS', []]
    const principal = [principals].flat()[0] ?? '<PRINCIPAL_ARN>'
    for (const action of Array.isArray(s.Action) ? s.Action : [s.Action]) {
      out.push({
        sid: s.Sid,
        action,
        principal: layer ? (parseArn(principal)?.account ?? '<ACCOUNT_ID>') : principal,
        principalKind,
        layer: layer ? { name: layer[1]!, version: layer[2]! } : null,
        ...conditionsOf(s, layer !== null)
      })
    }
  }
  return out
}

/** The comment lines a form prints for conditions it cannot set, in its comment syntax. */
export function unexpressedNote(p: LambdaPermission, comment: string): string[] {
  return p.unexpressed.length === 0
    ? []
    : [
        `${comment} Lambda's add-permission cannot set the statement's condition ${p.unexpressed.join('; ')}: this permission is broader than the statement.`
      ]
}
