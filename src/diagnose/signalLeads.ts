// What the words around a refusal say about it that an expert says first, as data: one sentence
// per signal (src/infer/contextSignals.ts), opening the explanation before any trap's lead.
import type { Inferred, InferredValue, SignalKey } from '../model/Inferred.js'
import { PUBLIC_ACL_UPLOADERS } from '../model/publicAclUploaders.js'

const DECODE =
  'aws sts decode-authorization-message --encoded-message <BLOB> --query DecodedMessage --output text'

/** What the log kept of an encoded message, and where to get the whole one. */
const KEPT: Record<string, string> = {
  blob: 'decode it',
  cut: "the log cut it short: copy the whole message from the job's raw log (or the tool's own error output) and decode it",
  masked:
    "the log masked it: copy the whole message from the job's raw log (or the tool's own error output) and decode it",
  missing:
    "the log lost it after the marker: copy the whole message from the job's raw log (or the tool's own error output) and decode it"
}

/** How the lead names a partition other than the standard one. */
const PARTITION_NAMES: Record<string, string> = {
  'aws-us-gov': 'AWS GovCloud (US)',
  'aws-cn': 'AWS China'
}

/** How the public-ACL lead opens: the request's own ACL, a tool's default, or the writer's words. */
function publicAclOpening(v: InferredValue): string {
  const tool = PUBLIC_ACL_UPLOADERS.find((t) => `tool:${t.id}` === v.value)
  if (tool)
    return `${tool.name} sends a public canned ACL (\`x-amz-acl: public-read\`) with every upload by default (${v.from}).`
  if (v.value === 'tool:words')
    return `The text names the canned ACL the upload sends, or S3's guard against public ones (${v.from}): a write that sets a public canned ACL is refused whatever the caller may do.`
  return `The refused write sets a public canned ACL (${v.from}).`
}

function publicAclSetting(v: InferredValue): string {
  const tool = PUBLIC_ACL_UPLOADERS.find((t) => `tool:${t.id}` === v.value)
  return tool ? `its setting: ${tool.setting}` : "the tool's setting for it"
}

