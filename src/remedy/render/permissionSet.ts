// IAM Identity Center sessions run as AWSReservedSSO_* roles that Identity Center owns: an edit to
// the role is refused or silently undone at the next provisioning. The change goes into the
// permission set's inline policy, which is then provisioned to the accounts that use it.
import type { RemedyRenderings } from '../../model/Remedy.js'
import type { RenderInput } from './RenderInput.js'
import { hclString, shellQuote as q } from './escape.js'
import { policyJson } from './RenderInput.js'

export function isReservedSsoRole(name: string | null): boolean {
  return /^AWSReservedSSO_/.test(name ?? '')
}

export { permissionSetOfRole as permissionSetName } from '../../model/identityCenter.js'

export interface PermissionSetSlots {
  instanceArn: string
  permissionSetArn: string
}

export function renderPermissionSet(
  input: RenderInput,
  slots: PermissionSetSlots
): RemedyRenderings {
  const doc = policyJson(input.document)
  const cli = [
    "# put-inline-policy-to-permission-set REPLACES the permission set's inline policy: merge these",
    '# statements into the current one first (get-inline-policy-for-permission-set shows it).',
    [
      'aws sso-admin put-inline-policy-to-permission-set --instance-arn',
      q(slots.instanceArn),
      '--permission-set-arn',
      q(slots.permissionSetArn),
      '--inline-policy',
      q(doc)
    ].join(' '),
    [
      'aws sso-admin provision-permission-set --instance-arn',
      q(slots.instanceArn),
      '--permission-set-arn',
      q(slots.permissionSetArn),
      '--target-type ALL_PROVISIONED_ACCOUNTS'
    ].join(' ')
  ].join('\n')
  const terraform = [
    "# Replaces the permission set's inline policy: merge with the current one.",
    'resource "aws_ssoadmin_permission_set_inline_policy" "whydenied" {',
    `  instance_arn       = ${hclString(slots.instanceArn)}`,
    `  permission_set_arn = ${hclString(slots.permissionSetArn)}`,
    `  inline_policy      = ${hclString(JSON.stringify(input.document))}`,
    '}'
  ].join('\n')
  return { terraform, cli }
}
