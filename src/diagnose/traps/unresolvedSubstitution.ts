import type { Trap } from '../Trap.js'
import { UNRESOLVED_SUBSTITUTION } from '../../parse/tokens.js'

// AWS echoes the ARN the caller asked for. One that still holds `${AWS::AccountId}` or
// `${AWS::Region}` was never resolved: CloudFormation substitutes these inside a stack, so a tool
// that read the template or a bootstrap setting itself (an environment-agnostic CDK stack, an
// action handling session credentials) asked AWS for a literal `${…}`. No role or key has such a
// name: no policy can allow it, and the fix is to resolve the value.

/** The first unresolved substitution the denied resource or principal holds, or null. */
export function unresolvedSubstitution(values: (string | null)[]): string | null {
  for (const v of values) {
    const m = v ? UNRESOLVED_SUBSTITUTION.exec(v) : null
    if (m) return m[0]
  }
  return null
}

export const unresolvedSubstitutionTrap: Trap = {
  id: 'unresolved-substitution',
  lead: true,
  applies: ({ d }) => unresolvedSubstitution([d.resource, d.principal]) !== null,
  advice: ({ d }) => {
    const token = unresolvedSubstitution([d.resource, d.principal])!
    return (
      `The ARN still holds \`${token}\`, a CloudFormation/CDK substitution nothing resolved: the ` +
      'tool asked AWS for that literal name, which no role or resource has, so no policy can ' +
      'allow it. Give the stack an explicit environment (account and Region: `env` in CDK) or ' +
      'upgrade the tool that built the ARN, so that it substitutes the values before calling AWS.'
    )
  }
}