const LEADS: Partial<Record<SignalKey, (v: InferredValue) => string>> = {
  // heldout15 review, h15-023: a README's "If you encounter such error" quotes an error, it did
  // not happen in a run. Said first; what follows holds for a run that prints the same error.
  'documented-example': (v) =>
    `The text introduces this refusal as an example of an error a reader may meet (${v.from}), not as the failure of a run: it is documentation quoting the error. If a run of yours printed it, what follows applies to that run.`,
  // heldout12 third review, h12-163: a troubleshooting page's template is no refusal to explain.
  'doc-template': (v) =>
    `This looks like a documentation template, not a refusal a job received: \`${v.value.replace(/`/g, "'")}\` is a placeholder where AWS prints the refused action, and the text names no operation and no account's ARN (${v.from}). Nothing was refused, so nothing is proposed; a real error names the action (\`service:ActionName\`), the caller's ARN and the resource, and can be analysed as it is printed.`,
  // heldout12 third review, h12-040: the encoded message names the Deny; guesses come after.
  'encoded-message': (v) =>
    `The error carries an encoded authorization message (${v.from}): before changing any policy, ${KEPT[v.value] ?? KEPT.cut} with \`${DECODE}\` (the caller needs sts:DecodeAuthorizationMessage). It names the Deny statement that matched (under matchedStatements) and the request context its Condition compared (tags, Region, instance type, the principal), which is what to meet or narrow.`,
  // heldout13 second review, h13-165: the blob is in the log, in the command that decodes it.
  'decode-command': (v) =>
    `The text carries the encoded authorization message in a decode command (\`aws sts decode-authorization-message --encoded-message ${v.value}\`): decode it first (add \`--query DecodedMessage --output text\`; the caller needs sts:DecodeAuthorizationMessage). It names the action and resource that were refused and whether a Deny matched, which is often an action the call needs besides its own (iam:PassRole for a role it hands over, such as an instance profile; ec2:CreateTags; a KMS key's use for an encrypted volume): the call's own Allow may not be what is missing.`,
  // heldout9 review, h9-157: a refusal that comes and goes is rarely a missing Allow.
  intermittent: (v) =>
    `The text says this refusal happens on some runs only (${v.from}). A missing Allow refuses every time, so first find what differs between a failing run and a passing one: the identity each run calls with (a different runner, agent or node and its role, access keys in the environment of some workers; \`aws sts get-caller-identity\` in the failing step names it), the resource each run names (a bucket, key or role name made per run), and a policy changed shortly before (IAM changes take a few seconds to apply everywhere). CloudTrail's event for a failed call shows its caller and resource.`,
  // heldout139 review, h139-093: the chain skipped the instance role because it was told to.
  'imds-disabled': (v) =>
    `The SDK was told not to ask the instance metadata service (${v.from}), so an instance role was never looked up. On an EC2 host or a runner with an instance profile, unset \`AWS_EC2_METADATA_DISABLED\` (or set it to \`false\`) for this step; elsewhere give the step credentials of its own (environment variables, a profile, or aws-actions/configure-aws-credentials on GitHub).`,
  // heldout10 review, h10-054: an opt-in Region is the first suspect for unrecognised credentials.
  'opt-in-region': (v) =>
    `The request went to ${v.value}, an opt-in Region (${v.from}). AWS refuses credentials there when the account has not enabled the Region (Account settings, or \`aws account enable-region --region-name ${v.value}\`), and refuses session tokens issued by the global STS endpoint while its tokens are valid only in default Regions (set the global endpoint's tokens to be valid in all Regions, \`aws iam set-security-token-service-preferences --global-endpoint-token-version v2Token\`, or get the session from STS in ${v.value} itself). If neither applies, the access key is unknown to AWS: deleted, mistyped, or missing its session token.`,
  // Heldout55 review, h55-023 and h55-035: GovCloud named beside an unknown key or provider.
  'partition-credentials': (v) => {
    const name = PARTITION_NAMES[v.value] ?? `the \`${v.value}\` partition`
    // The Region the log names, else the partition's first.
    const region =
      /\b(?:us-gov|cn)-[a-z]+-\d\b/.exec(v.from)?.[0] ??
      (v.value === 'aws-cn' ? 'cn-north-1' : 'us-gov-west-1')
    return `The log names ${name} (${v.from}), a partition of its own: its accounts, access keys and IAM OIDC providers exist only there, and a request sent to the standard partition's endpoints (the global STS endpoint \`sts.amazonaws.com\`, a commercial Region's) is checked against accounts that know neither. Make the client call that partition's endpoints: its Region set to one of the partition's (\`AWS_REGION=${region}\`), STS called at that Region's endpoint (\`AWS_STS_REGIONAL_ENDPOINTS=regional\`, or the tool's own STS endpoint setting: \`https://sts.${region}.amazonaws.com${v.value === 'aws-cn' ? '.cn' : ''}\`), and ARNs written \`arn:${v.value}:\`. Where the same credentials work in another tool or step, the endpoint each one calls is the difference to look for.`
  },
  // Unseen-logs review, u31-001: the key's prefix says which causes remain. The key ID itself is
  // not repeated: the reader has it in the log, and it need not travel further.
  'access-key-shown': (v) =>
    v.value === 'AKIA'
      ? `The access key the log shows (\`AKIA…\`) is a long-term key of an IAM user (or of the root user), not a temporary one, so no session token is missing: AWS knows no active key with this ID. It was deleted or deactivated (rotated away), mistyped, or belongs to another partition (AWS GovCloud, China). Put the owner's current key in the secret the job reads: \`aws sts get-access-key-info --access-key-id <ACCESS_KEY_ID>\` names the account a key ID was issued in, and \`aws iam list-access-keys --user-name <USER_NAME>\` there lists that user's keys and their status. No policy change helps.`
      : `The access key the log shows (\`ASIA…\`) is a temporary one: AWS accepts it only together with the session token issued with it (\`AWS_SESSION_TOKEN\` from the same session, not cut, missing or left over from another one), and only in the partition that issued it. Send the three values of one session together, or get a new session. No policy change helps.`,
  // Heldout34 review, h34-005: the refused write sets a public ACL on its own line (kOps).
  'public-acl-request': (v) =>
    `${publicAclOpening(v)} S3 Block Public Access (\`BlockPublicAcls\`, on for every new bucket since April 2023, and often for the whole account) refuses exactly such a request, as does a bucket policy or an organization's policy that denies public ACLs (\`s3:x-amz-acl\`): check \`aws s3api get-public-access-block --bucket BUCKET\` and \`aws s3control get-public-access-block --account-id ACCOUNT_ID\` before any Allow. Write without the public ACL (${publicAclSetting(v)}) and serve what must be public another way (CloudFront, a bucket policy for that prefix) rather than lifting the guard; an Allow for s3:PutObject lifts neither.`,
  // Expert review of heldout33, h33-001: a task of the AWS Toolkit for Azure DevOps.
  // Expert review of heldout35, h35-011: sccache in a BuildKit step found no credentials.
  'docker-build-step': () =>
    "This ran inside an image build (`docker build`): a RUN step sees none of the job's credentials (its environment, profile or OIDC session) unless they are passed in. Pass them as build secrets, never as build arguments, which stay in the image: `docker build --secret id=aws,src=$HOME/.aws/credentials` with `RUN --mount=type=secret,id=aws,target=/root/.aws/credentials` in the Dockerfile, or `--secret id=AWS_ACCESS_KEY_ID,env=AWS_ACCESS_KEY_ID` (and the secret key and session token) with `RUN --mount=type=secret,id=AWS_ACCESS_KEY_ID,env=AWS_ACCESS_KEY_ID`; docker/build-push-action takes them in its `secrets` input. No policy change helps.",
  'azure-devops-aws-task': (v) =>
    `This ran in the Azure Pipelines task \`${v.value}\` of the AWS Toolkit for Azure DevOps, which takes its credentials from the AWS service connection the task names (its \`awsCredentials\` input: access keys, and a role to assume with them if one is set), else from the pipeline's AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) variables, else from a self-hosted agent's own profile or EC2 instance role. Select a service connection in the task (Project settings, Service connections, AWS) or set those variables; a credentials step of another CI system plays no part here. No policy change helps.`,
  // Heldout165 review, h165-061: CloudFormation went on without the tags.
  'tags-retried': (v) =>
    `CloudFormation retried the call without its tags after this refusal (${v.from}): a warning, not the deployment's failure. The resource was created or updated untagged and the stack went on. If its tags matter (cost allocation, tag-based access, a tag policy), allow the tagging action below to whoever made the call (the stack's service role, or the deployer when the stack has none) and update the stack so CloudFormation tags it; a resource whose name CloudFormation generated gets a new one in every stack, so scope the grant to the names the stacks share (a prefix and \`*\`) rather than this one. If the tags do not matter, nothing has to change.`,
  // Heldout163 review, h163-025: a pre-signed URL outlived the session that signed it.
  'presigned-signer-session': (v) =>
    `The refused request used a pre-signed URL (${v.from}), and a pre-signed URL is only as good as the credentials that signed it: signed with temporary credentials (a role's session, an instance or task role, SSO, a Lambda's role) it stops working when that session ends, however long its \`Expires\`, and signature version 4 caps \`Expires\` at 7 days in any case. If it failed at once, the credentials that signed it had already expired: sign in again (\`aws sso login\`, the dev tool's own login) before signing. A URL already handed out cannot be fixed: sign a new one when it is needed (on each download or page view), or, for a link that must last days, sign it with an IAM user's long-term keys (at most 7 days) or serve the object another way (CloudFront signed URLs, a public prefix). No policy change helps.`,
  // Heldout170 review, h170-074: the log's own words name a stray space in the key.
  'key-whitespace': (v) =>
    `The text says the key or secret held stray whitespace (${v.from}): a space or line break stored with an access key ID (a secret's value, a keychain entry, a config line) breaks the signature's \`Credential\` part (\`IncompleteSignature\`), and one in the secret breaks the signature (\`SignatureDoesNotMatch\`), even where another call happened to pass. Remove it where the value is kept, check by printing its length (20 characters for a key ID, 40 for a secret), never the value, and run again. No policy change helps.`,
  // Heldout161 review, h161-066: Leapp keeps its own IAM Identity Center sign-in.
  'leapp-session': () =>
    "This ran in Leapp, which keeps its own IAM Identity Center sign-in for the sessions it starts: `aws sso login` and the CLI's cache do not renew it. In Leapp, log out of the AWS Single Sign-On integration and log in to it again (its menu under Integrations; that also syncs the accounts and roles it offers), then start the session again; if the integration's portal URL or Region changed, edit the integration first. No policy change helps.",
  // Heldout162 review, h162-046: the VS Code Toolkit reads its profiles itself.
  'ide-toolkit-profile': (v) =>
    `The AWS Toolkit for VS Code could not get credentials from the profile \`${v.value}\` (${v.from}). The Toolkit reads \`~/.aws/config\` and \`~/.aws/credentials\` itself, so \`AWS_SDK_LOAD_CONFIG\` plays no part: the profile's own definition gave nothing. Check it: a \`role_arn\` needs a \`source_profile\` (or \`credential_source\`) that has keys of its own, a \`credential_process\` must print its JSON, an \`sso_session\` needs a current sign-in, and an older Toolkit does not read every form (update the extension, or flatten the chain into a profile it reads). Try the same profile with the CLI (\`aws sts get-caller-identity --profile ${v.value}\`): if that works, the Toolkit is the one to update. No policy change helps.`,
  // Heldout163 review, h163-006: the JavaScript SDK in a web page.
  'browser-sdk': () =>
    "This ran in a web browser (the JavaScript SDK's browser build, or a page's scripts in the stack): a page has no environment variables, profile files or instance role, and `AWS_SDK_LOAD_CONFIG` means nothing there, so the SDK finds no credentials unless the page is given some. Give the page short-lived credentials of its own, usually from a Cognito identity pool (`AWS.CognitoIdentityCredentials` in the SDK v2, `fromCognitoIdentityPool` in v3, with the pool's Region set and the credentials resolved before the first call), or let a backend hand the page a presigned URL or POST for the upload. Never embed access keys in the page. No policy change helps.",
  // Expert review of heldout33, h33-016: Guzzle cut the message before its action.
  'client-truncated': () =>
    "The HTTP client cut AWS's message short (`(truncated...)`: Guzzle, the PHP SDK's HTTP client, keeps only the first 120 characters of a response body in its exception message), so the refused action and resource are lost with the rest. Log the whole response body (`$e->getResponse()->getBody()->getContents()` on Guzzle's exception, `$e->getAwsErrorMessage()` on the SDK's) or find the call in CloudTrail by its errorCode; what follows is what the visible part allows.",
  // Expert review of heldout33, h33-008: the IAM key pair given to a registry login.
  'iam-keys-as-registry-login': (v) =>
    `The registry login is given the IAM access key pair as user name and password (${v.from}): ECR never accepts IAM keys there, only the 12-hour token of \`aws ecr get-login-password\` with the user name \`AWS\`. Get that token first (aws-actions/amazon-ecr-login, or \`aws ecr get-login-password --region REGION | docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com\` with the keys in the environment), or log in with docker/login-action, which exchanges the keys for it. No policy change helps.`,
  // Expert review of heldout33, h33-017: AWS received a variable's name as the key ID.
  'variable-name-key': (v) =>
    `AWS received the access key ID \`${v.value}\` (the error's AWSAccessKeyId): that is a variable's name, not a key (key IDs are 20 characters, \`AKIA…\` or \`ASIA…\`). The program sent the name instead of the variable's value: check how its configuration reads the key (a name written as a string where the environment's value belongs${/^[A-Z]/.test(v.value) ? `, such as \`'${v.value}'\` for \`ENV['${v.value}']\`` : ', a reference the tool does not expand'}, or a secret or config var that holds the name), then print the length of what it reads, never the value. No policy change helps.`,
  // Heldout66 review, h66-031 and h66-034: Lambda's clock is AWS's; the signature went stale.
  'lambda-stale-signature': (v) =>
    `This ran in AWS Lambda (${v.from}), whose clock AWS keeps in sync: the request was signed in one invocation and sent after the execution environment had been frozen between invocations (a prefetch, cache refresh or other promise not awaited before the handler returned), so it reached AWS with a stale signature. Make every AWS call finish inside the invocation that starts it: await it in the handler, turn off prefetching or background refresh (middy's \`disablePrefetch\`, a cache's refresh timer), or retry the call so it is signed again; no clock needs syncing, and no policy change helps.`,
  // Heldout63 review, h63-022 and h63-034: the key AWS received is no key at all.
  'received-not-key': (v) => {
    const length = /^length:(\d+)$/.exec(v.value)?.[1]
    const what = length
      ? `a ${length}-character value${length === '40' ? ' (the length of a secret access key: the two values may be swapped)' : ''}`
      : `\`${v.value}\``
    return `AWS received ${what} as the access key ID (the error's AWSAccessKeyId), which has no access key ID's shape (20 characters, \`AKIA…\` or \`ASIA…\`): a word, a user name or another setting's value was sent where the key belongs (a setting the tool reads as the key, a placeholder never replaced, a credentials file of another tool). Set the real key ID where the program reads it, or, for a public bucket, make it send unsigned requests instead (the CLI's \`--no-sign-request\`, GDAL's \`AWS_NO_SIGN_REQUEST=YES\`). No policy change helps.`
  },
  // Unseen-logs check u32-009: a script's variable, shown as written, names the refused key.
  'unexpanded-variable': (v) =>
    `The command names its S3 path with the shell variable \`$${v.value}\`, which the log shows as the script writes it, so the key S3 refused is whatever it held then: check first that it is set in this step (print it before the command). Unset or wrong, it names another key than meant, and S3 answers 403 (Forbidden for a HEAD) for a key that does not exist when the caller may not list the bucket.`,
  // heldout30 review, h30-007: the SDK's own STS call, under another service's client.
  'sts-behind-client': (v) =>
    `The refused call is STS's, not ${v.value}'s (${v.from}): before the ${v.value} client's own call, the SDK asked STS for the credentials its configuration describes (a role to assume with source credentials, a web identity token), and STS refused those. Check the source credentials (the profile's \`source_profile\` or the environment's keys) and the Region the SDK sends that STS call to: in an opt-in Region, the account that owns the source credentials must have it enabled, not only the role's.`,
  // heldout12 review, h12-105: Athena reads and writes S3 as the caller, in two places.
  'athena-query': (v) =>
    `The refusal is S3's answer to an Athena query (${v.from}): Athena reads the table's data and writes the query's results with the caller's own credentials, so both places need the caller's S3 permissions. The source data's bucket needs \`s3:GetBucketLocation\`, \`s3:ListBucket\` and \`s3:GetObject\`; the query-result location (the workgroup's output location, or the client's \`s3_staging_dir\`) needs \`s3:GetBucketLocation\`, \`s3:GetObject\` and \`s3:PutObject\`, with the multipart actions. Check which of the two refused (and a KMS key on either); where they are two buckets, give each its own statement.`
}

