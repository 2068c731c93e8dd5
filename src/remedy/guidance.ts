// Notes for the cases where there is no Allow to paste (explicit deny, SCP, boundary, credentials...)
// and for the known traps. One entry per case: data, not branching.
import { GITHUB_OIDC_HOST } from './oidcSubject.js'
import { requiresWildcardResource } from '../catalog/Catalog.js'
import { lambdaRoleCheckOf } from '../model/lambdaRoleChecks.js'
import { isPulumiOutputText, unsetValueIn } from '../model/unsetValueNames.js'
import { checkedNextOf } from '../model/checkedNext.js'
import { serviceLinkedRoleName } from './serviceLinkedRoleArn.js'
import { SHAREABLE_LAYER_ACTION, layerShareNote } from '../model/lambdaLayers.js'
import { copilotEnvironmentNote } from '../model/copilotRoles.js'
import { TERRAFORM_STATE_NOT_SAVED_NOTE } from '../model/terraformBackend.js'
import { sessionPluginNote } from '../model/sessionManager.js'
import { BARE_HTTP_403_NOTE } from '../model/bareHttpStatus.js'
import { roleArnDefect } from '../model/roleArnDefects.js'
import { PRINTED_ALLOW_FROM } from '../model/Inferred.js'
import {
  CREDENTIALS_REFUSED,
  credentialCause,
  credentialHeadline
} from '../model/credentialCauses.js'
import { catalogActionsIn } from '../catalog/printedActions.js'
import type { BootstrapCaseId } from '../model/cdkBootstrapResources.js'
import { ORGANIZATION_LAYERS, bootstrapCaseOf } from '../model/cdkBootstrapResources.js'
import { NON_IAM_REFUSALS } from '../model/nonIamRefusals.js'
import { CDK_PIPELINE_PROJECT_ROLE_NOTE } from '../model/cdkPipelineProjectRole.js'
import { SNOWFLAKE_STORAGE_INTEGRATION_NOTE } from '../model/snowflakeStorageIntegration.js'
import { foreignKindOf } from '../model/foreignBuckets.js'
import type { FixTargetKind } from '../model/FixTarget.js'
import type { Finding } from '../model/Finding.js'
import { boundaryCheck, denyCandidatesNote, guardrailNote, iamEntityOf } from './guardrails.js'
import { boundaryOnCreate } from '../model/delegationBoundary.js'
import { credentialsCheck, sessionPolicySource } from '../model/sessionBroker.js'
import { hasNoResourcePolicy } from '../model/noResourcePolicy.js'
import { isOwnDefaultProduct } from '../model/securityHubProducts.js'
import { nestedArn } from '../model/nestedArn.js'
import { parameterNameProblem } from '../model/ssmParameterNames.js'
import {
  delegation,
  isOrganizationsOwnRefusal,
  managementAccountOnly
} from '../model/serviceRefusals.js'
import { managedRoleOf } from '../model/managedRoles.js'
import { identityCenterRolePattern, permissionSetOfRole } from '../model/identityCenter.js'
import { parseArn } from '../model/Arn.js'
import { guestGrantable, guestWildcardOnly } from './guestGrant.js'
import { starReason } from '../catalog/optionalInputTypes.js'
import { nameForArn, nameForArnSentence } from '../model/nameForArn.js'
import { logsPrincipal, SFN_LOG_DELIVERY_ACTIONS } from '../model/serviceLogs.js'
import { newPlaceholders, unmaskArn } from './placeholders.js'

/** Inline code in a note; backticks in log values would break the span, so they are replaced. */
/** A Bedrock refusal whose caller the log names: the Marketplace statement is drafted for it. */
export function bedrockCallerKnown(f: Finding): boolean {
  return ['role', 'user', 'federated-user'].includes(f.fixTarget.principalType)
}

export function code(value: string): string {
  return '`' + value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`'
}

/** Said both by the catalog check and by the `resource-must-be-star` trap: one note, not two. */
export function starNote(action: string): string {
  return `${action} supports no resource-level permissions, so its Resource must be "*".`
}

/** The same for several actions, said once (a controller's reads, u29-006). */
export function starNoteOfMany(actions: readonly string[]): string {
  return `${actions.slice(0, -1).join(', ')} and ${actions.at(-1)} support no resource-level permissions, so their Resource must be "*".`
}

export interface NoteFacts {
  action: string
  /** The action as text (not code-formatted), or null when the message names none. */
  rawAction: string | null
  principal: string
  resource: string
  policy: string
  finding: Finding
}

const LAYER_NAMES: Record<string, string> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
  'permissions-boundary': 'the permissions boundary',
  session: 'the session policy',
  'vpc-endpoint': 'a VPC endpoint policy',
  trust: 'the role trust policy'
}

function layerName(f: Finding): string {
  return (f.layer && LAYER_NAMES[f.layer]) ?? 'a policy the message does not name'
}

function organizationOf(policyArn: string | null): string | null {
  return /\/(o-[a-z0-9]+)\//.exec(policyArn ?? '')?.[1] ?? null
}

/**
 * Credential causes that the explanation already pins down: the generic "missing, expired or
 * invalid keys, session duration, clock skew" checks would contradict them.
 */
/** A cause's notes, with what the log names put in (the EKS cluster kubectl talks to). */
/** Where each registry client that does not read docker's login gets an ECR token instead. */
const CLIENT_LOGINS: Record<string, string> = {
  kubelet:
    "Not a permissions problem of the job: the kubelet pulled without an ECR login, and `docker login` on the node does not give it one. The kubelet gets ECR tokens itself with the node's instance role: give that role `AmazonEC2ContainerRegistryReadOnly` (or `ecr:GetAuthorizationToken` on `*` and `ecr:BatchGetImage`, `ecr:GetDownloadUrlForLayer` on the repository), and outside EKS's own AMIs configure the kubelet's ECR credential provider (`ecr-credential-provider` in its `--image-credential-provider-config`).",
  containerd:
    'Not a permissions problem: containerd (crictl, ctr) pulled without an ECR login; it does not read docker\'s. Pass one with the pull (`crictl pull --creds "AWS:$(aws ecr get-login-password --region REGION)" IMAGE`, `ctr images pull --user "AWS:$(aws ecr get-login-password --region REGION)" IMAGE`), or let the kubelet\'s ECR credential provider supply it from the node\'s instance role.',
  'ecr-credential-helper':
    'Not a permissions problem of the registry: the ECR credential helper found no AWS credentials to ask ECR for a token with (its own error above says why). Give the process that pulls an identity (an instance role it can reach, IRSA or EKS Pod Identity for a pod, keys in its environment) with `ecr:GetAuthorizationToken`, then the pull reads with its own login.'
}

/** The cause whose notes apply: the one read, else the one its code names (EC2's RequestExpired). */
function notedCause(n: NoteFacts): string {
  return credentialCause(n.finding.detail.cause, n.finding.code) ?? ''
}

function causeNotes(n: NoteFacts): string[] {
  const notes = CAUSE_NOTES[notedCause(n)]!
  // Another issuer than GitHub's carries its own audience (heldout100 review h100-013: Pulumi's).
  const issuer = (n.finding.detail.issuer ?? '').replace(/\/$/, '')
  if (
    n.finding.detail.cause === 'oidc-provider-missing' &&
    /^https?:\/\//.test(issuer) &&
    issuer !== `https://${GITHUB_OIDC_HOST}`
  ) {
    return [otherIssuerNote(issuer)]
  }
  const client = n.finding.inferred?.signals?.['registry-client']?.value
  if (n.finding.detail.cause === 'registry-login' && client && Object.hasOwn(CLIENT_LOGINS, client))
    return [CLIENT_LOGINS[client]!]
  // No GitHub Actions in the log: the Action's input is no fix (heldout161 review h161-023).
  if (
    notedCause(n) === 'session-tags' &&
    n.finding.inferred?.signals?.['ci-evidence'] === undefined
  )
    return [SESSION_TAGS_ELSEWHERE_NOTE]
  const cluster = n.finding.inferred?.signals?.['eks-cluster']?.value
  if (n.finding.detail.cause !== 'eks-not-mapped' || !cluster) return notes
  return notes.map((note) => note.replaceAll('--cluster-name CLUSTER', `--cluster-name ${cluster}`))
}

const SESSION_TAGS_ELSEWHERE_NOTE =
  "Not a permissions problem and not the keys: STS could not validate the session tags of the role assumption. With a web identity they come from the identity token's `https://aws.amazon.com/tags` claim (fix it at the identity provider); with AssumeRole, from the tags the tool passes (fix or drop them). The trust policy must allow `sts:TagSession` when tags are passed."

/** Audiences other issuers put in their tokens, where their documentation fixes one. */
const ISSUER_AUDIENCES: Record<string, string> = {
  'https://api.pulumi.com/oidc':
    "the Pulumi organization's name (ESC's `aws-login` sends `aws:ORGANIZATION`), not `sts.amazonaws.com`"
}

function otherIssuerNote(issuer: string): string {
  const audience =
    ISSUER_AUDIENCES[issuer] ??
    'the audience that platform puts in its tokens (its documentation names it: not always `sts.amazonaws.com`)'
  return `Not a permissions problem and not the keys: the role's account has no IAM OIDC identity provider for \`${issuer}\`, so STS cannot trust the token. Create the provider for exactly that URL in the account that owns the role; its audience is ${audience}. Write the role's trust policy against it (its \`:aud\` and \`:sub\` keys); no policy of the caller changes this.`
}

/** The account-level blocks whose fix is the account's own, said where the user reads first. */
const ACCOUNT_BLOCK_NOTES: Record<string, string> = {
  marketplace:
    'No IAM statement is proposed: the account has not subscribed to the AWS Marketplace product. Open the Marketplace page the message links to, signed in to the account that launches it, accept the terms and subscribe (that user needs `aws-marketplace:ViewSubscriptions` and `aws-marketplace:Subscribe`), then run the job again.',
  'support-plan':
    "No statement is proposed: the AWS Support and Health APIs answer only accounts on a Business, Enterprise On-Ramp or Enterprise Support plan. The account's owner changes the plan, or the job reads the data elsewhere (Service Quotas for limits); no IAM change helps.",
  'region-validation':
    'No statement is proposed: AWS is still validating the account for this Region. Wait (minutes, up to 4 hours) and run the job again; if it persists, write to aws-verification@amazon.com as the message says.'
}

