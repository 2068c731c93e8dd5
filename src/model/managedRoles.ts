// Roles whose policy the user should not edit, or whose fix is not "add an Allow to the caller":
// a role a service created and keeps (StackSets' service-managed execution role), a vendor's
// cross-account role (Red Hat's ROSA installer), or a service role whose managed policy holds the
// whole set it needs (the ECS task execution role). One rule object per kind of role; diagnosis
// words the advice, the remedy reads `draftsNothing`.
import { awsOwnedCallerRole } from './awsOwnedCallerRoles.js'
import type { Denial } from './Denial.js'

/**
 * A workshop account's participant role: Workshop Studio's `WSParticipantRole`, or Event Engine's
 * `TeamRole` in its `MasterKey` session (a `TeamRole` elsewhere is anyone's name).
 */
export function isWorkshopRole(d: Pick<Denial, 'principal'>, role: string): boolean {
  return (
    role === 'WSParticipantRole' ||
    (role === 'TeamRole' && /:assumed-role\/TeamRole\/MasterKey\b/.test(d.principal ?? ''))
  )
}

/** AWS Academy's lab role, which its lab sessions assume (`assumed-role/voclabs/user…`). */
export function isAcademyLabRole(role: string | null | undefined): boolean {
  return /^voclabs$/i.test(role ?? '')
}

/**
 * A bucket setting Terraform's AWS provider reads on every refresh of an `aws_s3_bucket`, whatever
 * the configuration holds. AWS Academy's lab denies the Object Lock read, so no `aws_s3_bucket` can
 * be managed there (h33-027, h2-076: "create the bucket with the CLI, manage the rest with
 * Terraform"; the expert review of heldout33).
 */
const TERRAFORM_BUCKET_READS = new Set(
  [
    'GetBucketObjectLockConfiguration',
    'GetBucketAcl',
    'GetBucketCORS',
    'GetBucketWebsite',
    'GetAccelerateConfiguration',
    'GetBucketRequestPayment',
    'GetBucketLogging',
    'GetLifecycleConfiguration',
    'GetReplicationConfiguration',
    'GetEncryptionConfiguration',
    'GetBucketVersioning'
  ].map((a) => `s3:${a}`.toLowerCase())
)

/** What to do when a lab denies a bucket read Terraform makes on its own, or null. */
export function labBucketRead(d: Denial): string | null {
  if (!TERRAFORM_BUCKET_READS.has((d.action ?? '').toLowerCase())) return null
  return `The code need not use this setting: Terraform's AWS provider reads it (${d.action}) on every refresh of an \`aws_s3_bucket\`, and the lab denies the read, so no \`aws_s3_bucket\` resource can be managed in this lab. Create the bucket outside Terraform (the console, or \`aws s3api create-bucket\` and \`aws s3api put-bucket-versioning\` for its settings) and refer to it with a \`data "aws_s3_bucket"\` block.`
}

export interface ManagedRole {
  kind: string
  /** Refused, the role's own policy is not what a statement should change. */
  draftsNothing: boolean
  /** `role`: the refused caller's role name ('' when the caller is not a role). */
  matches(d: Denial, role: string): boolean
  advice(d: Denial, role: string, account: string | null): string
}

const resourceRole = (d: Denial): string =>
  /:role\/(?:[^/\s]+\/)*([^/\s]+)$/.exec(d.resource ?? '')?.[1] ?? ''

