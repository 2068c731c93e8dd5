// Which document must change, attached to what, and who owns it (aws-denials.md §4.3, §6).
import { isPulumiOutputText } from '../model/unsetValueNames.js'
import { deliveryIdentitySide } from './traps/deliveryDestination.js'
import { latticeAuthPolicyWords } from './traps/latticeAuthPolicy.js'
import { firehoseDeliveryErrorOf } from './traps/firehoseDeliveryError.js'
import { SLR_RESOURCE_POLICY_SERVICES } from '../model/serviceLinkedRoles.js'
import { isAcademyLabRole, isWorkshopRole } from '../model/managedRoles.js'
import { ownWordsOf } from '../model/ownWordsRefusals.js'
import { unshareableOnLayer } from '../model/lambdaLayers.js'
import { crossAccountOf } from './crossAccount.js'
import { copilotPipelineCaller } from '../model/copilotRoles.js'
import { boundaryAdmitsOnlyItself } from '../model/delegationBoundary.js'
import { shownPolicyArn } from '../model/cutPolicyArn.js'
import { catalogActionsIn } from '../catalog/printedActions.js'
import { awsOwnedCallerRole } from '../model/awsOwnedCallerRoles.js'
import type { Denial } from '../model/Denial.js'
import type { FixTarget, FixTargetKind, FixOwner } from '../model/FixTarget.js'
import { LAYER_ADVICE } from './layerAdvice.js'
import { accountOfArn, HIDDEN_CALLER, principalHidden } from './Principal.js'
import { parseArn } from '../model/Arn.js'
import { accountWords, sameAccount } from '../model/accountFields.js'
import type { PrincipalInfo } from './Principal.js'
import type { PodOnNode } from './traps/podOnNodeRole.js'
import { KOPS_NODE_ROLE } from './traps/podOnNodeRole.js'
import { bootstrapAssumedFromOwnAccount } from './traps/misc.js'
import { actionIs } from './Trap.js'
import { isOrganizationsOwnRefusal } from '../model/serviceRefusals.js'
import { NON_IAM_REFUSALS } from '../model/nonIamRefusals.js'
import { nameForArn } from '../model/nameForArn.js'
import { permissionSetAllowsAll } from '../model/identityCenter.js'
import { hasNoResourcePolicy } from '../model/noResourcePolicy.js'

/** Account-level blocks that the account changes itself, not AWS Support (src/infer/accountBlock.ts). */
const ACCOUNT_BLOCK_TARGETS: Record<string, string> = {
  marketplace:
    'the AWS Marketplace subscription of the account that launches the product (its page, which the message links to)',
  'support-plan':
    "the account's AWS Support plan (the Support and Health APIs need Business, Enterprise On-Ramp or Enterprise)",
  'region-validation':
    'a later run: AWS is still validating the account for this Region (minutes, up to 4 hours)'
}

/**
 * Role sessions a service's own messages print alone where the principal stands: CloudFormation's
 * stack events name the session it deploys in (`AWSCloudFormation is not authorized to perform:
 * …`) and leave out the role, which the full form names (`assumed-role/ROLE/AWSCloudFormation`).
 */
const SERVICE_SESSIONS: Record<string, string> = {
  AWSCloudFormation:
    "the role CloudFormation deployed the stack with (`AWSCloudFormation` is its session name: the stack's service role, with CDK the bootstrap's `cdk-…-cfn-exec-role`; a stack with no service role acts as the identity that ran the deployment)"
}

function principalWords(p: PrincipalInfo | null): string {
  if (!p) return 'the caller'
  const where = p.accountAsPrinted ? ` in ${accountWords(p.accountAsPrinted)}` : ''
  switch (p.type) {
    // A session whose role name the reporter deleted (`assumed-role//session`): still a role.
    case 'role':
      return p.name ? `role ${p.name}${where}` : `the calling role (the log hides its name)${where}`
    case 'user':
      return p.name ? `user ${p.name}${where}` : `the calling user (the log hides its name)${where}`
    case 'federated-user':
      return `federated user ${p.name}${where}`
    case 'root':
      return `the root user${where}`
    case 'anonymous':
      return 'anonymous callers'
    case 'service':
      return `the service principal ${p.printed}`
    default:
      if (principalHidden(p)) return HIDDEN_CALLER
      return Object.hasOwn(SERVICE_SESSIONS, p.printed) ? SERVICE_SESSIONS[p.printed]! : p.printed
  }
}

function resourceWords(resource: string | null, fallback = 'the resource'): string {
  return resource && resource !== '*' ? resource : fallback
}

// A bucket policy is attached to the bucket, whatever object the request named.
function resourcePolicyWords(resource: string | null): string {
  const bucket = /^(arn:[\w-]+:s3:::[^/]+)\/./.exec(resource ?? '')
  if (bucket) return `the bucket policy of ${bucket[1]}`
  return `the resource policy of ${resourceWords(resource)}`
}

/**
 * Another account owns the role being assumed: its trust policy is not the caller's to edit. When
 * the log cannot tell (the role's account masked, the caller's printed: heldout17 review h17-011),
 * "the owner of the role" is true either way, where "you (the caller's account)" may not be.
 */
function trustOwner(p: PrincipalInfo | null, resource: string | null): FixOwner {
  const roleAccount = resource ? parseArn(resource.replace(/^role /, ''))?.account : null
  // Unknown (a mask on either side, `xxxxxxxxxxxx` beside `yyyyyyyyyyyy`): the role's owner.
  return !roleAccount || sameAccount(p?.accountAsPrinted, roleAccount) === true
    ? 'you'
    : 'resource-owner'
}

// Credential failures that the workflow file fixes, not the credentials themselves.
const WORKFLOW_CAUSES: Record<string, string> = {
  'oidc-id-token-permission': 'the permissions of the workflow job (it needs `id-token: write`)',
  'role-arn-invalid': 'the `role-to-assume` input of the workflow step'
}

/** What the writer says of the bucket: its policy is meant to be public, or its ACLs are disabled. */
export type BucketSettingSaid = 'public-policy' | 'acls-disabled'

