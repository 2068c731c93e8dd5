// What whydenied worked out beyond what a message printed, each value with where it came from.
// The printed fields of a finding (`principal`, `resource`, `action`) keep meaning "as printed".

/** What the lines around a failure say about its setup or cause (src/infer/contextSignals.ts). */
export type SignalKey =
  | 'credential-inputs'
  | 'trust-said-correct'
  | 'exposed-key'
  | 'ecr-login-region'
  | 'public-bucket-read'
  | 'runner-image-pull'
  | 'registry-login-tool'
  | 'oidc-after-merge'
  | 'container-credentials'
  | 'role-chaining'
  | 'runner-credentials-meant'
  | 'profile-not-used'
  | 'session-tags'
  | 'bedrock-inference-profile'
  | 'public-registry'
  | 'codeartifact-named'
  | 'registry-client'
  | 'aws-registry'
  | 'audience-typo'
  | 'known-app'
  | 'ci-evidence'
  // A GetSessionToken session (no MFA) that called IAM: IAM refuses it as an unknown token.
  | 'session-token-iam-call'
  // An alarm's (a service's) publish to an SNS topic refused by the topic's KMS key: `null (Service: AWSKMS; …)`.
  | 'sns-topic-kms-publish'
  // A credentials failure in a Lambda function's own log: its role's credentials were replaced.
  | 'lambda-runtime-credentials'
  | 'backend-access-denied'
  | 'signer-evidence'
  | 'credential-client'
  | 'dependabot-run'
  | 'backend-read-and-write-refused'
  | 'intermittent'
  | 'new-instance-profile'
  | 'opt-in-region'
  | 'service-network-role'
  | 'cli-listing-first'
  | 'lambda-env-decrypt'
  | 'partial-failure'
  | 'plain-http-endpoint'
  | 'aws-academy-lab'
  | 'variable-name-key'
  | 'iam-keys-as-registry-login'
  | 'client-truncated'
  | 'plain-launch'
  // The SDK told not to ask the instance metadata service (AWS_EC2_METADATA_DISABLED).
  | 'imds-disabled'
  // The JavaScript SDK v2 saying it reads ~/.aws/config only with AWS_SDK_LOAD_CONFIG=1.
  | 'sdk-load-config'
  | 'azure-devops-aws-task'
  // The JavaScript SDK running in a web page (its CDN build, a stack of scripts served over HTTP).
  | 'browser-sdk'
  // The AWS Toolkit for VS Code connecting with a named profile it reads itself.
  | 'ide-toolkit-profile'
  // Leapp, a desktop credentials manager that keeps its own IAM Identity Center sign-in.
  | 'leapp-session'
  // The writer says a key or secret held a stray space.
  | 'key-whitespace'
  // Expired credentials behind a pre-signed URL: the URL lives no longer than its signer's session.
  | 'presigned-signer-session'
  // A client that cannot sign (Logstash's plain Elasticsearch output) refused by an AWS domain.
  | 'unsigned-client'
  // CloudFormation retried a create without its tags after the tagging was refused: a warning.
  | 'tags-retried'
  // The refused call was STS GetFederationToken, which takes an IAM user's long-term key only.
  | 'federation-token-call'
  | 'docker-build-step'
  | 'mfa-session'
  | 'pod-role-broker'
  | 'named-partition'
  // Unrecognised credentials or a missing OIDC provider where the log names GovCloud or China.
  | 'partition-credentials'
  // AWS echoed an access key ID that has no key's shape: the word itself, or `length:N`.
  | 'received-not-key'
  // A signature that expired in transit where the log shows AWS Lambda, whose clock AWS keeps.
  | 'lambda-stale-signature'
  | 'tool-update-check'
  | 'repository-verification'
  // SNS's delivery status log around an SQS refusal: `TOPIC_ARN QUEUE_ARN` (src/infer/contextSignals.ts).
  | 'sns-delivery-status'
  | 'vault-kms-seal'
  // A Kinesis consumer (KCL, Flink's source, a reader's next calls) behind a refused describe.
  | 'kinesis-consumer'
  | 'wrong-key-setting'
  | 'sdk-sts-module-missing'
  | 'start-session'
  | 'public-acl-request'
  | 'remote-run'
  | 'instance-type'
  // Subnets another account shares through AWS RAM, as the writer says.
  | 'shared-subnet'
  | 'kubernetes-workload'
  // The writer says the call went out as the node's (worker's) instance role, not the pod's.
  | 'said-node-role'
  // The pod shows IRSA's variables, yet its call went out as the node's role: its client skipped them.
  | 'pod-irsa-env'
  // An AWS managed key (`aws/acm`) the text names beside a KMS refusal: its policy cannot be edited.
  | 'aws-managed-key'
  | 'account-auditor'
  // The AWS endpoint a credentials provider could not reach (DNS, a refused or timed-out connection).
  | 'endpoint-unreachable'
  // Lambda's check of a function's execution role naming the call (src/model/lambdaRoleChecks.ts).
  | 'lambda-role-check'
  // CDK synth's error for a construct, a refusal of its context lookup (`[Error at /Stack/Vpc] You are not authorized …`).
  | 'cdk-context-lookup'
  | 'encoded-message'
  | 'decode-command'
  | 'public-variant-refused'
  // The writer says the bucket policy refused is meant to be public, or names Block Public Access.
  | 'public-policy-said'
  | 'acls-disabled-said'
  | 'aws-mock'
  | 'local-emulator'
  | 'doc-template'
  | 'athena-query'
  | 'foreign-bucket'
  | 'create-on-missing'
  | 'documented-example'
  | 'named-profile'
  | 'web-identity-env'
  | 'artifact-proxy-bypassed'
  | 'remote-account'
  | 'presigned-expired'
  | 'profile-role-arn-not-role'
  | 'ecs-registry-auth'
  | 'resolved-later'
  | 'eks-cluster'
  | 'cdk-cli-deploy'
  | 'state-not-saved'
  | 'named-download'
  | 'access-key-shown'
  | 'amplify-hosting-build'
  | 'sts-behind-client'
  | 'unexpanded-variable'

