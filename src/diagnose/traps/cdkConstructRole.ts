import { cdkConstructRole } from '../../model/cdkConstructRoles.js'
import type { Trap } from '../Trap.js'

/**
 * WD5013: the refused caller is a role one of the CDK's own constructs made for its handler
 * (src/model/cdkConstructRoles.ts): CloudFormation rewrites its policy from the app on every
 * deploy, so the change goes in the app or the aws-cdk-lib version, not the role.
 */
export const cdkConstructRoleTrap: Trap = {
  id: 'cdk-construct-role',
  applies: ({ d, principal }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    principal?.type === 'role' &&
    cdkConstructRole(principal.name) !== null,
  advice: ({ principal }) => {
    const c = cdkConstructRole(principal!.name)!
    return `The caller \`${principal!.name}\` is the handler role of the CDK's ${c.construct} construct: CloudFormation writes its policy from the app on every deploy, so a policy put on it by hand is lost at the next one. Instead, ${c.where}.`
  }
}