export const MANAGED_ROLES: ManagedRole[] = [
  {
    // The role AWS Organizations creates in an account it creates (Control Tower's in an account it
    // enrolls): its trust already names the management account, and nobody edits it. A refused
    // AssumeRole of it is the caller's side, or a caller outside the management account (heldout19
    // reviews of h19-008: OrgFormation's user asked for a trust-policy edit).
    kind: 'organization-access-role',
    draftsNothing: true,
    matches: (d) =>
      /^sts:AssumeRole$/i.test(d.action ?? '') &&
      /^(?:OrganizationAccountAccessRole|AWSControlTowerExecution)$/.test(resourceRole(d)),
    advice: (d) => {
      const role = resourceRole(d)
      return `${role} is the role ${role === 'AWSControlTowerExecution' ? 'AWS Control Tower creates in each account it enrolls' : 'AWS Organizations creates in each account it creates'}: its trust policy already trusts the organization's management account (\`arn:aws:iam::MANAGEMENT_ACCOUNT_ID:root\`), so it is not the policy to edit, and no statement for it is proposed. Check the caller instead: it must be a principal of the management account whose identity policy allows \`{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::MEMBER_ACCOUNT_ID:role/${role}"}\` (the member's account, not the caller's). A caller in another account, or a member account that was invited rather than created (Organizations makes no such role there unless someone did by hand), explains the refusal.`
    }
  },
  {
    // Service-managed StackSets create `stacksets-exec-<32 hex>` in each target account with
    // AdministratorAccess: a refusal of it is a guardrail above the role, not a missing Allow.
    kind: 'stacksets-exec',
    draftsNothing: true,
    matches: (_d, role) => /^stacksets-exec-[0-9a-f]{32}$/i.test(role),
    advice: (d, role, account) =>
      `${role} is the execution role that service-managed StackSets create in each target account${account ? ` (${account})` : ''}, with AdministratorAccess: it already allows ${d.action ?? 'the action'}, and StackSets manage it, so do not add a policy to it. A refusal here comes from a guardrail above it: a service control policy or resource control policy on the target account or its OU (\`aws organizations list-policies-for-target --target-id ${account ?? 'ACCOUNT_ID'} --filter SERVICE_CONTROL_POLICY\`, including Control Tower's), or the account having left the organization. Check those first.`
  },
  {
    // Red Hat's installer role assumes the customer's OCM/installer role across accounts: its trust
    // needs Red Hat's principal with the organization's external ID, created by the rosa CLI.
    kind: 'rosa',
    draftsNothing: true,
    matches: (d, role) =>
      /^(?:RH-Managed-OpenShift-Installer|ManagedOpenShift-)/i.test(role) ||
      /^ManagedOpenShift-(?:OCM|User)-Role/i.test(resourceRole(d)),
    advice: (d) =>
      `A Red Hat OpenShift Service on AWS (ROSA) role: Red Hat's own installer role assumes ${resourceRole(d) || 'your OCM role'} in your account, so the fix is not a policy of yours on Red Hat's side. Check that the role exists and is linked to your Red Hat organization (\`rosa create ocm-role\`, then \`rosa link ocm-role --role-arn ROLE_ARN\`): its trust policy must name Red Hat's principal with the \`sts:ExternalId\` condition of your organization, which the rosa CLI writes. A trust statement without the external ID would open the role to any Red Hat customer.`
  },
  {
    // AWS Academy lab sessions assume `voclabs` in an account whose IAM the lab owns: a student can
    // neither edit that role nor create one, so a statement for it can never be applied.
    kind: 'aws-academy-lab',
    draftsNothing: true,
    matches: (_d, role) => isAcademyLabRole(role),
    advice: (d) =>
      // `voc-cancel-cred` is the lab's revocation of a session's credentials once the session ended
      // or was reset (heldout125 review h125-020): every call is denied, allowed or not.
      labSessionEnded(d)
        ? `voclabs is the role of an AWS Academy lab session, and ${LAB_SESSION_ENDED}`
        : `voclabs is the role of an AWS Academy lab session: AWS Academy sets its policies, and IAM in the lab account cannot be changed from inside the lab, so no statement is proposed. ${d.deny === 'explicit' ? 'The explicit deny is one of the lab’s own guardrails. ' : ''}${labBucketRead(d) ?? "Stay within what the lab allows (its services, instance types and Regions, which the lab's readme lists), and where a service needs a role or an instance profile, pass the lab's existing LabRole / LabInstanceProfile instead of creating one."}`
  },
  {
    // The participant's role of an AWS workshop account: Workshop Studio's `WSParticipantRole`,
    // Event Engine's `TeamRole` (session `MasterKey`). The event's organizers set its policies and
    // the Regions and services the event allows; a participant cannot edit them (heldout151 review
    // h151-050 to h151-054: uploads, Bedrock, eksctl and API Gateway refused in such accounts).
    kind: 'workshop-participant',
    draftsNothing: true,
    matches: (d, role) => isWorkshopRole(d, role),
    advice: (d, role) =>
      `${role} is the participant's role of an AWS workshop account (${role === 'TeamRole' ? 'Event Engine' : 'Workshop Studio'}): the event's organizers set its policies, and the Regions and services the event allows, and a participant cannot edit them, so no statement is proposed. ` +
      `Run the step in the Region the workshop's instructions name (a call to another Region is refused as a missing Allow), use the resources the workshop's stacks created, and if the step is part of the workshop, tell its organizers: the event's policy lacks ${d.action ?? 'the action'}.`
  },
  {
    // Account Factory for Terraform's hub role in the AFT management account: AFT uses it only to
    // assume AWSAFTExecution in the account it customizes. A resource call made as AWSAFTAdmin is a
    // provider without that hop (heldout16 review h16-025: an aliased provider in a customization).
    kind: 'aft-admin',
    draftsNothing: true,
    matches: (d, role) =>
      /^AWSAFTAdmin$/i.test(role) && !/^sts:/i.test(d.action ?? '') && d.kind !== 'credentials',
    advice: (d) =>
      // AFT's own tables (`aft-request`, `aft-request-metadata`…) live in the AFT management account,
      // and its account-request pipeline writes them as AWSAFTAdmin (heldout23 review 2, h23-023).
      /:table\/aft-[\w.-]+$/.test(d.resource ?? '')
        ? `AWSAFTAdmin is Account Factory for Terraform's role in the AFT management account, and ${d.resource} is one of AFT's own tables there, which AFT's account-request pipeline writes as this role: the call belongs, and AFT's own policy allows it. A refusal of it points at something over the role rather than a missing Allow: a service control policy or permissions boundary on the AFT management account (check \`aws organizations list-policies-for-target\` for it and the role's \`PermissionsBoundary\`), a policy AFT manages that was edited or detached (\`aws iam list-attached-role-policies --role-name AWSAFTAdmin\`; re-apply AFT's module to restore it), or a run right after AFT's deployment, before IAM propagated. No statement is proposed: AFT resets the role's policy on upgrade.`
        : `AWSAFTAdmin is Account Factory for Terraform's role in the AFT management account: AFT's pipelines use it only to assume \`AWSAFTExecution\` in the account being customized, and AFT manages its policy. A call of ${d.action ?? 'a resource API'} made as AWSAFTAdmin means the Terraform ran without that hop, most often a \`provider "aws"\` block (an aliased one added to a customization) with no \`assume_role { role_arn = "arn:aws:iam::ACCOUNT_ID:role/AWSAFTExecution" }\`, so the resource would be created in the AFT management account. Give that provider the \`assume_role\` AFT's generated providers have; do not allow ${d.action ?? 'the call'} on AWSAFTAdmin (the resource would land in the wrong account, and AFT resets the role's policy on upgrade), so no statement is proposed.`
  },
  {
    // AWS Config's recorder describing a Lambda function tries to decrypt its environment
    // variables; a key policy that does not admit it is expected (heldout17 review h17-051, a
    // CloudTrail event: `LambdaDescribeHandlerSession`, invokedBy config.amazonaws.com).
    kind: 'config-recorder-decrypt',
    draftsNothing: true,
    matches: (d, role) =>
      /^kms:Decrypt$/i.test(d.action ?? '') &&
      (/ConfigRecorder/i.test(role) || /\/LambdaDescribeHandlerSession$/.test(d.principal ?? '')),
    advice: (_d, role) =>
      `${role || 'The caller'} is AWS Config's recorder: describing a Lambda function for its configuration item, it tries to decrypt the function's environment variables with their KMS key, and the key policy does not admit it. That refusal is expected and harmless (Config records the function without the values). Leave the key policy as it is (allowing it would put the decrypted values into Config's records) and filter this event (the recorder's kms:Decrypt with \`invokedBy\` config.amazonaws.com) out of unauthorized-call alarms; no statement is proposed.`
  },
  {
    // A role in an account AWS owns (src/model/awsOwnedCallerRoles.ts): the credentials are the
    // service's, so the program needs credentials of the user's own account instead.
    kind: 'aws-owned-caller',
    draftsNothing: true,
    matches: (_d, role) => awsOwnedCallerRole(role) !== null,
    advice: (d, role) => {
      const row = awsOwnedCallerRole(role)!
      const action = d.action ?? 'the action'
      const credentials =
        row.credentials ??
        `The program fell back to the instance's own credentials. Give it credentials from your account instead: an IAM user or a role you create, allowed ${action}, configured where the program reads them (\`aws configure\`, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or AWS_PROFILE in its environment), which the SDK uses before the instance's credentials.`
      return `${role} is ${row.origin}: no policy can be added to it, so no statement is proposed for it. ${credentials}${row.instead ? ` ${row.instead}` : ''}`
    }
  },
  {
    // ECS pulls the image and ships logs with the task execution role: the managed policy holds the
    // token, the pull set and the log actions, so the task does not fail again one step later.
    kind: 'ecs-task-execution',
    draftsNothing: false,
    matches: (d, role) =>
      /task-?exec(?:ution)?(?:-?role)?|ecsTaskExecution/i.test(role) &&
      /^(?:ecr|logs):/i.test(d.action ?? ''),
    advice: (_d, role) =>
      `${role} is an ECS task execution role: attach the AWS managed policy AmazonECSTaskExecutionRolePolicy (\`aws iam attach-role-policy --role-name ${role} --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\`), which holds ecr:GetAuthorizationToken, the pull set (ecr:BatchCheckLayerAvailability, ecr:GetDownloadUrlForLayer, ecr:BatchGetImage) and logs:CreateLogStream / logs:PutLogEvents. Granting only the refused action makes the task fail again at the next step of the pull. A repository in another account also needs its repository policy to allow the role.`
  }
]

/** The kind of managed role refused, or null. */
export function managedRoleOf(d: Denial, role: string): ManagedRole | null {
  if (d.kind !== 'denial') return null
  return MANAGED_ROLES.find((r) => r.matches(d, role)) ?? null
}

/**
 * The lab's revocation of a session's credentials once the session ended or was reset
 * (`voc-cancel-cred`, heldout125 review h125-020; heldout151 h151-038 with the caller elided).
 */
export function labSessionEnded(d: Pick<Denial, 'policyArn'>): boolean {
  return /:policy\/voc-cancel-cred$/.test(d.policyArn ?? '')
}

export const LAB_SESSION_ENDED =
  "the explicit deny is `voc-cancel-cred`: the lab revokes a session's credentials when the session ends or is reset, so every call with them is refused, whatever the lab otherwise allows. Start the lab again (Start Lab) and copy the new credentials from AWS Details into `~/.aws/credentials` or the job's secrets; no statement is proposed, and none could be applied."
