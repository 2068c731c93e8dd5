// The one-line cause and the plain-English explanation of a finding.
import { isPulumiOutputText, unsetValueIn } from '../model/unsetValueNames.js'
import { ownWordsOf } from '../model/ownWordsRefusals.js'
import { catalogActionsIn } from '../catalog/printedActions.js'
import { shownPolicyArn } from '../model/cutPolicyArn.js'
import type { Denial } from '../model/Denial.js'
import type { FixTarget } from '../model/FixTarget.js'
import {
  bareServiceSentence,
  ecrRegistryReadSentence,
  unknownServiceSentence
} from './bareDenial.js'
import { serviceOfCode } from '../model/codeService.js'
import { hasNoResourcePolicy } from '../model/noResourcePolicy.js'
import { credentialAdvice } from './credentialAdvice.js'
import { LAYER_ADVICE, layerSentence } from './layerAdvice.js'
import { principalHidden, type PrincipalInfo } from './Principal.js'
import { s3BareCauses } from './s3BareCauses.js'
import { permissionSetOfRole } from '../model/identityCenter.js'
import { denyPlaceWords } from '../model/denyPlaces.js'
import { nameForArn, nameForArnSentence } from '../model/nameForArn.js'

const OWNER_WORDS: Record<FixTarget['owner'], string> = {
  you: 'you (whoever manages this IAM principal)',
  'resource-owner': 'the owner of the resource',
  'org-admin': "your AWS Organization's administrators",
  'session-creator': 'whoever creates the session',
  'network-owner': 'whoever manages the VPC endpoint',
  'aws-support': 'you, following AWS Support',
  'policy-owner':
    "whoever owns the policy that holds the Deny (a service or resource control policy: the organization's management account or its delegated administrator; a boundary, session or identity policy: the caller's account)"
}

function who(p: PrincipalInfo | null): string {
  if (!p) return ''
  if (p.type === 'role' || p.type === 'user')
    return p.name ? ` for ${p.type} ${p.name}` : ` for a ${p.type} whose name the log hides`
  if (p.type === 'anonymous') return ' for an anonymous caller'
  if (p.type === 'service') return ` for service principal ${p.printed}`
  if (principalHidden(p)) return ' for a caller whose name the log hides'
  return ` for ${p.printed}`
}

function what(d: Denial): string {
  if (d.action) return d.action
  if (d.operation) return d.service ? `${d.service} ${d.operation}` : d.operation
  if (d.service) return `${d.service} request`
  return 'An AWS request'
}

/** Whose token it was, when the log shows it (parse/webIdentityIssuer.ts); claimed only on evidence. */
const ISSUER_TOKEN: Record<string, string> = {
  github: 'GitHub OIDC token',
  eks: 'EKS service account token',
  cognito: 'Cognito identity pool token',
  gitlab: 'GitLab OIDC token'
}

// Refusals in a service's own words whose cause the title can already say.
const GRAMMAR_TITLE: Record<string, (d: Denial) => string> = {
  // With no call named, the same words also answer a management-account caller's own policies.
  'organizations-access-denied': (d) =>
    d.action || d.operation
      ? `${what(d)} refused by AWS Organizations: only its management account or a delegated administrator may call it`
      : `${what(d)} refused by AWS Organizations: called from a member account, or not allowed to the caller`,
  's3-notification-destination': () =>
    "S3 could not validate a notification destination: the destination's policy must admit S3",
  'asg-client-error-on-launch': () =>
    "Auto Scaling could not launch an instance: the EBS volume's KMS key must admit its service-linked role",
  'service-linked-role-not-permitted': () =>
    'EC2 could not create the service-linked role this feature needs: the caller may not call iam:CreateServiceLinkedRole',
  'stackset-execution-role-trust': () =>
    'CloudFormation StackSets could not assume the execution role in a target account: it is missing or does not trust the administration role'
}

/**
 * StackSets' status reason names both roles (h14-159; Control Tower's own pair in
 * aws-solutions/aws-control-tower-customizations#109): the administrator side assumes the target's.
 */