/** A trap that says what the signal says, and more precisely: its lead replaces the signal's. */
const SUPERSEDED_BY: Partial<Record<SignalKey, string>> = {
  intermittent: 'iam-propagation'
}

/** Signals that say no policy decided anything: the generic "which policy refused" goes. */
const NO_POLICY = new Set<SignalKey>(['doc-template'])

export const signalSaysNoPolicy = (inferred: Inferred): boolean =>
  [...NO_POLICY].some((key) => inferred.signals?.[key] !== undefined)

/** Signals a decoded message answers: once decoded (src/decode), their lead is moot. */
const ANSWERED_BY_DECODING = new Set<SignalKey>(['encoded-message'])

/** The lead sentences the inferred signals give, in the table's order. */
export function signalLeads(
  inferred: Inferred,
  traps: readonly string[] = [],
  decoded = false
): string[] {
  const signals = inferred.signals
  if (!signals) return []
  const out: string[] = []
  for (const [key, lead] of Object.entries(LEADS)) {
    if (decoded && ANSWERED_BY_DECODING.has(key as SignalKey)) continue
    const v = signals[key as SignalKey]
    const trap = SUPERSEDED_BY[key as SignalKey]
    if (v && lead && !(trap && traps.includes(trap))) out.push(lead(v))
  }
  return out
}
