// Causes the words around a refusal state (src/infer/statedCause.ts): each opens the explanation,
// because it is what an expert checks first.
import { inAcademyLab } from './awsAcademyLab.js'
import { accountOfArn } from '../Principal.js'
import type { Trap, TrapInput } from '../Trap.js'

const stated = ({ inferred }: TrapInput, kind: string): boolean =>
  inferred?.statedCause?.value === kind

const said = ({ inferred }: TrapInput): string => inferred?.statedCause?.from ?? 'the log'

export const permissionsBoundaryStated: Trap = {
  id: 'permissions-boundary-stated',
  lead: true,
  applies: (input) => stated(input, 'permissions-boundary'),
  advice: (input) =>
    `The log says a permissions boundary blocks these calls (${said(input)}): a call is allowed only where the identity policy and the boundary both allow it, so the Allow goes into the boundary policy as well as the identity policy. \`aws iam get-role --role-name NAME --query Role.PermissionsBoundary\` (or \`get-user\`) names the boundary; if a platform team owns it, ask them to add the action.`
}

export const hardCodedAccount: Trap = {
  id: 'hard-coded-account',
  lead: true,
  applies: (input) =>
    stated(input, 'hard-coded-account') && accountOfArn(input.d.resource) !== null,
  advice: (input) =>
    `The log says the account in the target is hard-coded (${said(input)}): the request went to account ${accountOfArn(input.d.resource)!}'s resource, most likely not the account the job's credentials belong to. Fix the account in the URI or ARN (derive it from \`aws sts get-caller-identity --query Account --output text\`, or use the \`registry\` output of aws-actions/amazon-ecr-login) rather than granting anything: an Allow on the caller's side alone never opens another account's resource.`
}

export const cloud9ManagedCredentials: Trap = {
  id: 'cloud9-managed-credentials',
  lead: true,
  // An AWS Academy lab's session refused by the lab's own limits: the word Cloud9 in its notes is
  // no sign of which credentials made the call (heldout34 review, h34-024: the IAM console).
  // Nor a service-linked role's session (`AWSServiceRoleForAWSCloud9`, h48-027): that is Cloud9 itself.
  applies: (input) =>
    stated(input, 'cloud9-managed-credentials') &&
    !inAcademyLab(input) &&
    input.principal?.serviceLinked !== true,
  advice: (input) =>
    `The log points at Cloud9's AWS managed temporary credentials (${said(input)}). Cloud9 renews them every few minutes and they refuse some calls whatever the user's policies allow (most IAM calls, and STS role assumption among them), so long or IAM-touching deployments (CDK, Copilot, Terraform) fail with an invalid token or a refusal. Turn them off (Cloud9 Preferences, AWS Settings, AWS managed temporary credentials) and give the environment an instance role or credentials of its own; no policy change fixes this.`
}

export const iamRefusesCredentialType: Trap = {
  id: 'iam-refuses-credential-type',
  lead: true,
  applies: (input) => stated(input, 'iam-refuses-credential-type'),
  advice: () =>
    "The same credentials created other resources earlier in this run, so AWS knows the key: only IAM refuses it. IAM answers InvalidClientTokenId for the credential types it does not accept: Cloud9's AWS managed temporary credentials (they refuse most IAM calls), and GetSessionToken credentials obtained without MFA (no IAM API call without MFA). Turn off Cloud9's managed credentials (Preferences, AWS Settings) and give the environment an instance role or keys of its own, or get the session with MFA (`aws sts get-session-token --serial-number MFA_ARN --token-code CODE`), or use a role. A new key or a policy change does not fix this."
}

export const scpStated: Trap = {
  id: 'scp-stated',
  lead: true,
  applies: (input) => stated(input, 'scp'),
  advice: (input) =>
    `The log says a service control policy blocks this (${said(input)}): an SCP only filters what the account may do, so no Allow in the account's own policies can override it. Ask the organization's administrators which SCP refuses ${input.d.action ? `\`${input.d.action}\`` : 'the call'} (\`aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY\`, run in the management account) and either meet its condition (an allowed Region, a required tag or encryption setting) or have them exempt this role in the SCP (\`"Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT_ID:role/ROLE"}}\`).`
}