function stackSetSentence(d: Denial): string {
  const execution = d.detail.role ?? 'AWSCloudFormationStackSetExecutionRole'
  const admin = d.detail.administrationRole ?? 'AWSCloudFormationStackSetAdministrationRole'
  return (
    `CloudFormation StackSets could not assume the execution role ${execution} in the target account the message names: the role is missing there, or its trust policy does not name the administrator account's role ${admin}. ` +
    "Create it in the target account with AWS's template (AWSCloudFormationStackSetExecutionRole.yml, its AdministratorAccountId parameter set to the administrator account) or fix its trust policy, or use service-managed permissions through AWS Organizations, which create the roles themselves. No identity-policy Allow of the caller changes this."
  )
}

/**
 * IAM refuses a valid key's GetSessionToken session without MFA as `InvalidClientTokenId` (STS's
 * GetSessionToken reference): with no session in sight (the session-token-iam-call trap's case),
 * an IAM call refused so still names that possibility (heldout161 review h161-051, h161-060:
 * aws-vault exec's default session; CDK creating an IAM user).
 */
const IAM_OPERATION =
  /^(?:Create|Delete|Get|List|Update|Attach|Detach|Put|Tag)(?:User|Users|Role|Roles|Policy|Policies|PolicyVersion|Group|Groups|AccessKey|AccessKeys|InstanceProfile|InstanceProfiles|RolePolicy|UserPolicy|GroupPolicy|LoginProfile|AccountAlias|AccountAliases|OpenIDConnectProvider|SAMLProvider)$/
const IAM_SESSION_HEDGE =
  'IAM also answers `InvalidClientTokenId` to a valid key when the credentials are a session from GetSessionToken without MFA (what `aws-vault exec` makes for a profile with no role): if that is where they come from, call IAM with the long-term keys (`aws-vault exec --no-session PROFILE`), add MFA to the session (`mfa_serial`), or assume a role for the work.'

function iamRefusedSession(d: Denial): boolean {
  return (
    d.code === 'InvalidClientTokenId' &&
    (d.service === 'iam' || (d.service === null && IAM_OPERATION.test(d.operation ?? '')))
  )
}