const CAUSE_NOTES: Record<string, string[]> = {
  // Aurora calls S3 with the cluster's role: that role's policy, not the job's (heldout40 h40-018).
  'aurora-no-role': [
    "Not the job's or the SQL user's credentials: Aurora calls S3 with an IAM role associated with the DB cluster, and found none. Associate one (`aws rds add-role-to-db-cluster --db-cluster-identifier CLUSTER --role-arn ROLE_ARN`) whose trust policy admits `rds.amazonaws.com` and whose policy allows the S3 reads (`s3:GetObject`, `s3:GetObjectVersion`, `s3:ListBucket` on the bucket and its objects; `s3:PutObject` and `s3:AbortMultipartUpload` for `SELECT INTO OUTFILE S3`), then name it in the cluster parameter group (`aws_default_s3_role`)."
  ],
  // STS refusing the assume-role call's own parameters: the keys are fine (heldout22 review, h22-027).
  'session-duration': [
    "Not a permissions problem and not the keys: STS refused the session length asked for, longer than the role's MaxSessionDuration. Ask for less (configure-aws-credentials' `role-duration-seconds`, a tool's session or TTL setting) or raise the role's maximum (`aws iam update-role --role-name ROLE_NAME --max-session-duration SECONDS`, at most 43200)."
  ],
  'session-duration-chained': [
    "Not a permissions problem and not the keys: a role assumed with another role's credentials (role chaining) gets one hour at most, whatever the role's MaxSessionDuration. Ask for 3600 seconds or less, or assume the role from OIDC, SSO or long-term credentials instead of another role's session."
  ],
  'session-tags': [
    "Not a permissions problem and not the keys: STS could not validate the session tags the assume-role call passed (a value with a character tags may not hold, such as a GitHub App actor's `name[bot]`). Set `role-skip-session-tagging: true` on configure-aws-credentials or fix the tags you pass; the trust policy must allow `sts:TagSession` when tags are passed."
  ],
  'ssm-activation-expired': [
    "Not a permissions problem: the activation's code and ID no longer register a machine (expired, used as many times as its limit, or deleted). Create a new one (`aws ssm create-activation --iam-role ROLE --registration-limit N --expiration-date …`) and register with its code and ID; the activation's IAM role must trust `ssm.amazonaws.com`."
  ],
  'saml-response-invalid': [
    "Not a permissions problem: AWS Sign-In refused the SAML response before any policy was asked. Check the assertion's `https://aws.amazon.com/SAML/Attributes/Role` values (each `ROLE_ARN,PROVIDER_ARN`, for a role whose trust policy names that provider), that the IdP's metadata in IAM is current (a renewed signing certificate must be uploaded), and that the assertion is fresh and for `https://signin.aws.amazon.com/saml`."
  ],
  'eks-token-rejected': [
    "Not a permissions problem: sts:GetCallerIdentity cannot be denied by any policy, so STS refused the token's signature. Make the token afresh right before use (`aws eks get-token --cluster-name CLUSTER`; it lives 15 minutes), with the client's clock in sync, signed for the Region and cluster ID the authenticator expects (its STS endpoint, `-i`/`--cluster-id`)."
  ],
  'rds-iam-token': [
    "No statement is drafted from this message alone: it does not say which check failed. If the token is fresh, made for the connection's exact endpoint, port, user and Region, and sent over SSL, the caller needs `rds-db:connect` on `arn:aws:rds-db:REGION:ACCOUNT:dbuser:DB_RESOURCE_ID/USER` (the resource ID, not the instance name)."
  ],
  'session-name-invalid': [
    'Not a permissions problem and not the keys: STS refused the role session name (letters, digits and `+ = , . @ _ -` only, 2 to 64 of them), so no credentials were issued. A GitHub App actor such as `dependabot[bot]` has brackets: give configure-aws-credentials a `role-session-name` of your own; in other tools set the session name they derive from a user or path to valid characters.'
  ],
  // IAM Identity Center profiles: each cause has its own step, and none is a session's length or a
  // clock (heldout124 review: h124-008, h124-011, h124-012, h124-014).
  'sso-no-token': [
    "Not a permissions problem: the profile's IAM Identity Center token is not in the cache (`~/.aws/sso/cache`), so no request was signed.",
    "Run `aws sso login --profile PROFILE` as the user and HOME the tool runs under. If the file is still not found after a login, the profile uses an `[sso-session]` section the tool's SDK predates: put `sso_start_url` and `sso_region` in the profile itself, or upgrade the tool. In CI, use OIDC rather than an SSO profile."
  ],
  'cloudfront-key-unknown': [
    "Not a permissions problem: CloudFront does not know the signed URL's `Key-Pair-Id`. Sign with a key whose public key is in a key group the cache behavior trusts (`TrustedKeyGroups`), and send that public key's ID; no IAM policy change helps."
  ],
  'request-expired': [
    "Not a permissions problem: the request's time stamp was more than 15 minutes from AWS's clock when it arrived, so no policy change helps.",
    "Check the signing machine's clock first (`date`, NTP sync; a VM or WSL after a sleep), then whether the session keys had expired."
  ],
  'wrong-credential-type': [
    'Not a permissions problem: GetSessionToken takes long-term IAM user keys, and the caller already holds temporary ones, so no policy change helps.',
    "Use the session the process already has (an instance, task or assumed role needs no GetSessionToken), or call it with the user's own keys."
  ],
  'federation-token-from-session': [
    "Not a permissions problem: GetFederationToken takes an IAM user's long-term keys, and it was called with a session's, so no policy change helps.",
    "From a role session, call AssumeRole with a session policy instead; a broker that must federate (Vault's `federation_token` type) needs an IAM user's keys."
  ],
  'credential-process': [
    "Not a permissions problem: the profile's `credential_process` helper failed before any request was signed, so no policy change helps.",
    "Run the helper's command from `~/.aws/config` by hand to see its error (usually its own sign-in expired: `granted sso login`, `aws sso login`), then retry."
  ],
  'sso-cache-format': [
    "Not a permissions problem: the cached token's expiry was written by an early AWS CLI v2 in a form (`…UTC`) the tool's SDK does not parse.",
    'Upgrade the AWS CLI, then run `aws sso login --profile PROFILE` again (or delete the cache file first) so the token is rewritten.'
  ],
  'sso-cache-unreadable': [
    "Not a permissions problem: the operating system failed to read the profile's cached token file; the error after its name is the file system's, not AWS's.",
    "Check the disk or mount holding the home directory and the file's permissions for the user the tool runs as, then run `aws sso login --profile PROFILE` again."
  ],
  'sso-profile-incomplete': [
    'Not a permissions problem: the profile names IAM Identity Center without the settings to sign in with it, so no request was signed.',
    "Run `aws configure sso --profile PROFILE`, or set `sso_start_url`, `sso_region`, `sso_account_id` and `sso_role_name` in the profile the tool reads. If the profile names an `[sso-session]` section, the tool's SDK predates that format: copy `sso_start_url` and `sso_region` into the profile itself, or upgrade the tool."
  ],
  'presigned-expired': [
    'Not a permissions problem: the presigned URL was used after its expiry, so no policy change helps. Generate it again right before use, or with a longer `X-Amz-Expires` (at most 7 days, and no longer than the credentials that sign it).'
  ],
  'oidc-provider-missing': [
    "Not a permissions problem and not the keys: the role's account has no IAM OIDC identity provider for the token's issuer, so STS cannot trust the token. Create the provider (audience `sts.amazonaws.com`) in the account that owns the role, or fix the provider ARN in the trust policy; no policy of the caller changes this."
  ],
  'oidc-provider-missing-eks': [
    "Not a permissions problem: the role's account has no IAM OIDC provider for the EKS cluster's issuer (or the role trusts another cluster's), so STS refused the pod's token. Associate the cluster's provider (`eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve`) and make the trust policy name it; no policy of the pod's role changes this."
  ],
  'oidc-token-invalid': [
    "Not a permissions problem of the caller: AssumeRoleWithWebIdentity is called without AWS credentials, so no identity policy applies. Fix the role's side: its account's OIDC provider for the token's issuer and audience, and a trust policy whose `Federated` principal and `aud`/`sub` conditions match the token."
  ],
  'oidc-verification-key': [
    "Not a permissions problem: STS could not fetch the issuer's signing keys to verify the token (the IAM provider's thumbprint is not what failed). Retry (usually passing with GitHub's issuer); for an issuer of your own, make its discovery document and JWKS reachable from the internet over HTTPS."
  ],
  'oidc-aud-missing': [
    "Not a permissions problem and not a missing provider: the token has no `aud` claim, so it is not an ID token issued for AWS. Send one minted with the audience the IAM OIDC provider lists (GitLab: an `id_tokens:` entry with `aud:` instead of `CI_JOB_TOKEN`; GitHub: a token requested with an audience), and keep the trust policy's `:aud` condition the same."
  ],
  'oidc-claim-missing': [
    'Not a permissions problem: the token lacks a claim STS requires. Send the OIDC ID token the platform issues for AWS (not a job or access token), whose `iss`, `sub` and `aud` the provider and the trust policy check.'
  ],
  'oidc-thumbprint': [
    "Not a permissions problem: the IAM OIDC provider's thumbprint does not match the issuer's certificate. Add the new thumbprint with `aws iam update-open-id-connect-provider-thumbprint`."
  ],
  'eks-not-mapped': [
    "Not a permission of the IAM policy: the EKS cluster maps no Kubernetes user to the identity kubectl signs with (confirm it with `aws sts get-caller-identity` in the same environment). Add an access entry (`aws eks create-access-entry --cluster-name CLUSTER --principal-arn ROLE_ARN`, then `aws eks associate-access-policy --cluster-name CLUSTER --principal-arn ROLE_ARN --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy --access-scope type=cluster` to read everything, nodes included; AmazonEKSClusterAdminPolicy for full control; AmazonEKSEditPolicy with `type=namespace,namespaces=NS` for one namespace's workloads, which does not cover cluster-wide reads such as nodes; access entries need the cluster's authentication mode `API` or `API_AND_CONFIG_MAP`) or an `aws-auth` mapping, from an identity that already has cluster access; no IAM policy of the caller changes this."
  ],
  'credential-timeout': [
    "Not a permissions problem: the credential source (the instance metadata service, STS for IRSA) did not answer before the call gave up. Off EC2 (a laptop, another cloud, a hosted runner) there is no instance metadata service to answer: give the program credentials of its own. From a pod or container on EC2, raise the instance's IMDSv2 hop limit to 2 or give the workload its own role (IRSA, EKS Pod Identity, an ECS task role); in a private subnet, reach STS through an `sts` interface VPC endpoint."
  ],
  'registry-login': [
    "Not a permissions problem: Docker sent no valid login for this registry (never logged in, a token older than 12 hours, or a login to another registry or Region). Log in to the registry in the image's host (account and Region) right before the pull or push."
  ],
  'oidc-audience': [
    "Not a permissions problem: the token's `aud` claim is not among the client IDs of the account's IAM OIDC provider for the issuer. Send an audience the provider lists (configure-aws-credentials sends `sts.amazonaws.com` by default; GitLab's `id_tokens:` the `aud:` it declares; Bitbucket Pipelines its workspace's `ari:cloud:bitbucket::workspace/UUID`) or add the token's value to the provider (`aws iam add-client-id-to-open-id-connect-provider`), and make the trust policy's `:aud` condition say the same; no policy of the caller changes this."
  ],
  'amplify-no-credentials': [
    'Not a permissions problem: no credentials reached the Amplify CLI. In an Amplify Hosting build, attach a service role to the app (App settings → IAM roles) and redeploy; elsewhere, give the CLI a profile or the access-key variables before it runs.'
  ],
  'amplify-app-no-credentials': [
    "Not a permissions problem: the app's Amplify library had no credentials from its Cognito identity pool to sign with. Configure Amplify with the identity pool, sign the user in (or allow guest access for calls made signed out), and check the pool's two roles exist; no IAM policy change helps before that."
  ],
  'roles-anywhere-certificate': [
    'Not a permissions problem: IAM Roles Anywhere trusted no anchor for the certificate, so no session was issued. Fix the certificate chain (intermediates), the trust anchor, profile and Region the helper uses; no IAM policy change helps.'
  ],
  'greengrass-token-exchange': [
    "Not a permissions problem yet: Greengrass's token exchange service gave the component no credentials. Declare the dependency on `aws.greengrass.TokenExchangeService`, check the Nucleus and the core device's token exchange role; the component's calls are then allowed on that role."
  ],
  'pod-identity-token-expired': [
    "Not a permissions problem: the pod's service-account token was stale when the SDK sent it to the Pod Identity agent. Upgrade the SDK to one that rereads the token file on each refresh, or restart the pod; no IAM policy change helps."
  ],
  'federated-login-long-term': [
    'Not a permissions problem: console sign-in links are made only from a role session or a GetFederationToken session. Log in through a role profile, or let the tool get a federation session first; no IAM policy change helps.'
  ],
  'mfa-code-missing': [
    "Not a permissions problem: the call needs MFA and carried no code. Set the profile's `mfa_serial` (or pass `--serial-number` and `--token-code`) so the tool asks for one; no IAM policy change helps."
  ],
  'cognito-unauthenticated': [
    'Not a permissions problem and not the keys: the Cognito identity pool issues no credentials to a caller without a login, and this one came without one (not signed in yet, or the login token was not passed to the credentials provider). Sign in first and pass the token in `logins`; no IAM policy change helps.',
    "Enabling guest (unauthenticated) access in the identity pool also makes the error go away, but then anyone on the internet who knows the pool id gets its unauthenticated role's permissions: do it only for an app meant to serve guests, and keep that role to what guests may do."
  ],
  'eks-token-exec': [
    "Not a permissions problem of the cluster yet: the kubeconfig's token command failed before any request reached it. Run it as the kubeconfig does (`aws eks get-token --cluster-name CLUSTER --region REGION`, with the same profile and environment) and fix what it prints: missing or expired credentials for that process, an unreadable profile, or an option the installed AWS CLI does not know."
  ],
  'public-registry-login': [
    'Not a permissions problem: public images on `public.ecr.aws` pull anonymously, and Docker sent a stored ECR Public token that has expired. Run `docker logout public.ecr.aws` and pull again, or log in afresh with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (ECR Public signs in through us-east-1 only; the private `aws ecr get-login-password` token does not work there).'
  ]
}

/** Notes for target kinds that get no statement to paste. */
const PLACED_CREDENTIAL_TRAPS = new Set([
  'configure-credentials-no-source',
  'configure-credentials-profile-not-used',
  'public-bucket-no-sign-request',
  'ecr-login-region-mismatch',
  'ci-runner-image-pull',
  'registry-login-tool',
  'ecr-public-stale-login',
  'aws-owned-registry-login',
  'oidc-audience-typo',
  'aws-mock-not-intercepting',
  // A pull-request build: the CI withholds the secrets, the program's setup is not in question.
  'fork-pull-request-credentials',
  'terraform-remote-run',
  'named-profile-unread',
  'web-identity-env-unused',
  'mlflow-artifact-proxy-bypassed',
  'iam-refuses-credential-type',
  'session-token-iam-call',
  'lambda-runtime-credentials'
])

/** Traps whose own note says what changes in the workflow: the generic OIDC workflow note would mislead. */
const WORKFLOW_TRAPS = new Set([
  'role-chaining-second-call',
  'amazon-q-subscription',
  'service-linked-caller',
  's3-block-public-access'
])

/**
 * The caller as an SCP exception names it. An Identity Center role's ARN carries a path the
 * session ARN does not show, so its exception matches that path (the role's own ARN never would).
 */