export interface InferredValue {
  value: string
  /** Where the value was found, in words: `s3 URL on the same line`, `sts:GetCallerIdentity`. */
  from: string
}

/** An action the failing command needs besides the refused one (`aws s3 sync` lists the bucket). */
export interface CompanionNeed {
  action: string
  /** The ARN it applies to; null when the log does not show it (the remedy uses a placeholder). */
  resource: string | null
  from: string
}

export interface Inferred {
  principal?: InferredValue
  resource?: InferredValue
  action?: InferredValue
  /** The IaC resource the tool was changing: Terraform address, CloudFormation logical ID (type). */
  iacResource?: InferredValue
  /** A tool that switches identity (`--profile`, a CDK deploy role): it, not the job, was refused. */
  roleSwitch?: InferredValue
  companions?: CompanionNeed[]
  /**
   * Optional resource types of the action the log names (src/infer/namedTypes.ts): `value` lists
   * them comma-separated (`key-pair,launch-template`); AWS checks the call against each.
   */
  namedTypes?: InferredValue
  /**
   * The tool's words name a listing of every resource of a kind (ec2.py's `while: getting RDS
   * instances`): the call, `value`, named no one resource.
   */
  listing?: InferredValue
  /**
   * Names the log prints for ARN slots the refused resource leaves out (src/infer/namedSlots.ts):
   * `value` is `Slot=value` pairs, comma-separated (`DatabaseName=db,TableName=t`).
   */
  namedSlots?: InferredValue
  /** The log shows the call hands over a role (an instance profile): iam:PassRole goes beside it. */
  passedRole?: InferredValue
  /** The log shows Terraform's S3 backend at work (state lock, state load or save) around it. */
  stateBackend?: InferredValue
  /**
   * The log around names a condition guarding the call (MFA, an external ID, an enclave
   * attestation, a source network): `value` is its kind, `mfa` | `external-id` | `attestation` | `network`.
   */
  guardrail?: InferredValue
  /** The log says the account itself is blocked (billing, verification, subscription): `value` is which. */
  accountBlock?: InferredValue
  /** The log names the runtime whose own role supplies credentials (App Runner, Lambda...). */
  runtime?: InferredValue
  /** A GitHub OIDC subject in the numeric-ID (immutable) form the log shows or speaks of. */
  githubSubject?: InferredValue
  /** The `environment:` the job declared, when the log names it beside a refused OIDC exchange. */
  githubEnvironment?: InferredValue
  /** SSE-KMS around a refused S3 object call: the key's ARN when printed whole, else `aws:kms`. */
  sseKms?: InferredValue
  /**
   * The server-side encryption an object write refused by an explicit Deny sent (`aws:kms`,
   * `AES256`, `aws:kms:dsse`; ` key` after it when a KMS key was named too): src/infer/sseKms.ts.
   */
  sseSent?: InferredValue
  /**
   * Lake Formation refused, not IAM ("Insufficient Lake Formation permission(s)"): `value` is
   * what it says is required (`Create Database on Catalog`), or `insufficient` when it says no more.
   */
  lakeFormation?: InferredValue
  /**
   * CDK's own words that a bootstrap role of the target account refused (`Could not assume role in
   * target account ... cdk-hnb659fds-deploy-role`), when the message prints no role ARN: the role's name.
   */
  cdkTargetRole?: InferredValue
  /**
   * The Kubernetes integration the log shows making the refused call (src/catalog/kubernetesIntegrations.ts):
   * `value` is its id (`aws-cloud-provider`, `aws-load-balancer-controller`, `external-dns`...).
   */
  kubernetesIntegration?: InferredValue
  /** CodeBuild could not download its source (DOWNLOAD_SOURCE): `value` is the artifact's S3 ARN, or ''. */
  codebuildSource?: InferredValue
  /**
   * The cause the words around the refusal name (src/infer/statedCause.ts): `scp`,
   * `permissions-boundary`, `hard-coded-account`, `cross-account`, `id-token-permission`,
   * `cloud9-managed-credentials`, `allow-exists` (an Allow the reporter says is in place) or
   * `allow-named` (the refused action itself said to be allowed).
   */
  statedCause?: InferredValue
  /**
   * An unsigned download (build tool, curl, browser) of another party's S3-hosted artifact the
   * refusal answered: `value` is its URL.
   */
  thirdPartyDownload?: InferredValue
  /**
   * The CDK bootstrap resource CDK's words around the refusal name (src/model/cdkBootstrapResources.ts):
   * `value` is its ARN, the staging bucket's or the version parameter's, placeholders where not printed.
   */
  cdkBootstrapResource?: InferredValue
  /**
   * The refused template was opened from another party's "Launch Stack" link
   * (src/infer/publishedSample.ts): `value` is `launch-stack`.
   */
  publishedSample?: InferredValue
  /** The CDK bootstrap role the log says could not be assumed before this refusal (its ARN). */
  cdkRoleNotAssumed?: InferredValue
  /**
   * The log says the refusal is the expected outcome of a test or guardrail ("Access Denied
   * (Expected)", "should fail", "that's intentional"): `value` is the marker's rule id.
   */
  intended?: InferredValue
  /**
   * The cause STS's words give a refused web identity token whose code alone was all a grammar
   * read (src/infer/webIdentityRefusal.ts): `value` is the cause (`oidc-verification-key`,
   * `oidc-aud-missing`…), which the finding's `detail.cause` takes.
   */
  webIdentityRefusal?: InferredValue
  /**
   * The intended refusal came with another code than the test's match wants ("expected X to
   * return an access denied error, got instead: … UnauthorizedOperation"): `value` is "WANTED GOT".
   */
  intendedCodeMismatch?: InferredValue
  /**
   * S3's AccessDenied error document on its own, as a browser or a plain link shows it (no client,
   * no signed link around it): `value` is its code. The caller was anonymous (src/infer/s3ErrorPage.ts).
   */
  s3ErrorPage?: InferredValue
  /**
   * The refused S3 read was a probe for a key that may not exist (an overwrite or existence
   * check): `value` is the words that say so (src/infer/readProbe.ts).
   */
  readProbe?: InferredValue
  /**
   * The log says writes to the bucket work with the same credentials while reads or listings are
   * refused (src/infer/writeOnlyAccess.ts): `value` is the words that say so. A write-only policy.
   */
  writeOnly?: InferredValue
  /** The log shows the ECR repository answering (a layer already there, an image pulled, read access). */
  repositoryReached?: InferredValue
  /** The refused ECR call was a push's probe (a push shown, no pull). */
  ecrPush?: InferredValue
  /** The service principal a refused iam:PassRole hands the role to, from the log's words. */
  passedToService?: InferredValue
  /** The log shows the caller creating a KMS grant itself (`aws kms create-grant`, `aws_kms_grant`). */
  directGrant?: InferredValue
  /** The EC2 create call a refused ec2:CreateTags tags during (`RunInstances`), from the log. */
  createAction?: InferredValue
  /**
   * The caller is a Cognito identity pool's role (Amplify Storage): `value` is the storage level the
   * request listed (`public`, `protected`, `private`) or `any` (src/infer/identityPool.ts).
   */
  identityPool?: InferredValue
  /**
   * The service that relayed another's refusal met with the caller's credentials (Lambda's `Your access
   * has been denied by S3...`): `value` is `lambda`; `action` is then the inner call, not the operation.
   */
  relayedBy?: InferredValue
  /**
   * The refusing service when the message names none but the log's shape does (`s3`: S3's bare
   * `AccessDenied: Access Denied` in a Lambda function's runtime log, src/infer/lambdaRuntime.ts).
   * The finding keeps its printed service; the diagnosis explains it as this one.
   */
  service?: InferredValue
  /**
   * The function's code object (`bucket/key` as printed) Lambda could not read, its bucket plainly
   * not the caller's: a distribution bucket, or an empty name (trap lambda-code-source-bucket).
   */
  codeSource?: InferredValue
  /**
   * The refused resource as the log printed it in another Region (`value`: that Region; `from`:
   * the printed ARN): the call went to the client's Region, not the resource's (trap
   * resource-in-other-region).
   */
  regionTwin?: InferredValue
  /**
   * The tool whose own words around a bare S3 refusal name the call (src/infer/s3Wrappers.ts):
   * `value` is the row's id (`copilot-artifact-upload`, `velero-object-store`, `hadoop-s3a`, `boto3-upload-file`,
   * `cloudformation-template-url`); `action` and `resource` then come from those words.
   */
  s3Wrapper?: InferredValue
  /**
   * The server whose S3 storage backend refused (src/model/storageServers.ts): `value` is its id
   * (`chartmuseum`, `registry-s3-driver`); `action` and the companions are its documented set.
   */
  storageServer?: InferredValue
  /**
   * A bucket-to-bucket copy the log shows (`aws s3 sync s3://A s3://B`, `copy failed: s3://A/k to
   * s3://B/k`): `value` is the source URL and the destination URL, space-separated, as printed.
   */
  s3Copy?: InferredValue
  /** The CloudFormation capabilities the deploy acknowledges, space-separated (`CAPABILITY_IAM`). */
  capabilities?: InferredValue
  /**
   * What the lines around say about the credentials' setup or the cause (src/infer/contextSignals.ts):
   * configure-aws-credentials inputs, an exposed key, an ECR login Region, a public bucket...
   */
  signals?: Partial<Record<SignalKey, InferredValue>>
}