export function denialTitle(d: Denial, p: PrincipalInfo | null, traps: string[]): string {
  // AWS knows the key; IAM alone refuses its type (a GetSessionToken session without MFA).
  if (d.kind === 'credentials' && traps.includes('iam-refuses-credential-type'))
    return `IAM refuses these credentials' type; other services accepted them${d.code ? ` (${d.code})` : ''}`
  // The chain's other providers say "none": the one that found credentials lacked the STS module.
  if (d.kind === 'credentials' && traps.includes('sdk-sts-module-missing'))
    return `AWS credentials found but not usable: the Java SDK's STS module is missing${d.code ? ` (${d.code})` : ''}`
  // Whatever the chain reported next: the provider that had credentials never reached AWS.
  if (d.kind === 'credentials' && traps.includes('credential-endpoint-unreachable'))
    return `AWS credentials could not be fetched: the network did not reach their endpoint${d.code ? ` (${d.code})` : ''}`
  if (d.kind === 'credentials')
    return `${credentialAdvice(d.detail.cause, d.code, d.detail.issuer).title}${d.code ? ` (${d.code})` : ''}`
  if (d.kind === 'not-found') {
    if (d.detail.repository)
      return `ECR repository ${d.detail.repository} does not exist in registry ${d.detail.registryId}`
    return `${what(d)}: the target does not exist${d.code ? ` (${d.code})` : ''}`
  }
  if (traps.includes('compromised-key-quarantine'))
    return `Access key quarantined by AWS: ${what(d)} denied${who(p)}`
  if (traps.includes('get-caller-identity-is-credentials')) {
    return `${what(d)} failed${who(p)}: a credentials problem, not a missing permission`
  }
  if (traps.includes('arn-partition-mismatch'))
    return `${what(d)} denied${who(p)}: the resource ARN is in another partition than the caller`
  if (traps.includes('presigned-url-expired'))
    return `${what(d)} denied: the pre-signed link had expired`
  if (traps.includes('tool-update-check'))
    return `A tool's update check was refused by its vendor's server: not your AWS account`
  if (traps.includes('apigateway-authorizer-deny'))
    return `API Gateway refused the request: the API's Lambda authorizer returned a policy that does not allow it`
  if (traps.includes('identity-center-no-access'))
    return `IAM Identity Center refused the role's credentials: the user has no assignment of it in that account`
  if (traps.includes('config-rule-lambda-permission'))
    return `AWS Config may not invoke the custom rule's Lambda function: the function's resource-based policy does not allow it`
  if (traps.includes('organizations-trusted-access'))
    return `${what(d)} denied${who(p)}: the organization has not enabled trusted access with ${d.detail.trustedAccess ?? 'the service'}`
  if (traps.includes('serverlessrepo-bucket-read'))
    return `The Serverless Application Repository may not read the application's artifacts: the bucket's policy does not let the service read them`
  if (traps.includes('lambda-image-permission'))
    return `Lambda may not pull the function's container image: the ECR repository's policy does not let the Lambda service read it`
  if (traps.includes('cognito-trigger-permission'))
    return `The user pool may not invoke its ${d.detail.cognitoTrigger ?? 'Lambda'} trigger: the function's resource-based policy does not allow Cognito`
  if (traps.includes('dms-vpc-role'))
    return `DMS could not use its ${d.resource?.includes('dms-cloudwatch-logs-role') ? 'dms-cloudwatch-logs-role' : 'dms-vpc-role'}: the role, its trust policy or its managed policy is missing`
  if (traps.includes('redshift-iam-role'))
    return `Redshift refused ${d.principal ? 'a database user' : 'the COPY or UNLOAD'} its IAM role: the cluster's roles and the role's trust policy decide`
  if (traps.includes('malformed-role-arn'))
    return `${what(d)} denied${who(p)}: the role ARN asked for is malformed`
  if (traps.includes('assume-role-target-not-role'))
    return `${what(d)} denied${who(p)}: the target ARN is not a role`
  if (traps.includes('kms-key-metadata-read'))
    return `${what(d)} denied${who(p)}: the key's own policy refused the read (an AWS managed key's cannot change)`
  if (traps.includes('assume-service-linked-role'))
    return `${what(d)} denied${who(p)}: the target is a service-linked role, which only its service assumes`
  if (traps.includes('ssm-parameter-name'))
    return `${what(d)} denied${who(p)}: the parameter name is malformed or missing`
  if (traps.includes('autoscaling-launch-template'))
    return `ec2:RunInstances refused${who(p)}: Auto Scaling checked that the caller may launch from ${d.detail.launchTemplate ? `launch template ${d.detail.launchTemplate}` : 'its launch template'}`
  if (traps.includes('lambda-role-check'))
    return `The function's execution role may not call ${d.operation ?? 'what its configuration needs'}: Lambda checked it when the function was saved`
  if (traps.includes('unset-name-in-arn'))
    return `${what(d)} denied${who(p)}: the resource's name is ${d.resource?.endsWith('/') ? 'empty' : unsetValueIn(d.resource ?? d.detail.url)?.kind === 'sample' ? "a sample configuration's placeholder" : 'an unset value'}`
  if (traps.includes('unresolved-template-variable'))
    return `${what(d)} denied${who(p)}: the ARN ${isPulumiOutputText(d.resource) ? "is Pulumi's text for an unresolved Output" : 'holds a template variable that was never substituted'}`
  if (traps.includes('impossible-account-id'))
    return `${what(d)} denied${who(p)}: the resource ARN's account ID is not 12 digits`
  if (traps.includes('lambda-stale-kms-grant'))
    return "Lambda's KMS grant for the function is stale: its execution role was recreated; re-save the role, no policy change"
  if (traps.includes('relayed-kms-refusal'))
    return `${what(d)} denied: KMS refused the caller's use of the key that encrypts the data`
  if (d.grammar === 'lambda-role-trust')
    return "Lambda cannot assume the function's execution role: its trust policy must allow lambda.amazonaws.com"
  if (d.detail.images)
    return `EC2 may not launch ${d.detail.images}: not available to this account in this Region (wrong Region, retired, or not shared)`
  if (Object.hasOwn(GRAMMAR_TITLE, d.grammar) && d.deny !== 'explicit')
    return GRAMMAR_TITLE[d.grammar]!(d)
  const own = ownWordsOf(d.grammar)
  if (own && d.deny !== 'explicit') return own.title
  if (d.detail.s3BlockPublicAccess) {
    return `${what(d)} denied${who(p)} by S3 settings: ${d.detail.s3BlockPublicAccess}`
  }
  if (d.action?.toLowerCase() === 'sts:assumerolewithwebidentity') {
    const token = ISSUER_TOKEN[d.detail.webIdentityIssuer ?? ''] ?? 'Web identity token'
    return `${token} rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)`
  }
  if ((d.kind === 'encoded' || d.detail.encodedTruncated) && !d.action)
    return `${what(d)} denied; the details are in an encoded message`
  const base = `${what(d)} denied${who(p)}`
  if (d.layer) {
    const layer = LAYER_ADVICE[d.layer].name
    return d.deny === 'explicit'
      ? `${base}: explicit deny in ${layer}`
      : `${base}: no ${layer.replace(/^(?:an?|the) /, '')} allows it`
  }
  if (d.deny === 'explicit') return `${base}: explicit deny`
  // Only when the message names no action: "not authorized to perform s3:GetObject" says what
  // the caller lacks, and the missing key stays a secondary check (heldout6 h6-047).
  if (traps.includes('s3-missing-object-without-listbucket') && !d.action)
    return `${base}: the object may not exist`
  return d.code ? `${base} (${d.code})` : base
}