const BUCKET_SETTING_TARGETS: Record<BucketSettingSaid, string> = {
  'public-policy':
    "the bucket's S3 Block Public Access settings (BlockPublicPolicy), or a bucket kept private behind CloudFront",
  'acls-disabled':
    "the upload's ACL (the bucket's Object Ownership disables ACLs): drop it and grant access with the bucket policy"
}

function target(
  kind: FixTargetKind,
  owner: FixOwner,
  description: string,
  d: Denial,
  p: PrincipalInfo | null,
  resourceArn: string | null = null
): FixTarget {
  return {
    kind,
    // A permission set is changed where Identity Center is administered (the management or
    // delegated administrator account), not by the account its role sits in (h27-008).
    owner:
      owner === 'you' && kind === 'identity-policy' && identityCenterRole(p) ? 'org-admin' : owner,
    description,
    principalArn: p?.entityArn ?? null,
    principalType: p?.type ?? 'unknown',
    // A service principal's name is what a policy's Principal names; it is no role or user.
    principalName: p?.type === 'service' ? p.printed : (p?.name ?? null),
    rolePathUnknown: p?.pathUnknown ?? false,
    principalAccount: p?.accountAsPrinted ?? null,
    resourceArn,
    resourceAccount: accountOfArn(resourceArn),
    policyArn: d.policyArn
  }
}

/**
 * A service principal calling on its own: it has no identity policy. A service acting with a role
 * you gave it (a Glue crawler's role: "no identity-based policy allows") needs that role's policy;
 * a service delivering to your resource (SNS invoking a function, S3 notifying a queue) needs the
 * resource's policy; a service assuming a role needs the role's trust policy.
 */