/** The fields of a decoded authorization message the log prints below an encoded one. */
export interface DecodedInLog {
  /** The line the decoded block starts on. */
  line: number
  allowed?: boolean
  explicitDeny?: boolean
  principalArn?: string
  action?: string
  resource?: string
  /** The matched Deny lists the actions of AWS's quarantine policy for an exposed key. */
  quarantine?: boolean
}

/** A line below a credentials failure showing the same tool past that check (laterSuccess.ts). */
export interface LaterSuccess {
  /** The line it was printed on; 0 while none has been seen. */
  line: number
  /** The words that show it. */
  said: string
}

/** What the log showed around one denial, kept (bounded) for inference; plain data. */
export interface LogContext {
  /** The denial's line as printed (at most ~2 KiB). */
  line: string
  /** Up to ~512 characters of the lines before it (a CDK event line above its message). */
  before: string
  /** Up to ~2 KiB of the lines after it (Terraform's `with aws_x.y`). */
  after: string
  /** The running step's command: `##[group]Run` title and script lines, or a `+ cmd` trace. */
  command: string | null
  /** The last `role-to-assume:` printed before the denial. */
  roleToAssume: string | null
  /** The `role-to-assume` input printed before the last one, when it differs (a role chain). */
  earlierRoleInput?: string | null
  /** The last caller ARN a `get-caller-identity` printed before the denial. */
  callerArn: string | null
  /** A line a few lines above naming a policy layer in words (a comment, a heading). */
  note?: string | null
  /** Lines a few lines above naming canned ACLs (`It works: \`Private\``), joined (src/scan/stepContext.ts). */
  aclNote?: string | null
  /** The last line above naming a test's AWS mock (`from moto import mock_s3`; src/scan/stepContext.ts). */
  mockNote?: string | null
  /** A line a few lines above naming a client that creates its table by default (src/scan/stepContext.ts). */
  clientNote?: string | null
  /**
   * The query string of a pre-signed link a few lines above, or a signed request's header line
   * (src/scan/stepContext.ts).
   */
  signedLink?: string | null
  /** A policy statement's field lines a few lines above (src/scan/stepContext.ts), joined. */
  printedStatement?: string | null
  /** A Dependabot pull request's title printed above (src/scan/stepContext.ts). */
  dependabotTitle?: string | null
  /** The ARN of a profile's `role_arn` setting printed above (src/scan/stepContext.ts). */
  roleArnSetting?: string | null
  /** A line a few lines above saying writes to the store work (`able to push backup`). */
  writes?: string | null
  /** The web-identity variables a step's environment sets (src/scan/stepContext.ts), joined. */
  webIdentityEnv?: string | null
  /** A decoded authorization message printed below an encoded one (src/scan/decodedInLog.ts). */
  decoded?: DecodedInLog
  /** Terraform past its provider check below a credentials failure (src/scan/laterSuccess.ts). */
  laterSuccess?: LaterSuccess
  /**
   * Calls and S3 names a tool announced up to TARGET_LINES above the denial, farther up than
   * `before` reaches (src/parse/requestTarget.ts), oldest first; absent when none.
   */
  announced?: AnnouncedCall[]
}

/** What one line above a refusal said the tool was about to call, and on what. */
export interface AnnouncedCall {
  service: string
  /** The API operation in the service's own spelling (`ListMultipartUploads`), when named. */
  operation: string | null
  bucket: string | null
  /** '' for the bucket itself; null when no key was shown. */
  key: string | null
  /** How many lines above the denial's line it was printed. */
  above: number
}

/**
 * The S3 URLs printed on the lines of one finding's occurrences, folded: the first one, the
 * longest prefix they share, and how many there were. Constant size whatever the count.
 */
export interface UrlSpread {
  first: string
  common: string
  count: number
}

/** How an Allow the log prints is told (src/infer/allowShown.ts), apart from one a writer states. */
export const PRINTED_ALLOW_FROM = 'a policy statement printed in the log'
