// Refusal codes no policy decides: AWS disabled the bucket or the account, the Region's STS
// endpoint is off, the object is archived, the endpoint could not tell which operation was asked.
// Each is data: the codes (or the grammar that reads the wording, when the code is an ordinary
// one), what is wrong in plain words, and what changes instead of a policy. The traps
// (src/diagnose/traps/nonIamRefusals.ts) and the fix target read it.
import type { Denial } from './Denial.js'
import { joinedAction } from './wrappedArn.js'
import type { FixOwner } from './FixTarget.js'

export interface NonIamRefusal {
  /** The trap id (src/report/ruleIds.ts gives it its WD5xx rule). */
  trap: string
  codes: readonly string[]
  /** A grammar that reads the same refusal without its code. */
  grammar?: string
  /** The refusal's own shape, where neither its code nor its grammar is its own. */
  matches?: (d: Denial) => boolean
  /**
   * The cause the words around it must name (src/infer/statedCause.ts), for a code that means
   * this refusal only there (S3 China's `UnauthorizedAccess`, where other stores use it too).
   */
  stated?: string
  /** Opens the explanation: what the code means, and the check that confirms it. */
  advice: string
  /** The same, for the bucket the log names (its request's host or URL). */
  adviceFor?: (bucket: string) => string
  /** The advice and target for what the refusal itself says more of (its Region), else none. */
  adviceWith?: (d: Denial) => { advice: string; target: string } | null
  /** What changes instead, as the fix target says it. */
  target: string
  owner: FixOwner
}