function servicePrincipalTarget(d: Denial, p: PrincipalInfo | null): FixTarget | null {
  if (p?.type !== 'service' || !d.action || d.deny === 'explicit') return null
  if (actionIs(d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity')) {
    const role = resourceWords(d.resource, 'the role being assumed')
    return target(
      'trust-policy',
      'you',
      `the trust policy of ${role} (it must trust ${p.printed})`,
      d,
      p,
      d.resource
    )
  }
  if (d.layer === 'identity' || d.layer === 'permissions-boundary') {
    return target(
      'identity-policy',
      'you',
      `the identity policy of the role ${p.printed} works with (the service role set on the resource that made the call)`,
      d,
      p
    )
  }
  if (d.layer === null || d.layer === 'resource') {
    return target(
      'resource-policy',
      'resource-owner',
      resourcePolicyWords(d.resource),
      d,
      p,
      d.resource
    )
  }
  return null
}

export function fixTargetOf(
  d: Denial,
  p: PrincipalInfo | null,
  traps: string[],
  pod: PodOnNode | null = null,
  /** The kind of account-level block the log shows (src/infer/accountBlock.ts). */
  accountBlock: string | null = null,
  /** What the writer says of the bucket's settings (src/infer/contextSignals.ts). */
  bucketSettingSaid: BucketSettingSaid | null = null
): FixTarget {
  const who = principalWords(p)
  const cause = d.kind === 'credentials' ? d.detail.cause : undefined
  if (cause && Object.hasOwn(WORKFLOW_CAUSES, cause)) {
    return target('workflow', 'you', WORKFLOW_CAUSES[cause]!, d, p)
  }
  // Aurora calls S3 with the cluster's role, not the job's credentials (heldout40 h40-018).
  if (cause === 'aurora-no-role') {
    return target(
      'credentials',
      'you',
      'the IAM role associated with the Aurora DB cluster (and the parameter that names it for S3)',
      d,
      p
    )
  }
  // The log's own words say the job lacks `id-token: write` (src/infer/statedCause.ts).
  if (d.kind === 'credentials' && traps.includes('oidc-id-token-permission')) {
    return target('workflow', 'you', WORKFLOW_CAUSES['oidc-id-token-permission']!, d, p)
  }
  // The account itself is blocked for the service: AWS Support or its settings, no policy; a
  // Marketplace subscription or a support plan is the account's own to change (heldout90 review:
  // h90-013, h90-014 sent to AWS Support for a subscription the account accepts itself).
  if (traps.includes('account-level-block')) {
    const ownChange = ACCOUNT_BLOCK_TARGETS[accountBlock ?? '']
    return ownChange
      ? target('workflow', 'you', ownChange, d, p)
      : target(
          'workflow',
          'aws-support',
          'the AWS account itself (its billing, verification, service sign-up or opt-in Region), through AWS Support or the account settings',
          d,
          p
        )
  }
  // An AWS Academy lab's account: its IAM is the lab's, so what changes is what the job asks of it.
  if (
    traps.includes('aws-academy-lab') ||
    (traps.includes('managed-role') && p?.type === 'role' && isAcademyLabRole(p.name))
  ) {
    return target(
      'workflow',
      'you',
      "what the job asks of the lab (AWS Academy sets the lab's policies; they cannot change from inside it): only what they allow (its services, Regions and instance types), with its LabRole / LabInstanceProfile where a role is passed",
      d,
      p
    )
  }
  // A workshop account's participant role: the event's organizers set its policies.
  if (traps.includes('managed-role') && p?.type === 'role' && isWorkshopRole(d, p.name ?? '')) {
    return target(
      'workflow',
      'you',
      "what the step asks of the workshop account (its organizers set the participant role's policies and the Regions and services the event allows): the Region and resources the workshop's instructions name",
      d,
      p
    )
  }
  // A caller role in an account AWS owns (Lightsail's instance role): nobody can add a policy to
  // it, so what changes is which credentials the program uses.
  const owned = p?.type === 'role' ? awsOwnedCallerRole(p.name ?? '') : null
  if (owned && d.kind === 'denial') {
    return target(
      'credentials',
      'you',
      `the credentials the program uses: ones from your own account, not ${owned.role}'s`,
      d,
      p
    )
  }
  // A service-linked role's policy is AWS's: what changes is the service's setup (h27-014).
  if (traps.includes('service-linked-caller')) {
    return target(
      'workflow',
      'you',
      // The trap applies only to a named AWSServiceRoleFor* session.
      `the setup of the service that uses the service-linked role ${p!.name} in this account and Region (AWS owns the role and its policy; IAM refuses edits)`,
      d,
      p
    )
  }
  // The key policy decides a KMS call the caller's side already allows, or one the writer says
  // the key policy lacks (src/diagnose/traps/kmsKeyPolicyDecides.ts).
  if (traps.includes('kms-key-policy-decides')) {
    return target(
      'resource-policy',
      'resource-owner',
      `the key policy of ${resourceWords(d.resource)}`,
      d,
      p,
      d.resource
    )
  }
  // Firehose's own delivery error: the stream's delivery role (or its trust) is what changes.
  const delivery = traps.includes('firehose-delivery-error')
    ? firehoseDeliveryErrorOf(d.code)
    : undefined
  if (delivery) return target(delivery.target.kind, 'you', delivery.target.description, d, p)
  // A Kafka cluster refused a Lambda event source mapping's poller: the function's execution role
  // connects (src/diagnose/traps/kafkaEsmClusterAuthorization.ts), not the job that made the mapping.
  if (traps.includes('kafka-esm-cluster-authorization')) {
    return target(
      'identity-policy',
      'you',
      "the execution role of the function the event source mapping invokes (IAM access control), or the Kafka ACLs of the mapping's SASL/SCRAM or mTLS user",
      d,
      p
    )
  }
  // A VPC Lattice auth policy refused a signed call: that policy allows the caller (an unsigned
  // one goes on to the anonymous caller's target: signing comes first).
  if (traps.includes('lattice-auth-policy') && p?.type !== 'anonymous') {
    return target('resource-policy', 'resource-owner', latticeAuthPolicyWords(d), d, p, d.resource)
  }
  // A refusal code no policy decides: what changes is the bucket name, a setting, the object.
  const nonIam = NON_IAM_REFUSALS.find((r) => traps.includes(r.trap))
  if (nonIam) {
    const said = nonIam.adviceWith?.(d)
    return target('workflow', nonIam.owner, said?.target ?? nonIam.target, d, p, d.resource)
  }
  // A boundary that admits creating a role only with itself on it (CDK's bootstrap boundary):
  // what changes is the template of the role being created, not the boundary (h17-005).
  if (traps.includes('guardrail-condition') && boundaryAdmitsOnlyItself(d)) {
    return target(
      'workflow',
      'you',
      `the template or code that creates the ${/User$/i.test(d.action ?? '') ? 'user' : 'role'}: give it the caller's permissions boundary (CloudFormation \`PermissionsBoundary\`, Terraform \`permissions_boundary\`, CDK \`permissionsBoundary\`)`,
      d,
      p,
      d.resource
    )
  }
  // A service's role could not assume another: the second role's trust, in the target account.
  if (traps.includes('role-assumer-trust')) {
    return target(
      'workflow',
      'resource-owner',
      `the trust policy of role ${d.detail.role ?? 'the role'} in the account being deployed to (it must trust ${d.detail.assumer ?? 'the assuming role'})`,
      d,
      p
    )
  }
  // Secrets Manager's rotation refused by the function's policy: that policy admits the service.
  if (traps.includes('secretsmanager-rotation-invoke')) {
    return target(
      'workflow',
      'you',
      "the rotation function's resource policy (`aws lambda add-permission … --principal secretsmanager.amazonaws.com`)",
      d,
      p
    )
  }
  // A log group's KMS key: its key policy admits CloudWatch Logs.
  if (traps.includes('logs-kms-key-policy')) {
    return target(
      'workflow',
      'you',
      "the key policy of the log group's KMS key (it must allow the CloudWatch Logs service principal)",
      d,
      p
    )
  }
  // A service using its KMS key for the caller (DynamoDB, Kinesis): the caller's use of the key.
  if (traps.includes('relayed-kms-refusal')) {
    return target(
      'workflow',
      'you',
      "the caller's use of the KMS key that encrypts the data (its identity policy and the key policy)",
      d,
      p
    )
  }
  // A service's own role refused (AWS Backup's job role, h22-007): that role's policy.
  if (traps.includes('service-role-refused')) {
    return target(
      'workflow',
      'you',
      `the IAM role ${d.detail.refusedService ? `AWS ${d.detail.refusedService}` : 'the service'} runs the job as (its service role), not the caller`,
      d,
      p
    )
  }
  // The role handed to a Cognito identity pool: its ARN, its passing and its trust (h22-019).
  if (traps.includes('cognito-role-forbidden')) {
    return target(
      'workflow',
      'you',
      `the role handed to the identity pool (${d.detail.role ?? 'its ARN'}): its full ARN, the caller's iam:PassRole on it, and its trust of cognito-identity.amazonaws.com`,
      d,
      p
    )
  }
  // A Logs destination's access policy, in the receiving account, admits the sender (h22-016).
  if (traps.includes('logs-destination-policy')) {
    return target(
      'resource-policy',
      'resource-owner',
      `the access policy of CloudWatch Logs destination ${d.resource!} (it must allow the sending account)`,
      d,
      p,
      d.resource
    )
  }
  // A service refused as itself: the target's resource policy admits its principal.
  if (traps.includes('service-caller-by-name')) {
    return target(
      'resource-policy',
      'resource-owner',
      `the resource policy of the target (for ${d.action ?? 'the action'}), which must allow the service principal of ${d.principal ?? 'the service'}`,
      d,
      p
    )
  }
  // A service's delivery destination: the bucket or key policy, or the service's own role.
  if (traps.includes('delivery-destination-policy')) {
    const identity = deliveryIdentitySide({ d, principal: p, crossAccount: null })
    if (identity) return target('identity-policy', 'you', identity, d, p)
    return target(
      'resource-policy',
      'resource-owner',
      d.detail.deliveryKey
        ? `the key policy of ${d.detail.deliveryKey} and the bucket policy of ${d.detail.deliveryBucket ?? 'the trail bucket'} (they must allow the delivering service)`
        : `the bucket policy of ${d.detail.deliveryBucket ?? 'the destination bucket'} (it must allow the delivering service)`,
      d,
      p
    )
  }
  // A state machine's logging: its own execution role, not the deployer.
  if (traps.includes('sfn-log-delivery')) {
    return target(
      'workflow',
      'you',
      "the state machine's execution role (its log-delivery permissions)",
      d,
      p
    )
  }
  // A second configure-aws-credentials call: its inputs and role 2's trust of role 1 change.
  if (traps.includes('role-chaining-second-call')) {
    return target(
      'workflow',
      'you',
      "the second configure-aws-credentials step (`role-chaining: true`) and the second role's trust policy (it must trust the first role)",
      d,
      p,
      d.resource
    )
  }
  // Amazon Q Developer's own refusal: the identity's subscription, not a policy.
  if (traps.includes('amazon-q-subscription')) {
    return target(
      'workflow',
      'you',
      'the Amazon Q Developer subscription and sign-in of the identity (IAM Identity Center user or AWS Builder ID), not an IAM policy',
      d,
      p
    )
  }
  // A service's VPC network interface: made with the resource's own role, not the caller's.
  if (traps.includes('service-network-role')) {
    return target(
      'identity-policy',
      'you',
      "the execution role of the notebook or function the service runs (its RoleArn / Role), not the caller's identity",
      d,
      p
    )
  }
  // Lambda's check of the function's role: that role, not the deployer.
  if (traps.includes('lambda-role-check')) {
    return target(
      'identity-policy',
      'you',
      "the function's execution role (its Role, which the message does not name), not the deployer's identity",
      d,
      p
    )
  }
  // Code in a hosted runtime: the runtime's own role supplies its credentials.
  if (traps.includes('runtime-credentials')) {
    return target(
      'credentials',
      'you',
      "the runtime's own role (App Runner instance role, Amplify SSR compute role, ECS task role, Lambda execution role or a Kubernetes pod's service account role), not the CI job's credentials",
      d,
      p
    )
  }
  // A server's storage backend refused the server: its own credentials, not the client's.
  if (traps.includes('server-storage-backend') && !d.principal) {
    return target(
      'identity-policy',
      'you',
      "the identity policy of the server's own AWS credentials (its IRSA role, the node's instance profile, or the keys in its storage configuration), not the client's",
      d,
      p
    )
  }
  // A tool's refused probe it calls bad credentials: the probe's action, not the keys.
  if (traps.includes('misnamed-probe-refusal')) {
    return target(
      'identity-policy',
      'you',
      "the identity policy of the credentials the tool runs as (its check's action, such as s3:ListBucket on the bucket), or the tool's setting that turns the check off",
      d,
      p
    )
  }
  if (d.kind === 'credentials' || traps.includes('get-caller-identity-is-credentials')) {
    return target('credentials', 'you', `the AWS credentials this job uses`, d, p)
  }
  // CodeBuild uses a source connection as the project's service role (codebuild-connection).
  if (traps.includes('codebuild-connection')) {
    return target(
      'identity-policy',
      'you',
      "the identity policy of the CodeBuild project's service role (it uses the connection)",
      d,
      p
    )
  }
  // A pre-signed link past its lifetime: a fresh link, from whoever signs them.
  if (traps.includes('presigned-url-expired')) {
    return target(
      'credentials',
      'resource-owner',
      'a fresh pre-signed link, from whoever issued this one (it expired)',
      d,
      p
    )
  }
  // Another party's artifact fetched without credentials: its URL or its host changes.
  if (traps.includes('s3-third-party-download')) {
    return target(
      'resource-name',
      'resource-owner',
      "the download URL the build uses (another version, repository or mirror), or the artifact host's owner",
      d,
      p
    )
  }
  // The log says an SCP blocks it: only the organization's administrators can change that.
  if (traps.includes('scp-stated')) {
    return target(
      'scp',
      'org-admin',
      'a service control policy of the organization (the log says one blocks this call)',
      d,
      p
    )
  }
  // AWS's quarantine policy, named by the text rather than the message: the key is the fix.
  if (traps.includes('exposed-key-quarantine')) {
    return target('credentials', 'aws-support', `the exposed access key of ${who}`, d, p)
  }
  // A name that is an unset value: the code or configuration that supplies it (u24-001).
  if (traps.includes('unset-name-in-arn')) {
    return target(
      'resource-name',
      'you',
      'the configuration or code that supplies the resource name (it was not set)',
      d,
      p,
      d.resource
    )
  }
  // An unsubstituted template variable in the ARN: the code that built it changes.
  if (traps.includes('unresolved-template-variable')) {
    return target(
      'resource-name',
      'you',
      isPulumiOutputText(d.resource)
        ? 'the Pulumi program that builds the ARN (it passed an unresolved Output as a string)'
        : 'the template or CDK code that builds the ARN (its ${AWS::...} placeholder was never substituted)',
      d,
      p,
      d.resource
    )
  }
  if (traps.includes('compromised-key-quarantine')) {
    return target('credentials', 'aws-support', `the exposed access key of ${who}`, d, p)
  }
  // S3 Block Public Access and SSE-C blocking: the request or the bucket setting changes, no policy.
  if (d.detail.s3BlockPublicAccess) {
    return target(
      'workflow',
      'you',
      "the request the job makes (its ACL, bucket policy or encryption type), or the bucket's S3 Block Public Access settings",
      d,
      p,
      d.resource
    )
  }
  if (bucketSettingSaid && traps.includes('s3-public-access-settings')) {
    return target('workflow', 'you', BUCKET_SETTING_TARGETS[bucketSettingSaid], d, p, d.resource)
  }
  // A service's own words name whose setting decides (src/model/ownWordsRefusals.ts).
  const own = ownWordsOf(d.grammar)
  if (own) return target(own.kind, own.owner, own.target, d, p, d.resource)
  // An image's launch permissions are set by its owner, not by any policy of the caller.
  if (d.detail.images) {
    return target(
      'resource-attribute',
      'resource-owner',
      d.detail.images.includes(', ')
        ? `the launch permissions of images ${d.detail.images} (their owners share them, or the job uses other images)`
        : `the launch permissions of image ${d.detail.images} (its owner shares it, or the job uses another image)`,
      d,
      p
    )
  }
  // Organizations' own refusal: the account the call runs from changes, not a policy.
  if (traps.includes('organizations-management-account') && isOrganizationsOwnRefusal(d)) {
    return target(
      'workflow',
      'org-admin',
      "the account the job runs the Organizations call in: the organization's management account (or, for the calls it delegates, a delegated administrator)",
      d,
      p
    )
  }
  // The same refusal with no call named: the account first, the policy only in the management account.
  if (traps.includes('organizations-call-unnamed')) {
    return target(
      'workflow',
      'org-admin',
      "the account the job runs the Organizations call in (a member account is refused whatever it allows), or in the management account the caller's identity policy",
      d,
      p
    )
  }
  // S3 validates notification destinations: their policies must admit s3.amazonaws.com.
  if (traps.includes('service-delivery-policy') && d.grammar === 's3-notification-destination') {
    const named = d.detail.notificationDestination
    return target(
      'resource-policy',
      'resource-owner',
      `the resource policy of the notification's destination${named?.startsWith('arn:') ? ` ${named}` : ''} (queue policy, topic policy or Lambda function policy): it must allow s3.amazonaws.com from this bucket`,
      d,
      p,
      named?.startsWith('arn:') ? named : null
    )
  }
  // SNS's delivery status log (no caller printed): the queue's policy must admit SNS (h54-001).
  if (traps.includes('service-delivery-policy') && p === null && d.service === 'sqs') {
    return target(
      'resource-policy',
      'resource-owner',
      'the queue policy of the queue SNS delivers to: it must allow sns.amazonaws.com to send from the topic (aws:SourceArn)',
      d,
      p
    )
  }
  // Auto Scaling's launch failure: the EBS key's policy must admit its service-linked role.
  if (traps.includes('kms-grant-for-aws-resource') && d.detail.kmsLaunch === 'ebs') {
    return target(
      'resource-policy',
      'resource-owner',
      'the key policy of the customer managed KMS key that encrypts the EBS volumes (it must allow the AWSServiceRoleForAutoScaling service-linked role)',
      d,
      p
    )
  }
  // The CDK deploy role's policy is the bootstrap's: the bootstrap changes, never the role by hand.
  if (traps.includes('cdk-deploy-role-pass-role')) {
    return target(
      'workflow',
      'you',
      "the CDK bootstrap (its --cloudformation-execution-policies, or a customised template), not the deploy role's policy by hand",
      d,
      p
    )
  }
  // An AWS managed key's policy is AWS's: the tool's choice of keys, or the key, changes.
  if (traps.includes('aws-managed-key')) {
    return target(
      'workflow',
      'you',
      "the keys the job touches (skip the AWS managed key, or use a customer managed key), not the key's policy, which AWS owns",
      d,
      p
    )
  }
  // Lambda's grant names a role that was recreated: the function's role setting is re-saved.
  if (traps.includes('lambda-stale-kms-grant')) {
    return target(
      'workflow',
      'you',
      "the Lambda function's execution-role setting (set it again, or redeploy the function, so Lambda makes a new KMS grant), not a policy",
      d,
      p
    )
  }
  // A mistyped target: the job's configuration changes, not a policy (traps say what is wrong).
  if (traps.includes('ssm-parameter-name') && d.deny !== 'explicit') {
    return target(
      'resource-name',
      'you',
      'the SSM parameter name the job asks for',
      d,
      p,
      d.resource
    )
  }

  if (traps.includes('arn-partition-mismatch')) {
    return target(
      'resource-name',
      'you',
      `the partition of the ARN the job or tool was given (${resourceWords(d.resource)} is not in the caller's partition)`,
      d,
      p,
      d.resource
    )
  }
  // A tool's update check answered by its vendor's server: nothing of the user's to change.
  if (traps.includes('tool-update-check')) {
    return target(
      'unknown',
      'resource-owner',
      "nothing in your account: the tool's vendor runs the server its update check asked",
      d,
      p
    )
  }
  // A Lambda authorizer's returned policy refused the call: the authorizer and the token sent.
  if (traps.includes('apigateway-authorizer-deny')) {
    return target(
      'unknown',
      'you',
      "the API's Lambda authorizer (the policy it returns) and the token the client sends",
      d,
      p
    )
  }
  // Identity Center's account assignments decide which roles the portal hands out.
  if (traps.includes('identity-center-no-access')) {
    return target(
      'unknown',
      'you',
      "the user's account assignments in IAM Identity Center (the permission set in that account)",
      d,
      p
    )
  }
  // AWS Config invokes the rule's function itself: the function's resource-based policy.
  if (traps.includes('config-rule-lambda-permission')) {
    return target(
      'resource-policy',
      'you',
      `the resource-based policy of ${resourceWords(d.resource)} (a statement for config.amazonaws.com)`,
      d,
      p,
      d.resource
    )
  }
  // The organization's trusted access with the service, from its management account.
  if (traps.includes('organizations-trusted-access')) {
    return target(
      'unknown',
      'org-admin',
      `the organization's trusted access with ${d.detail.trustedAccess ?? 'the service'} (enabled from the management account)`,
      d,
      p
    )
  }
  // VM Import works as its service role: the role, its trust and its policy.
  if (traps.includes('vmimport-service-role')) {
    return target(
      'workflow',
      'you',
      `VM Import's service role ${d.detail.serviceRole ?? 'vmimport'} (its existence, its trust of vmie.amazonaws.com, its permissions) and the caller's iam:PassRole on it`,
      d,
      p
    )
  }
  // The repository reads the artifacts itself: the bucket's policy.
  if (traps.includes('serverlessrepo-bucket-read')) {
    return target(
      'resource-policy',
      'resource-owner',
      "the artifacts bucket's policy (it must let serverlessrepo.amazonaws.com read the application's files)",
      d,
      p
    )
  }
  // Lambda pulls the image itself: the ECR repository's policy.
  if (traps.includes('lambda-image-permission')) {
    return target(
      'resource-policy',
      'resource-owner',
      "the ECR repository's policy (it must let lambda.amazonaws.com pull the function's image)",
      d,
      p
    )
  }
  // A user pool invokes its trigger itself: the function's resource-based policy.
  if (traps.includes('cognito-trigger-permission')) {
    return target(
      'resource-policy',
      'you',
      "the trigger function's resource-based policy (a statement for cognito-idp.amazonaws.com from this user pool)",
      d,
      p
    )
  }
  // DMS assumes its fixed-name role itself: the role, its trust and its managed policy.
  if (traps.includes('dms-vpc-role')) {
    return target(
      'resource-attribute',
      'you',
      `the role ${resourceWords(d.resource)}, its trust policy and its managed policy`,
      d,
      p,
      d.resource
    )
  }
  // Redshift assumes the role itself: its association with the cluster and its trust policy.
  if (traps.includes('redshift-iam-role')) {
    return target(
      'resource-attribute',
      'you',
      `the IAM roles of the Redshift cluster and the trust policy of ${resourceWords(d.resource)}`,
      d,
      p,
      d.resource
    )
  }
  if (traps.includes('malformed-role-arn')) {
    return target(
      'resource-name',
      'you',
      `the role ARN the job or tool was given (${resourceWords(d.resource)} is malformed)`,
      d,
      p,
      d.resource
    )
  }
  // A key's settings read refused by its own policy: which key it is decides (an AWS managed key
  // is skipped, a customer managed key's administrators change its policy).
  if (traps.includes('kms-key-metadata-read')) {
    return target(
      'workflow',
      'resource-owner',
      `the key ${resourceWords(d.resource)}: skip it if it is AWS managed (\`alias/aws/…\`), else its key policy (its key administrators)`,
      d,
      p,
      d.resource
    )
  }
  if (traps.includes('assume-service-linked-role')) {
    return target(
      'resource-name',
      'you',
      `the service-linked role ${resourceWords(d.resource)}: create it if the account lacks it (no trust policy of it can be edited)`,
      d,
      p,
      d.resource
    )
  }
  if (traps.includes('assume-role-target-not-role')) {
    return target(
      'resource-name',
      'you',
      `the role ARN the job asks to assume (${resourceWords(d.resource)} is not a role)`,
      d,
      p,
      d.resource
    )
  }
  if (d.kind === 'not-found') {
    return target(
      'resource-name',
      'you',
      'the name of the resource the job refers to',
      d,
      p,
      d.resource
    )
  }
  // SAML federation has no caller policy: the role's trust policy and the IdP's assertion decide.
  if (actionIs(d, 'sts:AssumeRoleWithSAML') && d.deny !== 'explicit') {
    return target(
      'trust-policy',
      'you',
      `the trust policy of ${resourceWords(d.resource, 'the role being assumed')} (its SAML provider and SAML:aud), and the Role attribute of the identity provider's assertion`,
      d,
      p,
      d.resource
    )
  }
  const service = servicePrincipalTarget(d, p)
  if (service) return service
  // A name sent where the API needs an ARN: the request changes, not a policy.
  const wrongId = d.deny === 'explicit' ? null : nameForArn(d.service, d.resource)
  if (wrongId) {
    return target(
      'resource-name',
      'you',
      `the ${wrongId.what} identifier the job passes (${wrongId.parameter} must be the ${wrongId.what}'s ARN, not its name)`,
      d,
      p,
      d.resource
    )
  }
  // A bare AssumeRole refusal whose role the log names: the role's trust policy is what an expert
  // reads first (a role that does not trust the caller is the usual cause, and within one account
  // it alone can allow a role it names); the caller's own sts:AssumeRole follows (h15-153).
  // An action another account's layer cannot share: what changes is the layer ARN the job names.
  if (
    traps.includes('lambda-layer-share') &&
    unshareableOnLayer(d.action, crossAccountOf(p, d.resource), d.layer)
  ) {
    return target(
      'workflow',
      'you',
      'the layer ARN the job names: a version ARN its publisher lists, which needs only lambda:GetLayerVersion',
      d,
      p,
      d.resource
    )
  }
  // The resource the log names lives in another Region: the job's Region is the change.
  if (traps.includes('resource-in-other-region')) {
    return target(
      'workflow',
      'you',
      'the Region the job calls: the resource the log names is in another one',
      d,
      p
    )
  }
  // Snowflake's IAM user refused: the trust policy of the integration's role, in your account.
  if (traps.includes('snowflake-storage-integration')) {
    // The caller is Snowflake's: the role's owner (your account) changes its trust.
    return target(
      'trust-policy',
      'resource-owner',
      'the trust policy of the role the Snowflake storage integration names (STORAGE_AWS_ROLE_ARN in `DESC INTEGRATION`)',
      d,
      p
    )
  }
  // CDK Pipelines' project role refused as itself: the app's synthesis and the bootstrap change.
  if (traps.includes('cdk-pipeline-project-role')) {
    return target(
      'workflow',
      'you',
      "the CDK app's synthesis (new-style, `@aws-cdk/core:newStyleStackSynthesis` in CDK v1) and the bootstrap of the target account and Region",
      d,
      p
    )
  }
  // Copilot's environment role: its trust is Copilot's to write; the caller's own side is ours.
  if (traps.includes('copilot-environment-role')) {
    return copilotPipelineCaller(d.principal)
      ? target(
          'workflow',
          'you',
          "the pipeline's buildspec: the environments it upgrades or deploys (`copilot env upgrade -n ENV`, not `--all`)",
          d,
          p
        )
      : target('identity-policy', 'you', identityWords(p, who), d, p)
  }
  if (traps.includes('assume-role-trust-side') && d.resource && /:role\//.test(d.resource)) {
    return target(
      'trust-policy',
      trustOwner(p, d.resource),
      `the trust policy of ${resourceWords(d.resource, 'the role being assumed')}, and the caller's own sts:AssumeRole`,
      d,
      p,
      d.resource
    )
  }
  // AppSync assumes a data source role as itself: that role's trust policy changes.
  if (traps.includes('appsync-data-source-role')) {
    const role = d.detail.assumedRole ?? null
    return target(
      'trust-policy',
      'you',
      `the trust policy of ${role ?? "the data source's service role"} (it must let appsync.amazonaws.com assume it)`,
      d,
      p,
      role
    )
  }
  // Route 53's zone outside the caller's account: the zone ID the job passes changes (h15-003).
  if (traps.includes('route53-zone-not-owned')) {
    return target(
      'resource-name',
      'you',
      "the hosted zone ID the job passes (a zone of the caller's own account, not another account's or an alias target's)",
      d,
      p,
      d.resource
    )
  }
  if (actionIs(d, 'sts:AssumeRoleWithWebIdentity')) {
    return target(
      'trust-policy',
      'you',
      'the trust policy of the role the token is exchanged for',
      d,
      p,
      d.resource
    )
  }
  if (d.layer) {
    const advice = LAYER_ADVICE[d.layer]
    if (d.layer === 'trust') {
      const role = resourceWords(d.resource, 'the role being assumed')
      return target(
        'trust-policy',
        trustOwner(p, d.resource),
        `the trust policy of ${role}`,
        d,
        p,
        d.resource
      )
    }
    if (d.deny === 'explicit' && d.layer === 'identity') {
      const named = d.policyArn ? ` ${d.policyArn}` : ''
      return target(
        'explicit-deny',
        'you',
        `the Deny in the identity-based policy${named} attached to ${who}`,
        d,
        p
      )
    }
    const description: Record<FixTargetKind, string> = {
      'identity-policy': identityWords(p, who),
      'resource-policy': resourcePolicyWords(d.resource),
      'permissions-boundary': `the permissions boundary of ${who}`,
      'session-policy': `the session policy passed when ${who} was assumed`,
      'vpc-endpoint-policy': 'the policy of the VPC endpoint the request went through',
      scp: `a service control policy of the organization${d.policyArn ? ` (${shownPolicyArn(d.policyArn)})` : ''}`,
      rcp: `a resource control policy of the organization${d.policyArn ? ` (${shownPolicyArn(d.policyArn)})` : ''}`,
      'trust-policy': '',
      'explicit-deny': '',
      credentials: '',
      'resource-name': '',
      'resource-attribute': '',
      workflow: '',
      'identity-provider': '',
      unknown: ''
    }
    if (pod && advice.target === 'identity-policy') return podRoleTarget(d, p, pod)
    if (traps.includes(TASK_ON_INSTANCE) && advice.target === 'identity-policy')
      return taskRoleTarget(d, p)
    if (traps.includes(VAULT_USER) && advice.target === 'identity-policy')
      return vaultRoleTarget(d, p)
    const resourceArn = advice.target === 'resource-policy' ? d.resource : null
    return target(advice.target, advice.owner, description[advice.target], d, p, resourceArn)
  }
  // Bedrock's Marketplace refusal names the actions the caller's identity policy lacks (h11-103).
  if (
    traps.includes('bedrock-model-access') &&
    catalogActionsIn(d.detail.marketplaceActions).length > 0
  ) {
    return target(
      'identity-policy',
      'you',
      `${identityWords(p, who)} (the AWS Marketplace actions the message names)`,
      d,
      p
    )
  }
  // A service-linked role's own policy is AWS's and cannot be edited: a resource whose policy
  // admits callers (a KMS key, a bucket, a queue) is where it is let in (h48-027: Cloud9's role
  // refused a customer managed key).
  if (
    p?.serviceLinked === true &&
    d.deny !== 'explicit' &&
    d.resource?.startsWith('arn:') &&
    SLR_RESOURCE_POLICY_SERVICES.has(d.service ?? '')
  ) {
    return target(
      'resource-policy',
      'resource-owner',
      `${resourcePolicyWords(d.resource)}: it must allow the service-linked role ${p.name ?? ''} (whose own policy AWS maintains)`,
      d,
      p,
      d.resource
    )
  }
  // KMS's ending names the key's side: its Region or account, then its key policy (h11-091).
  if (d.detail.resourceSide) {
    return target(
      'resource-policy',
      'resource-owner',
      d.service === 'kms'
        ? `the key policy of ${resourceWords(d.resource, 'the KMS key the call uses')}, after checking that the key ARN's Region and account are the call's`
        : `${resourcePolicyWords(d.resource)}, after checking that the resource exists in the call's Region and account`,
      d,
      p,
      d.resource
    )
  }
  // An anonymous call to API Gateway refused by an explicit Deny: no identity, boundary or
  // organization policy applies to an unsigned caller of execute-api, so the API's resource policy
  // holds the Deny (a private API's `aws:SourceVpce` condition most often; heldout74 review h74-021).
  if (d.deny === 'explicit' && p?.type === 'anonymous' && /^execute-api:/i.test(d.action ?? '')) {
    return target(
      'resource-policy',
      'resource-owner',
      `the resource policy of the API${d.resource ? ` ${d.resource}` : ''} (its Deny statement: for a private API, the aws:SourceVpce or aws:SourceVpc condition the request did not meet), then the API's redeployment`,
      d,
      p,
      d.resource
    )
  }
  if (d.deny === 'explicit') {
    // Which policy holds the Deny decides who can change it (heldout27 review, h27-001: an SCP
    // only the management account edits, told as "you").
    return target(
      'explicit-deny',
      'policy-owner',
      `an explicit Deny that applies to ${who} (the message does not say which policy)`,
      d,
      p
    )
  }
  // Session tags and source identities are granted by the trust policy too (aws-denials.md §5.5).
  if (actionIs(d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity')) {
    const role = resourceWords(d.resource, 'the role being assumed')
    // A CDK bootstrap role trusts its own account's root: a caller of that account needs only its
    // own Allow, and the trust is the bootstrap's, never a hand edit (heldout23's unseen-logs
    // review, u25-002). Only a caller the log shows in another account needs the trust changed.
    if (bootstrapAssumedFromOwnAccount(d, p?.accountAsPrinted)) {
      return target('identity-policy', 'you', `the identity policy of ${who}`, d, p)
    }
    // A pod on its node's role: the role becomes the pod's own (IRSA), the node role gets nothing.
    // A caller whose permission set allows every action has nothing to add (h15-097).
    return target(
      'trust-policy',
      trustOwner(p, d.resource),
      pod
        ? `the trust policy of ${role} (the pod's own role through its service account, not the node role)`
        : permissionSetAllowsAll(p?.permissionSet)
          ? `the trust policy of ${role}`
          : `the trust policy of ${role}, and the identity policy of ${who}`,
      d,
      p,
      d.resource
    )
  }
  // Root refused by a service that has no resource policy (Identity Center's account assignment,
  // h27-017): no policy of any account lacks an Allow; an organization rule or the service's own
  // rule about which account may call refused it.
  if (d.action && p?.type === 'root' && hasNoResourcePolicy(d.action.split(':')[0])) {
    return target(
      'workflow',
      'org-admin',
      `the organization's rules for the account (a service control policy, unless it is the management account, or the service's rule on which account may make the call)`,
      d,
      p
    )
  }
  // Neither anonymous callers nor the root user have identity policies: the resource's policy is
  // what refused them (root is otherwise refused only by SCPs/RCPs, which the message would name).
  // An unsigned request (`--no-sign-request`) is anonymous whether or not the message names the action.
  if ((d.action && p?.type === 'root') || p?.type === 'anonymous') {
    return target(
      'resource-policy',
      'resource-owner',
      resourcePolicyWords(d.resource),
      d,
      p,
      d.resource
    )
  }
  if (d.action) {
    if (pod) return podRoleTarget(d, p, pod)
    if (traps.includes(TASK_ON_INSTANCE)) return taskRoleTarget(d, p)
    if (traps.includes(VAULT_USER)) return vaultRoleTarget(d, p)
    return target('identity-policy', 'you', identityWords(p, who), d, p)
  }
  // Step Functions names no action but does name whose policy lacks it: the state machine's role,
  // in full or cut to its tail by the writer (heldout126 review h126-045).
  if (traps.includes('sfn-managed-rule')) {
    if (p) return target('identity-policy', 'you', identityWords(p, who), d, p)
    const tail = d.detail.role ? ` (its name ends \`${d.detail.role}\`)` : ''
    return unnamedRoleTarget(d, p, `the identity policy of the state machine's role${tail}`)
  }
  return target('unknown', 'you', 'not stated by the message', d, p)
}

/**
 * A pod that fell back to its node's instance role (heldout20 review, h20-063/064): the Allow goes
 * on the pod's own role, whose name the log cannot show; granting the node role gives every pod
 * on those nodes the permission. The node role stays named, as the one not to widen.
 */
function podRoleTarget(d: Denial, p: PrincipalInfo | null, pod: PodOnNode): FixTarget {
  const sa = pod.serviceAccount ? ` for the service account ${pod.serviceAccount}` : ''
  const where = p?.accountAsPrinted ? ` in ${accountWords(p.accountAsPrinted)}` : ''
  return {
    ...unnamedRoleTarget(
      d,
      p,
      `the identity policy of the pod's own role (its IRSA role${KOPS_NODE_ROLE.test(p?.name ?? '') ? '' : ' or EKS Pod Identity association'}${sa})${where}, not the node role ${p?.name ?? ''}`.trimEnd()
    ),
    pod
  }
}

/** src/diagnose/traps/ecsTaskOnInstanceRole.ts */
const TASK_ON_INSTANCE = 'ecs-task-on-instance-role'

/**
 * A container that fell back to its ECS container instance's role (heldout125 review h125-071):
 * the Allow goes on the task's own role, which the log cannot name; the instance role stays
 * named, as the one not to widen.
 */
function taskRoleTarget(d: Denial, p: PrincipalInfo | null): FixTarget {
  const where = p?.accountAsPrinted ? ` in ${accountWords(p.accountAsPrinted)}` : ''
  return unnamedRoleTarget(
    d,
    p,
    `the identity policy of the task's own role (the task definition's taskRoleArn)${where}, not the container instance role ${p?.name ?? ''}`.trimEnd()
  )
}

/** src/diagnose/traps/vaultDynamicUser.ts */
const VAULT_USER = 'vault-dynamic-user'

/** A user Vault made for one lease (heldout124 review h124-087): the Vault role's policy changes. */
function vaultRoleTarget(d: Denial, p: PrincipalInfo | null): FixTarget {
  return unnamedRoleTarget(
    d,
    p,
    `the policy of the Vault AWS secrets engine role that issues ${p?.name ?? 'these users'} (its policy_document, policy_arns or iam_groups), not the user, which Vault deletes when the lease ends`
  )
}

/** The identity policy of a principal the log cannot name; the refused caller stays in the words only. */
function unnamedRoleTarget(d: Denial, p: PrincipalInfo | null, description: string): FixTarget {
  return {
    ...target('identity-policy', 'you', description, d, p),
    principalArn: null,
    principalName: null,
    rolePathUnknown: false
  }
}

/** Whose identity policy changes: an Identity Center role's is its permission set's. */
function identityWords(p: PrincipalInfo | null, who: string): string {
  if (p?.permissionSet)
    return `the permission set ${p.permissionSet} in IAM Identity Center (it provisions ${who}, which must not be edited)`
  // The role's name masked after its prefix (`AWSReservedSSO_xxxxxxxxxxx`, h34-021): still
  // Identity Center's, its permission set unnamed.
  return identityCenterRole(p)
    ? `the permission set behind ${who} in IAM Identity Center (the log masks its name; the role must not be edited)`
    : `the identity policy of ${who}`
}

/** An IAM Identity Center role, its permission set named or masked. */
function identityCenterRole(p: PrincipalInfo | null): boolean {
  return Boolean(p?.permissionSet) || (p?.type === 'role' && /^AWSReservedSSO_/.test(p.name ?? ''))
}