const NO_ROLE_ARN_NEEDED = new Set<FixTarget['kind']>([
  'workflow',
  'credentials',
  'resource-name',
  'resource-attribute'
])

// Layers where "both accounts must allow" is the point; for the others the owner of that layer is.
const BOTH_SIDES_LAYERS = new Set([null, 'identity', 'resource', 'trust'])

// Messages without the IAM sentence that still say more than "denied".
const GRAMMAR_SENTENCE: Record<string, string> = {
  'kms-ciphertext':
    'KMS would not use the key: it does not exist, is in another Region, or the caller is not allowed to use it (KMS does not say which).',
  'lambda-kms-env':
    "Lambda could not decrypt the function's environment variables with their KMS key, on behalf of the function's execution role.",
  'secretsmanager-kms':
    'Secrets Manager could not use the KMS key that encrypts the secret for this caller.',
  'bedrock-model-access':
    'Bedrock refused the model or the API in its own words, naming no IAM action: the usual causes are a model ID or Region the model is not offered in, a missing inference profile, or a first use the account could not complete (Marketplace permissions, the Anthropic use-case form).',
  'sqs-access-to-resource': 'SQS refused access to the queue without saying who or why.',
  'organizations-access-denied':
    'AWS Organizations refused the call in its own words, not an IAM sentence: it answers this way when the account is neither the management account nor a delegated administrator for the call.',
  's3-notification-destination':
    "S3 would not save the bucket's event notification configuration: it could not confirm that it may deliver to a destination (queue, topic or function), which the destination's resource policy decides.",
  'asg-client-error-on-launch':
    "Auto Scaling could not launch an instance: its service-linked role may not use the customer managed KMS key of an encrypted EBS volume (the documented cause of 'Client error on launch').",
  'lambda-role-trust':
    "Lambda could not assume the function's execution role: the role's trust policy must allow the service principal `lambda.amazonaws.com` to call sts:AssumeRole (check the role ARN for a typo too). Right after the role is created, IAM's eventual consistency gives the same error for a few seconds: a retry passes. No identity-policy Allow of the deployer changes this.",
  // EC2's code says why (h14-142): never "without saying who or why".
  'service-linked-role-not-permitted':
    'EC2 says why: the first use of this feature in the account creates a service-linked role, and the caller may not create it (iam:CreateServiceLinkedRole).',
  'ec2-images-not-authorized':
    "EC2 refused to launch an instance from an image this account has no launch permission for (the image's owner decides)."
}

const DECODE =
  'aws sts decode-authorization-message --encoded-message <BLOB> --query DecodedMessage --output text'

const CUT: Record<string, string> = {
  missing: 'the log shows the marker but no message after it',
  masked: 'the log masked the message',
  // Cut by the log, elided or replaced by the writer's placeholder (`[encrypted message here]`).
  cut: 'the log does not hold the whole message (cut short, elided or left as a placeholder)'
}