export const NON_IAM_REFUSALS: readonly NonIamRefusal[] = [
  {
    trap: 's3-all-access-disabled',
    // InvalidPayer answers with the same sentence ("All access to this object has been disabled").
    codes: ['AllAccessDisabled', 'InvalidPayer'],
    grammar: 's3-all-access-disabled',
    advice:
      'S3 answered `AllAccessDisabled` ("All access to this object has been disabled"): AWS itself has disabled the bucket or the account that owns it (a suspended or closed account, a bucket locked for abuse or non-payment). No policy of the caller or the bucket changes that. First check the bucket name: a typo or a default like `test` reaches a stranger\'s disabled bucket, since bucket names are global (`aws s3api get-bucket-location --bucket BUCKET`). If the bucket is yours, open a case with AWS Support.',
    // The first fix is the bucket name, which the job's owner sets (heldout15 review h15-105:
    // GitLab's uploads to `uploads`, a stranger's disabled bucket); AWS Support only for one's own.
    adviceFor: (bucket) =>
      `S3 answered \`AllAccessDisabled\` ("All access to this object has been disabled") for the bucket \`${bucket}\`: AWS itself has disabled that bucket or the account that owns it (a suspended or closed account, a bucket locked for abuse or non-payment), and no policy of the caller or the bucket changes that. As bucket names are global, unless \`${bucket}\` is yours (\`aws s3api get-bucket-location --bucket ${bucket}\` with your credentials), the job is pointed at a stranger's disabled bucket, as a short or generic name usually is, so set the job's bucket to one you own (its bucket setting; GitLab: the object storage's \`remote_directory\`). Only for a bucket of yours, open a case with AWS Support.`,
    target: "the bucket name the job uses, or the owning account's standing with AWS (AWS Support)",
    owner: 'you'
  },
  {
    trap: 'sts-region-disabled',
    codes: ['RegionDisabledException', 'RegionDisabled'],
    grammar: 'sts-region-disabled',
    advice:
      "STS answered `RegionDisabledException`: the account has its STS endpoint turned off in this Region (or the Region is an opt-in one the account has not enabled). No policy is missing. An administrator activates STS for the Region (IAM console, Account settings, Security Token Service endpoints) or enables the opt-in Region, or the job calls STS where it is active (the global endpoint, or `us-east-1`, which cannot be turned off: set `AWS_STS_REGIONAL_ENDPOINTS` or the tool's STS Region).",
    target:
      "the account's STS Region settings (IAM Account settings), or the Region the job sends STS calls to",
    owner: 'you'
  },
  {
    trap: 's3-archived-object',
    codes: ['InvalidObjectState'],
    advice:
      'S3 answered `InvalidObjectState`: the object is in an archive storage class (S3 Glacier Flexible Retrieval, Deep Archive, or an Intelligent-Tiering archive tier) and cannot be read until it is restored. No permission is missing. Restore it first (`aws s3api restore-object --bucket BUCKET --key KEY --restore-request Days=1`), wait until `aws s3api head-object` shows `ongoing-request="false"`, then read it; or skip archived objects (`aws s3 cp --recursive --ignore-glacier-warnings`).',
    target: 'the storage class of the object (restore it before reading)',
    owner: 'you'
  },
  {
    trap: 's3-account-problem',
    codes: ['AccountProblem'],
    advice:
      'S3 answered `AccountProblem` ("There is a problem with your AWS account that prevents the action from completing successfully"): the account itself is blocked for S3 (billing, verification or a suspension), whatever its policies say. Contact AWS Support; no policy change helps.',
    target: 'the AWS account itself, through AWS Support',
    owner: 'aws-support'
  },
  {
    // AWS China serves S3 over the web only for accounts with an ICP recordal (Getting Started
    // with Amazon Web Services in China: ports 80/443 need it); S3-compatible stores (Backblaze
    // B2, RustFS) use the same code for their own key checks, so the endpoint must be AWS China's.
    trap: 's3-china-unauthorized-access',
    codes: ['UnauthorizedAccess'],
    stated: 's3-china-endpoint',
    advice:
      'S3 in the AWS China Regions (`*.amazonaws.com.cn`) answered `UnauthorizedAccess` ("You are not authorized to perform this operation"): not an IAM or bucket-policy refusal, which S3 reports as `AccessDenied`. AWS China serves content to the public internet over ports 80/443 only for an account that has completed its ICP recordal, so a website-style or anonymous request to the bucket is refused until the account has one. A signed API call is also refused this way when the signature is not one the China endpoint accepts: sign with SigV4 for the bucket\'s Region (`cn-north-1` or `cn-northwest-1`) with keys of an `aws-cn` account, since keys of the global partition are never valid there. No policy change helps: check the ICP recordal of the account (Amazon Web Services China console, ICP recordal), and the Region, endpoint and keys the client signs with.',
    target:
      "the account's ICP recordal with AWS China, or the Region, endpoint and aws-cn keys the client signs with",
    owner: 'you'
  },
  {
    trap: 's3-object-lock-protected',
    // AccessDenied is an ordinary refusal code: only the wording tells.
    codes: [],
    grammar: 's3-object-lock',
    advice:
      'S3 answered "Access Denied because object protected by object lock": the object version is under a legal hold or within its retention period, which S3 Object Lock enforces whatever the policies say (administrators included). No Allow changes it. Check the version\'s lock (`aws s3api get-object-legal-hold` and `get-object-retention --bucket BUCKET --key KEY --version-id VERSION`): a legal hold is lifted by whoever may `s3:PutObjectLegalHold` (`put-object-legal-hold --legal-hold Status=OFF`); a retention in governance mode can be bypassed by a caller allowed `s3:BypassGovernanceRetention` who sends `x-amz-bypass-governance-retention: true`; compliance mode cannot be shortened by anyone: wait until the retain-until date. A delete without a version ID only adds a delete marker, which Object Lock allows.',
    target: "the object version's legal hold or retention (S3 Object Lock), not a policy",
    owner: 'you'
  },
  {
    trap: 'ami-snapshot-not-shared',
    // InvalidRequest is no refusal code of its own: only the wording tells (h125-012).
    codes: [],
    grammar: 'ami-storage-not-shared',
    advice:
      "EC2 answered \"You do not have permission to access the storage of this ami\": the image is visible to this account, but the EBS snapshots behind it are not. Copying an image (and launching one whose snapshots are not public) reads its snapshots, and their owner never shared them: an image's launch permission and its snapshots' create-volume permission are shared separately. No IAM statement of yours helps. The image's owner shares each snapshot (`aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type add --user-ids ACCOUNT_ID`, the IDs from `aws ec2 describe-images --image-ids IMAGE_ID`), and, for an encrypted image, lets this account use the KMS key (its key policy or a grant: `kms:Decrypt`, `kms:CreateGrant`, `kms:DescribeKey`). A vendor's public image may not be meant to be copied: launch it where it is published, or ask the vendor.",
    target:
      "the image's EBS snapshots, shared by their owner (create-volume permission, and the KMS key when encrypted)",
    owner: 'resource-owner'
  },
  {
    trap: 's3-post-policy-refused',
    // AccessDenied is an ordinary refusal code: only the wording tells (h122-028).
    codes: [],
    grammar: 's3-post-policy',
    advice:
      'S3 answered "Invalid according to Policy": a POST upload (an HTML form or a presigned POST) did not match the POST policy signed with it, which S3 checks before any IAM policy. Every condition of the signed policy must hold for the form\'s fields (`["starts-with", "$content-type", ""]` needs a `Content-Type` field in the form, `["eq", "$bucket", …]` the bucket, `content-length-range` the file\'s size), every form field except `file`, `x-amz-signature`, `policy` and fields starting `x-ignore-` must be named by a condition ("Extra input fields"), and the policy must not have expired ("Policy expired": sign it when the page is served, with an expiration later than the upload). No IAM statement helps: change the form\'s fields or the conditions where the server signs the policy. Once they match, the signing credentials still need `s3:PutObject` on the key.',
    target: 'the POST policy the server signs and the form fields the upload sends',
    owner: 'you'
  },
  {
    trap: 'cross-account-pass-role',
    // AccessDenied and AccessDeniedException are ordinary refusal codes: only the wording tells.
    codes: [],
    grammar: 'cross-account-pass-role',
    advice:
      "AWS answered \"Cross-account pass role is not allowed\": the request handed a service a role from another account (a `--role-arn`, a function's or stack's execution role), and a service takes only roles of the account it runs in. No policy grants this: `iam:PassRole` on the role, a trust policy or AdministratorAccess changes nothing. Compare the account in the passed role's ARN with the account of the credentials (`aws sts get-caller-identity`): either pass a role of that account, or make the call from the role's account (assume a role there first, or a `--profile` for it).",
    target:
      "the role ARN the call passes (one in the caller's own account), or the account the call is made from",
    owner: 'you'
  },
  {
    // Amazon Connect's own answer, not an IAM evaluation, which names the one action called:
    // `connect:* on resource: * with an explicit deny` comes back with AmazonConnect_FullAccess
    // attached when the request names an instance or resource Connect cannot match (aws/aws-cdk#29816
    // in heldout29 h29-006, whose delete then says "Resource is not a valid ID or ARN").
    trap: 'connect-generic-deny',
    codes: [],
    matches: (d) =>
      d.deny === 'explicit' &&
      d.action !== null &&
      joinedAction(d.action).toLowerCase() === 'connect:*' &&
      (d.resource === null || d.resource === '*'),
    advice:
      "Amazon Connect answered `not authorized to perform: connect:* on resource: *`: an IAM refusal names the one action called, so this is Connect's own generic answer, not a policy's. Connect gives it, with an explicit deny and even to a role allowed `connect:*` (AmazonConnect_FullAccess), when the request names an instance or resource it cannot match: an instance ID or ARN that is wrong or of another Region or account, a resource ID of another instance, or a parameter it rejects (a malformed ID, ARN or tag). Check the request first: its InstanceId (`aws connect describe-instance --instance-id ID --region REGION` with the same credentials), the IDs and ARNs it passes, and the Region. Only if those are right, look for a Deny in an SCP or permissions boundary with `aws iam simulate-principal-policy` on the call's own action.",
    target: "the request's Amazon Connect instance ID, resource IDs and parameters, and its Region",
    owner: 'you'
  },
  {
    // SNS's answer to a subscription read or change by an account that does not own the
    // subscription (`AuthorizationError: Not authorized to access this subscription` on
    // GetSubscriptionAttributes: Terraform's refresh of a subscription another account created,
    // hashicorp/terraform-provider-aws#45863; Ansible's `sns_topic` on a cross-account
    // subscription, ansible-collections/community.aws#1418). IAM's own refusal names the caller
    // and the action; this one names neither.
    trap: 'sns-subscription-owner',
    codes: [],
    matches: (d) =>
      d.code === 'AuthorizationError' &&
      d.principal === null &&
      d.action === null &&
      /^(?:GetSubscriptionAttributes|SetSubscriptionAttributes|Unsubscribe)$/.test(
        d.operation ?? ''
      ),
    advice:
      'SNS answered `AuthorizationError` ("Not authorized to access this subscription") without naming a caller or an action: SNS lets only the account that owns a subscription read or change its attributes, and a subscription another account created (its endpoint, a queue or function of theirs, subscribed itself) is theirs even on your topic. No Allow of yours changes that. Check the subscription\'s owner (`aws sns list-subscriptions-by-topic --topic-arn TOPIC` shows each `Owner`); leave other accounts\' subscriptions out of what the tool manages (Terraform: do not import or manage them, or pin the provider release before a regression in reading them), or make the change from the owning account.',
    target:
      "the subscription's owning account, or the tool's handling of subscriptions it does not own",
    owner: 'you'
  },
  {
    trap: 'account-not-allowed',
    codes: [],
    grammar: 'account-not-allowed',
    advice:
      'The service refused the account itself ("The account id … is not allowed to access the resources"), not a caller a policy could admit: the feature is not offered to this account or in this Region yet (a Region where it is not available, a preview or allow-list the account is not on). No Allow changes that. Check the feature\'s Region availability in the service\'s documentation and run it where it is offered, or ask AWS Support to enable it for the account.',
    target: 'the Region the call runs in, or the feature enabled for the account (AWS Support)',
    owner: 'you'
  },
  {
    // A participant's call on a resource another account shares through AWS RAM (Route 53
    // Resolver's `You are not authorized to do this operation on shared resource`, Terraform
    // listing a shared rule's tags, hashicorp/terraform-provider-aws#37186).
    trap: 'shared-resource-owner',
    codes: [],
    grammar: 'shared-resource-operation',
    advice:
      'The resource is shared with this account through AWS RAM and the call is one only its owner may make (tags and changes stay with the owning account; a participant may use the resource, not manage it). No Allow of this account changes that. Make the change from the owning account, or leave the shared resource out of what the tool manages here (Terraform: associate it, do not import or tag it).',
    target:
      "the resource's owning account (the RAM share's owner), or the tool's handling of shared resources",
    owner: 'you'
  },
  {
    // A service that must be set up in the account before its API answers (Audit Manager's
    // `Please complete AWS Audit Manager setup from home page`, turbot/steampipe-plugin-aws#1107).
    trap: 'service-setup-required',
    codes: [],
    grammar: 'service-setup-required',
    advice:
      "AWS Audit Manager answered that it is not set up in this account and Region: its API refuses list calls until the account is registered, whatever the caller's policy allows. Complete the setup (`aws auditmanager register-account`, or the console's Get started, in each Region the tool reads), or leave the Region out of what the tool queries.",
    target: "the service's setup in the account and Region (Audit Manager: register-account)",
    owner: 'you'
  },
  {
    // Billing data an organization keeps in its management account (Cost Explorer's `Linked
    // account doesn't have access to cost allocation tags`, aws/aws-parallelcluster-ui#242).
    trap: 'management-account-billing',
    codes: [],
    grammar: 'linked-account-billing',
    advice:
      "Cost Explorer answered that a linked (member) account has no access: in an organization, cost allocation tags and some other billing data are managed in the management (payer) account only, whatever a member account's policies allow. Make the call with the management account's credentials (or a role there), or leave the feature out where the tool runs in a member account.",
    target: "the organization's management (payer) account, where the billing data is managed",
    owner: 'org-admin'
  },
  {
    trap: 'budgets-payer-not-enabled',
    codes: [],
    grammar: 'budgets-linked-account',
    advice:
      "AWS Budgets answered that this is a linked (member) account whose payer has not turned budgets on: in an organization, the management (payer) account enables AWS Budgets and Cost Explorer for its members first (opening Cost Explorer or Budgets there once, in the Billing and Cost Management console, turns them on; it takes up to a day). No policy of the member account changes this. Ask the management account's owner to enable them, then run the step again; the member's role then needs only the Budgets actions of its own call on `arn:aws:budgets::ACCOUNT:budget/*`: `budgets:ViewBudget` to read budgets (a scanner's or a dashboard's), `budgets:ModifyBudget` only to create or change one.",
    target:
      "the organization's management (payer) account, which enables AWS Budgets for its members",
    owner: 'org-admin'
  },
  {
    // Amazon Location authorizing a call made with an API key (`aws geo-places geocode --key …`:
    // `User is not authorized to access this resource with an explicit deny`, aws/aws-cli#9310).
    trap: 'location-api-key',
    codes: [],
    matches: (d) => d.grammar === 'apigw-authorizer' && d.detail.apiKey === 'location',
    advice:
      "Amazon Location authorized this call with the API key it was made with (`--key`), not with IAM: the key's restrictions refused it (the actions it allows, such as `geo-places:Geocode`, its resources, its allowed referers, its expiry). No policy of yours decided it. Check the key (`aws location describe-key --key-name NAME`) and allow the action there (`aws location update-key --key-name NAME --restrictions …`), or call with IAM credentials that allow it instead of the key.",
    target:
      "the API key's restrictions (its allowed actions, resources and referers), or IAM credentials instead of the key",
    owner: 'you'
  },
  {
    // heldout157 review, h158-013 (Braket): the account's own limits, not IAM.
    trap: 'account-resource-restricted',
    codes: [],
    grammar: 'account-resource-restricted',
    advice:
      "AWS answered that this account is not authorized to use the resource and asked to contact customer support: the account itself is held back from it (a new account's limits, a quota at zero, a device or feature that must be enabled for the account first), whatever its policies allow. No policy change helps. Open a case with AWS Support (or ask for the quota in Service Quotas) naming the call and the resource, then run the step again.",
    target: "the account's access to the resource, through AWS Support or Service Quotas",
    owner: 'aws-support'
  },
  {
    // heldout161 review, h162-017 and h162-001: a resource another AWS service created and owns
    // (a service-linked Config rule; the EFS automatic backup vault, whose access policy denies
    // its deletion to everyone): a clean-up tool must leave it out.
    trap: 'service-owned-resource',
    codes: [],
    grammar: 'service-owned-resource',
    matches: (d) => /:backup-vault:aws\//.test(d.resource ?? ''),
    advice:
      "The resource belongs to an AWS service, not to the account's users: a service-linked AWS Config rule is created and removed by the service that owns it (Security Hub, Control Tower, Firewall Manager, Conformance Packs), and a backup vault named `aws/…` (the EFS automatic backup vault) is AWS Backup's own, its access policy denying its deletion to everyone. No policy change lets the caller delete or change it. Leave it out: exclude it in the clean-up tool's configuration (aws-nuke's resource filters, cloud-nuke's config file), or turn the feature off in the owning service (its standards or conformance pack; EFS automatic backups) and let that service remove it.",
    target: "the clean-up tool's exclusions, or the owning service's setting",
    owner: 'you'
  },
  {
    // heldout161 review, h161-050 (aws/aws-toolkit-jetbrains#4130: `Service returned error code
    // AccessDeniedException (Service: SsoOidc, …)`): IAM Identity Center's OIDC service refused
    // a sign-in. Its calls (RegisterClient, StartDeviceAuthorization, CreateToken) are made with
    // no AWS credentials, so no IAM policy decides them.
    trap: 'sso-oidc-sign-in-refused',
    codes: [],
    matches: (d) => d.service === 'sso-oauth' && d.kind === 'denial',
    advice:
      "IAM Identity Center's OIDC service (`SsoOidc`) refused the sign-in: its calls (registering the client, the device authorization, the token request) carry no AWS credentials, so no IAM policy decides them. `AccessDeniedException` there means the device authorization was denied or never approved (the browser step cancelled, timed out or signed in as someone else), or the user may not use the application: run the sign-in again (`aws sso login`, the IDE's AWS sign-in) and approve the request in the browser as the intended user, and check in IAM Identity Center that the user (or a group of theirs) is assigned to the account and permission set, or to the application the tool signs in to. No policy change helps.",
    target: "the IAM Identity Center sign-in (approve it again) and the user's assignments",
    owner: 'you'
  },
  {
    // heldout157 review, h158-022: a member account may not turn Inspector off for itself.
    trap: 'inspector-member-self-disable',
    codes: [],
    grammar: 'inspector-member-self-disable',
    advice:
      "Amazon Inspector answered that a member account may not disable itself: in an organization, Inspector's delegated administrator turns scanning on and off for its members, whatever the member's own policies allow. Make the change from the delegated administrator account (`aws inspector2 disable --account-ids MEMBER_ACCOUNT_ID --resource-types …` there, or its auto-enable settings), or keep the member's enabler out of its own Terraform (the delegated administrator's `aws_inspector2_member_association` and `aws_inspector2_enabler` manage it). No statement in the member account helps.",
    target: "Inspector's delegated administrator account, which enables and disables its members",
    owner: 'org-admin'
  },
  {
    // heldout157 review, h158-023: Lambda code scanning in GovCloud.
    trap: 'feature-not-in-region',
    codes: [],
    grammar: 'feature-not-in-region',
    advice:
      "The service answered AccessDeniedException for a feature its message says this Region does not offer (`… is not supported in REGION`): no policy decides that, and no grant changes it. Leave the feature out of the request in that Region (for Inspector, drop the resource type from `resource_types` or the `--resource-types` list there), or use it in a Region that offers it (the service's Regions and endpoints page lists them).",
    target: 'the features the request asks for in this Region',
    owner: 'you'
  },
  {
    trap: 'operation-not-determined',
    // AccessDeniedException and 403 are ordinary refusal codes: only the wording tells.
    codes: [],
    grammar: 'operation-not-determined',
    advice:
      "AWS answered \"Unable to determine service/operation name to be authorized\": the endpoint could not tell which operation the request was for, so no policy was evaluated and no permission is missing. The request went where that operation is not served. Kinesis Video data-plane calls (GetMedia, GetClip, GetHLSStreamingSessionURL, the signaling calls) go to the endpoint `GetDataEndpoint` (or `GetSignalingChannelEndpoint`) returns for that API, not to `kinesisvideo.<region>.amazonaws.com`; an API Gateway Lambda integration must call Lambda with POST whatever the method's own verb; MediaConvert's jobs go to the account's endpoint (`aws mediaconvert describe-endpoints`), and an endpoint set for every client (`AWS.config.update({ endpoint })` in the JS SDK v2, a client reused in a warm Lambda) sends another service's calls there too; otherwise check the URL the client built (a custom endpoint, an old SDK) and that the service offers the call in that Region.",
    // In a China or GovCloud Region the call is most often one the partition does not offer
    // (Lambda function URLs in China, prowler-cloud/prowler#1573, heldout167 review h167-015).
    adviceWith: (d) =>
      d.detail.region
        ? {
            advice: `AWS answered "Unable to determine service/operation name to be authorized" in ${d.detail.region}: no policy was evaluated and no permission is missing. In the ${d.detail.region.startsWith('cn-') ? 'China' : 'AWS GovCloud (US)'} Regions that most often means the service does not offer this call there (features launch there later or not at all, as Lambda function URLs in the China Regions), so the request cannot succeed in that Region whatever the policies say. Check the service's page for the partition (its Regions and endpoints, or the China or GovCloud user guide's list of unsupported features): a scanner or inventory tool (Prowler, ScoutSuite, Steampipe) calling it there fails harmlessly, so skip that check or Region in the tool (or update it, if a newer version skips it). Otherwise check the endpoint the client built (a custom or commercial endpoint for a ${d.detail.region} call).`,
            target: `the call or check made in ${d.detail.region}, where the service may not offer it`
          }
        : null,
    target:
      'the endpoint or HTTP method the request was sent with (the data endpoint GetDataEndpoint returns, POST for a Lambda integration)',
    owner: 'you'
  }
]

/** The code-level refusal a denial is, if any. */
export function nonIamRefusalOf(d: Denial, stated?: string | null): NonIamRefusal | null {
  return (
    NON_IAM_REFUSALS.find(
      (r) =>
        (r.stated === undefined || r.stated === stated) &&
        ((d.code !== null && r.codes.includes(d.code)) ||
          r.grammar === d.grammar ||
          r.matches?.(d) === true)
    ) ?? null
  )
}
