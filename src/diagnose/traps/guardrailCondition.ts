import { actionForOperation } from '../../catalog/Catalog.js'
import type { Denial } from '../../model/Denial.js'
import type { Inferred } from '../../model/Inferred.js'
import type { Trap, TrapInput } from '../Trap.js'
import { deliberateDenyName } from '../../model/deliberateDeny.js'
import { CREATES_IDENTITY } from '../../model/delegationBoundary.js'

// A refusal that a condition, not a missing Allow, most likely explains: the role's trust policy
// asks for MFA or an external ID, the key policy asks for an enclave's attestation, or a
// delegation boundary denies creating a role that does not carry the boundary, or a policy wants
// tags on a create call that the tool sends without them (it tags later). An unconditional
// Allow pasted into the trust or key policy would remove the guard, so none is drafted: the call
// must meet the condition.

export type Guard =
  | 'mfa'
  | 'external-id'
  | 'attestation'
  | 'network'
  | 'boundary-on-create'
  | 'tags-on-create'
  | 'object-ownership'
  | 'plain-http'

/** CDK's CloudFormation execution role (`cdk-hnb659fds-cfn-exec-role-ACCOUNT-REGION`). */
const CDK_EXEC_ROLE = /:assumed-role\/cdk-[a-z0-9]{9}-cfn-exec-role-/

/** Calls that create what they may tag in the same request (tag-on-create). */
const CREATE_CALL = /^[\w-]+:(?:create|run|allocate|import|copy|request|register)[a-z]/

/** Name words that show the guard: `assume_role_with_ext_id_with_mfa`, `nume-enclave-admin`. */
const NAME_GUARDS: [
  Exclude<
    Guard,
    'network' | 'boundary-on-create' | 'tags-on-create' | 'object-ownership' | 'plain-http'
  >,
  RegExp
][] = [
  ['mfa', /(?:^|[^a-z0-9])mfa(?:[^a-z0-9]|$)/i],
  ['external-id', /(?:^|[^a-z0-9])ext(?:ernal)?[-_]?id(?:[^a-z0-9]|$)/i],
  ['attestation', /(?:^|[^a-z0-9])(?:nitro[-_]?)?enclave(?:[^a-z0-9]|$)/i]
]

function actionOf(d: Denial): string {
  return (
    d.action ?? (d.operation ? (actionForOperation(d.service, d.operation) ?? '') : '')
  ).toLowerCase()
}

/** Guards a trust policy can hold (MFA, external ID, source network). */
const TRUST_GUARDS = new Set<Guard>(['mfa', 'external-id', 'network'])

/** Which guard explains the refusal, or null. */
export function guardOf(d: Denial, inferred?: Inferred): Guard | null {
  // Snowflake passes its integration's external ID itself: its trap names where the ID goes.
  if (d.kind !== 'denial' || d.grammar === 'snowflake-assume-role') return null
  const action = actionOf(d)
  // The text says the tool creates first and tags afterwards: the create request carried no tags.
  if (inferred?.guardrail?.value === 'tags-on-create' && CREATE_CALL.test(action))
    return 'tags-on-create'
  // The log sets the new bucket's Object Ownership: a guardrail requiring the header on the create
  // call refuses a tool that sets it afterwards, whatever the message says of the Deny.
  if (inferred?.guardrail?.value === 'object-ownership' && action === 's3:createbucket')
    return 'object-ownership'
  // Delegation boundaries deny creating a role or user unless it carries the boundary (or tags),
  // explicitly or by allowing it only under that condition (CDK's bootstrap boundary, heldout17
  // review h17-005: widening the boundary instead would let created roles escape it).
  if (
    (d.deny === 'explicit' || d.layer === 'permissions-boundary') &&
    CREATES_IDENTITY.test(action) &&
    // A policy named for denying has no boundary condition to meet (deliberate-deny-policy).
    deliberateDenyName(d.policyArn) === null
  )
    return 'boundary-on-create'
  // The log sent the request over `http://`: a Deny on aws:SecureTransport refuses exactly that,
  // whichever policy holds it (a TLS-only bucket policy, an SCP or RCP; h31-021).
  if (d.deny === 'explicit' && inferred?.guardrail?.value === 'plain-http') return 'plain-http'
  if (d.deny === 'explicit') return null
  const names = `${d.principal ?? ''} ${d.resource ?? ''}`
  const named = NAME_GUARDS.find(([, re]) => re.test(names))?.[0] ?? null
  const said = (inferred?.guardrail?.value as Guard | undefined) ?? null
  if (action === 'sts:assumerole') {
    const guard = said && TRUST_GUARDS.has(said) ? said : named
    return guard && TRUST_GUARDS.has(guard) ? guard : null
  }
  if (d.service === 'kms' || action.startsWith('kms:')) {
    const guard = said ?? named
    return guard === 'attestation' || guard === 'network' ? guard : null
  }
  return null
}