/** An encoded message: hidden details, and when the log lost the blob, how to get it back. */
function encodedSentence(d: Denial, inferredAction: string | null): string {
  const base = 'The service hid who, what and why in an encoded authorization message.'
  const cut = d.detail.encodedTruncated
  if (!cut) return base
  const likely = inferredAction
    ? ` The call was most likely \`${inferredAction}\` (from the tool's words); the refused action may be one it needs besides (for instance iam:PassRole for an instance profile or node role, or ec2:CreateTags), so no Allow is drafted before decoding.`
    : ' No Allow is drafted before decoding: the refused action is often not the call itself (iam:PassRole, ec2:CreateTags).'
  return (
    `${base} It cannot be decoded from this log: ${CUT[cut] ?? CUT.cut}. Copy the full message from the job's raw log (or the tool's own error output) and decode it with \`${DECODE}\` (the caller needs sts:DecodeAuthorizationMessage).` +
    likely
  )
}

/**
 * A registry type's handler refused without the call: the type's schema lists every permission
 * each handler uses, which is the set to grant, and CloudTrail names the one refused (h27-005).
 */
function handlerTypeSentence(d: Denial): string {
  const type = d.detail.cfnType!
  const service = d.service ?? 'the service'
  return `CloudFormation's handler for \`${type}\` was refused one of the ${service} calls it makes as the deploying identity (the stack's service role, else whoever ran the deploy), without saying which. The type's schema lists every permission each handler needs: \`aws cloudformation describe-type --type RESOURCE --type-name ${type} --query Schema --output text\` (its \`handlers.create.permissions\`, \`update\` and \`delete\`) is the set to grant for the event's operation. CloudTrail names the one refused: the event at the stack's time from \`${service}.amazonaws.com\` whose errorCode is \`AccessDenied\`.`
}

function noLayerSentence(d: Denial, target: FixTarget, inferredAction: string | null): string {
  if (d.detail.s3BlockPublicAccess) {
    return `S3 refused the request because ${d.detail.s3BlockPublicAccess}.`
  }
  // Bedrock's Marketplace refusal lists the actions: never "naming no IAM action" (h11-103).
  const named = catalogActionsIn(d.detail.marketplaceActions)
  if (d.grammar === 'bedrock-model-access' && named.length > 0)
    return `Bedrock refused the model because the caller may not perform the AWS Marketplace actions its message names (${named.join(', ')}).`
  if (d.grammar === 'stackset-execution-role-trust') return stackSetSentence(d)
  if (d.grammar === 'handler-type-denied' && d.detail.cfnType) return handlerTypeSentence(d)
  if (Object.hasOwn(GRAMMAR_SENTENCE, d.grammar)) return GRAMMAR_SENTENCE[d.grammar]!
  const own = ownWordsOf(d.grammar)
  if (own) return own.explanation
  if ((d.kind === 'encoded' || d.detail.encodedTruncated) && !d.action)
    return encodedSentence(d, inferredAction)
  const s3 = s3BareCauses(d, inferredAction)
  if (s3) return s3
  if (!d.action) {
    const service = d.service ?? serviceOfCode(d.code)
    const bare = bareServiceSentence(service, d.operation, inferredAction, d.principal, d.code)
    if (bare) return bare
    const registryRead = d.service === 'ecr' ? ecrRegistryReadSentence(inferredAction) : null
    if (registryRead) return registryRead
    // A message cut after its caller (`… is not authorized to perform: ec`, h21-063) names who.
    if ((d.service === 's3' || d.service === 'ecr') && d.principal)
      return 'AWS refused the request; the message names the caller but not the action or why (it is cut, or the service left them out). Check what the job accessed with that identity.'
    if (d.service === 's3' || d.service === 'ecr')
      return "AWS refused the request without saying who, what or why (it does this for HEAD requests, and for requests from outside the resource's account or organization). Check which identity the job uses and what it accessed."
    return unknownServiceSentence(d.operation, d.principal, d.code)
  }
  if (d.action.toLowerCase() === 'sts:assumerolewithwebidentity') {
    const token = ISSUER_TOKEN[d.detail.webIdentityIssuer ?? ''] ?? 'web identity token'
    return `STS refused to exchange the ${token.replace(/^GitHub/, "job's GitHub")} for the role's credentials. The role's trust policy decides this (an organization's resource control policy may refuse it too; the caller has no identity policy).`
  }
  if (d.action.toLowerCase() === 'sts:assumerolewithsaml') {
    return "STS refused to exchange the SAML assertion for the role's credentials. Only the role's trust policy (its SAML provider and SAML:aud) and the assertion's Role attribute decide this: the caller has no identity policy."
  }
  if (target.principalType === 'service' && target.kind === 'resource-policy') {
    return `${d.principal} is an AWS service principal acting for one of your resources: it has no identity policy, so the target's resource policy must allow it.`
  }
  const base = 'The message does not say which kind of policy refused the request.'
  if (target.kind === 'identity-policy') {
    // Stacks, IAM entities, delivery streams have no resource policy that could be the other side.
    if (hasNoResourcePolicy(d.service))
      return `${base} The caller's identity policy is the place: ${d.service} resources have no resource-based policy.`
    return `${base} The caller's identity policy is the usual place; if the resource is in another account, its resource policy must allow the caller too.`
  }
  if (target.kind === 'resource-policy' && target.principalType === 'anonymous') {
    return `${base} An unsigned (anonymous) request can only be allowed by the resource's own policy.`
  }
  if (target.principalType === 'root' && target.kind === 'workflow') {
    const service = d.action?.split(':')[0] ?? d.service ?? 'the service'
    const sso =
      service === 'sso'
        ? " IAM Identity Center's own rule is the likely one: a delegated administrator account may not assign users or groups to the management account, nor use permission sets provisioned there; those assignments are made from the management account."
        : ''
    return `${base} The root user holds every permission of its own account, and ${service} has no resource-based policy: no policy lacks an Allow. An organization rule refused it (a service control policy, which never applies to the management account), or the service's own rule on which account may make the call.${sso} A root caller also means the program uses the account's long-term root access keys: an IAM role or user should make these calls.`
  }
  if (target.principalType === 'root') {
    return `${base} The root user holds every permission of its own account, so the refusal comes from the resource's policy (or from an organization policy). A root caller also means the program uses the account's long-term root access keys: an IAM role or user should make these calls.`
  }
  return base
}