// A service whose resources have a policy of their own: with the caller's Allow said to be in
// place (administrator access that did not help), that side decides first (heldout13 review,
// h13-035: S3 still refusing with admin access). One row per service.
const RESOURCE_SIDE: Record<string, string> = {
  s3: "For S3 look at the bucket's side first: a Deny in the bucket policy (`aws s3api get-bucket-policy --bucket BUCKET`: conditions on aws:SourceVpce, aws:SourceIp, aws:SecureTransport, aws:PrincipalOrgID or encryption refuse even administrators), objects another account wrote that the bucket owner does not own (their ACLs; Object Ownership BucketOwnerEnforced makes the bucket owner own them), the key policy of the bucket's SSE-KMS key, and a bucket in another account, whose policy must allow you too. ",
  // A launch under admin rights fails on what the launch touches besides RunInstances (h14-103).
  ec2: "For EC2 under administrator rights the refusal is rarely RunInstances itself: decode the encoded message when the error carries one, or find the call in CloudTrail, first. Then look at a service control policy limiting Regions, instance types or requiring tags; an explicit Deny (a quarantine or MFA policy); `iam:PassRole` on the instance profile's role; the KMS key of encrypted EBS volumes or of the AMI's snapshots, whose key policy must let the caller use it; and `ec2:CreateTags` when tags are applied at launch. ",
  kms: 'For KMS look at the key policy first: an identity Allow works only if the key policy lets the account delegate to IAM (the "Enable IAM User Permissions" statement); `aws kms get-key-policy --key-id KEY --policy-name default` shows it. '
}

function resourceSide({ d, inferred }: TrapInput): string {
  const action = d.action ?? inferred?.action?.value ?? ''
  // The refused call's own service: Lambda relays S3's refusal of its code object.
  const service = action.includes(':') ? action.split(':')[0]! : (d.service ?? '')
  return RESOURCE_SIDE[service.toLowerCase()] ?? ''
}

/**
 * A HeadBucket refused to a caller whose own side allows S3: a bucket name is one account's
 * worldwide, and S3 answers 403 for a bucket another account owns. A tool that checks the bucket
 * before creating it (Crossplane's observe, Terraform's read) meets it first (heldout50 review
 * h50-007: `fer-test`).
 */
function bucketNameTaken({ d }: TrapInput): string {
  if (d.operation !== 'HeadBucket') return ''
  const bucket = /^arn:[^:]+:s3:::([^/]+)$/.exec(d.resource ?? '')?.[1]
  const named = bucket ? ` \`${bucket}\`` : ''
  return `S3 answers 403 to HeadBucket for a bucket another account owns: bucket names are global, so if the bucket${named} is one this job means to create, the name is taken (choose a unique one; \`aws s3api head-bucket --bucket NAME\` from any account shows whether it exists). `
}

/**
 * When the writer named the refused action itself as allowed (not a broad policy): the statement
 * that allows it may name another resource, or be attached to another identity (heldout43 review,
 * h43-023: `dynamodb:Query` declared in serverless.yml).
 */
function namedAllowFirst(input: TrapInput): string {
  if (input.inferred?.statedCause?.value !== 'allow-named') return ''
  const resource = input.d.resource ?? input.inferred?.resource?.value
  const index = /^arn:[^:]+:dynamodb:/.test(resource ?? '')
    ? " (a DynamoDB table's indexes are resources of their own: `TABLE_ARN/index/*`)"
    : ''
  return `First compare that statement's Resource and Condition with the resource refused${resource ? ` (\`${resource}\`)` : ''}${index}, and check that the call runs as the identity the statement is attached to (\`aws sts get-caller-identity\` in the same place). `
}

export const allowAlreadyGranted: Trap = {
  id: 'allow-already-granted',
  lead: true,
  // The message itself naming the policy type of an explicit Deny says more than the writer's
  // Allow: that layer is the place (heldout103 review h103-018: an SCP's Deny, the build role's
  // inline Allow beside it).
  applies: (input) =>
    (stated(input, 'allow-exists') || stated(input, 'allow-named')) &&
    !(input.d.deny === 'explicit' && input.d.layer !== null && input.d.layer !== 'identity'),
  advice: (input) =>
    `The log says an Allow is already in place (${said(input)}), so a missing Allow is probably not the cause and adding it again may change nothing. ${bucketNameTaken(input)}${resourceSide(input)}${namedAllowFirst(input)}Check, in this order: an explicit Deny in the caller's own policies (\`aws iam list-attached-user-policies\` / \`list-attached-role-policies\` and the inline ones): AWS's \`AWSCompromisedKeyQuarantineV3\` (or \`V2\`) when it found the access key exposed, or an MFA-required policy (\`aws:MultiFactorAuthPresent\`) that refuses calls made with access keys; a permissions boundary (\`aws iam get-user\` / \`get-role\` shows PermissionsBoundary); a service control policy of the organization (the IAM policy simulator with its Organizations SCPs option on, or the administrators); a session policy passed when the role was assumed; other credentials (\`aws sts get-caller-identity\` in the same step names who really called: another profile, keys in the environment, a role the tool assumes). An encoded authorization message, when the error carries one, says whether an explicit Deny matched and which statement: decode it first (\`aws sts decode-authorization-message\`). A policy attached moments ago can also take a few seconds to apply.`
}