const ADVICE: Record<Guard, (input: TrapInput) => string> = {
  mfa: () =>
    "The role's trust policy most likely requires MFA (`aws:MultiFactorAuthPresent`): the call was made without an MFA session, so no policy needs to change. Assume the role with MFA: `aws sts assume-role --role-arn ROLE_ARN --role-session-name NAME --serial-number MFA_DEVICE_ARN --token-code CODE` (add `--external-id` if the role asks for one), or `mfa_serial` in the CLI profile. An Allow without the MFA condition in the trust policy would remove the protection, so none is proposed.",
  'external-id': () =>
    "The role's trust policy most likely requires an external ID (`sts:ExternalId`): pass the one its owner gave you, `aws sts assume-role --role-arn ROLE_ARN --role-session-name NAME --external-id EXTERNAL_ID` (`external_id` in a CLI profile or Terraform's `assume_role` block). An Allow without the condition would remove the protection against the confused deputy, so none is proposed.",
  attestation: () =>
    "The key policy most likely allows this call only from an attested Nitro Enclave (`kms:RecipientAttestation:ImageSha384` or `kms:RecipientAttestation:PCR0`…): compare the enclave's measurement with the value in the key policy (`aws kms get-key-policy --key-id KEY_ID --policy-name default`), and make the call from inside the enclave with its attestation document (the `Recipient` parameter; kmstool_enclave_cli does this), not from the parent instance. An Allow without the attestation condition would let the parent read what only the enclave should, so none is proposed.",
  network: () =>
    'The policy most likely allows this call only from a given network (`aws:SourceIp`, `aws:SourceVpc` or `aws:SourceVpce`): run the step from that network (a self-hosted runner in the VPC, the VPC endpoint) rather than removing the condition. None is proposed.',
  'tags-on-create': ({ d }) =>
    `The text says the tool creates first and tags afterwards, so its ${d.action ?? 'create'} request carried no tags: a policy that requires them on the create call (\`aws:RequestTag/KEY\` or \`aws:TagKeys\` in an Allow's or a Deny's Condition) refuses it. Meet the condition rather than drop it: have the tool pass the tags in the create request (EC2 \`TagSpecifications\`, \`Tags\` on iam:CreateUser and iam:CreateRole; a newer provider or module often does), or ask the policy's owner to move the requirement. Tagging during the create call then needs the tag action too (\`ec2:CreateTags\` limited by \`ec2:CreateAction\` to that call, \`iam:TagUser\`, \`iam:TagRole\`). An Allow without the tag condition would remove the rule, so none is proposed.`,
  'object-ownership': () =>
    "The log sets the new bucket's Object Ownership (`BucketOwnerEnforced`). Organizations that keep ACLs disabled deny s3:CreateBucket unless the request itself carries `s3:x-amz-object-ownership` = `BucketOwnerEnforced` (a service or resource control policy, as in the S3 guide's example for requiring it), and a tool that creates the bucket first and sets its ownership in a second call (as reported of CloudFormation's `AWS::S3::Bucket`) sends no such header, so the guard refuses it although the template asks for exactly that. " +
    "Look for that Deny first (`aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY`, then the policy's Condition), and meet it: create the bucket with the header (`aws s3api create-bucket --bucket NAME --object-ownership BucketOwnerEnforced`, then import it into the stack) or ask the policy's owner how the deploy role should create buckets. An Allow cannot lift a Deny, so none is proposed.",
  'plain-http': ({ inferred }) => {
    const said = inferred!.guardrail!.from.replace(/^"(.*)" in the log$/, '$1')
    return `The request went to AWS over plain HTTP (\`${said.replace(/`/g, "'")}\` in the log). A Deny on \`aws:SecureTransport\` \`false\` (a TLS-only bucket policy, or an organization's SCP or RCP) refuses exactly such a request, by design: call the \`https://\` endpoint (drop \`--endpoint-url\`, or give it \`https://\`) and keep the Deny. No policy needs to change, and no Allow is proposed.`
  },
  'boundary-on-create': ({ d }) =>
    d.deny !== 'explicit'
      ? `The caller's permissions boundary does not allow ${d.action ?? 'iam:CreateRole'} as it was asked. Delegation boundaries allow creating a role or user only when it carries the boundary itself (an \`iam:PermissionsBoundary\` condition${CDK_EXEC_ROLE.test(d.principal ?? '') ? "; CDK's bootstrap boundary `cdk-QUALIFIER-permissions-boundary` is one" : ''}): create it with the boundary — ${CDK_EXEC_ROLE.test(d.principal ?? '') ? 'CDK: `"@aws-cdk/core:permissionsBoundary": {"name": "cdk-hnb659fds-permissions-boundary"}` in cdk.json (the qualifier of your bootstrap) or `PermissionsBoundary.of(stack).apply(…)`; ' : ''}CloudFormation \`PermissionsBoundary\`, Terraform \`permissions_boundary\`, CDK \`permissionsBoundary\`, \`aws iam create-role --permissions-boundary POLICY_ARN\`. Do not widen the boundary to allow the call without that condition: the roles it creates could then escape it.`
      : `A Deny on ${d.action ?? 'iam:CreateRole'} is usually conditional: delegation guardrails refuse creating a role or user that does not carry the required permissions boundary (\`iam:PermissionsBoundary\`), path or tags. Set the boundary on what is created — CloudFormation \`PermissionsBoundary\`, Terraform \`permissions_boundary\`, CDK \`permissionsBoundary\`, \`aws iam create-role --permissions-boundary POLICY_ARN\` — and the tags it asks for; read the Deny's Condition to see which.`
}

export const guardrailCondition: Trap = {
  id: 'guardrail-condition',
  lead: true,
  // A boundary that allows the create only with itself on the new role: the boundary is right,
  // the request is to change, so the "what to change: the boundary" sentence would mislead.
  noPolicyWhen: ({ d, inferred }) =>
    (d.deny !== 'explicit' && guardOf(d, inferred) === 'boundary-on-create') ||
    guardOf(d, inferred) === 'plain-http',
  applies: ({ d, inferred }) => guardOf(d, inferred) !== null,
  advice: (input) => ADVICE[guardOf(input.d, input.inferred)!](input)
}