/** A page quoting both endings of the message: neither is claimed, both checks are given. */
function eitherSentence(d: Denial): string {
  const action = d.action ?? 'the action'
  return `The text gives both endings of the message ("with an explicit deny" and "no identity-based policy allows"), so it does not say which one AWS printed: check both. If no policy allows it, an Allow of ${action} on ${d.resource ?? 'the resource'} in the caller's identity policy fixes it (none is drafted while a Deny may match). If a Deny matched, no Allow helps: find it (a service control policy, a permissions boundary, a session policy, the resource's or the caller's own policy) and meet or narrow its Condition; the full error text or CloudTrail's errorMessage says which.`
}

/** KMS's ending naming the resource side (h11-091): the key's Region or account, then its key policy. */
function resourceSideSentence(d: Denial): string {
  const action = d.action ?? 'the action'
  if (d.service === 'kms') {
    return `KMS names the key's side, not the caller's: the key does not exist in the Region the call went to (a key ARN or alias of another Region or account, or a Region setting that differs from the key's), its key policy does not allow ${action} to the caller, or the key policy denies it. First compare the Region and account of the key ARN the job uses with the Region the call is made in (a key is used only in its own Region; a multi-Region replica has its own ARN); then the key policy must allow the caller ${action} (or delegate to the account with the default \`arn:aws:iam::ACCOUNT:root\` statement, so that the caller's identity policy counts). The caller's identity policy comes after.`
  }
  return `The message names the resource's side, not the caller's: the resource does not exist in this Region (or account), no resource-based policy allows ${action} to the caller, or one denies it. Check the resource's ARN (Region and account) first, then its resource-based policy.`
}

function causeSentence(d: Denial, target: FixTarget, inferredAction: string | null): string {
  if (d.detail.denyAmbiguous) return eitherSentence(d)
  if (d.detail.resourceSide) return resourceSideSentence(d)
  if (d.layer) return layerSentence(d.layer, d.deny)
  if (d.deny === 'explicit') {
    const places = denyPlaceWords(d)
    return `A Deny statement matched; the message does not say in which kind of policy (${places.slice(0, -1).join(', ')} or ${places.at(-1)}). No Allow can override it.`
  }
  return noLayerSentence(d, target, inferredAction)
}