function exemptedPrincipal(n: NoteFacts): string {
  const t = n.finding.fixTarget
  const set = permissionSetOfRole(t.principalName ?? '')
  const arn = parseArn(t.principalArn ?? '')
  if (set && arn) return identityCenterRolePattern(arn.partition, arn.account, set)
  // aws:PrincipalArn holds the role's ARN, never a session's; unknown, a placeholder to fill.
  if (arn) return t.principalArn!
  const printed = n.principal.replace(/`/g, '')
  // A session the log prints with a writer's placeholders (`arn:aws:sts::<ID>:<assumed-role/ROLE>/<USER>`,
  // heldout70 review h70-021): its role, which is what the condition sees.
  const session = STS_SESSION.exec(printed)
  if (session) return `arn:${session[1]!}:iam::${session[2]!}:role/${session[3]!}`
  if (/^arn:[\w-]*:sts:/.test(printed)) return 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME'
  return /^arn:/.test(printed) ? printed : 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME'
}

/** A role session's ARN, a writer's brackets allowed around its parts: partition, account, role. */
const STS_SESSION = /^arn:([\w-]+):sts::([^:\s]*):<?assumed-role\/([^/<>\s]+)>?(?:\/|$)/

/**
 * An SCP allow is inherited by intersection: the root, every OU on the path and the account each
 * need an SCP that allows the action, so the one level that lacks it is what to find (FullAWSAccess
 * detached there, or an allow-list that omits the action), not "the" SCP to edit.
 */
function scpAllowLevels(n: NoteFacts): string {
  const account = parseArn(n.finding.principal ?? '')?.account
  const id = account && /^\d{12}$/.test(account) ? account : 'ACCOUNT_ID'
  return `Every level between the organization root and the account (the root, each OU on the path, the account itself) must have an SCP that allows ${n.action}; one level without it is enough to refuse. Usually FullAWSAccess was detached at one level, or an allow-list SCP there leaves the action out. The organization administrator finds that level with ${code(`aws organizations list-parents --child-id ${id}`)} (repeated up to the root) and ${code('aws organizations list-policies-for-target --target-id ID --filter SERVICE_CONTROL_POLICY')} for each, and adds ${n.action} there.`
}

/**
 * An endpoint policy that allows nothing for this call (implicit): the statement its owner adds,
 * written out, and the command that sets it (heldout27 review, h27-030). An object key gives way
 * to the bucket's objects: an app reads many keys through the same endpoint.
 */
function endpointAllowNote(n: NoteFacts): string {
  const f = n.finding
  const action = f.action ?? f.inferredAction
  const objectKey = /^arn:([\w-]+):s3:::([^/]+)\/.+$/.exec(f.resource ?? '')
  const resource = objectKey ? `arn:${objectKey[1]}:s3:::${objectKey[2]}/*` : (f.resource ?? '*')
  const who = f.fixTarget.principalArn
  const statement = action
    ? ` Its statement: ${code(JSON.stringify({ Effect: 'Allow', Principal: who ? { AWS: who } : '*', Action: action, Resource: resource }))}${objectKey ? ` (the bucket's objects, not the one key: the app reads others through the same endpoint)` : ''}.`
    : ''
  return `The network or platform owner must change the endpoint policy (${code('aws ec2 describe-vpc-endpoints --query "VpcEndpoints[].[VpcEndpointId,PolicyDocument]"')} shows it) to allow ${n.action} for ${n.principal} on ${n.resource}, adding a statement to the document and applying the whole document with ${code('aws ec2 modify-vpc-endpoint --vpc-endpoint-id VPCE_ID --policy-document file://endpoint-policy.json')}; IAM changes in this account don't help.${statement}`
}

export const kindGuidance: Partial<Record<FixTargetKind, (n: NoteFacts) => string[]>> = {
  'explicit-deny': (n) => [
    `An explicit Deny in ${layerName(n.finding)} (${n.policy}) matches ${n.action} on ${n.resource}. No Allow anywhere can override an explicit Deny, so no Allow is proposed.`,
    ...(n.finding.layer === null ? [denyCandidatesNote(n.finding)] : []),
    ...(n.finding.layer === null || n.finding.layer === 'resource'
      ? [guardrailNote(n.finding)]
      : []),
    `Only if the call itself must be allowed (a guardrail's condition met as above needs no change): whoever owns that policy narrows its Deny. Look for a Deny statement whose Action matches ${n.action}${n.rawAction && !n.rawAction.includes('*') ? ` (including wildcards such as ${code(n.rawAction.split(':')[0] + ':*')})` : ''}, whose Resource matches ${n.resource}, and check its Condition (aws:SourceIp, aws:SourceVpce, aws:RequestedRegion, MFA and tag conditions are common).`
  ],
  scp: (n) => {
    const org = organizationOf(n.finding.policyArn)
    const implicit = n.finding.deny === 'implicit'
    const crossRegion = n.finding.traps.includes('bedrock-cross-region-inference')
    return [
      `A service control policy of AWS Organizations${org ? ` (organization ${code(org)})` : ''} blocks ${n.action} for ${n.principal}; policy: ${n.policy}. This can't be fixed inside the account and no Allow in it helps.`,
      // Cross-Region inference: the Region condition judges the profile's destinations, so
      // "run in an allowed Region" cannot help (the trap's advice says what can).
      ...(implicit || crossRegion ? [] : [guardrailNote(n.finding)]),
      crossRegion
        ? "Ask the organization administrator to allow the inference profile's destination Regions for Bedrock inference in that SCP (or `aws:RequestedRegion` `unspecified` for a global profile), or switch to a model ID served in the allowed Regions."
        : implicit
          ? scpAllowLevels(n)
          : // The root user: organizations deny its calls on purpose; no exception for it (heldout99
            // review h99-021: an MTurk job on root access keys).
            n.finding.fixTarget.principalType === 'root'
            ? "The caller is the account's root user, whose calls organizations commonly deny in an SCP on purpose: do not ask for an exception. Give the job an IAM role (or user) of its own with the permissions it needs, use its credentials, and delete the root user's access keys."
            : `Only if the call itself must be allowed, ask the organization administrator to review the Deny for ${n.action} in that SCP, for example an exception such as ${code(`"Condition": {"ArnNotLike": {"aws:PrincipalArn": "${exemptedPrincipal(n)}"}}`)} on the Deny statement.`
    ]
  },
  rcp: (n) => [
    `A resource control policy of AWS Organizations blocks ${n.action} on ${n.resource}; policy: ${n.policy}. It applies to the resource's account and can't be overridden by any Allow.`,
    ...(n.finding.deny === 'explicit' ? [guardrailNote(n.finding)] : []),
    `Ask the organization administrator to review that RCP's Deny for ${n.action} (an exception for ${code(exemptedPrincipal(n))} or for this resource).`
  ],
  'permissions-boundary': (n) => [
    `The permissions boundary of ${n.principal} ${n.finding.deny === 'explicit' ? 'explicitly denies' : 'does not allow'} ${n.action} on ${n.resource}; boundary: ${n.policy}. Adding the action to the principal's own policies changes nothing.`,
    // A boundary's Deny is a guardrail too: its condition is met before its owner is asked.
    ...(n.finding.deny === 'explicit' ? [guardrailNote(n.finding)] : []),
    `The owner of the boundary policy (often a platform or security team) must ${n.finding.deny === 'explicit' ? 'narrow its Deny' : `add Allow ${n.action} on ${n.resource} to it`}. ${code(boundaryCheck(iamEntityOf(n.finding.principal)))} shows which boundary is attached.`
  ],
  'session-policy': (n) => [
    `The session policy passed when this session was created ${n.finding.deny === 'explicit' ? 'denies' : 'does not allow'} ${n.action} on ${n.resource}; policy: ${n.policy}. Changing the role's policies does nothing.`,
    n.finding.deny === 'explicit'
      ? `Change whatever creates the session, ${sessionPolicySource(n.finding)}, so that its Deny no longer matches ${n.action} on ${n.resource} (or meet the Deny's Condition); an Allow beside it does not override it.`
      : `Change whatever creates the session, ${sessionPolicySource(n.finding)}, so that they allow ${n.action} on ${n.resource}.`
  ],
  'vpc-endpoint-policy': (n) => [
    `The request went through a VPC endpoint whose policy ${n.finding.deny === 'explicit' ? 'denies' : 'does not allow'} ${n.action} on ${n.resource}.`,
    // An explicit Deny is narrowed or its condition met: no Allow overrides it (heldout15 review
    // h15-133: an ECR push to another account's repository through a guarded endpoint).
    n.finding.deny === 'explicit'
      ? `The network or platform owner must narrow the endpoint policy's Deny that matches ${n.action} on ${n.resource} (${code('aws ec2 describe-vpc-endpoints --query "VpcEndpoints[].PolicyDocument"')} shows it), or the request must meet its Condition: endpoint policies usually deny what is outside a list of accounts (${code('aws:ResourceAccount')}, ${code('aws:ResourceOrgID')}), principals or resources${endpointAccountHint(n.finding)}. An Allow added there or in IAM does not override the Deny.`
      : endpointAllowNote(n),
    ...ecrLayerBucketNote(n.finding)
  ],
  credentials: (n) =>
    // The action chose OIDC over the runner's credentials: the provider is not what is missing.
    n.finding.traps.includes('oidc-chosen-over-runner-credentials')
      ? [
          "Not a permissions problem and not a missing provider: the action exchanged the job's OIDC token because `id-token: write` is set. Set `role-chaining: true` on the configure-aws-credentials step to use the runner's instance-profile credentials, or drop `id-token: write` from this job."
        ]
      : Object.hasOwn(CAUSE_NOTES, notedCause(n)) &&
          // A trap placing the registry login elsewhere (the runner, another Region) says what to do.
          !(
            n.finding.detail.cause === 'registry-login' &&
            n.finding.traps.some((t) => PLACED_CREDENTIAL_TRAPS.has(t))
          )
        ? causeNotes(n)
        : n.finding.traps.includes('local-emulator-credentials')
          ? [
              // The emulator's own check: no AWS key is involved (heldout135 review h135-020).
              'Not a permissions problem and no AWS credentials are involved: the local emulator the test talks to refused the key it was given, so no policy change helps.',
              n.finding.inferred?.signals?.['local-emulator']?.value === 'dynamodb-local'
                ? 'Give the test an access key ID of letters and digits only (DynamoDB Local 2.x), and any secret.'
                : "Give the test static credentials of any value and point the client's endpoint at the emulator."
            ]
          : n.finding.detail.cause === 'sso-expired'
            ? [
                'Not a permissions problem: the IAM Identity Center (SSO) session behind the profile expired or could not be refreshed, so no policy change helps.',
                // A program keeping its own token (aws-vault's keyring) is signed in again there (h150-058).
                n.finding.traps.includes('credential-client-refresh') ||
                n.finding.inferred?.signals?.['leapp-session'] !== undefined
                  ? 'Sign in again through the program that holds the session, as the explanation says: `aws sso login` does not refresh its token.'
                  : 'Run `aws sso login --profile PROFILE` (or `aws sso login --sso-session NAME`) and retry; a CI job should not use an SSO profile at all, but OIDC (aws-actions/configure-aws-credentials with role-to-assume).'
              ]
            : [
                // A known cause says what went wrong; the generic words would contradict it (the keys
                // may be fine when a Region or a clock is wrong, heldout22 review 2 h22-052).
                credentialsReason(n),
                // A trap that says where the credentials go wrong replaces the generic checklist.
                ...(n.finding.traps.some((t) => PLACED_CREDENTIAL_TRAPS.has(t))
                  ? []
                  : [credentialsCheck(n.finding)])
              ],
  // The explanation of a root caller's refusal says what changes (h27-017): no OIDC words.
  workflow: (n) =>
    n.finding.fixTarget.principalType === 'root'
      ? [
          'No statement is proposed: no policy lacks an Allow. Make the call from the account the organization or the service allows (for IAM Identity Center assignments to the management account, the management account), and give the program an IAM role instead of root access keys.'
        ]
      : n.finding.traps.some((t) => WORKFLOW_TRAPS.has(t))
        ? []
        : [
            'The workflow itself must change, not a policy: for OIDC the job needs `permissions: id-token: write` (fork pull requests get no token), and `role-to-assume` must be a valid role ARN.'
          ],
  'resource-name': (n) => {
    const wrongId = nameForArn(n.finding.service, n.finding.resource)
    if (wrongId)
      return [`No statement is proposed. ${nameForArnSentence(wrongId, n.finding.resource!)}`]
    const subject = n.finding.resource ? `The resource ${n.resource}` : 'The resource'
    // The service said "not found" itself (S3's 404 NoSuchBucket, h10-146): no denial to suspect.
    if (n.finding.kind === 'not-found') {
      // Terraform's S3 backend never creates its own bucket (hashicorp/terraform#16611, u24-004).
      if (n.finding.code === 'NoSuchBucket' && n.finding.inferred?.stateBackend)
        return [
          "Terraform's S3 backend names a state bucket that does not exist, and Terraform never creates its own backend bucket: create it once, outside this configuration (versioned, encrypted), or correct `bucket` in the backend block, then run `terraform init` again. No policy change helps."
        ]
      const answer = n.finding.code ? ` (${code(n.finding.code)})` : ''
      return [
        `${subject} does not exist where the job looked: AWS answered that it is missing${answer}, not that access was denied. Check the name, the account and the Region the job uses; no policy change helps.`
      ]
    }
    return [
      `${subject} may not exist (wrong name, account or Region): AWS reports some requests for missing resources as access denied. Check the name before changing any policy.`
    ]
  },
  unknown: (n) => [
    // A pod on its node's role: the pod's own role is where the Allow goes (h22-018), not the node's.
    `The message does not say which policy denied ${n.action}. Start with the identity policy of ${n.finding.traps.includes('pod-on-node-role') ? "the pod's own role (IRSA or EKS Pod Identity)" : n.principal}${hasNoResourcePolicy(n.finding.service) ? `: ${n.finding.service} resources have no resource-based policy, so a resource in another account is reached by a role there` : '; if the resource belongs to another account, its resource policy must allow the action too'}.`
  ]
}

/** The bucket a `foreign-bucket` signal names, in code; a bucket the writer called public may be unnamed. */
function foreignBucketWords(value: string | undefined): string {
  const bucket = value?.split(':')[1]
  return bucket ? code(bucket) : 'the bucket'
}

/** The first note of a credentials fix: the cause's own reason when the cause is known. */
function credentialsReason(n: NoteFacts): string {
  const headline = credentialHeadline(credentialCause(n.finding.detail.cause, n.finding.code))
  return headline === CREDENTIALS_REFUSED
    ? `Not a permissions problem: the credentials behind ${n.principal} are missing, expired, invalid or of the wrong type, so no policy change helps.`
    : `Not a permissions problem: ${headline.reason}, so no policy change helps.`
}

/** What meets each guard the log names (src/infer/guardrailSignal.ts), for the guardrail note. */
const MEET_GUARD: Record<string, string> = {
  mfa: `assume the role from an MFA session (${code('aws sts assume-role --serial-number MFA_DEVICE_ARN --token-code CODE')})`,
  'external-id': `pass the external ID the role's owner gave you (${code('aws sts assume-role --external-id EXTERNAL_ID')})`,
  attestation: `call KMS from inside the enclave with its attestation document (${code('Recipient')}), whose measurement must match the key policy's ${code('kms:RecipientAttestation:*')} condition`,
  network:
    'run the step from the network the policy allows (aws:SourceIp, aws:SourceVpc, aws:SourceVpce)',
  'tags-on-create': `pass the tags the policy asks for in the create request itself (EC2 ${code('TagSpecifications')}, ${code('Tags')} on iam:CreateUser/CreateRole), and allow the tag action for that call (${code('ec2:CreateTags')} with ${code('ec2:CreateAction')}, ${code('iam:TagUser')}, ${code('iam:TagRole')})`,
  'object-ownership': `create the bucket with the Object Ownership header the policy requires (${code('aws s3api create-bucket --object-ownership BucketOwnerEnforced')}), then import it into the stack`,
  'plain-http': `call the ${code('https://')} endpoint (drop ${code('--endpoint-url')} or give it ${code('https://')}): the Deny on ${code('aws:SecureTransport')} refuses the ${code('http://')} request by design`
}

function conditionGuardNote(n: NoteFacts): string {
  const f = n.finding
  const guard = f.inferred?.guardrail?.value
  if (boundaryOnCreate(f) && guard !== 'tags-on-create' && guard !== 'object-ownership') {
    if (f.deny !== 'explicit')
      return `No statement is proposed: the permissions boundary allows ${n.action} only for a role or user created with the boundary itself. Create it with the boundary (${code('PermissionsBoundary')} in CloudFormation, ${code('permissions_boundary')} in Terraform, ${code('permissionsBoundary')} in CDK) rather than widening the boundary.`
    return `Before asking for the Deny on ${n.action} to be narrowed: such Denies usually apply only to roles or users created without the required permissions boundary, path or tags. Create it with the boundary (${code('PermissionsBoundary')} in CloudFormation, ${code('permissions_boundary')} in Terraform, ${code('permissionsBoundary')} in CDK) and the tags the Deny's Condition names.`
  }
  const meet =
    (guard && MEET_GUARD[guard]) ||
    (/sts:assumerole$/i.test(n.rawAction ?? '')
      ? 'assume the role with what its trust policy asks for (MFA, the external ID)'
      : MEET_GUARD.attestation!)
  return `No statement is proposed: a condition guards this call, and an Allow without it would remove the guard. Meet the condition instead: ${meet}.`
}

/** The Allow the text says is in place is administrator access: no Allow can add anything. */
export const adminStated = (f: Finding): boolean =>
  /\bAdministrator ?Access\b|\badmin(?:istrator|istrative)?\b|\broot\b|\bfull (?:access|rights|privileges|permissions?)\b/i.test(
    f.inferred?.statedCause?.from ?? ''
  )

/**
 * The log prints a statement that already allows the call (src/infer/allowShown.ts): the same
 * Allow again changes nothing (heldout21 review 2, h21-052: `s3:*` on `*` pasted above).
 */
export const allowPrinted = (f: Finding): boolean =>
  (f.inferred?.statedCause?.from ?? '').startsWith(PRINTED_ALLOW_FROM)

/** An Allow the log says or shows covers the call: another one changes nothing. */
export const alreadyAllowed = (f: Finding): boolean => adminStated(f) || allowPrinted(f)

/** Notes keyed on Finding.traps ids (src/diagnose/traps). */
/** The note of each case of a refusal on a CDK bootstrap resource (src/diagnose/traps/cdkBootstrapResource.ts). */
const CDK_BOOTSTRAP_NOTES: Record<BootstrapCaseId, (arn: string, f: Finding) => string> = {
  'version-missing': () =>
    'No statement is proposed: the CDK bootstrap version parameter is missing, not refused. Bootstrap the account and Region the stack deploys to (`cdk bootstrap aws://ACCOUNT/REGION`).',
  'staging-bucket': (arn) =>
    `Check the CDK bootstrap before any grant: the file-publishing role's trust and the staging bucket's policy and key come from it (\`cdk bootstrap aws://ACCOUNT/REGION\`). A statement for the legacy bootstrap names the staging bucket (${code(arn)}), never \`*\`.`,
  'container-assets': () =>
    "No statement is proposed: CDK pushes to its container-assets repository as the bootstrap's image-publishing role. Let the caller assume it (`sts:AssumeRole` on the bootstrap roles, the target trusting the caller's account) instead of opening the repository to the caller.",
  'version-refused': (arn, f) =>
    ORGANIZATION_LAYERS.has(f.layer ?? '')
      ? `An organization policy refuses the read of the bootstrap version parameter (whether the environment is bootstrapped is not shown: permission is checked before existence): it binds the bootstrap roles too (unless it names them in an exception), so assuming them does not get past it. The organization's administrators must allow \`ssm:GetParameter\` on ${code(arn)} for this account.`
      : `Check that the environment is bootstrapped (\`aws cloudformation describe-stacks --stack-name CDKToolkit\`; a refusal does not show the parameter exists). The read is the caller's own. Letting it assume the bootstrap deploy role avoids the grant; otherwise it names the parameter (${code(arn)}) alone.`
}

/** A pod assumed a role with its node's credentials: the role becomes the pod's own (IRSA). */
function podAssumed(f: Finding): boolean {
  return f.traps.includes('pod-on-node-role') && (f.action ?? f.inferredAction) === 'sts:AssumeRole'
}

/** The account a guarded endpoint may refuse: the resource's, when it is not the caller's. */
/** ECR's image layers in S3 (`prod-REGION-starport-layer-bucket`), reached through an S3 endpoint. */
const ECR_LAYER_BUCKET = /^arn:[\w-]+:s3:::(prod-([a-z0-9-]+)-starport-layer-bucket)(?:\/|$)/

/**
 * An image pull through an S3 gateway endpoint: ECR serves layers from its own bucket, which the
 * endpoint policy must allow (the ECR User Guide's endpoint policy; heldout16 review h16-075).
 */
function ecrLayerBucketNote(f: Finding): string[] {
  const m = ECR_LAYER_BUCKET.exec(f.resource ?? '')
  if (!m) return []
  return [
    `${code(m[1]!)} is the bucket ECR serves image layers from: a pull through an S3 gateway endpoint needs the endpoint's policy to allow ${code('s3:GetObject')} on ${code(`arn:aws:s3:::${m[1]!}/*`)} (the statement ECR's documentation gives for endpoint policies), for any principal, since the request is ECR's layer download, not a call of your own.`
  ]
}

function endpointAccountHint(f: Finding): string {
  const resource = /^arn:[\w-]+:[\w-]+:[\w-]*:(\d{12}):/.exec(f.resource ?? '')?.[1]
  const caller = /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/.exec(f.principal ?? '')?.[1]
  if (!resource || resource === caller) return ''
  return `; the target is in account ${code(resource)}${caller ? `, not the caller's ${code(caller)}` : ''}: check that the endpoint's account list holds it`
}

export const trapGuidance: Record<string, (n: NoteFacts) => string> = {
  'cdk-pipeline-project-role': () => CDK_PIPELINE_PROJECT_ROLE_NOTE,
  'snowflake-storage-integration': () => SNOWFLAKE_STORAGE_INTEGRATION_NOTE,
  'sns-topic-kms-publish': () =>
    `No statement is proposed for the caller: add to the key policy of the topic's customer managed key ${code(JSON.stringify({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' }))} (in a key policy, "*" means this key), and encrypt the topic with that key rather than ${code('aws/sns')}.`,
  'opensearch-anonymous': () =>
    "No statement is proposed: sign the client's requests (SigV4 for `es`) and allow the signing role, or add the client's addresses to the domain access policy with an `aws:SourceIp` condition; whydenied does not open a domain to everyone.",
  'ssm-agent-role': () =>
    "No statement is proposed: the managed policy AmazonSSMManagedInstanceCore holds the agent's whole set, and AWS keeps it current as the agent adds calls.",
  'cdk-context-lookup': () =>
    "No statement is proposed: commit the `cdk.context.json` a successful synth writes, or let the job assume the target account's CDK lookup role, rather than granting the lookup's reads to the caller.",
  'amplify-service-role': () =>
    "Any grant goes on the Amplify app's service role (App settings → IAM roles); attach one if the app has none.",
  'resource-in-other-region': (n) =>
    `No statement is proposed: the log names this resource in ${n.finding.inferred?.regionTwin?.value ?? 'another Region'}, and the request went to another Region's endpoint. Call the resource's Region first; if that is refused too, its message names the ARN to grant.`,
  'cdk-bootstrap-trust': (n) =>
    /^sts:TagSession$/i.test(n.rawAction ?? '')
      ? "No statement is proposed: another account's CDK bootstrap roles must trust the deploying account for `sts:TagSession` as well as `sts:AssumeRole`. Re-bootstrap the target with a CDK CLI whose template adds it (aws/aws-cdk-cli#762), or a customised template; hand edits to the bootstrap roles are undone by the next bootstrap."
      : /-lookup-role-/.test(n.finding.resource ?? '')
        ? "No statement is proposed: commit the `cdk.context.json` that a synth with the target account's lookups writes, so the pipeline makes no lookup; or bootstrap the target account, with its credentials, to trust the pipeline for lookups only (`cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust-for-lookup PIPELINE_ACCOUNT`). Hand edits to the bootstrap roles are undone by the next bootstrap."
        : "No statement is proposed: another account's CDK bootstrap roles must trust the deploying account. Run `cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust PIPELINE_ACCOUNT --cloudformation-execution-policies POLICY_ARN` with the target account's credentials; hand edits to the bootstrap roles are undone by the next bootstrap.",
  'cdk-bootstrap-resource': (n) => {
    const c = bootstrapCaseOf(n.finding)
    return c ? CDK_BOOTSTRAP_NOTES[c.id](c.arn, n.finding) : ''
  },
  'cdk-deploy-role-pass-role': () =>
    'No statement is proposed: the CDK deploy role is rewritten by every `cdk bootstrap`. Give the bootstrap execution role what the stacks need (`cdk bootstrap --cloudformation-execution-policies POLICY_ARN`) instead of a custom role, or bootstrap with a customised template whose deploy role may pass that role.',
  'lake-formation-permission': () =>
    'No statement is proposed: Lake Formation, not IAM, refused. A data lake administrator grants the permission it names (`aws lakeformation grant-permissions`, or the Lake Formation console); IAM changes do not help.',
  'lake-formation-credential-vending': () =>
    "The IAM statement is only part of it: Lake Formation's application integration setting (full table access, or the engine's session tags) must allow credential vending, and the caller needs Lake Formation grants on the table.",
  'web-identity-token-expired': () =>
    'The web-identity token (the JWT given to STS) had expired: get a fresh token right before the call (re-read AWS_WEB_IDENTITY_TOKEN_FILE on every refresh; request a new GitHub ID token per exchange). A longer role session does not help.',
  'aws-mock-not-intercepting': () =>
    "No policy or secret change is proposed: the test's mock did not intercept the call, so AWS saw the test's made-up key. Create the client inside the mock (or point its endpoint at the emulator) so the call never leaves the test.",
  'terraform-remote-run': () =>
    'No policy change is proposed: the run executes on HCP Terraform or Terraform Enterprise, so give the workspace credentials (dynamic provider credentials: `TFC_AWS_PROVIDER_AUTH` and `TFC_AWS_RUN_ROLE_ARN`; or sensitive `AWS_*` environment variables), or switch it to local execution.',
  'named-profile-unread': (n) => {
    const name = (n.finding.inferred?.signals?.['named-profile']?.value ?? 'PROFILE').replace(
      /`/g,
      "'"
    )
    return `No policy change is proposed: check the profile the command names first (${code(`aws configure list --profile ${name}`)} in the same environment); a role or IAM Identity Center profile in ${code('~/.aws/config')} needs ${code('AWS_SDK_LOAD_CONFIG=1')} in tools built on the Go SDK v1 or the JavaScript SDK v2.`
  },
  'web-identity-env-unused': () =>
    'No policy change is proposed: run aws-actions/configure-aws-credentials with `role-to-assume` before this step (session keys in the environment), or update the client to one whose SDK reads `AWS_WEB_IDENTITY_TOKEN_FILE`.',
  'mlflow-artifact-proxy-bypassed': () =>
    "Log to an experiment whose artifact location is `mlflow-artifacts:/` (a server started with `--serve-artifacts`), or give the client its own credentials for the `s3://` location; the tracking server's credentials are not used for that location.",
  'fork-pull-request-credentials': (n) =>
    n.finding.inferred?.statedCause?.value === 'pull-request-build'
      ? "No policy change is proposed: the same job works on a branch build, so the pull-request build is not given the secrets (or, with OIDC, its subject is the pull request, not the branch). Run the AWS steps on branch builds only, or expose the secret to trusted pull requests in the CI's settings."
      : "A pull request from a fork runs without secrets or an OIDC token: skip the AWS steps for forks, or move them to a trusted trigger (workflow_run, or pull_request_target without checking out the fork's code) behind an approval.",
  ...Object.fromEntries(
    NON_IAM_REFUSALS.map((r) => [
      r.trap,
      () =>
        r.codes.length > 0
          ? `No statement is proposed: S3 or STS refused with a code no policy decides (${r.codes.join(', ')}). What changes instead: ${r.target}.`
          : `No statement is proposed: no policy decided this refusal. What changes instead: ${r.target}.`
    ])
  ),
  'ses-sending-identity': (n) =>
    n.finding.inferred?.statedCause?.value === 'ses-recipient'
      ? "No statement is proposed: SES refused the send on a recipient's mailbox, which it checks only while the account is in the SES sandbox. Request production access for this Region (SES console, Account dashboard), or verify the recipient for a test; an Allow on the mailbox sends nothing further."
      : '',
  'presigned-url-expired': () =>
    'No statement is proposed: the pre-signed link had expired when S3 answered, and no policy extends a signature. Use a fresh link.',
  's3-third-party-download': (n) =>
    `No statement is proposed: the download of ${code(n.finding.inferred?.thirdPartyDownload?.value ?? 'the artifact')} is unsigned and goes to another party's bucket, so nothing in your account decides it. Fix the URL or use another repository or mirror.`,
  'another-party-bucket': (n) => {
    const foreign = n.finding.inferred?.signals?.['foreign-bucket']?.value
    return foreignKindOf(foreign) === 'requester-pays'
      ? `No statement is proposed: ${foreignBucketWords(foreign)} is a requester-pays dataset of someone else's. Add \`--request-payer requester\` (\`RequestPayer='requester'\` in the SDKs) to every request first; your own policy's \`s3:GetObject\` and \`s3:ListBucket\` matter only once the request carries it.`
      : `No statement is proposed: ${foreignBucketWords(foreign)} is someone else's, and no Allow of your account opens another account's object. Check the key and the owner's side first (the explanation says how).`
  },
  'create-on-missing': (n) =>
    /^dynamodb:/i.test(n.finding.action ?? '')
      ? 'Only if the application is meant to create its tables: the client creates the table by default, so turn that off first (the explanation says how) and create the table with the infrastructure code instead.'
      : 'Only if the job is meant to create buckets: the client asked for one because it did not find the bucket, so check its name, Region and existence first (the explanation says how) and create it beforehand instead.',
  'lambda-code-source-bucket': (n) =>
    `No statement is proposed: Lambda could not read the function's code ${code(n.finding.inferred?.codeSource?.value ?? 'zip')} from a bucket that is not yours. Copy the zip to a bucket of your own in the stack's Region (or use a Region and version the publisher serves) and point the template at it.`,
  // S3 named its Block Public Access setting itself (session 52 review, h156-097): no grant helps.
  's3-block-public-access': (n) =>
    /Server Side Encryption/i.test(n.finding.detail.s3BlockPublicAccess ?? '')
      ? 'No statement is proposed: the bucket refuses uploads that use customer-provided keys (SSE-C), whatever any policy allows. Encrypt with SSE-S3 or SSE-KMS instead, or have the bucket owner allow SSE-C again.'
      : `No statement is proposed: S3 Block Public Access refused it (${n.finding.detail.s3BlockPublicAccess ?? 'a public ACL or policy'}), whatever any policy allows. Drop the public ACL or the public statement and serve the objects another way (CloudFront with origin access control, or pre-signed URLs; keep personal documents private). Only if the bucket must be public: turn off that setting for the bucket (and for the account, if it is set there) and, for ACLs, enable them with Object Ownership \`BucketOwnerPreferred\`.`,
  'scp-stated': (n) =>
    `No statement is proposed: the log says a service control policy blocks ${n.action}, and no Allow in the account overrides an SCP. Send the organization's administrators the action, the role and the SCP's condition, and meet the condition or ask for an exception for this role.`,
  's3-public-access-settings': (n) =>
    n.finding.inferred?.signals?.['acls-disabled-said']
      ? `No statement is proposed: the log says the bucket's Object Ownership is "Bucket owner enforced" (${n.finding.inferred.signals['acls-disabled-said'].from.replace(/`/g, "'")}), which disables ACLs, so any request that sets one fails whatever IAM allows. Stop sending the ACL (the upload's \`ACL\`/\`acl\` option, a storage library's public visibility) and grant access with the bucket policy instead.`
      : n.finding.inferred?.signals?.['public-variant-refused']
        ? 'No statement is proposed: the log shows the same upload working without the public ACL, so the caller may write. Check S3 Block Public Access (BlockPublicAcls, for the bucket and the account) and any Deny on s3:x-amz-acl first; drop the public ACL if it is not needed.'
        : n.finding.inferred?.signals?.['public-policy-said']
          ? `No statement is proposed: the log says the bucket policy is meant to be public (${n.finding.inferred.signals['public-policy-said'].from.replace(/`/g, "'")}), and S3 Block Public Access refuses a public policy whatever the caller may do. Turn off BlockPublicPolicy for this bucket first (the bucket's PublicAccessBlockConfiguration, or an aws_s3_bucket_public_access_block the policy depends on), unless the account-level block is set; better, keep the bucket private behind CloudFront with origin access control.`
          : 'Check S3 Block Public Access and Object Ownership first: they refuse a public bucket policy, a public ACL or, with ACLs disabled, any ACL, whatever the caller may do (the explanation says how to change them, and in which order in Terraform). Granting the write action only helps when neither applies.',
  's3-private-policy-write': () =>
    'The bucket policy this deployment writes grants no public access, so Block Public Access does not apply: the s3:PutBucketPolicy statement on the deployment bucket is the fix.',
  's3-public-access-block-reserved': () =>
    'Check first whether the account-level Block Public Access already covers the bucket and whether the organization reserves this setting (an SCP or a boundary denying s3:PutBucketPublicAccessBlock): then leave the bucket-level setting out of the template instead of pasting this.',
  'allow-already-granted': (n) =>
    alreadyAllowed(n.finding)
      ? `No statement is proposed: ${allowPrinted(n.finding) ? 'the log shows an Allow already in place' : 'the log says administrator access is attached'} (${n.finding.inferred?.statedCause?.from ?? 'in the log'}), which already allows ${n.action}. ${n.finding.service === 's3' ? "Look first at the bucket's side (a Deny in its bucket policy, objects another account owns, its SSE-KMS key's policy), then" : 'Look first'} for an explicit Deny (AWSCompromisedKeyQuarantineV3 or V2 on an exposed key, an MFA-required policy), then a permissions boundary, an SCP, a session policy, or other credentials in use (aws sts get-caller-identity).`
      : `The log says an Allow is already in place (${n.finding.inferred?.statedCause?.from ?? 'in the log'}): before pasting this, look for an explicit Deny (MFA-required policies are common), a permissions boundary, an SCP, a session policy, or other credentials in use (aws sts get-caller-identity). The statement only helps if the attached policy does not in fact cover ${n.action}.`,
  'hard-coded-account': (n) =>
    `No statement is proposed: the log says the account in ${n.resource} is hard-coded. Point the URI or ARN at the account the job's credentials belong to; if the other account really is the target, its resource policy must allow the caller as well as the caller's own policy.`,
  'permissions-boundary-stated': (n) =>
    `The log says a permissions boundary blocks this: add the same Allow of ${n.action} to the boundary policy too (aws iam get-role / get-user shows its ARN as PermissionsBoundary); the identity policy alone stays capped by it.`,
  'cloud9-managed-credentials': () =>
    "Cloud9's AWS managed temporary credentials are in use: turn them off in Cloud9's AWS Settings and use an instance role or credentials of your own before changing any policy.",
  'oidc-id-token-permission': () =>
    'Add `permissions: id-token: write` to the job (or the workflow) that runs configure-aws-credentials: without it GitHub gives the job no OIDC token to exchange, whatever the role and its trust policy say.',
  'intended-denial': (n) =>
    (n.finding.inferred?.intendedCodeMismatch
      ? `Change the test, not a policy: its expected-error match wants ${code(n.finding.inferred.intendedCodeMismatch.value.replace(/ \S+$/, ''))} and AWS refused with ${code(n.finding.inferred.intendedCodeMismatch.value.replace(/^.* /, ''))}; accept both codes. `
      : '') +
    `No statement is proposed: the log marks this refusal of ${n.action} as intended (${n.finding.inferred?.intended?.from ?? 'a test or guardrail'}). If the call must succeed, run whydenied with --fix-intended (Action input fix-intended: true).`,
  'guardrail-condition': conditionGuardNote,
  'logs-kms-key-policy': (n) => {
    // A masked account (`***`) would be a wildcard in the condition: a placeholder instead.
    const arn = unmaskArn(newPlaceholders(), n.finding.detail.kmsKeyFor ?? 'LOG_GROUP_ARN')
    const statement = {
      Sid: 'AllowCloudWatchLogsForThisLogGroup',
      Effect: 'Allow',
      Principal: { Service: logsPrincipal(arn) },
      Action: [
        'kms:Encrypt*',
        'kms:Decrypt*',
        'kms:ReEncrypt*',
        'kms:GenerateDataKey*',
        'kms:Describe*'
      ],
      Resource: '*',
      Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': arn } }
    }
    return `No statement is proposed for the caller: add to the key policy of the log group's KMS key (in a key policy, ${code('"Resource": "*"')} means this key) ${code(JSON.stringify(statement))}. Before that, check the key ARN the template gives exists in the log group's Region.`
  },
  'sfn-log-delivery': () =>
    `No statement is proposed for the caller: add to the state machine's execution role (${code('aws stepfunctions describe-state-machine --query roleArn')} names it, or the role in the template) ${code(JSON.stringify({ Effect: 'Allow', Action: SFN_LOG_DELIVERY_ACTIONS, Resource: '*' }))}.`,
  // The role created once beats a workload allowed to create it for ever (heldout91 review:
  // h91-021, h91-022 told nothing where the statement was not drafted).
  // What the call needs next, where the user reads first (heldout86 review h86-001).
  'checked-next': (n) => checkedNextOf(n.finding.action)?.advice ?? '',
  'service-linked-role': (n) => {
    const service = n.finding.detail.serviceLinkedRole ?? null
    const role = service ? serviceLinkedRoleName(service) : null
    const name = service ?? 'SERVICE.amazonaws.com'
    return (
      `Check first whether the account has the service-linked role${role ? ` (${code(`aws iam get-role --role-name ${role}`)})` : ''}: if not, an administrator creates it once (${code(`aws iam create-service-linked-role --aws-service-name ${name}`)}) and the job needs no IAM permission for it. ` +
      `Otherwise allow the caller ${code('iam:CreateServiceLinkedRole')} on ${code(`arn:aws:iam::*:role/aws-service-role/${name}/*`)} with the condition ${code(`"StringEquals": {"iam:AWSServiceName": "${name}"}`)}.`
    )
  },
  'account-level-block': (n) =>
    ACCOUNT_BLOCK_NOTES[n.finding.inferred?.accountBlock?.value ?? ''] ??
    'No statement is proposed: AWS blocks the account itself for this service (billing, verification, sign-up or an opt-in Region). Contact AWS Support or enable it in the account settings; no IAM change helps.',
  'runtime-credentials': (n) =>
    `No statement is proposed for the CI job: the code runs in ${n.finding.inferred?.runtime?.value ?? 'a hosted runtime'} and takes its credentials from that runtime's role. Give the runtime a role whose policy allows the calls the code makes.`,
  'service-network-role': () =>
    "No statement is proposed for the caller: the service creates the network interface with the notebook's or function's own execution role, which the message does not name. Add the EC2 set listed above to that role's policy on \"*\" (`aws sagemaker describe-notebook-instance --query RoleArn`, `aws lambda get-function-configuration --query Role` name it).",
  'lambda-role-check': (n) => {
    const actions =
      lambdaRoleCheckOf(n.finding.inferred?.signals?.['lambda-role-check']?.value ?? '')?.actions ??
      []
    return `No statement is proposed for the deployer: Lambda checked the function's own execution role, which the message does not name (\`aws lambda get-function-configuration --function-name NAME --query Role\`). Allow that role ${actions.map((a) => code(a)).join(', ')}${actions[0]?.startsWith('xray:') ? ' on "*" (X-Ray has no resource-level permissions; the managed policy AWSXRayDaemonWriteAccess holds them)' : ' on the queue or topic the function is configured with'}, then deploy again.`
  },
  'managed-role': (n) => {
    const t = n.finding.fixTarget
    const role = t.principalType === 'role' ? (t.principalName ?? '') : ''
    return managedRoleOf(n.finding, role)?.advice(n.finding, role, t.principalAccount) ?? ''
  },
  'cognito-unauthenticated-role': (n) =>
    // No statement at all when the name is an unset value (u24-001): only the guest warning stays.
    n.finding.traps.includes('unset-name-in-arn')
      ? "The caller is a Cognito identity pool's unauthenticated (guest) role: whatever it is ever granted is granted to anyone who can reach the pool."
      : guestWildcardOnly(n.finding) && guestGrantable(n.finding)
        ? `The caller is a Cognito identity pool's unauthenticated (guest) role: whatever it is granted is granted to anonymous users, anyone who can reach the pool. ${n.action} ${starReason(n.finding.action!)}, so the statement can only name "*": paste it only if the app means guests to call ${n.action} (each call is billed to the account), otherwise move the call behind the authenticated role or a backend.`
        : guestGrantable(n.finding)
          ? `The caller is a Cognito identity pool's unauthenticated (guest) role: whatever it is granted is granted to anonymous users, anyone who can reach the pool. The statement is therefore scoped to ${n.resource} alone; paste it only if guests are meant to call ${n.action} on it (an app's event stream, a sign-up function), otherwise move the call behind the authenticated role or a backend.`
          : `No statement is proposed: the caller is a Cognito identity pool's unauthenticated (guest) role, so anything it is allowed, anyone who can reach the pool is allowed. Move ${n.action} behind the authenticated role or a backend, or grant it to guests only for a resource meant to be public.`,
  'kms-key-metadata-read': () =>
    "No statement is proposed: the key's own policy refused the read. Find out whether the key is AWS managed (`aws kms list-aliases --key-id KEY`, an `alias/aws/…` name): then skip it if its policy does not let the account read this setting, since that policy cannot change; otherwise its key administrators add the caller to the key policy for this action.",
  'assume-service-linked-role': () =>
    "No statement is proposed: a service-linked role is assumed by its service alone and its trust policy is AWS's. Create the role if the account lacks it (`aws iam create-service-linked-role --aws-service-name SERVICE`), or have your tool assume a role of your own.",
  'assume-role-target-not-role': (n) =>
    `No statement is proposed: ${n.resource} is not a role, and only roles can be assumed. Put the role's ARN (${code('arn:aws:iam::ACCOUNT:role/NAME')}) in the job's role-to-assume / RoleArn setting.`,
  'nested-arn-in-resource': (n) => {
    const nested = nestedArn(n.finding.resource)
    const fixed = nested?.corrected
    if (nested?.name)
      return `The Optional statement allows ${n.action} on ${code(nested.inner)}, for the case the role lacks it too: first pass the name ${code(nested.name.value)} in ${code(nested.name.parameter)}, then add it only if the call still fails. Nothing is granted on ${n.resource}, which names no resource that can exist.`
    return fixed
      ? `The Optional statement allows ${n.action} on ${code(fixed)}, the ARN the job most likely meant: first correct the value the job passes, then add it only if the call still fails. Nothing is granted on ${n.resource}, which names no resource that can exist.`
      : `Nothing is granted on ${n.resource}, which names no resource that can exist: the Optional statement is a placeholder ARN to fill in once the job passes a well-formed ARN.`
  },
  'arn-partition-mismatch': (n) =>
    `No statement is proposed: the caller and ${n.resource} are in different partitions, and credentials of one partition never act on a resource of another. Correct the partition of the ARN where the job or tool builds it.`,
  'profile-role-arn-not-role': () =>
    "No policy change is proposed: the profile's role_arn names no role. Give the profile the user's own keys, or a role's ARN to assume.",
  'snapshot-repository-verify': (n) =>
    n.finding.inferred?.signals?.['repository-verification']?.value === 'read-only'
      ? 'No statement is proposed: the node\'s read-only access is deliberate. Register the repository with `"readonly": true` and `PUT _snapshot/NAME?verify=false`.'
      : 'The repository check writes and deletes a test object under the base path, so registering the repository needs those writes; a cluster that should only read registers it read-only with `?verify=false` instead.',
  'tool-update-check': () =>
    "No statement is proposed: the refusal answered the tool's check for a newer version of itself, from a server its makers run. Update the tool or turn the check off, and look for the error that stopped the job.",
  'apigateway-authorizer-deny': () =>
    "No statement is proposed: the API's Lambda authorizer decided, not an IAM policy. Fix the token the client sends or the policy the authorizer returns, as the explanation says.",
  'identity-center-no-access': () =>
    "No statement is proposed: IAM Identity Center's account assignments decide which roles a user gets, as the explanation says.",
  'config-rule-lambda-permission': () =>
    "No identity-policy statement is proposed: the function's resource-based policy must allow AWS Config, with the add-permission command the explanation gives.",
  'organizations-trusted-access': () =>
    "No statement is proposed: the organization's trusted access with the service decides, enabled from the management account as the explanation says.",
  's3-multipart-complete-kms': () =>
    "No s3:PutObject statement is proposed: the upload's parts already passed as s3:PutObject. Allow kms:Decrypt and kms:GenerateDataKey on the bucket's KMS key, as the explanation says.",
  'credential-endpoint-unreachable': () =>
    'No statement is proposed: the credentials provider never reached its endpoint, so no key or policy was checked. Fix the name resolution or the connection the explanation names, then run the step again.',
  'vmimport-service-role': () =>
    "No statement is proposed: VM Import's one sentence covers a missing role, its trust, its permissions and the caller's iam:PassRole, checked in the order the explanation gives.",
  'serverlessrepo-bucket-read': () =>
    "No identity-policy statement is proposed: the artifacts bucket's policy must let the Serverless Application Repository read them, as the explanation says.",
  'lambda-image-permission': () =>
    "No identity-policy statement is proposed: the ECR repository's policy must let the Lambda service pull the image, as the explanation says.",
  'cognito-trigger-permission': () =>
    "No identity-policy statement is proposed: the trigger function's resource-based policy must let the user pool invoke it, with the add-permission command the explanation gives.",
  'dms-vpc-role': () =>
    'No statement is proposed for the caller: DMS assumes the role itself. Create or repair the role as the explanation says.',
  'redshift-iam-role': () =>
    'No statement is proposed for the database user: Redshift assumes the role itself. Associate the role with the cluster (`aws redshift modify-cluster-iam-roles --add-iam-roles`) and let its trust policy admit `redshift.amazonaws.com` (and this `dbuser` ARN where the trust policy lists users in `sts:ExternalId`), as the explanation says.',
  'malformed-role-arn': (n) =>
    `No statement is proposed: ${n.resource} is no well-formed role ARN (${roleArnDefect(n.finding.resource) ?? 'its fields are out of place'}), so no trust policy or Allow names it. Correct the ARN where the job or tool is configured (${code('arn:aws:iam::ACCOUNT:role/NAME')}).`,
  'aws-academy-lab': () =>
    "No statement is proposed: the lab's policies are AWS Academy's. Change the call to what the lab allows (its readme lists the services, Regions and instance types), passing LabRole / LabInstanceProfile where a role is needed.",
  'own-permissions-edit': (n) =>
    `No statement is proposed: ${n.action} on the caller itself would let it grant itself any permission. An administrator attaches the policy the job meant to add (${code('aws iam put-user-policy')} or ${code('aws iam put-role-policy')} run once with administrator credentials, or the IaC that owns IAM).`,
  'impossible-account-id': (n) =>
    `No statement is proposed: the account field of ${n.resource} is not 12 digits, so the ARN is mistyped (or lost its leading zeros to a number type). Correct it where the job is configured.`,
  'ssm-parameter-name': (n) =>
    parameterNameProblem(n.finding.resource)?.kind === 'invalid'
      ? `No statement is proposed: ${n.resource} is no parameter SSM allows, so granting ${n.action} on it cannot help. Put a parameter name where the job passes this value, or pass the value as plain text.`
      : parameterNameProblem(n.finding.resource)?.kind === 'empty-segment'
        ? `No statement is proposed: ${n.resource} has an empty sub-path, built from a value that was unset. Set that value where the job builds the path, rather than granting ${n.action} on a name no parameter has.`
        : `No statement is proposed: ${n.resource} names no parameter, which is what a malformed or missing parameter name gives. Fix the name (full path with its leading ${code('/')}) rather than granting ${n.action} Region-wide.`,
  'ami-launch-permission': (n) =>
    n.finding.detail.images?.includes(', ')
      ? `No statement is proposed: the caller's account has no launch permission for ${n.finding.detail.images.split(', ').map(code).join(', ')}. Their owners share them (${code('aws ec2 modify-image-attribute --launch-permission')}, once per image), or the job launches other images.`
      : `No statement is proposed: the caller's account has no launch permission for ${code(n.finding.detail.images ?? 'the image')}. Its owner shares it (${code('aws ec2 modify-image-attribute --launch-permission')}), or the job launches another image.`,
  'aws-managed-key': (n) =>
    `No statement is proposed: the key is AWS managed (${code(n.finding.inferred?.signals?.['aws-managed-key']?.value ?? 'aws/…')}), and its key policy cannot be edited. Skip such keys in the tool, or use a customer managed key whose policy you write.`,
  'get-user-from-role-session': () =>
    'No statement is proposed: iam:GetUser from a role session cannot succeed whatever the policy says; the tool must use sts:GetCallerIdentity instead (upgrade it).',
  'lambda-stale-kms-grant': () =>
    "No statement is proposed: the function's KMS grant names an execution role that was recreated, and no policy change reaches it. Set the function's role to another role and back (`aws lambda update-function-configuration --role`), or redeploy the function, so Lambda makes a new grant.",
  'iam-propagation': (n) =>
    n.finding.inferred?.signals?.intermittent !== undefined
      ? 'No statement is proposed: the refusal comes on some runs only, which a missing Allow does not do. A role or instance profile created in the same run is not yet visible to the service: retry, and make the launch depend on the role and instance profile (Terraform `depends_on`).'
      : 'Before pasting a statement: the instance profile is new in this run, and IAM takes seconds or longer to make it visible to the service. Retry, and make the launch depend on the role and instance profile (Terraform `depends_on`); the statement is for a refusal that stays.',
  'allowed-elsewhere': (n) =>
    `No statement is proposed: ${n.action} takes no resource, so the identity policy that lets it work for the other targets already allows it for this one. Find what differs for the failing targets (Region, account, the credentials used for them, an SCP) in CloudTrail's event for the refused call.`,
  // WD915: the statement is the fallback; the pod's own role is where it belongs.
  // An assume with the node's credentials gets the role's IRSA trust instead (contribute.ts).
  'cdk-construct-role': () =>
    'A stop-gap only: CloudFormation rewrites this role from the CDK app on the next deploy, so make the lasting change in the app (the finding says where) and skip the CLI form that edits the role.',
  'vault-dynamic-user': () =>
    "The statement goes into the Vault role's `policy_document` (or a policy its `policy_arns` names), not onto this user: Vault deletes the user when its lease ends. Skip the CLI and Terraform forms that target the user.",
  'ecs-task-on-instance-role': (n) =>
    `The statement is for the task's own role (the task definition's taskRoleArn), not ${n.principal}, the container instance role the container fell back to: granted there, every container on the host would get it.`,
  'pod-on-node-role': (n) =>
    podAssumed(n.finding)
      ? ''
      : `The statement is for the pod's own role, not ${n.principal}, the node's instance role the pod fell back to: granted there, every pod on those nodes would get it.`,
  'lambda-kms-grant-or-key': () =>
    "Before pasting a statement: if the execution role was recreated under the same name, the function's KMS grant is stale. Set the function's role to another role and back (`aws lambda update-function-configuration --role`), or redeploy the function; a policy only helps when a customer managed key never allowed the role.",
  'lambda-role-trust': () =>
    "No statement is proposed: Lambda could not assume the function's execution role, so the role's trust policy must allow the service principal lambda.amazonaws.com (sts:AssumeRole); the deployer's permissions are not in question.",
  'iam-cross-account-read': () =>
    "No statement is proposed: an IAM resource of another account cannot be read with this account's credentials whatever the policies say. Run the step with credentials of the resource's account, or correct the ARN.",
  'waf-web-acl-cross-account': () =>
    "No statement is proposed: a web ACL can only protect resources of its own account, whatever the policies say. Create the web ACL in the protected resource's account, or deploy it there with AWS Firewall Manager.",
  'bedrock-model-access': (n) =>
    catalogActionsIn(n.finding.detail.marketplaceActions).length > 0
      ? `The message names the AWS Marketplace actions the caller lacks: the statement allows them with the rest of the first-use set (${code('aws-marketplace:Subscribe')}, ${code('aws-marketplace:Unsubscribe')}, ${code('aws-marketplace:ViewSubscriptions')}). Retry a few minutes after granting them; no Bedrock action is missing.`
      : !bedrockCallerKnown(n.finding)
        ? `No Bedrock statement is proposed: the message names no action. Check the model ID and Region first (or the inference profile ID, such as ${code('us.')} + model ID); for a model sold through AWS Marketplace the caller's identity policy needs ${code('aws-marketplace:Subscribe')}, ${code('aws-marketplace:Unsubscribe')} and ${code('aws-marketplace:ViewSubscriptions')} on its first use (the finding names no caller, so none is drafted); Anthropic models also need the first-time use-case form in the Bedrock console.`
        : `No Bedrock statement is proposed: the message names no action. Check the model ID and Region first (or the inference profile ID, such as ${code('us.')} + model ID); the AWS Marketplace statement is for a model sold through the Marketplace, whose first use subscribes the account; Anthropic models also need the first-time use-case form in the Bedrock console.`,
  'ecr-repository-may-not-exist': (n) => {
    const arn = /^arn:[^:]+:ecr:([^:]*):([^:]*):repository\/(.+)$/.exec(n.finding.resource ?? '')
    const check = arn
      ? code(
          `aws ecr describe-repositories --registry-id ${arn[2]} --repository-names ${arn[3]} --region ${arn[1]}`
        )
      : code('aws ecr describe-repositories --registry-id ACCOUNT --repository-names NAME')
    return `First check that the repository exists in that registry and Region (${check}, run by the registry owner): a request for a repository that does not exist in another account is reported as this denial. Only change the repository policy once it is confirmed.`
  },
  's3-missing-object-without-listbucket': (n) =>
    n.finding.inferred?.signals?.['named-download']
      ? `The job downloads this one object (${code(n.finding.inferred.signals['named-download'].value)}), so it expects it to exist: the statement allows s3:GetObject on exactly that key. Check the key is there first: without s3:ListBucket on the bucket (the Optional statement), S3 answers 403 instead of 404 NoSuchKey for a key that does not exist.`
      : n.finding.action !== null && n.finding.resource !== null
        ? `The message names ${n.action} on ${n.resource}: its statement allows exactly that. If the key may not exist, check it first: without s3:ListBucket on the bucket, S3 answers 403 instead of 404 for a missing key.`
        : `S3 answers 403 instead of 404 for a key that does not exist when the caller lacks s3:ListBucket on the bucket. Verify the key exists; allowing s3:ListBucket on the bucket ARN (not ${code('bucket/*')}) turns this into a clear NoSuchKey error, and is all a cache or probe that reads keys which are not there yet needs. GetObject is not widened: if the key does exist, the caller needs s3:GetObject on ${n.resource} (the Optional statement).`,
  'resource-must-be-star': (n) => starNote(n.rawAction ?? 'This action'),
  'kms-key-policy': () =>
    'KMS key policies are mandatory: IAM policies only count when the key policy has the "enable IAM policies" statement (Principal arn:aws:iam::ACCOUNT:root, kms:*). AWS managed keys (alias/aws/...) can\'t be used across accounts or edited: switch to a customer managed key.',
  'iam-passrole': (n) =>
    /^iam:passrole$/i.test(n.rawAction ?? '')
      ? `Scope iam:PassRole to the exact role ARN ${n.resource} and, ideally, to the service it is handed to with ${code('"Condition": {"StringEquals": {"iam:PassedToService": "SERVICE.amazonaws.com"}}')}. The caller's policy changes, not the passed role's.`
      : `Replace the placeholder role ARN of iam:PassRole with the ARN of the role the call hands over (path included); the caller's policy changes, not the passed role's.`,
  'organizations-call-unnamed': () =>
    "No statement is proposed: the message names no call. First check which account the step ran in: from a member account that is neither the management account nor a delegated administrator, Organizations refuses it whatever that account's policies allow; only in the management account is an identity-policy Allow of the call (from the caller's logs or CloudTrail) the fix.",
  'organizations-management-account': (n) =>
    managementAccountOnly(n.rawAction ?? '')
      ? `No statement is proposed: AWS Organizations takes ${n.action} only from the organization's management account, and no delegated administrator can be given it. Run the step with the management account's credentials; only there would an identity-policy Allow of ${n.action} be the fix.`
      : isOrganizationsOwnRefusal(n.finding)
        ? `No statement is proposed: AWS Organizations refused ${n.action} itself, which it does for calls made from a member account that is neither the management account nor a delegated administrator, whatever its IAM policies allow. Run the step with the management account's credentials, or have the management account delegate ${delegation(n.rawAction ?? '')}. Only in the management account itself would an identity-policy Allow of ${n.action} be the fix.`
        : `This Allow only helps in the organization's management account or a delegated administrator account: from another member account Organizations refuses ${n.action} whatever the account's policies say. Run the step there, or have the management account delegate ${delegation(n.rawAction ?? '')}.`,
  'service-delivery-policy': (n) =>
    n.finding.grammar === 's3-notification-destination'
      ? `No statement is proposed: S3's message does not name the destination. Add to the destination's policy an Allow for the service principal ${code('s3.amazonaws.com')} — ${code('sqs:SendMessage')} in a queue policy, ${code('sns:Publish')} in a topic policy, or ${code('aws lambda add-permission --action lambda:InvokeFunction --principal s3.amazonaws.com')} for a function — with ${code('"Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::BUCKET"}, "StringEquals": {"aws:SourceAccount": "ACCOUNT_ID"}}')}. The caller's identity policy is not what is missing; an encrypted queue or topic also needs its customer managed key to allow s3.amazonaws.com ${code('kms:GenerateDataKey')} and ${code('kms:Decrypt')}.`
      : `If the destination is encrypted with KMS, its key policy must allow the same service principal ${code('kms:GenerateDataKey')} and ${code('kms:Decrypt')}; an AWS managed key (alias/aws/sqs, alias/aws/sns) cannot be, so use a customer managed key.`,
  'terraform-state-backend': () =>
    "Before pasting: check the backend bucket is yours (a backend block copied from another repository or account names someone else's bucket, which answers Access Denied) and which identity the backend ran as. Terraform's S3 backend needs its whole set on every run: s3:ListBucket on the bucket, s3:GetObject and s3:PutObject on the state key (s3:DeleteObject on the .tflock key with use_lockfile), and dynamodb:DescribeTable, GetItem, PutItem and DeleteItem on the lock table. ConditionalCheckFailedException instead means another run holds the lock: no permission is missing. The backend does not use the provider's assume_role or profile: grant the identity the backend block itself runs as (its role_arn or profile, else the job's credentials).",
  // The integration and the findings come before any Allow or Deny hunt (heldout27 review 2,
  // h27-011, h27-012, h27-013): Security Hub refuses them itself, an explicit deny included.
  'securityhub-import': (n) =>
    n.finding.deny === 'explicit'
      ? `Security Hub itself refuses BatchImportFindings with an explicit deny when a finding's \`AwsAccountId\` is not the caller's account or its \`ProductArn\` is not ${n.resource}, and when Security Hub is not enabled in the Region (\`aws securityhub describe-hub --region REGION\`): check the findings the job sends and the hub before looking for a policy.`
      : isOwnDefaultProduct(n.finding.resource)
        ? "Before pasting: Security Hub refuses the import the same way when a finding's `AwsAccountId` is not the caller's account or when Security Hub is not enabled in the Region (`aws securityhub describe-hub --region REGION`); check those first."
        : "Before pasting: Security Hub refuses the import the same way when the account has not turned on the product's integration in that Region (`aws securityhub enable-import-findings-for-product --product-arn PRODUCT_ARN`; `aws securityhub list-enabled-products-for-import` shows which are on) or when a finding's `AwsAccountId` is not the caller's account; check those first.",
  'cognito-role-forbidden': (n) => {
    const role = n.finding.detail.role ?? null
    const defect = role?.startsWith('arn:') ? roleArnDefect(role) : null
    return defect
      ? `Correct the role ARN the pool is handed first: ${code(role!)} is malformed (${defect}).`
      : "Check the value the pool is handed is the role's full ARN, the caller's iam:PassRole on that role, and the role's trust of cognito-identity.amazonaws.com (the explanation gives the statement); an Allow of the Cognito call itself changes nothing."
  },
  'terraform-state-not-saved': () => TERRAFORM_STATE_NOT_SAVED_NOTE,
  'ssm-session-plugin': (n) =>
    sessionPluginNote(n.finding.inferred?.signals?.['start-session'] !== undefined),
  'bare-http-403': () => BARE_HTTP_403_NOTE,
  'copilot-environment-role': (n) =>
    copilotEnvironmentNote(n.finding.resource, n.finding.principal),
  'lambda-layer-share': (n) =>
    layerShareNote(
      n.finding.action ?? SHAREABLE_LAYER_ACTION,
      n.finding.resource ?? '',
      n.finding.layer
    ),
  'service-linked-caller': () =>
    "No statement is proposed: IAM refuses edits to a service-linked role and its policy. Check the service's own setup in this account and Region (the explanation names what it depends on); if that is in place, raise it with AWS Support.",
  'copilot-artifact-bucket': () =>
    "Before pasting: the artifact bucket and its KMS key belong to the Copilot app's StackSet, whose policies must admit the uploading identity. Run `copilot app upgrade` and `copilot env deploy` with the current Copilot version and deploy again; the statements only help when the identity's own policy lacks them.",
  'velero-object-store': () =>
    "Velero's AWS plugin needs its whole documented set on the backup bucket: s3:ListBucket on the bucket, and s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload and s3:ListMultipartUploadParts on bucket/* (or bucket/PREFIX/*). Grant it to the identity the Velero pod uses (the cloud-credentials secret or its IRSA role).",
  'restic-repository': () =>
    "restic needs its whole documented set on the repository's bucket: s3:ListBucket and s3:GetBucketLocation on the bucket ARN (its first call checks the bucket exists, even with a policy scoped to a prefix), and s3:GetObject, s3:PutObject and s3:DeleteObject on bucket/* (or bucket/PREFIX/*).",
  // heldout30 review 3, h30-022: the bucket's owner was said in the explanation only.
  'serverless-deployment-bucket': (n) =>
    n.finding.operation === 'GetBucketLocation'
      ? 'Before pasting, check that the bucket `provider.deploymentBucket` names exists in your own account and in this Region (`aws s3api get-bucket-location --bucket BUCKET` with the same credentials): a name another account holds answers Access Denied, and no statement of yours changes that.'
      : 'Before pasting, check that a bucket `provider.deploymentBucket` names exists in your own account and in this Region: a name another account holds answers Access Denied.',
  'sam-artifact-bucket': () =>
    "SAM names each uploaded object by a hash of its content, so the statement names the deployment bucket's objects (`BUCKET/*`, or `BUCKET/PREFIX/*` with `--s3-prefix`). Before pasting, check that the bucket is your own, in this Region: `--resolve-s3` creates one.",
  's3-client-documented-set': () =>
    'The client needs its whole documented set on its bucket, not the one call the log shows: s3:ListBucket on the bucket ARN (it lists before anything else) and s3:GetObject, s3:PutObject and s3:DeleteObject on bucket/*, for the identity every one of its components runs as.',
  'gradle-s3-build-cache': () =>
    'Grant the write only to the builds that should fill the cache (the default branch): for pull requests, forks and developer machines set push = false on the remote build cache instead, so they only read (s3:GetObject).',
  'owner-side-resource': () =>
    "Also needed on your side, once the owner's side allows it (the statement alone cannot fix the refusal): check first that the resource exists as named and that its owner shares it.",
  'cloudformation-template-url': () =>
    "Check the TemplateURL first (bucket, key and Region): a mistyped or deleted template answers Access Denied too. A template in another account's bucket needs that owner's bucket policy to allow the read.",
  'terraform-backend-denied-too': () =>
    "The same text also shows Terraform's S3 backend answering AccessDenied: once the credentials work, the backend's identity needs s3:ListBucket on the state bucket, s3:GetObject and s3:PutObject on the state key, the lock table's dynamodb:GetItem, PutItem and DeleteItem, and KMS on an encrypted bucket.",
  's3-copy-two-buckets': () =>
    "A bucket-to-bucket copy needs the source read (s3:GetObject, and s3:ListBucket on it for a recursive copy) and the destination write (s3:PutObject) on the caller's side; across accounts the other account's bucket policy must allow the caller too, and a destination that keeps ACLs needs --acl bucket-owner-full-control (or Object Ownership BucketOwnerEnforced). `aws s3 sync` also lists the destination to compare, so it needs s3:ListBucket on the destination bucket too.",
  'kms-grant-for-aws-resource': (n) =>
    n.finding.detail.kmsLaunch === 'ebs'
      ? `No statement is proposed: the launch failure names no key. In the key policy of the customer managed key that encrypts the volumes (the launch template's, or the account's EBS default), allow the principal ${code('arn:aws:iam::ACCOUNT_ID:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling')} ${code('kms:Encrypt')}, ${code('kms:Decrypt')}, ${code('kms:ReEncrypt*')}, ${code('kms:GenerateDataKey*')} and ${code('kms:DescribeKey')}, and ${code('kms:CreateGrant')} with ${code('"Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}')}. ${code('aws ec2 get-ebs-default-kms-key-id')} shows the account's default key.`
      : `EKS secrets encryption needs a symmetric customer managed key in the cluster's Region (not an alias/aws/... key), and its key policy must allow the caller too. kms:CreateGrant can be narrowed with ${code('"Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}')} in a statement of its own.`,
  'assume-role-two-policies': (n) =>
    podAssumed(n.finding)
      ? ''
      : "sts:AssumeRole needs two policies to agree: the caller's identity policy must allow sts:AssumeRole on the role ARN, and the role's trust policy must trust the caller (its role ARN, not the session ARN). Across accounts both are always required." +
        // A vendor assuming its customers' roles (heldout19 review 2, h19-054): a trust without
        // the external ID lets any of its customers point it at this role.
        (n.finding.crossAccount === false
          ? ''
          : ` If the caller is a third party's (a vendor or SaaS that assumes roles in its customers' accounts), the trust statement must also require the external ID it issued you, ${code('"Condition": {"StringEquals": {"sts:ExternalId": "EXTERNAL_ID"}}')}: without it, any of its other customers could have it act on this role (the confused deputy).`),
  'oidc-trust-conditions': (n) =>
    n.finding.detail.webIdentityIssuer === 'github'
      ? "The role's trust policy must match the token GitHub presents: the federated principal of this account's token.actions.githubusercontent.com provider, aud sts.amazonaws.com, and a sub for this repository and context (environment, branch, tag or pull_request; case matters). CloudTrail's AssumeRoleWithWebIdentity event shows the claims that were presented."
      : "The role's trust policy must match the token presented: the federated principal of its issuer's OIDC provider in this account, and its aud and sub claims (case matters; a * in sub needs StringLike). CloudTrail's AssumeRoleWithWebIdentity event shows the issuer and the claims that were presented.",
  'get-caller-identity-is-credentials': () =>
    'sts:GetCallerIdentity needs no permission and no policy can deny it: a failure here is a credentials problem (missing, expired or invalid keys, a wrong profile or Region), not a missing Allow.',
  'configure-credentials-no-source': (n) => {
    const signals = n.finding.inferred?.signals
    // Dependabot's runs read Dependabot secrets only: said first when the text names it.
    const bot = signals?.['dependabot-run']
      ? "add the inputs' secrets to the Dependabot secrets too (runs Dependabot triggers see no Actions secrets), or skip the AWS steps for dependabot[bot]; "
      : ''
    // The action's own id-token hint: role-to-assume reached it, so no secret is the cause.
    if (signals?.['credential-inputs']?.value === 'hint')
      return `configure-aws-credentials loaded nothing and said why: ${bot}give the job \`permissions: id-token: write\` (a \`permissions:\` block drops what it does not list; a reusable workflow needs it in the calling job too). \`role-to-assume\` reached the action, so its secret is not empty.`
    return signals?.['credential-inputs']?.value === 'oidc'
      ? `configure-aws-credentials loaded nothing: ${bot}give the job \`permissions: id-token: write\` (a \`permissions:\` block drops what it does not list; a reusable workflow needs it in the calling job too), then check that the secrets behind \`role-to-assume\` or the key inputs are not empty in this run.`
      : `configure-aws-credentials loaded nothing: ${bot}check that the secrets behind its inputs are set and reach this run (fork pull requests, Dependabot runs, environment secrets without the job's \`environment:\`, a misspelt name, a reusable workflow without \`secrets: inherit\`); for OIDC the job needs \`permissions: id-token: write\`.`
  },
  'oidc-trust-said-correct': () =>
    "Before editing the trust policy: check the job has `permissions: id-token: write` (also in the calling job of a reusable workflow), and compare the sub and aud CloudTrail's AssumeRoleWithWebIdentity event shows with the conditions.",
  'oidc-subject-presented': (n) => {
    const sub = n.finding.inferred?.githubSubject?.value
    return sub && /:(?:ref:refs\/|environment:|pull_request)/.test(sub)
      ? `The sub condition must match the subject the log shows the token presented, ${code(sub)}, exactly (StringEquals) or through a StringLike pattern.`
      : `The run after the merge presents ${code('repo:OWNER/REPO:ref:refs/heads/BRANCH')}, pull-request runs ${code('repo:OWNER/REPO:pull_request')}: the sub condition must list each context the role serves.`
  },
  'exposed-key-quarantine': () =>
    "No statement is proposed: the text speaks of an exposed key, and AWS then attaches AWSCompromisedKeyQuarantineV3 (or V2), an explicit Deny no Allow overrides. Check the user's attached policies, rotate and delete the key, review CloudTrail, follow the AWS Support case, then detach the policy.",
  'unset-name-in-arn': (n) => {
    // The URL called, when the resource is not printed (a sample's `your-account-id` queue URL).
    const url = n.finding.resource ? null : n.finding.detail.url
    const sample = unsetValueIn(url ?? n.finding.resource)?.kind === 'sample'
    return `No statement is proposed: ${url ? `\`${url.replace(/`/g, '')}\`` : n.resource} names a resource ${n.finding.resource?.endsWith('/') ? 'with an empty name' : sample ? "with a sample configuration's placeholder" : 'after an unset value'}, so the code or configuration that supplies the name changes, not a policy.`
  },
  'relayed-kms-refusal': () =>
    "No statement is proposed for the service call: it was allowed. The change is the caller's use of the KMS key above, in its identity policy and in the key policy.",
  'unresolved-template-variable': (n) =>
    isPulumiOutputText(n.finding.resource)
      ? "No statement is proposed: the ARN is Pulumi's text for an unresolved Output, so no policy can match it. Pass the resolved value (`apply`, `pulumi.interpolate`) where the program builds the role or resource ARN."
      : `No statement is proposed: ${n.resource} holds a \${AWS::...} placeholder that was never substituted, so no policy can match it. Fix the template or CDK code that builds the ARN (an explicit stack env, or the value resolved before the call).`,
  'ecr-login-region-mismatch': () =>
    "Log in to the registry's own Region (the REGION in ACCOUNT.dkr.ecr.REGION.amazonaws.com): `aws ecr get-login-password --region REGION | docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com`.",
  'public-bucket-no-sign-request': () =>
    'A public bucket needs no credentials: add `--no-sign-request` to the aws s3 command instead of configuring any (a private one needs credentials allowed to read it).',
  'role-chaining-second-call': () =>
    'Role chaining: set `role-chaining: true` on the second configure-aws-credentials step, and add to the second role\'s trust policy a statement with Principal `{"AWS": "arn:aws:iam::ACCOUNT:role/FIRST_ROLE"}` and Action `["sts:AssumeRole", "sts:TagSession"]` (the first role also needs both actions on the second role). No OIDC trust statement for the second role is needed.',
  'ecr-public-stale-login': (n) =>
    n.finding.detail.registryOperation === 'push'
      ? 'Not a permissions problem of the repository yet: log in the pushing client to `public.ecr.aws` with `aws ecr-public get-login-password --region us-east-1` (the private `aws ecr get-login-password` token does not work there), then push again.'
      : 'Not a permissions problem: run `docker logout public.ecr.aws` (Helm: `helm registry logout public.ecr.aws`) before pulling public images (no login is needed), or log in to ECR Public with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws`; `aws ecr get-login-password` (private ECR) does not work for public.ecr.aws.',
  // The kubelet and containerd take no docker login (heldout128 review: h128-086, h128-088).
  'aws-owned-registry-login': (n) => {
    const client = n.finding.inferred?.signals?.['registry-client']?.value
    return client && Object.hasOwn(CLIENT_LOGINS, client)
      ? `The image is in an AWS-owned registry (its account ID in the host), which any account may pull from with its own ECR token. ${CLIENT_LOGINS[client]!}`
      : 'Not a permissions problem of your registry: log in to the AWS-owned registry the image names (amazon-ecr-login `registries:` with its account ID, or `aws ecr get-login-password` piped to `docker login` for that host) before pulling.'
  },
  'oidc-audience-typo': () =>
    "Fix the misspelt audience first (it must read `sts.amazonaws.com` in the provider's client IDs, the trust condition and any `audience:` input); nothing else needs to change.",
  'app-permission-set': () =>
    "Grant the application's documented permission set (see the explanation) to the credentials it is configured with, instead of adding refused calls one by one.",
  'amazon-q-subscription': () =>
    'No IAM change: subscribe the signed-in IAM Identity Center user (or its group) to Amazon Q Developer, or sign in with the identity that has the subscription (`q login`).',
  'ci-runner-image-pull': () =>
    'The runner pulls the job image before the job runs: configure amazon-ecr-credential-helper for the runner\'s Docker (GitLab: DOCKER_AUTH_CONFIG with credHelpers ecr-login), and give the runner\'s instance role or keys ecr:GetAuthorizationToken ("*") plus ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository.',
  'registry-login-tool': () =>
    "Give the image tool its own registry login (see the explanation: kaniko's config.json with the ecr-login helper, `buildah login`, `crane auth login`): a `docker login` in the job does not reach it.",
  'assume-role-trust-side': (n) =>
    n.finding.fixTarget.kind === 'trust-policy'
      ? "The message proves neither side, so check the trust policy first (`aws iam get-role --role-name TARGET --query Role.AssumeRolePolicyDocument`): a role whose trust does not name the caller refuses it whatever the caller's own policies say. PRINCIPAL_ARN is the role ARN `aws sts get-caller-identity` reports for the code (not the session ARN). A trust policy that names the caller's account (`:root`) rather than the caller also needs the caller's own Allow."
      : 'The trust side, in the target role\'s trust policy (aws iam update-assume-role-policy): {"Effect": "Allow", "Principal": {"AWS": "CALLER_ROLE_ARN"}, "Action": "sts:AssumeRole"}, with CALLER_ROLE_ARN the role ARN `aws sts get-caller-identity` reports for the code (not the session ARN). The message proves neither side: check both.',
  'role-self-assumption': (n) =>
    `Before pasting: the session is already ${n.principal}, the role it asks to assume, so the usual fix is to drop the second assume (its \`--role-arn\`, a tool's \`role:\` setting); a trust statement naming the role itself is only for re-assuming on purpose.`,
  'appsync-data-source-role': () =>
    "Let AppSync assume the role: add the statement the explanation shows to the role's trust policy (`aws iam update-assume-role-policy`, or the data source's `serviceRoleArn` role in your IaC), with `aws:SourceArn` naming your API. The caller's own policies are not involved.",
  'route53-zone-not-owned': () =>
    "Check the hosted zone ID before any policy: `aws route53 get-hosted-zone --id ZONE_ID` with the job's credentials. Pass your own zone's ID (an alias target's zone ID is AWS's), or assume a role in the account that owns the zone; only a zone of this account takes an Allow here.",
  's3-access-point-network-origin': () =>
    "Check the access point's network origin before hunting for a Deny statement (`aws s3control get-access-point`: NetworkOrigin, VpcConfiguration): a VPC-origin access point refuses any request from outside its VPC with this same message, and no policy change fixes that; send the request from its VPC instead.",
  // A statement stands when the call is known (its operation): the note says what to fill in.
  'sqs-endpoint-without-queue': (n) =>
    requiresWildcardResource(n.finding.action ?? n.finding.inferredAction ?? '') === true
      ? `SQS's refusal names no queue, and ${n.action} names none either: its Resource is "*". Check which credentials the process really uses (aws sts get-caller-identity where it runs).`
      : (n.finding.action ?? n.finding.inferredAction)
        ? "SQS's refusal names no queue: put the queue the code calls (its QueueUrl's name) in Resource; an empty QueueUrl sends the call to the endpoint itself, so check the code passes one, and which credentials the process really uses (aws sts get-caller-identity where it runs)."
        : 'No statement is proposed: the URL names no queue. Find the action in CloudTrail (CreateQueue, GetQueueUrl or ListQueues at start-up, or a call whose QueueUrl was empty) and check which credentials the process really uses (aws sts get-caller-identity where it runs).',
  'deliberate-deny-policy': (n) =>
    `No statement is proposed, and the Deny is not for narrowing: its policy (${n.policy}) is named for denying this kind of call. Make the call as a principal that is allowed to (ask the account administrators which role or pipeline does ${n.action} here).`,
  'compromised-key-quarantine': (n) =>
    `AWS attached its quarantine policy (${n.policy}) because it detected these access keys exposed publicly. Do not detach or edit the policy: rotate and delete the exposed access key, check CloudTrail for misuse, and follow the AWS Support case AWS opened.`
}