export function explanationOf(
  d: Denial,
  target: FixTarget,
  crossAccount: boolean | null,
  advice: string[],
  inferredAction: string | null = null,
  /** Advice that names the real cause: said before anything else. */
  lead: string[] = [],
  /** A trap says no policy decided this (a disabled bucket, an archived object). */
  noPolicy = false,
  /** The log shows GitHub Actions: credential advice may name its configure-aws-credentials step. */
  onGitHub = true
): string {
  const parts: string[] = [...lead]
  if (d.kind === 'credentials') {
    // A lead names where the credentials should come from: the generic advice would contradict it.
    if (lead.length === 0) {
      parts.push(credentialAdvice(d.detail.cause, d.code, d.detail.issuer, onGitHub).explanation)
      if (iamRefusedSession(d)) parts.push(IAM_SESSION_HEDGE)
    }
  } else if (d.kind === 'not-found') {
    parts.push(
      // Bucket names are global: another account's bucket answers 403 and another Region's a
      // redirect, so NoSuchBucket means the name (the unseen-logs review, u24-004).
      d.code === 'NoSuchBucket'
        ? 'This is not an authorization failure: no bucket of that name exists anywhere (bucket names are global: another account’s bucket would answer 403, a wrong Region a redirect). Check the name the job uses, or create the bucket first. No policy change will help.'
        : 'This is not an authorization failure: the resource the job names does not exist (check the name, the account and the Region). No policy change will help.'
    )
  } else {
    // A credentials target (quarantined key, GetCallerIdentity) is explained by its trap: the
    // layer's "narrow the Deny" or "add an Allow" would be wrong advice.
    // A mistyped target (resource-name) is explained by its trap: no policy refused it.
    // Nor is an account AWS blocks: its lead says so, and no policy decision was recorded.
    if (
      !noPolicy &&
      target.kind !== 'credentials' &&
      target.kind !== 'resource-name' &&
      target.kind !== 'resource-attribute' &&
      target.owner !== 'aws-support'
    )
      parts.push(causeSentence(d, target, inferredAction))
    const wrongId = target.kind === 'resource-name' ? nameForArn(d.service, d.resource) : null
    if (wrongId) parts.push(nameForArnSentence(wrongId, d.resource!))
    if (crossAccount && d.deny !== 'explicit' && BOTH_SIDES_LAYERS.has(d.layer)) {
      parts.push(
        'The caller and the resource are in different accounts: both sides must allow the request.'
      )
    }
    if (d.policyArn)
      parts.push(
        `The denying policy is ${shownPolicyArn(d.policyArn)}${d.policyName ? ` (${d.policyName})` : ''}.`
      )
    // A trap that says no policy decided, or that the call must change, names no policy to edit.
    if (target.kind !== 'unknown' && !noPolicy)
      parts.push(`What to change: ${target.description}, owned by ${OWNER_WORDS[target.owner]}.`)
    // The exact role ARN matters where a policy names the role; not for a request or a key.
    if (target.rolePathUnknown && !NO_ROLE_ARN_NEEDED.has(target.kind)) {
      parts.push(rolePathSentence(target))
    }
    if (d.authorizationId) {
      parts.push(
        `AWS recorded the decision under authorization ID ${d.authorizationId}: \`aws iam-toolbox get-request-authorization-details --authorization-id ${d.authorizationId}\` shows it in full (after about a day).`
      )
    }
  }
  parts.push(...advice)
  return parts.join(' ')
}

/** Where the role ARN a session hides lives; an Identity Center role's path is known in advance. */
function rolePathSentence(target: FixTarget): string {
  const getRole = `\`aws iam get-role --role-name ${target.principalName}\``
  if (permissionSetOfRole(target.principalName ?? '')) {
    const full = (target.principalArn ?? '').replace(
      /:role\//,
      ':role/aws-reserved/sso.amazonaws.com/'
    )
    return `The session's role ARN is shown without its path: an IAM Identity Center role's ARN is ${full}, with the Region after sso.amazonaws.com/ for some instances, and aws:PrincipalArn conditions see that full ARN; ${getRole} prints it.`
  }
  return `The session's role ARN is shown without its path (${target.principalArn}); use ${getRole} for the exact ARN.`
}
