import { lambdaRoleCheckIn } from '../model/lambdaRoleChecks.js'
// Facts the lines around a failure show about how the job got (or failed to get) its credentials
// and what the text itself says the cause is: the configure-aws-credentials inputs in use, an
// exposed key, an ECR login to another Region, a public bucket read unsigned, a CI runner pulling
// its job image, a GitHub OIDC run after a merge, a trust policy said to be right, a bare SQS
// endpoint. An expert reads these first (heldout6 review, classes 3-6), so the traps built on them
// (src/diagnose/traps/stated*.ts) open the explanation. One rule per signal; bounded quantifiers
// only: the text is untrusted.
import { wrongKeySettingIn } from './credentialSettings.js'
import { credentialCause } from '../model/credentialCauses.js'
import { updateCheckIn } from '../model/updateChecks.js'
import { partitionsNamedIn } from './regionPartition.js'
import { presignedExpiredIn } from './presignedExpiry.js'
import { REMOTE_RUN } from '../model/terraformRemoteRun.js'
import { readAndWriteRefused } from './stateBackend.js'
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext, SignalKey } from '../model/Inferred.js'
import { MFA_USED } from './guardrailSignal.js'
import { joinedContext } from './joinedContext.js'
import { editDistance } from '../catalog/editDistance.js'
import { lookupAction } from '../catalog/Catalog.js'
import { awsRegistryOf } from '../model/awsRegistries.js'
import { APP_PERMISSION_SETS } from '../model/appPermissionSets.js'
import { signerEvidenceIn } from './signerEvidence.js'
import { credentialClientIn } from '../model/credentialClients.js'
import type { CredentialTrouble } from '../model/credentialClients.js'
import { serviceNetworkRoleIn } from '../model/serviceNetworkRoles.js'
import { foreignBucketIn } from './foreignBucket.js'
import { createOnMissingClientIn } from '../model/createOnMissingClients.js'
import { publicAclUploaderIn } from '../model/publicAclUploaders.js'
import { LAMBDA_RUNTIME as LAMBDA_RUNTIME_LINES } from './lambdaRuntime.js'

/** CDK synth's `[Error at /Stack/Construct]` with a refusal after it on the same line. */
const CDK_LOOKUP_REFUSED =
  /\[Error at \/[^\]\s]{1,200}\][ \t]{0,4}[^\n]{0,200}?(?:You are not authorized to perform this operation|\bnot authorized to perform\b|\bAccessDenied|\bUnauthorizedOperation\b)/

/** An SNS topic ARN, then KMS's bare `null` refusal as a service's action history prints it. */
const SNS_TOPIC_KMS_PUBLISH =
  /\barn:aws[\w-]*:sns:[a-z0-9-]{2,30}:[^\s"':]{1,40}:[^\s"']{1,256}[^]{0,400}?\bnull \(Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException\b/

/** Where a GetSessionToken session comes from: the call itself, or aws-vault without `--no-session`. */
const SESSION_TOKEN_SOURCE =
  /\b(?:GetSessionToken|get_session_token|get-session-token)\b|\baws-vault exec\b(?![^\n]{0,200}--no-session)/

/** An IAM call: the CLI's `aws iam`, an SDK's IAM client, the Go SDK's label, IAM's list calls. */
const IAM_CALL =
  /\baws iam [a-z]|\boperation error IAM:|\biam\.[a-z_]{3,40}\(|\blist_(?:roles|users|policies|groups)\(|\b(?:ListUsers|ListRoles|ListPolicies|ListGroups|GetUser|GetRole|CreateUser|CreateRole)\b[^\n]{0,40}\b(?:operation|IAM)\b/

export type Signals = Partial<Record<SignalKey, InferredValue>>

/** An AWS host the network did not reach: DNS, a refused or timed-out connection (group 1–3: the host). */
const ENDPOINT_UNREACHABLE =
  /\bdial tcp:? (?:lookup )?([a-z0-9.-]{1,200}\.amazonaws\.com(?:\.cn)?)(?::\d{1,5})?[^\n]{0,120}?: (?:no such host|server misbehaving|i\/o timeout|connection refused|network is unreachable)\b|\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([a-z0-9.-]{1,200}\.amazonaws\.com(?:\.cn)?)\b|\bCould not connect to the endpoint URL: "?https?:\/\/([a-z0-9.-]{1,200}\.amazonaws\.com(?:\.cn)?)|\b(?:Post|Get|Put) "https?:\/\/([a-z0-9.-]{1,200}\.amazonaws\.com(?:\.cn)?)[^"\s]{0,200}": dial tcp [^\n]{0,80}?: (?:no such host|server misbehaving|i\/o timeout|connection refused|network is unreachable)\b/

/** An EC2 instance type (`t3.small`, `m5.2xlarge`, `c7gn.metal`). */
const INSTANCE_TYPE =
  /(?<![\w.-])([a-z][a-z0-9]{0,5}\d[a-z0-9-]{0,6}\.(?:nano|micro|small|medium|large|xlarge|\d{1,2}xlarge|metal(?:-\d{2}xl)?))(?![\w.-])/

/**
 * Subnets shared from another account: a shared VPC or subnet, RAM sharing the network, subnets
 * hosted in another account. Bounded gaps on one line: the text is untrusted.
 */
const SHARED_SUBNET =
  /\bshared[ \t]{1,3}(?:VPCs?|subnets?)\b|\bVPC[ \t]{1,3}sharing\b|\b(?:RAM|Resource Access Manager)\b[^\n]{0,60}?\bshar(?:e|es|ed|ing)\b[^\n]{0,60}?\b(?:subnets?|VPCs?|network(?:ing|s)?)\b|\bsubnets?\b[^\n]{0,60}?\b(?:hosted|owned|that live|living)[ \t]{1,3}in[ \t]{1,3}(?:an?[ \t]{1,3}|the[ \t]{1,3})?(?:external|another|other|different|central(?:ised|ized)?|network(?:ing)?)[ \t]{1,3}account\b/i

/**
 * The profile a command runs with: `AWS_PROFILE=NAME cmd`, `export AWS_PROFILE=NAME`, a YAML
 * `AWS_PROFILE: NAME`, `--profile NAME`. A `$VAR` or `${{ }}` is no name.
 */
const NAMED_PROFILE =
  /(?:\bAWS_PROFILE[ \t]{0,2}(?:=|:[ \t])[ \t]{0,2}|(?<![\w-])--profile(?:[ \t]{1,3}|=))["']?([A-Za-z0-9_][\w.@+-]{0,63})\b/
/** A web-identity token file given to the step (env block, `export`, `-e`). */
const WEB_IDENTITY_FILE_SET = /\bAWS_WEB_IDENTITY_TOKEN_FILE[ \t]{0,2}[:=][ \t]{0,2}["']?[\w./-]/
/** The role that token is for. */
const WEB_IDENTITY_ROLE_SET =
  /\bAWS_ROLE_ARN[ \t]{0,2}[:=][ \t]{0,2}["']?(arn:aws[\w-]*:iam::[^:\s"']{0,40}:role\/[\w+=,.@/-]{1,128})/
const MLFLOW = /\bmlflow\b/i
/** The MLflow server serving artifacts (`--serve-artifacts`, "as proxy", `mlflow-artifacts:`). */
const ARTIFACT_PROXY =
  /--serve-artifacts\b|\bmlflow-artifacts:|\b(?:as|an?|artifacts?)[ \t]{1,3}proxy\b|\bproxied\b|\bproxy(?:ing)?[ \t]{1,3}(?:the[ \t]{1,3})?artifacts?\b/i
/** The experiment's artifact location, an S3 URI. */
const MLFLOW_S3_LOCATION =
  /\bartifact[ _]?(?:location|root|uri)\b[^\n]{0,80}?["'`]?(s3:\/\/[a-z0-9][a-z0-9.-]{1,62}(?:\/[^\s"'`]{0,200})?)/i

/**
 * An AWS Academy lab's own marks around a refusal (h33-023: a Learner Lab's `vockey` key pair and
 * Vocareum's `@runweb…` shell prompt): the lab account's IAM is the lab's, not the student's.
 */
const ACADEMY_LAB =
  /\bLearner Lab\b|\bAWS Academy\b|\bvocareum\b|\bvockey\b|@runweb\d{1,8}:|\bLab(?:Role|InstanceProfile)\b|:policy\/voc-cancel-cred\b/i

/** An AWS endpoint named with `http://` as the tool's endpoint (`--endpoint-url`, `endpoint_url=`). */
const PLAIN_HTTP_ENDPOINT =
  /(?:--endpoint-url[ =]|\bendpoint_?[Uu]rl\s{0,2}[=:]\s{0,2}["']?)http:\/\/[\w.-]{0,100}\.amazonaws\.com(?:\.cn)?\b/

/**
 * Words that introduce an error as one a reader may meet: "If you encounter such error", "if you
 * get the following error", "you may see an error like", "you will get an error similar to".
 */
// Also a walkthrough's expected error (`You should observe the following error message`, Amplify's
// permissions-boundary page), a guide's sample (`The following example shows a CloudTrail log
// entry`) and a commented call meant to fail (`# This call fails with access denied`, the Glue
// developer guide) (session 36 reviews: h52-032, h52-020, h53-026); a troubleshooting list's `You may
// get following exception` and its `**Issue/Exception:**` items (heldout59 review h59-024).
const EXAMPLE_INTRO =
  /\b(?:if|when|once)[ \t]{1,3}you[ \t]{1,3}(?:encounter|get|see|hit|receive|run[ \t]{1,3}into|come[ \t]{1,3}across|face)[ \t]{1,3}(?:such|this|that|these|the[ \t]{1,3}following|an?|similar|errors?)\b|\byou[ \t]{1,3}(?:may|might|will|would|could|can)[ \t]{1,3}(?:also[ \t]{1,3})?(?:see|get|encounter|receive|run[ \t]{1,3}into|hit|face)[ \t]{1,3}(?:an?|(?:the[ \t]{1,3})?following|this|such|errors?|a[ \t]{1,3}message)\b|\bIssue\/Exception:|\byou[ \t]{1,3}should[ \t]{1,3}(?:see|observe|get|receive)\b|\bthe[ \t]{1,3}following[ \t]{1,3}example[ \t]{1,3}shows\b|\bthis[ \t]{1,3}(?:call|request|command)[ \t]{1,3}(?:fails|will[ \t]{1,3}fail)[ \t]{1,3}with\b/gi
/** How far above the refusal the introduction may stand: its own paragraph, not the page's. */
const EXAMPLE_REACH = 240

/** Words placing the call in another account than the caller's. */
const REMOTE_ACCOUNT =
  /\b(?:into|in|to|from|of)[ \t]{1,3}(?:the[ \t]{1,3}|a[ \t]{1,3})?(?:remote|target|another|other|cross)[ -](?:AWS[ \t]{1,3})?account\b/i

/** Terraform's AWS provider checking its credentials, in the words of its releases since 0.12. */
const TERRAFORM_PROVIDER_CHECK =
  /validating provider credentials|configuring Terraform AWS Provider|Retrieving AWS account details|provider\["registry\.terraform\.io\/hashicorp\/aws"\]/

/** The CDK CLI's deploy words: its skip-deploy check and its failed-call line. */
const CDK_CLI_CALL = /\bchecking if we can skip deploy\b|\bCall failed: getTemplate\(/

interface SignalRule {
  key: SignalKey
  /** The failures the signal can explain. */
  applies(d: Denial): boolean
  /** The value and the words it came from, or null. */
  find(text: string, d: Denial, ctx: LogContext): { value: string; said: string } | null
}

/** BuildKit's step and time prefix on a RUN's output, or the classic builder's step line. */
const DOCKER_BUILD_STEP = /(?:^|\s)#\d{1,4} \d{1,6}\.\d{1,3} (?=\S)|\bStep \d{1,3}\/\d{1,3} : RUN\b/

/** A refusal of an object write, or one whose call the log does not say. */
function mayWriteObject(d: Denial): boolean {
  const call = d.action ?? d.operation ?? ''
  return (
    call === '' ||
    /^(?:s3:)?(?:PutObject|CreateMultipartUpload|CopyObject|UploadPart|CompleteMultipartUpload)$/i.test(
      call
    )
  )
}

/** What a refused create call makes: a bucket, a DynamoDB table, or neither. */
function createdBy(d: Denial): 'bucket' | 'table' | null {
  if (/^s3:CreateBucket$/i.test(d.action ?? '') || /^CreateBucket$/i.test(d.operation ?? ''))
    return 'bucket'
  if (/^dynamodb:CreateTable$/i.test(d.action ?? '')) return 'table'
  return null
}

const cause = (d: Denial, ...causes: string[]): boolean =>
  d.kind === 'credentials' && causes.includes(d.detail.cause ?? '')
const refused = (d: Denial): boolean => d.kind === 'denial' || d.kind === 'encoded'
/** No credentials found, by the grammar's cause or the code's (`NoCredentialProviders`). */
const noneFound = (d: Denial): boolean =>
  d.kind === 'credentials' &&
  ['missing', 'imds-error'].includes(credentialCause(d.detail.cause, d.code) ?? '')
const webIdentity = (d: Denial): boolean =>
  d.kind === 'denial' && /assumerolewithwebidentity/i.test(d.action ?? '')

const found = (m: RegExpExecArray | null, value: string) => (m ? { value, said: m[0] } : null)

/**
 * The Regions launched since March 2019, which an account must enable first (opt-in Regions), as
 * the request's endpoint host or the job's Region setting names them (also aws-nuke's logfmt
 * `owner=REGION`, ekristen/aws-nuke#774, heldout30 review h30-010).
 */
const OPT_IN_NAMES =
  'af-south-1|ap-east-[12]|ap-south-2|ap-southeast-[3457]|ca-west-1|eu-central-2|eu-south-[12]|il-central-1|me-central-1|me-south-1|mx-central-1'
/**
 * Also a CDK environment (`aws://123456789012/eu-south-1`, aws/aws-cdk#8131), a field or prose
 * naming the Region (`"_region": "ap-east-1"`, Ansible's loop item; `Invalid AWS Region:
 * af-south-1`, hashicorp/terraform-provider-aws#12940).
 */
const OPT_IN_REGION = new RegExp(
  String.raw`\b(?:[a-z0-9-]{1,40}\.(${OPT_IN_NAMES})\.amazonaws\.com|(?:--region|\bAWS_(?:DEFAULT_)?REGION|(?:\b|_)[Rr]egion|\bowner(?==))["']?\s{0,3}[:= ]\s{0,3}["']?(${OPT_IN_NAMES})|\baws:\/\/\d{12}\/(${OPT_IN_NAMES}))\b(?!-)`
)

/** AWS Lambda named by its paths, variables, report line or the words of a function's middleware. */
const LAMBDA_RUNTIME =
  /\/var\/(?:task|runtime)\/|\bAWS_LAMBDA_[A-Z_]{3,40}\b|\bREPORT RequestId:|\bLambda (?:function|handler|runtime)\b|\blambda function\b|\bmiddy\b|\bcold start\b/i

/** STS's endpoint in GovCloud or China (`sts.us-gov-west-1.amazonaws.com`, `sts.cn-north-1.amazonaws.com.cn`). */
const PARTITION_STS = /\bsts(?:-fips)?\.(?:us-gov|cn)-[a-z]+-\d\.amazonaws\.com/i

/** A client of a service made in code: Ruby's `Aws::EC2::Client.new`, boto3's `client('ec2'`, the JS SDK v3's `new EC2Client(`. */
const OTHER_CLIENT =
  /\bAws::(\w{2,30})::Client\.new\b|\b(?:boto3|session)\.client\(\s{0,3}["'](\w{2,30})["']|\bnew ([A-Z][A-Za-z0-9]{1,30})Client\(/

/**
 * configure-aws-credentials' inputs or its OIDC machinery, as a workflow or its log shows them. Only
 * these: "OIDC" or "OpenID Connect" in prose is often a question about not using it (h8-073).
 */
const OIDC_INPUTS =
  /\brole-to-assume\b|\bACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)\b|\bid-token:\s{0,3}write\b|\bAssuming role with OIDC\b|\bweb-identity-token-file\b/i
/** A system-defined inference profile ID: a geography (or `global`) before the provider's model ID. */
const INFERENCE_PROFILE_ID =
  /(?<![\w.-])(global|us|us-gov|eu|apac|jp|au|ca)\.(?:anthropic|amazon|meta|mistral|cohere|deepseek|writer|openai|qwen|twelvelabs|ai21|stability)\.[\w.:-]{2,80}/i
/** The job may request an OIDC token: the permission, or the variable it sets. */
const ID_TOKEN_GRANTED = /\bid-token:\s{0,3}write\b|\bACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)\b/i
/** The runner's own AWS credentials, as the author names them. */
const RUNNER_CREDENTIALS =
  /\b(?:EC2 |the )?instance (?:profile|role)\b|\bEC2 (?:authentication|credentials|role)\b|\brunner's (?:own )?(?:AWS )?(?:credentials|role|instance profile)\b/i
/** The author wants the OIDC exchange with AWS itself: then the provider is what is missing. */
const OIDC_TO_AWS_WANTED =
  /\b(?:use|using|set up|setting up|enable|enabling)\s{1,3}(?:GitHub(?:'s)?\s{1,3})?(?:OIDC|OpenID Connect)\s{1,3}(?:with|on|from|to|for)\s{1,3}(?:self-hosted|AWS|EC2|the role|my role|our role)\b/i
const KEY_INPUTS = /\baws-access-key-id\b|\bsecrets\.AWS_ACCESS_KEY_ID\b|\baws-secret-access-key\b/i
const ACTION =
  /configure-aws-credentials|please check your action inputs|Could not determine how to assume credentials/i
/**
 * configure-aws-credentials' warning when role-to-assume is set but no OIDC token can be had, or
 * the part of it a wrapped log keeps near the error (its second half).
 */
const ID_TOKEN_HINT =
  /\bDid you mean to set the\s{1,3}`?id-token`? permission\?|`?id-token`? permission\? If you are not trying to authenticate with OIDC\b/
/**
 * configure-aws-credentials' inputs as a run prints them (`Run aws-actions/configure-aws-credentials@v4`,
 * then `with:` and one input a line, indented under it) or a workflow gives them (`uses: …`). The
 * lines read may start below the `uses:` line: a `with:` block holding `aws-region`, the input
 * the action requires, is its too.
 */
const ACTION_WITH =
  /(?:(?:\bRun|\buses:)[ \t]+aws-actions\/configure-aws-credentials@\S+[ \t]*\n(?:[ \t]*(?:name|id|if):[^\n]*\n)?|^)([ \t]*)with:[ \t]*\n((?:\1[ \t]+[\w-]+:[^\n]*(?:\n|$)){1,30})/m
/** An input that gives the action a way to credentials. */
const SOURCE_INPUT = /^[ \t]*(?:role-to-assume|aws-access-key-id|web-identity-token-file):[ \t]*\S/m

/** "aws ecr get-login-password --region X" and the registry host's Region. */
const LOGIN_REGION =
  /\bget-login(?:-password)?\b[^\n|]{0,80}?--region[ =]+([a-z]{2}(?:-[a-z]+){1,2}-\d)\b/
const REGISTRY_REGION = /\b\d{12}\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+){1,2}-\d)\.amazonaws\.com/
const REGION_MISMATCH_SAID =
  /\bregion(?:al)?\b[^\n.]{0,40}?\b(?:mismatch|does(?:n't| not) match|differen(?:t|ce))\b|\b(?:mismatch|different|wrong)\w{0,3} (?:AWS )?region\b/i

/** An `aws s3 cp|sync|ls` that reads from a bucket, and words that say the bucket is public. */
const S3_READ =
  /\baws\s+s3\s+(?:cp|sync|ls)\s+(?:--[\w-]+\s+){0,4}(s3:\/\/[a-z0-9][a-z0-9.-]{1,62})/
const PUBLIC_WORDS =
  /\bpublic(?:ly)?[- ](?:bucket|dataset|data set|data|readable|available)\b|\bopen data\b|\bRegistry of Open Data\b|--no-sign-request\b/i

/** GitLab Runner's own words when it pulls the job's image, before any script runs. */
const RUNNER_PULL =
  /\bPreparing the "docker(?:\+machine)?" executor\b|\bUsing Docker executor with image \S+\.dkr\.ecr\.|\bfailed to pull image "?\S+\.dkr\.ecr\.[^\n]{0,200}?with specified policies\b|\bERROR: (?:Job failed|Preparation failed): (?:failed to pull image\b|Error response from daemon: Get https:\/\/\S+\.dkr\.ecr\.)/

/**
 * Image tools that never read `docker login`'s store the way Docker does, each named by its own
 * words: kaniko's executor and its push check (GoogleContainerTools/kaniko#2882, #2088), buildah's
 * and crane's commands; a cluster's own pulls (Tekton's controller, the kubelet). The value names the row of src/diagnose/traps/registryLoginPlace.ts.
 */
const REGISTRY_LOGIN_TOOLS: readonly { tool: string; re: RegExp }[] = [
  {
    tool: 'kaniko',
    re: /\/kaniko\/executor\b|\berror checking push permissions -- make sure you entered the correct tag name\b/
  },
  { tool: 'buildah', re: /(?:^|[\s$>;&|])buildah (?:push|pull|bud|build|from)\b/m },
  {
    tool: 'crane',
    re: /(?:^|[\s$>;&|])crane (?:push|pull|copy|cp|append|mutate|manifest|digest)\b/m
  },
  // Pulls a cluster makes, where no login in a CI step reaches (heldout13 review h13-013,
  // h13-031): Tekton's controller reading a step image's manifest, then the kubelet's pulls.
  { tool: 'tekton', re: /\btranslating TaskSpec to Pod\b|\bfailed to create task run pod\b/ },
  {
    tool: 'kubelet',
    re: /\bkubelet\b[^\n]{0,200}\bFailed to pull image\b|\b(?:ErrImagePull|ImagePullBackOff)\b/
  }
]

/** A second configure-aws-credentials call in the job: the author's words, or two role inputs. */
const CHAIN_SAID =
  /\brole[- ]chaining\b|\b(?:second|2nd) (?:IAM )?role\b|\b(?:second|2nd) (?:configure-aws-credentials )?step (?:fails|failed|is refused)\b|\bchain(?:ed|ing)? (?:the |two |a second )?roles?\b|\bconfigure-aws-credentials(?:@\S+)?`? (?:again|a second time|twice)\b|\b(?:second|2nd|another) (?:configure-aws-credentials|aws-actions\/configure-aws-credentials)\b|\b(?:assume|assuming) (?:the |a )?(?:second|2nd|another|next) role\b[^\n]{0,60}?\b(?:first|1st|previous) role\b/i
const ROLE_INPUT = /\brole-to-assume:\s*(?:\$\{\{[^}\n]{1,100}\}\}|\S+)/g

/** `public.ecr.aws` (or the words "ECR Public") anywhere around a registry login failure. */
const PUBLIC_REGISTRY =
  /\bpublic\.ecr\.aws\b|\bECR Public\b|\becr-public\b|\bElastic Container Registry Public\b/i
const CODEARTIFACT_NAMED = /\bcodeartifact\b/i
/** Registry clients that do not read docker's login, by their own words, first match wins. */
const REGISTRY_CLIENTS: [RegExp, string][] = [
  [/\bcrictl\b|\bctr (?:images|image|i) pull\b|\bfailed to pull and unpack image\b/, 'containerd'],
  [/\bkuberuntime_image\.go\b|\bkubelet\b|\bFailed to pull image\b|\bErrImagePull\b/, 'kubelet'],
  [
    /\becr: Failed to get authorization token\b|\bamazon-ecr-credential-helper\b/,
    'ecr-credential-helper'
  ]
]
const REGISTRY_HOST = /\b(\d{12})\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+){1,2}-\d)\.amazonaws\.com/g

/** An STS-like host the log shows (a trust condition, an `audience:` input, a client ID). */
const STS_HOST = /\bsts\.[a-z0-9][a-z0-9.-]{2,40}/gi
const AUDIENCES = ['sts.amazonaws.com', 'sts.amazonaws.com.cn']

/** GitHub Actions or configure-aws-credentials at work, as its log or workflow shows them. */
const CI_EVIDENCE =
  /\bconfigure-aws-credentials\b|\brole-to-assume\b|\bACTIONS_ID_TOKEN_REQUEST_|\bGITHUB_(?:WORKSPACE|ACTIONS|RUN_ID|REF)\b|##\[(?:group|error|debug)\]|\bGitHub Actions?\b|\buses:\s*aws-actions\//i
/**
 * Words saying a failure happens on some runs only: flaky, intermittent, random failures, "not
 * always", "sometimes works", "works on retry"; in the other languages the corpora hold, only
 * their unambiguous words. "Can sometimes lead to errors" is a page's general prose, not a run.
 */
const INTERMITTENT = new RegExp(
  [
    String.raw`\bintermittent(?:ly)?\b|\bflak(?:y|iness)\b`,
    String.raw`\brandom(?:ly)?\b[^\n.]{0,40}?\b(?:fail\w*|errors?|denied|AccessDenied|403)\b`,
    String.raw`\b(?:fail\w*|errors?|denied)\b[^\n.]{0,40}?\brandom(?:ly)?\b`,
    String.raw`(?<!\b(?:can|could|may|might) )\bsometimes\b[^\n.]{0,60}?\b(?:fail\w*|works?|succeed\w*|success\w*|passe?s?|denied|errors?)\b`,
    String.raw`\b(?:works?|succeed\w*|pass(?:es)?)\b[^\n.]{0,30}?\b(?:on|after|with) (?:a |the )?(?:retry|retrying|re-?run\w*|second (?:try|attempt|run))\b`,
    String.raw`\bnot (?:always|every time|consistently)\b`,
    String.raw`\boccasional(?:ly)?\b[^\n.]{0,40}?\b(?:fail\w*|errors?|denied)\b`,
    // "About 10% of the time" (hashicorp/terraform#7198); 100 % is every time.
    String.raw`(?<![\d.])\d{1,2} ?% of (?:the )?(?:time|runs|builds|deploy\w*|attempts|jobs)\b`,
    String.raw`\bfrom time to time\b|\bonce in a while\b|\bevery (?:now and then|so often)\b`,
    // Spanish, Portuguese, French, German; Japanese, Chinese, Korean.
    String.raw`\bintermitente(?:mente)?\b|\bintermittierend|\bsporadisch|間欠的|間歇的|间歇性|간헐적`
  ].join('|'),
  'i'
)

/**
 * An instance profile made in this run, or one EC2 does not know yet: Terraform's `Creation
 * complete` for it, CloudFormation's CREATE_COMPLETE row, EC2's `Invalid IamInstanceProfile` /
 * `Invalid IAM Instance Profile name` that Packer retries (hashicorp/packer-plugin-amazon#217).
 */
const NEW_INSTANCE_PROFILE =
  /\baws_iam_instance_profile\.[\w-]+(?:\[[^\]\s]+\])?: Creation complete\b|\bCREATE_COMPLETE\b[^\n]{0,40}\bAWS::IAM::InstanceProfile\b|\bInvalid IamInstanceProfile\b|\bInvalid IAM Instance Profile (?:name|ARN)\b/i

/** `aws s3 cp s3://BUCKET/KEY DEST` with a local destination: one named object downloaded. */
const NAMED_DOWNLOAD =
  /\baws\s+s3\s+cp\s+(?:--?[\w-]+(?:[= ][^\s-]\S*)?\s+){0,4}(s3:\/\/[a-z0-9][a-z0-9.-]{1,62}\/[^\s'"]*[^\s'"/])\s+(?!s3:\/\/)[^\s-][^\n]{0,200}/

/** Tools that enumerate an account's resources, by name or by aws-nuke's `Listing KMSKey failed`. */
const ACCOUNT_AUDITOR =
  /\b(?:aws-nuke|cloud-nuke|cloudbeat|security[_ -]monkey|prowler|scout ?suite|steampipe|cloud-custodian|cartography|CIS (?:AWS )?(?:Foundations )?Benchmark)\b|\bListing \w{2,40} failed\b/i

/** Terraform's words when the apply's state could not be written to its backend. */
const STATE_NOT_SAVED = /\bFailed to save state\b|\bError saving state:|\bfailed to upload state:/

/** An EKS cluster's name: update-kubeconfig's `--name`, or a context's cluster ARN. */
const EKS_CLUSTER_NAMED =
  /\bupdate-kubeconfig\b[^\n]{0,200}?--name[= ]["']?([A-Za-z0-9][\w-]{0,99})\b|\barn:aws[\w-]*:eks:[a-z0-9-]{1,30}:\d{12}:cluster\/([A-Za-z0-9][\w-]{0,99})\b/g

/** Terraform's S3 backend refused in its own words, beside a credentials failure of the same text. */
const BACKEND_DENIED =
  /\b(?:Failed to get existing workspaces|Error (?:loading|refreshing) state|Error inspecting states in the "s3" backend|error accessing remote state|Error configuring the backend "s3"):?\s{0,8}["'`]?(?:AccessDenied|Forbidden)\b/

const RULES: SignalRule[] = [
  {
    key: 'credential-inputs',
    applies: (d) => cause(d, 'missing'),
    // OIDC inputs first: an access-key input beside them is the fallback the action reports.
    // Only where the action is the one that failed: its name, its wording or its own inputs.
    find: (text, _d, ctx) => {
      if (!ACTION.test(text) && !/\brole-to-assume\b|\bACTIONS_ID_TOKEN_REQUEST_/i.test(text))
        return null
      // The inputs printed (read line by line): none that leads to credentials means it was empty
      // (or never set), whatever the prose around says of role-to-assume.
      const given = ACTION_WITH.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}`)
      const ours =
        given &&
        (given[0].includes('configure-aws-credentials@') || /^[ \t]+aws-region:/m.test(given[2]!))
      if (given && ours && !SOURCE_INPUT.test(given[2]!)) {
        const names = [...given[2]!.matchAll(/^[ \t]+([\w-]+):/gm)].map((m) => m[1]!)
        return { value: 'none', said: names.join(', ') }
      }
      // The action's own hint, printed only when role-to-assume is set and the job has no OIDC
      // token (configure-aws-credentials' index.ts): the id-token permission, whatever else.
      const hint = found(ID_TOKEN_HINT.exec(text), 'hint')
      if (hint) return hint
      return KEY_INPUTS.test(text) && !/\brole-to-assume\b/i.test(text)
        ? found(KEY_INPUTS.exec(text), 'keys')
        : (found(OIDC_INPUTS.exec(text), 'oidc') ?? found(ACTION.exec(text), 'action'))
    }
  },
  {
    // "despite correct IAM trust policy", "the trust policy is correct", "Add `id-token: write`".
    key: 'trust-said-correct',
    applies: webIdentity,
    find: (text) =>
      found(
        /\b(?:despite|although|even (?:though|with)|with) (?:an? |the |my |our )?(?:correct|valid|right|proper)(?:ly configured)? (?:IAM )?trust (?:policy|relationship)\b|\btrust (?:policy|relationship) (?:is|looks|seems) (?:correct|fine|right|ok(?:ay)?)\b/i.exec(
          text
        ),
        'trust'
      ) ??
      found(
        /\b(?:add|adding|set|setting|need|needs|needed|missing|requires?|without)\b[^\n]{0,30}?\bid-token:\s*write\b/i.exec(
          text
        ),
        'id-token'
      )
  },
  {
    // AWS's own notice, or the author saying the key leaked (English, Japanese).
    key: 'exposed-key',
    applies: refused,
    // Or the decoded message pasted below: its Deny lists the quarantine policy's actions (u27-004).
    find: (text, _d, ctx) =>
      ctx.decoded?.quarantine === true
        ? {
            value: 'exposed',
            said: "the decoded message's Deny: AWS's quarantine policy's actions"
          }
        : found(
            /\bAWSCompromisedKeyQuarantine\w{0,4}|\b(?:exposed|leaked|compromised)\b[^\n.]{0,40}?\b(?:access )?keys?\b|\b(?:access )?keys?\b[^\n.]{0,40}?\b(?:was|were|got|been)(?: \w{2,12}ly)? (?:exposed|leaked|compromised|published|pushed|committed)\b|\bpublicly (?:available|exposed|accessible)\b[^\n.]{0,60}?\bkeys?\b|\bquarantin\w{1,6}\b|キー[^\n]{0,20}?(?:漏洩|流出|公開)|(?:漏洩|流出)[^\n]{0,20}?キー/i.exec(
              text
            ),
            'exposed'
          )
  },
  {
    key: 'ecr-login-region',
    applies: (d) => cause(d, 'registry-login'),
    find: (text) => {
      const login = LOGIN_REGION.exec(text)
      const registry = REGISTRY_REGION.exec(text)
      if (login && registry && login[1] !== registry[1]) {
        return { value: `${login[1]!} ${registry[1]!}`, said: `${login[0]} ... ${registry[0]}` }
      }
      return found(REGION_MISMATCH_SAID.exec(text), 'said')
    }
  },
  {
    // `public:BUCKET` when the words or the name say the bucket is public, else `read:BUCKET`.
    key: 'public-bucket-read',
    applies: (d) => cause(d, 'missing'),
    find: (text) => {
      const read = S3_READ.exec(text)
      if (!read) return null
      const bucket = read[1]!.slice('s3://'.length)
      const said = PUBLIC_WORDS.exec(text) ?? (/public/i.test(bucket) ? read : null)
      return said
        ? { value: `public:${bucket}`, said: said[0] }
        : { value: `read:${bucket}`, said: read[0] }
    }
  },
  {
    // ECS's agent getting the registry token for a task's image as the task execution role
    // (`ResourceInitializationError: unable to pull secrets or registry auth: … unable to retrieve
    // ecr registry auth`): the pull itself comes next (heldout23 review, h23-045, h23-046).
    key: 'ecs-registry-auth',
    applies: (d) => /^ecr:GetAuthorizationToken$/i.test(d.action ?? ''),
    find: (text) =>
      found(
        /\bunable to (?:pull secrets or registry auth|retrieve ecr registry auth)\b/.exec(text),
        'ecs'
      )
  },
  {
    key: 'runner-image-pull',
    applies: (d) => cause(d, 'registry-login'),
    find: (text) => found(RUNNER_PULL.exec(text), 'gitlab')
  },
  {
    key: 'registry-login-tool',
    applies: (d) => cause(d, 'registry-login'),
    find: (text) => {
      for (const row of REGISTRY_LOGIN_TOOLS) {
        const m = row.re.exec(text)
        if (m) return { value: row.tool, said: m[0].trim() }
      }
      return null
    }
  },
  {
    // The run that failed is the one after the merge: a push to the default branch.
    key: 'oidc-after-merge',
    applies: webIdentity,
    find: (text) => {
      const m =
        /\b(?:after|once|when)\b[^\n.]{0,40}?\b(?:PR|pull request)\b[^\n.]{0,40}?\bmerged? (?:in)?to (?:the )?[`'"]?([\w.-]{1,40}?)[`'"]?(?: branch)?\b/i.exec(
          text
        )
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // configure-aws-credentials run a second time: without `role-chaining: true` it tries OIDC
    // again for role 2 (h7-161); with it, role 1's session assumes role 2.
    key: 'role-chaining',
    applies: (d) =>
      webIdentity(d) || (d.kind === 'denial' && /^sts:AssumeRole$/i.test(d.action ?? '')),
    find: (text) => {
      const said = CHAIN_SAID.exec(text)
      if (said) return { value: 'stated', said: said[0] }
      const roles = [...text.matchAll(ROLE_INPUT)].map((m) => m[0].replace(/\s+/g, ' '))
      return new Set(roles).size >= 2 ? { value: 'second-step', said: roles.join(' ... ') } : null
    }
  },
  {
    // Session tags passed with the AssumeRole that was refused: "when I try to use tags … to
    // assume role" (pulumi/pulumi-aws#4849), `--tags Key=…`, `role-session-tags`, `Tags=[…]`.
    key: 'session-tags',
    applies: (d) => refused(d) && /^sts:AssumeRole$/i.test(d.action ?? ''),
    // Also configure-aws-credentials assuming a role with keys (`Could not assume role with user
    // credentials`): it tags the session by default unless `role-skip-session-tagging` is set
    // (heldout136 re-review h135-053).
    find: (text) =>
      /\brole-skip-session-tagging:\s*true\b/i.test(text)
        ? null
        : found(
            /\bsession[ -]tag(?:s|ging)?\b|\b(?:use|using|pass(?:ing|es)?|add(?:ing)?|with)\s+(?:session\s+)?tags\b[^\n.]{0,60}?\bassum|\bassum\w*\s+(?:a\s+|the\s+)?role\b[^\n.]{0,40}?\bwith\s+(?:session\s+)?tags\b|\bfails?\b[^\n.]{0,30}?\bwhen\s+tags\s+are\s+passed\b|\bassume-role\b[^\n]{0,200}?\s--tags\s|\bCould not assume role with user credentials\b/i.exec(
              text
            ),
            'tags'
          )
  },
  {
    // configure-aws-credentials wrote the step's keys to the profile `aws-profile` names, then
    // assumed `role-to-assume` without reading them (aws-actions/configure-aws-credentials#1846).
    key: 'profile-not-used',
    applies: (d) => cause(d, 'missing'),
    find: (text) => {
      const written =
        /\b(?:Successfully configured AWS profile|Writing credentials to profile):[ \t]{0,3}([\w.@-]{1,128})/.exec(
          text
        )
      return written && /\bCould not assume role with user credentials\b/.test(text)
        ? { value: written[1]!, said: written[0] }
        : null
    }
  },
  {
    // configure-aws-credentials took the OIDC path only because the job may request a token
    // (`id-token: write`, added for another service), while the text says the runner's own
    // credentials were meant: an EC2 instance profile or role (aws-actions/configure-aws-credentials#598).
    // Not when the author wants OIDC to AWS itself ("use OIDC with self-hosted EC2", #453).
    key: 'runner-credentials-meant',
    applies: (d) => cause(d, 'oidc-provider-missing'),
    find: (text) => {
      if (!ID_TOKEN_GRANTED.test(text) || OIDC_TO_AWS_WANTED.test(text)) return null
      return found(RUNNER_CREDENTIALS.exec(text), 'instance-profile')
    }
  },
  {
    // A Bedrock cross-Region inference profile ID in the log (`global.anthropic…`, `us.amazon.nova…`):
    // Bedrock routes the call to other Regions, which a Region-deny SCP checks (heldout13 review, h13-130).
    key: 'bedrock-inference-profile',
    applies: (d) => refused(d) && /^bedrock:/i.test(d.action ?? ''),
    find: (text) => {
      const m = INFERENCE_PROFILE_ID.exec(text)
      return m ? { value: m[1]!.toLowerCase(), said: m[0] } : null
    }
  },
  {
    // ECR Public named away from the failing line (prose, a FROM line above): stale public login.
    key: 'public-registry',
    applies: (d) =>
      cause(d, 'registry-login') ||
      (d.kind === 'denial' && /^sts:GetServiceBearerToken$/i.test(d.action ?? '')),
    find: (text) => found(PUBLIC_REGISTRY.exec(text), 'public.ecr.aws')
  },
  {
    // The registry client that lacked a login when it is not docker's CLI: the kubelet, containerd
    // through crictl, a credential helper library (heldout128 review: h128-086, h128-088, h128-091).
    // Each reads its login from its own place, so `docker login` does not help it.
    key: 'registry-client',
    applies: (d) => cause(d, 'registry-login'),
    find: (text) =>
      REGISTRY_CLIENTS.map(([re, value]) => found(re.exec(text), value)).find((f) => f) ?? null
  },
  {
    // CodeArtifact named in the log (`aws codeartifact login`, a repository endpoint): the service a
    // bearer token was asked for, which the refusal itself never says (heldout128 review h128-071).
    key: 'codeartifact-named',
    applies: (d) => d.kind === 'denial' && /^sts:GetServiceBearerToken$/i.test(d.action ?? ''),
    find: (text) => found(CODEARTIFACT_NAMED.exec(text), 'codeartifact')
  },
  {
    // An AWS-owned registry's host (Deep Learning Containers...): its account ID.
    key: 'aws-registry',
    applies: (d) => cause(d, 'registry-login', 'public-registry-login'),
    find: (text) => {
      for (const m of text.matchAll(REGISTRY_HOST)) {
        if (awsRegistryOf(m[1]!)) return { value: m[1]!, said: m[0] }
      }
      return null
    }
  },
  {
    // `sts.amazonws.com`: a near-miss of the audience STS expects (China's is right as it is).
    key: 'audience-typo',
    applies: (d) => cause(d, 'oidc-audience'),
    find: (text) => {
      for (const m of text.matchAll(STS_HOST)) {
        // A sentence's full stop or a wrapped hyphen is not part of the host.
        const aud = m[0].replace(/[.-]+$/, '').toLowerCase()
        if (AUDIENCES.includes(aud)) continue
        if (editDistance(aud, AUDIENCES[0]!, 3) <= 3) return { value: aud, said: m[0] }
      }
      return null
    }
  },
  {
    // An application whose permission set is documented (src/model/appPermissionSets.ts).
    key: 'known-app',
    applies: refused,
    find: (text) => {
      for (const app of APP_PERMISSION_SETS) {
        const m = app.seen.exec(text)
        if (m) return { value: app.id, said: m[0] }
      }
      return null
    }
  },
  {
    // A key refused inside a Lambda function (its runtime's lines, `/var/runtime/`, `/var/task/`):
    // the runtime hands the SDK the execution role's session, so the code or the function's
    // environment put other keys in their place (heldout133 re-review h133-016, h133-017; h135-013).
    // Value `lambda`.
    key: 'lambda-runtime-credentials',
    applies: (d) =>
      d.kind === 'credentials' &&
      /^(?:InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|SignatureDoesNotMatch)$/.test(
        d.code ?? ''
      ),
    find: (text) => found(LAMBDA_RUNTIME_LINES.exec(text), 'lambda')
  },
  {
    // The refused call was STS GetFederationToken (an SDK's frame or the CLI's operation): it takes
    // an IAM user's long-term key only (heldout163 review, h163-035).
    key: 'federation-token-call',
    applies: (d) => d.kind === 'credentials',
    find: (text) =>
      found(
        /\b(?:de_GetFederationTokenCommand(?:Error)?|GetFederationTokenCommand|calling the GetFederationToken operation|get_federation_token)\b/.exec(
          text
        ),
        'GetFederationToken'
      )
  },
  {
    // CloudWatch's alarm action history (or the console's line for it) over a publish to an SNS
    // topic that KMS refused: `"notificationResource": "arn:aws:sns:…"`, `"error": "null (Service:
    // AWSKMS; … Error Code: AccessDeniedException …)"` (heldout134 review h134-020, h134-021). The
    // service principal publishes, so the topic key's policy decides. Value `alarm`.
    key: 'sns-topic-kms-publish',
    applies: refused,
    find: (text) => found(SNS_TOPIC_KMS_PUBLISH.exec(text), 'alarm')
  },
  {
    // A session from GetSessionToken (a call in the code, or aws-vault's default for a profile with
    // no role) calling IAM: without MFA in it, IAM answers InvalidClientTokenId though the key is
    // valid (STS's GetSessionToken reference; heldout135 review h135-036, h135-048). Value `iam`.
    key: 'session-token-iam-call',
    applies: (d) => d.kind === 'credentials' && d.code === 'InvalidClientTokenId',
    find: (text) => {
      const session = SESSION_TOKEN_SOURCE.exec(text)
      return session && IAM_CALL.test(text) ? { value: 'iam', said: session[0] } : null
    }
  },
  {
    // Credential advice names configure-aws-credentials only where the log shows it or GitHub.
    key: 'ci-evidence',
    applies: (d) => d.kind === 'credentials',
    // GitHub's step title (`Run aws s3 ls`) too: capitalised, as the runner prints it.
    find: (text) =>
      found(CI_EVIDENCE.exec(text) ?? /\bRun (?:aws|aws-actions)\b/.exec(text), 'github')
  },
  {
    // A page or log whose backend answered AccessDenied too: that part is a permission problem.
    key: 'backend-access-denied',
    applies: (d) => d.kind === 'credentials',
    find: (text) => found(BACKEND_DENIED.exec(text), 's3')
  },
  {
    // SignatureDoesNotMatch where the text shows the signer, not the key pair, is at fault:
    // `KIND` or `KIND NAME` (src/infer/signerEvidence.ts).
    key: 'signer-evidence',
    applies: (d) => cause(d, 'signature'),
    find: (text) => {
      const e = signerEvidenceIn(text)
      return e ? { value: e.name ? `${e.kind} ${e.name}` : e.kind, said: e.said } : null
    }
  },
  {
    // The program that held the expired or unrecognised credentials (src/model/credentialClients.ts).
    key: 'credential-client',
    applies: (d) => cause(d, 'expired', 'invalid', 'missing', 'sso-expired'),
    find: (text, d) => {
      // The parse found Terraform's S3-compatible backend (its store named far above, src/parse/s3CompatibleBackend.ts).
      const store = d.detail.s3CompatibleBackend
      if (store) return { value: 'terraform-s3-compatible-backend', said: store }
      const hit = credentialClientIn(text, d.detail.cause as CredentialTrouble)
      return hit ? { value: hit.client.id, said: hit.said } : null
    }
  },
  {
    // A run Dependabot triggered: it gets Dependabot secrets, not Actions secrets, and a read-only
    // token. The bot's login or its name beside a PR, as a log or its author prints them.
    key: 'dependabot-run',
    applies: (d) => cause(d, 'missing', 'invalid'),
    // Or its pull request's title, which only Dependabot writes, at the top of a run page (h21-042).
    find: (text, _d, ctx) =>
      found(/\bdependabot(?:\[bot\])?\b/i.exec(text), 'dependabot') ??
      (ctx.dependabotTitle ? { value: 'dependabot', said: ctx.dependabotTitle } : null)
  },
  {
    // The backend's state read and its state write both refused: the identity or the bucket.
    key: 'backend-read-and-write-refused',
    applies: (d) => d.kind === 'denial',
    find: (text) => {
      const said = readAndWriteRefused(text)
      return said ? { value: 's3', said } : null
    }
  },
  {
    // The writer's subnets are another account's, shared through AWS RAM (`We are using RAM to share
    // Networking from a centralised account`, runs-on/runs-on: heldout72 review h72-003): a subnet's
    // ARN holds its owner's account, so a statement naming this account's subnets never matches.
    key: 'shared-subnet',
    applies: (d) =>
      d.kind === 'denial' &&
      d.deny !== 'explicit' &&
      (d.service === 'ec2' || /^ec2:/i.test(d.action ?? '')),
    find: (text) => found(SHARED_SUBNET.exec(text), 'ram')
  },
  {
    // An instance type the log names with an explicit deny of a launch (`**\`t3.small\` denial
    // error:**` over it): guardrails allow only some types (heldout16 review h16-057).
    key: 'instance-type',
    applies: (d) =>
      d.kind === 'denial' && d.deny === 'explicit' && /^ec2:RunInstances$/i.test(d.action ?? ''),
    find: (text) => {
      const m = INSTANCE_TYPE.exec(text)
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // The command names the profile it runs with (`AWS_PROFILE=np-networkadmin packer build`,
    // `--profile ci`) and no credentials were found: that profile is the first suspect (heldout16
    // review h16-022: a role profile that an aws-sdk-go v1 tool reads only with AWS_SDK_LOAD_CONFIG).
    key: 'named-profile',
    applies: (d) => cause(d, 'missing'),
    find: (text) => {
      const m = NAMED_PROFILE.exec(text)
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // The step's environment sets a web-identity role (`AWS_WEB_IDENTITY_TOKEN_FILE` with
    // `AWS_ROLE_ARN`), yet the client found no credentials: it does not read them (heldout16 review
    // h16-043: amazon-ecr-login v1.3.3's SDK). A token file it could not read is its own cause.
    key: 'web-identity-env',
    applies: (d) => cause(d, 'missing'),
    find: (around, _d, ctx) => {
      const text = `${ctx.webIdentityEnv ?? ''}\n${around}`
      const file = WEB_IDENTITY_FILE_SET.exec(text)
      const role = file && WEB_IDENTITY_ROLE_SET.exec(text)
      return file && role ? { value: role[1]!, said: file[0] } : null
    }
  },
  {
    // An MLflow client told its artifacts go through the tracking server, while the experiment's
    // artifact location is an `s3://` URI: the client then writes to S3 itself, with its own keys
    // (heldout16 review h16-047, mlflow/mlflow#6181).
    key: 'artifact-proxy-bypassed',
    applies: (d) => d.kind === 'credentials' || refused(d),
    find: (text) => {
      if (!MLFLOW.test(text) || !ARTIFACT_PROXY.test(text)) return null
      const m = MLFLOW_S3_LOCATION.exec(text)
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // A tool saying the call went to another account (`Failed to assume role into remote account`,
    // heldout18 review h18-012): two masked account fields in the finding are then two accounts,
    // each its own placeholder (src/remedy/placeholders.ts).
    key: 'remote-account',
    applies: refused,
    find: (text) => found(REMOTE_ACCOUNT.exec(text), 'remote')
  },
  {
    // Terraform ran on HCP Terraform / Terraform Enterprise's workers (`Running apply in the remote
    // backend`, a run URL): credentials on the machine that started it never reach the run
    // (heldout16 review h16-019).
    key: 'remote-run',
    applies: (d) => d.kind === 'credentials',
    find: (text, _d, ctx) =>
      found(REMOTE_RUN.exec(text) ?? REMOTE_RUN.exec(ctx.command ?? ''), 'terraform-remote')
  },
  {
    // The request went to AWS over plain HTTP (`--endpoint-url http://s3.…amazonaws.com`): a
    // resource policy's Deny on aws:SecureTransport refuses exactly that (heldout16 review h16-073).
    // The step's command (in `text`) may stand further up than the context reaches (h31-021).
    key: 'plain-http-endpoint',
    applies: (d) => d.kind === 'denial' && d.deny === 'explicit',
    find: (text) => found(PLAIN_HTTP_ENDPOINT.exec(text), 'http')
  },
  {
    // The job runs in an AWS Academy lab (src/diagnose/traps/awsAcademyLab.ts).
    key: 'aws-academy-lab',
    applies: refused,
    find: (text) => found(ACADEMY_LAB.exec(text), 'aws-academy')
  },
  {
    // The writer says the refusal comes and goes: a missing Allow fails every run, so what differs
    // between runs is the first thing to check (heldout9 h9-157).
    key: 'intermittent',
    applies: refused,
    find: (text) => found(INTERMITTENT.exec(text), 'intermittent')
  },
  {
    // The Go SDK v1's chain printing why it skipped the instance role (`RequestCanceled: EC2 IMDS
    // access disabled via AWS_EC2_METADATA_DISABLED env var`, heldout139 review h139-093).
    key: 'imds-disabled',
    applies: noneFound,
    find: (text) =>
      found(
        /\bEC2 IMDS access disabled via AWS_EC2_METADATA_DISABLED\b|\bAWS_EC2_METADATA_DISABLED[ \t]{0,2}=[ \t]{0,2}["']?true\b/i.exec(
          text
        ),
        'disabled'
      )
  },
  {
    // The JavaScript SDK v2's own hint in its message (`Missing credentials in config, if using
    // AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1`, Artillery's Lambda platform, heldout138 review
    // h138-052): a profile kept in ~/.aws/config is not read without it.
    key: 'sdk-load-config',
    applies: noneFound,
    find: (text) =>
      // Already set: exported, in a step's env block, or before the command.
      /\bexport[ \t]{1,4}AWS_SDK_LOAD_CONFIG[ \t]{0,2}=[ \t]{0,2}["']?(?:1|true)\b|^[ \t]{0,40}(?:-[ \t]{1,4})?AWS_SDK_LOAD_CONFIG[ \t]{0,2}[:=][ \t]{0,2}["']?(?:1|true)\b/im.test(
        text
      )
        ? null
        : found(/\bset AWS_SDK_LOAD_CONFIG=1\b/.exec(text), 'hint')
  },
  {
    // A role-passing call refused right after its instance profile was made: IAM propagation
    // (src/diagnose/traps/iamPropagation.ts; heldout11 review, h11-025).
    key: 'new-instance-profile',
    applies: refused,
    find: (text) => found(NEW_INSTANCE_PROFILE.exec(text), 'instance-profile')
  },
  {
    // Credentials AWS does not recognise, sent to an opt-in Region: the Region may not be enabled,
    // or the token came from the global STS endpoint, whose v1 tokens opt-in Regions refuse.
    key: 'opt-in-region',
    applies: (d) => cause(d, 'invalid'),
    find: (text) => {
      const m = OPT_IN_REGION.exec(text)
      return m ? { value: (m[1] ?? m[2] ?? m[3])!, said: m[0] } : null
    }
  },
  {
    // A service that creates its resource's network interface with that resource's role, and
    // names the EC2 permission in its refusal: value `ROW ACTION` (src/model/serviceNetworkRoles.ts).
    key: 'service-network-role',
    applies: refused,
    find: (text) => {
      const hit = serviceNetworkRoleIn(text)
      return hit ? { value: `${hit.row.id} ${hit.action}`, said: hit.said } : null
    }
  },
  {
    // Lambda's check of the function's execution role, naming the call (not EC2's, above): value
    // `OPERATION on SERVICE` as printed (src/model/lambdaRoleChecks.ts).
    key: 'lambda-role-check',
    applies: refused,
    // The refusal's own line and the one a wrap may have pushed it to: a stack's events list one
    // check per line, and another mapping's check is not this finding's (session 52 review,
    // h156-013: an SQS mapping's words given to a DynamoDB stream's refusal).
    find: (_text, _d, ctx) => {
      const hit = lambdaRoleCheckIn(`${ctx.line}\n${ctx.after.split('\n', 1)[0] ?? ''}`)
      return hit ? { value: hit.key, said: hit.said } : null
    }
  },
  {
    // CDK synth's error for a construct carrying a refusal: a context lookup (`Vpc.fromLookup`)
    // refused, made with the caller's credentials when no lookup role was assumed (heldout128
    // review h128-046). The refusal's own line only. Value `lookup`.
    key: 'cdk-context-lookup',
    applies: refused,
    find: (_text, _d, ctx) => found(CDK_LOOKUP_REFUSED.exec(ctx.line), 'lookup')
  },
  {
    // The AWS CLI's s3 commands (ls, sync, cp/mv/rm --recursive) print `fatal error:` when their
    // first call, the bucket's listing, is refused; a log that shows no such command leaves the
    // calls after it unknown: value `sync` when the text says sync (a script's name), else
    // `unknown`. With the command shown, its calls are drafted instead (src/infer/s3Transfer.ts).
    key: 'cli-listing-first',
    applies: (d) => d.kind === 'denial' && /^ListObjects(?:V2)?$/.test(d.operation ?? ''),
    find: (text) => {
      const m = CLI_LISTING_REFUSED.exec(text)
      if (!m || AWS_S3_COMMAND.test(text) || UNSIGNED.test(text)) return null
      return { value: /\bsync\b/i.test(text) ? 'sync' : 'unknown', said: m[0] }
    }
  },
  {
    // Lambda's own words for a function whose environment variables it could not decrypt, in any
    // of the forms KMS's answer takes inside them (an IAM sentence, the ciphertext words, an
    // unknown token): value `recreated` when the text says the function or role was recreated or
    // redeployed (a stale grant is then the first suspect), else `env`.
    key: 'lambda-env-decrypt',
    applies: refused,
    find: (text) => {
      const m = LAMBDA_ENV_DECRYPT.exec(text)
      if (!m) return null
      return { value: RECREATED.test(text) ? 'recreated' : 'env', said: m[0] }
    }
  },
  {
    // The refused call shown working for other targets (the reporter's words), or an EC2
    // `Invalid….NotFound`, which only a caller allowed the call gets (allowed-elsewhere, WD914).
    key: 'partial-failure',
    applies: (d) => d.kind === 'denial',
    find: (text) => {
      const m = PARTIAL_FAILURE.exec(text)
      return m ? { value: m[0].slice(0, 80), said: m[0] } : null
    }
  },
  {
    // A profile whose `role_arn` names a user, group or the root (`role_arn =
    // arn:aws:iam::…:user/thufir`, h21-047): no role to assume (profile-role-arn-not-role, WD941).
    key: 'profile-role-arn-not-role',
    applies: (d) =>
      d.kind === 'credentials' ||
      /^sts:AssumeRole$/i.test(d.action ?? '') ||
      d.operation === 'AssumeRole',
    find: (_text, _d, ctx) => {
      const arn = ctx.roleArnSetting
      return arn && /^arn:[\w-]+:iam::[^:\s]*:(?:user\/|group\/|root$)/.test(arn)
        ? { value: arn, said: `role_arn = ${arn}` }
        : null
    }
  },
  {
    // Expired credentials behind a pre-signed URL (`getSignedUrl`, `generate_presigned_url`, a
    // link's `X-Amz-Expires`): the link lives no longer than the session that signed it
    // (heldout163 review, h163-025: a 90-day link that failed after a day).
    key: 'presigned-signer-session',
    applies: (d) =>
      d.kind === 'credentials' && credentialCause(d.detail.cause, d.code) === 'expired',
    find: (text) => found(PRESIGNING.exec(text), 'presigned')
  },
  {
    // Logstash's plain Elasticsearch output (its logger `logstash.outputs.elasticsearch`) talking
    // to an Amazon OpenSearch Service domain: that output cannot sign, so the domain saw an
    // anonymous caller (heldout165 review, h165-045). The amazon_es and opensearch outputs log
    // under their own names and can sign.
    key: 'unsigned-client',
    applies: (d) => refused(d) && (d.service === null || d.service === 'es'),
    find: (text) =>
      /\.es\.amazonaws\.com\b/.test(text) ? found(UNSIGNED_ES_CLIENT.exec(text), 'logstash') : null
  },
  {
    // CloudFormation's resource handler retried a create without its tags after the tagging was
    // refused (`Retrying request without including tags`): a warning, the resource was made
    // (heldout165 review, h165-061).
    key: 'tags-retried',
    // Not under an explicit deny, whose lead says no Allow helps.
    applies: (d) => refused(d) && d.deny !== 'explicit',
    find: (text) => found(/\bRetrying request without including tags\b/.exec(text), 'retried')
  },
  {
    // A pre-signed link's lifetime ended before S3 answered (presigned-url-expired, WD934).
    key: 'presigned-expired',
    applies: (d) => d.kind === 'denial' && (d.service === null || d.service === 's3'),
    find: (_text, _d, ctx) =>
      presignedExpiredIn(`${ctx.signedLink ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`)
  },
  {
    // Terraform's provider check failed, then passed lines below (src/scan/laterSuccess.ts): the
    // credentials that failed were not those that later worked (resolved-later, WD968).
    key: 'resolved-later',
    applies: (d) => d.kind === 'credentials',
    find: (text, _d, ctx) => {
      const later = ctx.laterSuccess
      if (!later || later.line === 0 || !TERRAFORM_PROVIDER_CHECK.test(text)) return null
      return { value: String(later.line), said: later.said }
    }
  },
  {
    // The refused command names its S3 path with a shell variable the log prints unexpanded (a
    // script echoed as written, unseen-logs check u32-009): whether it is set is the first check.
    // Value: the variable's name.
    key: 'unexpanded-variable',
    // Only a refusal that names no resource: a printed ARN shows what the variable held.
    applies: (d) => refused(d) && d.resource === null && d.deny !== 'explicit',
    find: (text) => {
      const m =
        /\baws s3(?:api)? \w{1,30}\b[^\n]{0,200}?\bs3:\/\/[^\s$]{0,120}\$\{?([A-Za-z_][A-Za-z0-9_]{0,63})\}?/.exec(
          text
        )
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // STS refused the credentials while the code shows a client of another service being made
    // (`Aws::EC2::Client.new` then `Aws::STS::Errors::InvalidClientTokenId`, heldout30 review
    // h30-007): the SDK's own STS exchange for the profile's role failed, not that service's call.
    // Value: the other client's service, as the code names it.
    key: 'sts-behind-client',
    applies: (d) => d.kind === 'credentials' && d.service === 'sts',
    find: (text) => {
      const m = OTHER_CLIENT.exec(text)
      const service = m && (m[1] ?? m[2] ?? m[3])
      return service && !/^sts$/i.test(service) ? { value: service, said: m[0] } : null
    }
  },
  {
    // Amplify Hosting's backend build step (`amplifyPush`, its script running the Amplify CLI with
    // the app's service role; aws/aws-cdk#8381, heldout30 review h30-021). Value `amplifyPush`.
    key: 'amplify-hosting-build',
    applies: refused,
    find: (text) => found(/(?<![\w-])amplifyPush(?:\.sh)?\b/.exec(text), 'amplifyPush')
  },
  {
    // One named object downloaded (`aws s3 cp s3://B/KEY .`, no --recursive; heldout28 review
    // h28-036): a file the job expects to exist, not a cache probe, so its read comes first.
    key: 'named-download',
    applies: refused,
    find: (text) => {
      const m = NAMED_DOWNLOAD.exec(text)
      return m && !/\s--recursive\b/.test(m[0]) ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // Terraform applied, then could not write its state (`Error: Failed to save state`, `failed to
    // upload state:`, heldout28 h28-038): what the refusal costs is the state, written locally.
    key: 'state-not-saved',
    applies: (d) => d.kind === 'credentials' || refused(d),
    find: (text) => found(STATE_NOT_SAVED.exec(text), 'terraform')
  },
  {
    // The CDK CLI's words for its own CloudFormation calls (aws/aws-cdk#16268, the unseen-logs check
    // u30-004): the CLI, not CloudFormation, made the refused call, with the caller's credentials.
    key: 'cdk-cli-deploy',
    applies: (d) => d.kind === 'denial' && /^cloudformation:/i.test(d.action ?? ''),
    find: (text) => found(CDK_CLI_CALL.exec(text), 'cdk')
  },
  {
    // The EKS cluster kubectl talks to, as the log names it (`aws eks update-kubeconfig --name N`,
    // its context `arn:aws:eks:REGION:ACCOUNT:cluster/N`): one name only (the unseen check u30-009).
    key: 'eks-cluster',
    applies: (d) => cause(d, 'eks-not-mapped'),
    find: (text) => {
      const names = new Set<string>()
      let said = ''
      for (const m of text.matchAll(EKS_CLUSTER_NAMED)) {
        names.add(m[1] ?? m[2]!)
        said ||= m[0]
      }
      return names.size === 1 ? { value: [...names][0]!, said } : null
    }
  },
  {
    // A Kubernetes workload made the call: a refusal naming an EC2 instance's session is then a
    // pod that fell back to its node's role (pod-on-node-role, WD915).
    key: 'kubernetes-workload',
    applies: refused,
    find: (text) => found(KUBERNETES_WORDS.exec(text), 'kubernetes')
  },
  {
    // The writer says which role the pod's call went out as: the node's, not its own ("assumes the
    // node's role instead of the custom role", external-secrets/kubernetes-external-secrets#867;
    // "fetch … using the worker instance profile", heldout100 h100-023).
    key: 'said-node-role',
    applies: refused,
    find: (text) => found(SAID_NODE_ROLE.exec(text), 'node-role')
  },
  {
    // A tool that reads every resource of an account (a CIS benchmark, an account cleaner): its
    // refusal on one KMS key is that key's policy, not the tool's own grants (kms-key-metadata-read;
    // heldout140 review h140-074 cloudbeat, h140-076 security_monkey, h140-081 aws-nuke).
    key: 'account-auditor',
    applies: (d) => refused(d) && (d.service === 'kms' || /^kms:/i.test(d.action ?? '')),
    find: (text) => {
      const m = ACCOUNT_AUDITOR.exec(text)
      return m ? { value: m[0].toLowerCase(), said: m[0] } : null
    }
  },
  {
    // An AWS managed key named beside a KMS refusal (`primarily happening with the \`aws/acm\` key`,
    // turbot/steampipe-plugin-aws#1594; `alias/aws/ebs`): its key policy cannot be edited (aws-managed-key).
    key: 'aws-managed-key',
    applies: (d) => refused(d) && (d.service === 'kms' || /^kms:/i.test(d.action ?? '')),
    find: (text) => {
      const m = AWS_MANAGED_KEY.exec(text)
      return m ? { value: `aws/${m[1]!}`, said: m[0] } : null
    }
  },
  {
    // A credentials provider that could not reach its AWS endpoint (`dial tcp: lookup
    // portal.sso.ap-northeast-1.amazonaws.com on 192.168.0.1:53: server misbehaving`, heldout124
    // review h124-010; Node's `getaddrinfo ENOTFOUND sts.…`; botocore's `Could not connect to the
    // endpoint URL`): the network failed before any credential was checked.
    key: 'endpoint-unreachable',
    applies: (d) => d.kind === 'credentials',
    find: (text) => {
      const m = ENDPOINT_UNREACHABLE.exec(text)
      return m ? { value: (m[1] ?? m[2] ?? m[3] ?? m[4])!, said: m[0] } : null
    }
  },
  {
    // The pod shows IRSA's variables (`describe pod`'s `AWS_ROLE_ARN: arn:…`, or the writer's words),
    // yet a refusal names the node's role: the client skipped them (heldout118 review h118-021,
    // h118-022), so a grant on the IRSA role alone changes nothing.
    key: 'pod-irsa-env',
    applies: refused,
    find: (text) => {
      // The variable with its role shown is the pod's environment; named alone, the writer's
      // words must name the token file too.
      const role = WEB_IDENTITY_ROLE_SET.exec(text)
      if (role) return { value: role[1]!, said: role[0] }
      if (!/\bAWS_WEB_IDENTITY_TOKEN_FILE\b/.test(text)) return null
      return found(/\bAWS_ROLE_ARN\b/.exec(text), 'AWS_ROLE_ARN')
    }
  },
  {
    // An explicit Deny whose error carries EC2's encoded authorization message, even cut or
    // masked: decoding it names the matched statement and the context its Condition saw, which
    // no guess at the policy type can (heldout12 third review, h12-040). The marker must follow
    // this refusal's own action, so another error's message nearby does not count.
    key: 'encoded-message',
    applies: (d) => refused(d) && d.deny === 'explicit' && d.action !== null,
    find: (text, d) => {
      if (DECODED_SHOWN.test(text)) return null
      // Each mention of the action in turn (a tool's own message may name it first), a few at most.
      const action = d.action!
      for (let at = text.indexOf(action), n = 0; at !== -1 && n < 8; n++) {
        const m = ENCODED_MARKER.exec(text.slice(at + action.length, at + action.length + 700))
        if (m) return { value: encodedKept(d), said: m[0].slice(m[0].search(/Encoded/i)) }
        at = text.indexOf(action, at + action.length)
      }
      return null
    }
  },
  {
    // A refusal printed without its encoded message while the text carries it in the decode
    // command (AWS Support asking for `aws sts decode-authorization-message --encoded-message
    // BLOB` under `Error code: Client.UnauthorizedOperation`, ministryofjustice/modernisation-
    // platform#4755): the blob is there to decode, which says what was refused and why.
    key: 'decode-command',
    applies: (d) => refused(d) && d.encodedMessage === null,
    find: (text) => {
      if (DECODED_SHOWN.test(text)) return null
      const m = DECODE_COMMAND.exec(text)
      return m ? { value: `${m[1]!.slice(0, 16)}…`, said: m[0] } : null
    }
  },
  {
    // The refused write itself sets a public canned ACL, on its own line (kOps' `error writing
    // s3://…/jwks (with ACL="public-read"): AccessDenied`, heldout34 review h34-005; the CLI's
    // `--acl public-read`, a request's `x-amz-acl: public-read`): Block Public Access, or a policy
    // denying public ACLs, refuses exactly that request.
    key: 'public-acl-request',
    applies: (d) =>
      d.kind === 'denial' &&
      d.deny !== 'explicit' &&
      d.layer === null &&
      (d.service === null || d.service === 's3'),
    find: (text, d, ctx) => {
      const own = found(PUBLIC_ACL_REQUEST.exec(ctx.line), 'public-acl')
      if (own || !mayWriteObject(d)) return own
      // A tool that sends a public ACL by default, or the writer naming the guard that refuses it.
      const hit = publicAclUploaderIn(text)
      return hit ? { value: `tool:${hit.id}`, said: hit.said } : null
    }
  },
  {
    // The same upload works with a private ACL (or none) and is refused with a public one: the
    // caller may write, so Block Public Access or a Deny keyed on the ACL refuses the public
    // variant (heldout12 third review, h12-052). Both halves must be said.
    key: 'public-variant-refused',
    applies: (d) =>
      d.kind === 'denial' &&
      d.deny !== 'explicit' &&
      d.layer === null &&
      (d.service === null || d.service === 's3'),
    find: (around, _d, ctx) => {
      // The variants are often listed a paragraph above the error block (src/scan/stepContext.ts).
      const text = `${ctx.aclNote ?? ''}\n${around}`
      const works = PRIVATE_WORKS.exec(text)
      return works && PUBLIC_FAILS.test(text) ? { value: 'acl', said: works[0] } : null
    }
  },
  {
    // A bucket policy write refused where the writer says the bucket is meant to be public or
    // names Block Public Access (`deploy a public S3 bucket`, `the publicly accessible web bucket`,
    // heldout103 review h103-025, h103-028): the block refuses it whatever the caller may do.
    key: 'public-policy-said',
    applies: (d) =>
      d.kind === 'denial' &&
      d.deny !== 'explicit' &&
      d.layer === null &&
      (d.service === null || d.service === 's3') &&
      (/^s3:PutBucketPolicy$/i.test(d.action ?? '') ||
        /^PutBucketPolicy$/i.test(d.operation ?? '')),
    find: (around) => {
      const m = PUBLIC_BUCKET_SAID.exec(around)
      return m ? { value: 'policy', said: m[0] } : null
    }
  },
  {
    // An ACL write beside the writer's words that the bucket's Object Ownership is "Bucket owner
    // enforced" (ACLs disabled; a Spanish fix note, session 52 review h156-096): no grant lets an
    // ACL through, the upload must stop sending one. Value `acl`.
    key: 'acls-disabled-said',
    applies: (d) =>
      d.kind === 'denial' &&
      d.deny !== 'explicit' &&
      (d.service === null || d.service === 's3') &&
      /^s3:Put(?:Object|Bucket)Acl$/i.test(d.action ?? ''),
    find: (around) => found(ACLS_DISABLED_SAID.exec(around), 'acl')
  },
  {
    // A test's mock in the log and AWS refusing a made-up key: the call escaped the mock and
    // reached AWS (heldout12 h12-117, moto's mock_s3 with boto 2). Value `LIBRARY KEY`.
    key: 'aws-mock',
    applies: (d) => cause(d, 'invalid'),
    find: (around, _d, ctx) => {
      // The mock is named where the test starts, often farther up than the lines around.
      const text = `${ctx.mockNote ?? ''}\n${around}`
      const mock = AWS_MOCK.exec(text)
      const key = mock && placeholderKey(text)
      if (!mock || !key) return null
      const library = mock.slice(1).find((g) => g !== undefined)!
      return { value: `${library} ${key}`, said: mock[0] }
    }
  },
  {
    // A client talking to a local emulator that could not sign or was refused its key: DynamoDB
    // Local (2.x accepts only letters and digits in the key ID; its own words `The Access Key ID or
    // security token is invalid.`), ElasticMQ, LocalStack, S3Mock (heldout69 review: h69-031,
    // h69-035). Not when the mock signal says the call escaped to AWS. Value `dynamodb-local` or
    // `emulator`.
    key: 'local-emulator',
    applies: (d) => d.kind === 'credentials',
    find: (around, _d, ctx) => {
      const text = `${ctx.mockNote ?? ''}\n${around}`
      if (
        AWS_MOCK.test(text) &&
        placeholderKey(text) &&
        /\bsecurity token included in the request is invalid|\bInvalidClientTokenId\b|\bUnrecognizedClient/.test(
          text
        )
      )
        return null
      const dynamo = DYNAMODB_LOCAL.exec(text)
      if (dynamo) return { value: 'dynamodb-local', said: dynamo[0] }
      return found(LOCAL_EMULATOR.exec(text), 'emulator')
    }
  },
  {
    // The real access key AWS says it does not know, by its kind: `AKIA` is a long-term key, so
    // "a temporary key without its token" is ruled out (unseen-logs review, u31-001). The value is
    // the prefix only: the key ID itself is never written anywhere.
    key: 'access-key-shown',
    applies: (d) => cause(d, 'invalid'),
    find: (text) => {
      const m = KEY_SHOWN.exec(text)
      const key = m && (m[1] ?? m[2] ?? m[3] ?? m[4])
      if (!key || !REAL_KEY.test(key) || MADE_UP_KEY.test(key)) return null
      const prefix = key.slice(0, 4)
      return prefix === 'AKIA' || prefix === 'ASIA' ? { value: prefix, said: `${prefix}…` } : null
    }
  },
  {
    // The refused TerminateSession's `aws ssm start-session` in the log (the step's command or the
    // lines above): the CLI ended the session itself, the plugin missing (h34-021).
    key: 'start-session',
    applies: (d) => /^ssm:TerminateSession$/i.test(d.action ?? ''),
    find: (text) => found(/\baws[ \t]+ssm[ \t]+start-session\b/.exec(text), 'aws-cli')
  },
  {
    // The log shows the session had MFA (aws-vault's `GetSessionToken (with MFA)`, a typed code,
    // h35-001): a trust statement drafted for the refused AssumeRole keeps the MFA condition the
    // role most likely has (heldout35 review 2).
    key: 'mfa-session',
    applies: (d) => /^(?:sts:)?AssumeRole$/i.test(d.action ?? d.operation ?? ''),
    find: (text) => found(MFA_USED.exec(text), 'mfa')
  },
  {
    // The Java SDK's provider chain found a profile or web identity token it could use only with
    // its STS module (`To use assume role profiles the aws-java-sdk-sts module must be on the class
    // path.`, GoCD's registry plugin, gocd/docker-registry-artifact-plugin#144; v2's `the 'sts'
    // service module`). Value: "assume-role" or "web-identity".
    key: 'sdk-sts-module-missing',
    applies: (d) => d.kind === 'credentials',
    find: (text) => {
      // The SDK v1's web identity provider prints the module sentence whenever the module is
      // absent: with no profile file at all and no web identity setting in sight, nothing was
      // found that needed it (heldout161 review, h161-030).
      if (NO_PROFILE_FILE.test(text) && !WEB_IDENTITY_SETTING.test(text)) return null
      const m = STS_MODULE_MISSING.exec(text)
      return m ? { value: m[1] ? 'assume-role' : 'web-identity', said: m[0] } : null
    }
  },
  {
    // A key setting the log shows misspelled (`AWS_SECERT_ACCESS_KEY`) or holding the word for an
    // unset value (`AWS_ACCESS_KEY_ID=undefined`): the program signed without the key meant
    // (src/infer/credentialSettings.ts). Value: `misspelled:NAME` or `unset-value:NAME`, NAME the
    // setting the SDK reads.
    key: 'wrong-key-setting',
    applies: (d) => d.kind === 'credentials' || (refused(d) && d.principal === null),
    find: (text) => {
      const w = wrongKeySettingIn(text)
      return w ? { value: `${w.kind}:${w.setting}`, said: w.said } : null
    }
  },
  {
    // Vault's AWS KMS seal made the call (`Error parsing Seal configuration: error fetching AWS KMS
    // wrapping key information`, its `seal "awskms"` stanza): its key set is one sequence
    // (src/remedy/companionActions.ts). Value: "awskms".
    key: 'vault-kms-seal',
    applies: (d) => refused(d) && /^kms:/i.test(d.action ?? `${d.service ?? ''}:`),
    find: (text) => found(VAULT_KMS_SEAL.exec(text), 'awskms')
  },
  {
    // A refused describe made by a Kinesis consumer (KCL's scheduler, Flink's KinesisStreamsSource,
    // or the reads it makes next named beside it: heldout155 review, h156-002, `DescribeStreamSummary`
    // then `GetRecords` and `ListShards` refused in turn): its whole read set is one sequence
    // (src/remedy/companionActions.ts). An admin tool's describe alone stays one action. Value:
    // "consumer".
    key: 'kinesis-consumer',
    applies: (d) =>
      refused(d) && /^kinesis:Describe(?:Stream|StreamSummary)$/i.test(d.action ?? ''),
    find: (text) => found(KINESIS_CONSUMER.exec(text), 'consumer')
  },
  {
    // SNS's delivery status log around an SQS refusal (`"topicArn": …`, `"destination":
    // "arn:aws:sqs:…"`, its `providerResponse` holding SQS's `AccessDenied`,
    // MassTransit/MassTransit#1525): the topic delivered, the queue's policy refused. Value:
    // "TOPIC_ARN QUEUE_ARN", the topic `-` when the lines around do not reach it.
    key: 'sns-delivery-status',
    applies: (d) => refused(d) && (d.service === 'sqs' || /^sqs:/i.test(d.action ?? '')),
    find: (text) => {
      const queue = SNS_STATUS_DESTINATION.exec(text)
      if (!queue || !SNS_STATUS_RESPONSE.test(text)) return null
      // The topic stands higher in the record than the lines around may reach.
      const topic = SNS_STATUS_TOPIC.exec(text)?.[1] ?? '-'
      return { value: `${topic} ${queue[1]!}`, said: queue[0] }
    }
  },
  {
    // Elasticsearch or OpenSearch checking a new snapshot repository with a test upload
    // (`RepositoryVerificationException`, `is not accessible on master node`). Value: "read-only"
    // when the text says the node's access is read-only on purpose, else "verify".
    key: 'repository-verification',
    applies: refused,
    find: (text) => {
      const m = REPOSITORY_VERIFICATION.exec(text)
      if (!m) return null
      return { value: READ_ONLY_ACCESS.test(text) ? 'read-only' : 'verify', said: m[0] }
    }
  },
  {
    // A tool's own check for a newer version of itself printed the S3 answer it got from its
    // vendor's bucket (src/model/updateChecks.ts). Value: the tool's row id.
    key: 'tool-update-check',
    applies: (d) => d.kind === 'denial' && !d.action,
    find: (text) => {
      const hit = updateCheckIn(text)
      return hit ? { value: hit.check.id, said: hit.said } : null
    }
  },
  {
    // The log names a partition other than the standard one in words or by a Region (`It is
    // running in GovCloud AWS.`, thanos-io/thanos#2792): a drafted ARN whose partition no printed
    // ARN gives is written there (`arn:aws-us-gov:`), or it matches nothing.
    key: 'named-partition',
    applies: refused,
    find: (text) => {
      const named = partitionsNamedIn(text)
      if (named.size !== 1) return null
      const [value, said] = [...named][0]!
      return { value, said }
    }
  },
  {
    // Credentials AWS does not know, or an OIDC provider it cannot find, where the log names GovCloud
    // or China: a client that calls the standard partition's endpoints (the global STS endpoint, a
    // commercial Region) asks accounts that know neither the key nor the provider (heldout55
    // review, h55-023 and h55-035: "This works with the native backup with the same role").
    key: 'partition-credentials',
    applies: (d) => cause(d, 'invalid', 'oidc-provider-missing', 'oidc-provider-missing-eks'),
    find: (text) => {
      // The partition's own STS endpoint in the log: the request went where it should.
      if (PARTITION_STS.test(text)) return null
      const named = partitionsNamedIn(text)
      if (named.size !== 1) return null
      const [value, said] = [...named][0]!
      return { value, said }
    }
  },
  {
    // kube2iam or kiam served the pod's credentials: it assumes the role the pod's
    // `iam.amazonaws.com/role` annotation names with the node's role (kiam: its server's), and
    // logs the pod's role as `pod.iam.role` (jtblin/kube2iam#327, uswitch/kiam#273). A refused
    // AssumeRole there is that design's two policies, not a pod fallen back to its node.
    key: 'pod-role-broker',
    applies: (d) =>
      refused(d) &&
      (d.action === null || /^sts:AssumeRole$/i.test(d.action)) &&
      (d.operation === null || /^AssumeRole$/i.test(d.operation)),
    find: (text) => {
      const m = POD_ROLE_BROKER.exec(text)
      if (!m) return null
      const named = /\b(kube2iam|kiam)\b/i.exec(text)?.[1]?.toLowerCase()
      // kiam's agent asks its server for credentials (`error requesting credentials`); kube2iam
      // answers the metadata path itself.
      const value =
        named ?? (/\berror requesting credentials\b/i.test(text) ? 'kiam' : 'kube2iam or kiam')
      return { value, said: m[0] }
    }
  },
  {
    // The refusal came from inside an image build: BuildKit's step prefix (`#34 147.0 sccache:
    // …`, heldout35 review, h35-011) or the classic builder's `Step 5/12 : RUN`. A build's RUN
    // sees none of the job's credentials unless they are passed in as build secrets.
    key: 'docker-build-step',
    applies: (d) => cause(d, 'missing'),
    find: (text) => found(DOCKER_BUILD_STEP.exec(text), 'docker build')
  },
  {
    // A task of the AWS Toolkit for Azure DevOps ran the call (its folder under the agent's
    // `_tasks`, h33-001 and h20-044: CloudFormationCreateOrUpdateStack's "Missing credentials in
    // config"): its credentials come from the task's AWS service connection, not a CI step.
    key: 'azure-devops-aws-task',
    applies: (d) => d.kind === 'credentials',
    find: (text) => {
      const m = AZURE_DEVOPS_AWS_TASK.exec(text)
      if (m) return { value: m[1]!, said: m[0] }
      // Or a task's own words, without its folder (the ECR tasks' token request, h166-048).
      const own = AZURE_DEVOPS_ECR_TASK.exec(text)
      return own ? { value: 'ECRPushImage', said: own[0] } : null
    }
  },
  {
    // The AWS Toolkit for VS Code connecting with a profile (`Error trying to connect to AWS with
    // Credentials Provider profile:child`): it reads the profile files itself (heldout162 review,
    // h162-046). Value: the profile's name.
    key: 'ide-toolkit-profile',
    applies: (d) => d.kind === 'credentials',
    find: (text) => {
      const m =
        /\bError trying to connect to AWS with Credentials Provider profile:([\w@+-]{1,64}(?:\.[\w@+-]{1,64}){0,8})/.exec(
          text
        )
      return m ? { value: m[1]!, said: m[0] } : null
    }
  },
  {
    // Leapp, a desktop credentials manager, starting an IAM Identity Center session: it keeps its
    // own sign-in, which `aws sso login` does not renew (Noovolari/leapp#275, heldout161 review
    // h161-066).
    key: 'leapp-session',
    applies: (d) => d.kind === 'credentials',
    find: (text) =>
      found(
        /[\\/]Leapp[\\/]resources[\\/]app\.asar\b|\bleapp-client\b|\bLeapp (?:Desktop|CLI)\b/.exec(
          text
        ),
        'leapp'
      )
  },
  {
    // The writer says a key or secret held a stray space (`you added a space in front of the
    // ACCESS_KEY … IncompleteSignature … Removing the space fixed it`, heldout170 review h170-074).
    key: 'key-whitespace',
    applies: (d) => d.kind === 'credentials',
    find: (text) => found(KEY_WHITESPACE.exec(text), 'space')
  },
  {
    // The JavaScript SDK running in a web page: loaded from AWS's CDN, or a stack of frames served
    // over HTTP (`at r (https://sdk.amazonaws.com/js/aws-sdk-2.818.0.min.js:78:2417)`, h163-006).
    // A browser has no environment, profile or instance role to find credentials in.
    key: 'browser-sdk',
    applies: (d) => cause(d, 'missing'),
    find: (text) => found(BROWSER_SDK.exec(text), 'browser')
  },
  {
    // The refused launch is an `aws ec2 run-instances` the log prints whole, with no instance
    // profile, launch template, tags or block devices: it passes no role and creates nothing to
    // tag or encrypt, so only the launch itself is in question (expert review of heldout33,
    // h33-023: PassRole, CreateTags and KMS said for a bare launch).
    key: 'plain-launch',
    applies: (d) => refused(d) && /^(?:ec2:)?RunInstances$/i.test(d.action ?? d.operation ?? ''),
    find: (text) => {
      const m = RUN_INSTANCES.exec(text)
      return m && !m[0].trimEnd().endsWith('\\') && !LAUNCH_EXTRAS.test(m[0])
        ? { value: 'plain', said: m[0].slice(0, 80) }
        : null
    }
  },
  {
    // The HTTP client cut AWS's message before its action (Guzzle's exception message keeps the
    // body's first 120 characters and ends it `(truncated...)`; h33-016, the PHP SDK's STS call).
    key: 'client-truncated',
    applies: (d) => refused(d) && d.action === null,
    find: (_text, _d, ctx) => found(CLIENT_TRUNCATED.exec(ctx.line), 'guzzle')
  },
  {
    // A registry login handed the IAM key pair as user name and password (h33-008, a build action's
    // `username: ${{ secrets.AWS_ACCESS_KEY_ID }}` / `password: ${{ secrets.AWS_SECRET_ACCESS_KEY }}`):
    // ECR takes only get-login-password's token. docker/login-action and amazon-ecr-login exchange
    // the keys for that token themselves, so their steps are no sign.
    key: 'iam-keys-as-registry-login',
    applies: (d) => cause(d, 'registry-login'),
    find: (text) =>
      TOKEN_EXCHANGERS.test(text) ? null : found(SECRET_KEY_AS_PASSWORD.exec(text), 'secret-key')
  },
  {
    // AWS's error body names the key ID it received, and that is a variable's name (`S3_KEY`,
    // `${AWS_KEY}`), not a key: the program sent the name instead of the value (expert review of
    // heldout33, h33-017: a Heroku app's fog configuration). A name is no secret: it is shown.
    key: 'variable-name-key',
    applies: (d) => cause(d, 'invalid'),
    find: (text) => {
      const key = RECEIVED_KEY.exec(text)?.[1]
      return key && VARIABLE_NAME.test(key) ? { value: key, said: `<AWSAccessKeyId>${key}` } : null
    }
  },
  {
    // AWS echoed a key ID that is no key (`<AWSAccessKeyId>OFF</AWSAccessKeyId>`, rasterio/rasterio#538;
    // a user name, spine-generic/data-multi-subject#92): a word, a user name or another setting
    // went where the key belongs (heldout63 review, h63-034, h63-022). A short word is shown;
    // anything longer only by its length, since a secret key swapped into the slot must not travel
    // further. A test's made-up key is the mock signal's.
    key: 'received-not-key',
    applies: (d) => cause(d, 'invalid'),
    find: (around, _d, ctx) => {
      const key = RECEIVED_KEY.exec(around)?.[1]
      if (!key || REAL_KEY.test(key) || VARIABLE_NAME.test(key) || MADE_UP_KEY.test(key))
        return null
      if (AWS_MOCK.test(`${ctx.mockNote ?? ''}\n${around}`)) return null
      const shown = /^[A-Za-z][A-Za-z0-9._@-]{0,15}$/.test(key) ? key : `length:${key.length}`
      return { value: shown, said: '<AWSAccessKeyId>' }
    }
  },
  {
    // A signature that arrived too late, signed in AWS Lambda: its clock is AWS's, so the request
    // was signed in one invocation and sent after the environment was frozen and thawed (a
    // prefetch or refresh not awaited; middy's SSM and Secrets Manager middlewares in
    // middyjs/middy#1271, heldout66 review h66-031, h66-034). Value: "lambda".
    key: 'lambda-stale-signature',
    applies: (d) => cause(d, 'clock-skew'),
    find: (text) => found(LAMBDA_RUNTIME.exec(text), 'lambda')
  },
  {
    // The refused bucket is someone else's: AWS's, a public dataset's, a "Launch Stack" sample's
    // (another-party-bucket, WD926). Value: `KIND:BUCKET` (src/model/foreignBuckets.ts).
    key: 'foreign-bucket',
    applies: (d) =>
      d.kind === 'denial' && d.deny !== 'explicit' && (d.service === null || d.service === 's3'),
    find: (text, d) => foreignBucketIn(text, d.resource)
  },
  {
    // A refused CreateBucket (or DynamoDB CreateTable) from a client that creates it only when it
    // finds none, or by default (create-on-missing, WD930). Value: the client's id
    // (src/model/createOnMissingClients.ts).
    key: 'create-on-missing',
    applies: (d) => d.kind === 'denial' && d.deny !== 'explicit' && createdBy(d) !== null,
    find: (around, d, ctx) => {
      // The writer's words a few lines above the pasted error may name the client.
      const text = `${ctx.clientNote ?? ''}\n${around}`
      const hit = createOnMissingClientIn(text, createdBy(d) ?? 'bucket')
      return hit ? { value: hit.id, said: hit.said } : null
    }
  },
  {
    // A documentation template quoted as an error: the action is a placeholder, and nothing (an
    // operation, an account's ARN, a catalog action) says a request was made. Value: the placeholder.
    key: 'doc-template',
    applies: templateShaped,
    find: (text) => {
      const m = TEMPLATE_REFUSAL.exec(text)
      // A caller's ARN with a real account just before it: a masked action of a real refusal.
      if (!m || ACCOUNT_ARN_IN.test(text.slice(Math.max(0, m.index - 300), m.index))) return null
      return { value: m[1]!, said: m[0] }
    }
  },
  {
    // A README or guide introducing the refusal as one a reader may meet ("If you encounter such
    // error", "you may see an error like"): documentation quoting it, not a run's failure (heldout15
    // review, h15-023). Only just above the refusal: a tool's hint after a real error is no example.
    key: 'documented-example',
    applies: refused,
    find: (_text, _d, ctx) => {
      const above = ctx.before.slice(-EXAMPLE_REACH)
      let last: RegExpExecArray | null = null
      for (const m of above.matchAll(EXAMPLE_INTRO)) last = m
      // The introduction to the end of its line: "If you encounter such error".
      return last
        ? { value: 'example', said: /^[^\n]{1,60}/.exec(above.slice(last.index))![0] }
        : null
    }
  },
  {
    // "works locally, fails in docker": the container does not get the credentials the host has.
    key: 'container-credentials',
    applies: refused,
    find: (text) =>
      found(
        /\b(?:on|in|inside|from) (?:a |the )?(?:docker|container)\b[^\n]{0,60}?\b(?:work(?:s|ing)?|fine|ok)\b[^\n]{0,20}?\blocal(?:ly)?\b|\b(?:work(?:s|ing)?|fine)\b[^\n]{0,30}?\blocal(?:ly)?\b[^\n]{0,60}?\b(?:docker|container)\b/i.exec(
          text
        ),
        'container'
      )
  }
]

/**
 * Words that show the same call working for other targets: an EC2 NotFound answer, a failure on
 * "8 specific pods", "every other pod … backs up", the command run "without issue" elsewhere.
 */
const PARTIAL_FAILURE =
  /\bInvalid(?:Volume|Snapshot|InstanceID|AMIID|GroupId|Group|SubnetID|VpcID|KeyPair|NetworkInterfaceID|AllocationID)\.NotFound\b|\bfail(?:s|ed|ing)? (?:only )?(?:on|for) (?:\d{1,4}|some|a few|certain) (?:specific |particular |of the )?\w{1,30}|\b(?:every|all the|all) other\b[^\n.]{0,60}?\b(?:back(?:s|ed)? ?up|work(?:s|ed)?|succeed(?:s|ed)?|fine|perfectly)\b|\bcan run\b[^\n]{0,80}?\bwithout (?:any )?(?:issue|problem|error)s?\b/i

/** A Kubernetes workload as a log or its author names it: pods, service accounts, IRSA, kubectl. */
/** The Java SDK's words for a credential source it needs its STS module for (v1, then v2). */
const STS_MODULE_MISSING =
  /\bTo use (assume role profiles) the (?:aws-java-sdk-sts|sts) module must be on the class ?path\b|\bTo use (?:web identity tokens), the ['"]?sts['"]? service module must be on the class ?path\b/i

/** Vault's AWS KMS seal in its own words, or its configuration stanza. */
const VAULT_KMS_SEAL =
  /\bError parsing Seal configuration\b|\bAWS KMS wrapping key\b|\bseal\s+"awskms"|\bVAULT_AWSKMS_SEAL_KEY_ID\b|\bfailed to encrypt keys for storage\b/

/** A Kinesis consumer's own names, or the reads a consumer makes after describing the stream. */
const KINESIS_CONSUMER =
  /\bKinesisStreamsSource\b|\bFlinkKinesisConsumer\b|\bsoftware\.amazon\.kinesis\.(?:coordinator|lifecycle|retrieval|leases)\b|\bamazon-kinesis-client\b|\bKinesis Client Library\b|\bShardConsumer\b|\bkinesis:(?:GetRecords|GetShardIterator|ListShards)\b/

/** A snapshot repository's verification refused (Elasticsearch, OpenSearch). */
/** SNS's delivery status log: the topic that delivered, and the queue it delivered to. */
const SNS_STATUS_TOPIC = /"topicArn"\s{0,3}:\s{0,3}"(arn:aws[\w-]*:sns:[^"\s]{1,300})"/
const SNS_STATUS_DESTINATION = /"destination"\s{0,3}:\s{0,3}"(arn:aws[\w-]*:sqs:[^"\s]{1,300})"/
/** The delivery's answer from the endpoint, a field only SNS's delivery status logs hold. */
const SNS_STATUS_RESPONSE = /"providerResponse"\s{0,3}:/
/** Elasticsearch's and OpenSearch's check of a new snapshot repository, in their words. */
export const REPOSITORY_VERIFICATION =
  /\bRepositoryVerificationException\b|\brepository_verification_exception\b|\bis not accessible on (?:the )?master node\b/
/** The writer's words for access kept read-only on purpose. */
const READ_ONLY_ACCESS = /\bread[- ]?only (?:access|permissions?|policy|role|user|bucket)\b/i

/** kube2iam's and kiam's own words: their names, the `pod.iam.role` log field, their annotation. */
const POD_ROLE_BROKER = /\b(?:kube2iam|kiam)\b|\bpod\.iam\.role\b|\biam\.amazonaws\.com\/role\b/i

const KUBERNETES_WORDS =
  /\b(?:pods?|kubectl|kubernetes|k8s|serviceaccount|service account|IRSA|Pod Identity|EKS cluster|helm (?:install|upgrade)|DaemonSet|StatefulSet|Deployment\/[\w.-]{1,60})\b/i

/** A pod's call said to go out as its node's role: `uses the node's role`, `the worker instance profile`. */
/**
 * An AWS managed key's alias: `alias/aws/ebs`, or `aws/acm` as a token of its own (quoted or in
 * backticks); never a repository path (`aws/aws-cli`).
 */
const AWS_MANAGED_KEY =
  /(?:\balias\/aws\/|(?<=[\s`'"(])aws\/(?=[a-z][a-z0-9-]{1,30}[`'"]))(?!aws-)([a-z][a-z0-9-]{1,30})\b/

const SAID_NODE_ROLE =
  /\b(?:assum\w{0,3}|us(?:es|ed|ing)|gets?|got|falls? back to|fell back to|picks? up|with)\b[^.\n]{0,30}?\b(?:node|worker)(?:'s|s')?(?: node)?(?: instance)? (?:IAM )?(?:role|profile)\b|\bworker instance profile\b/i

/** Lambda's words (also GetFunctionConfiguration's `your`), wrapped or not. */
const LAMBDA_ENV_DECRYPT =
  /\bLambda was unable to decrypt (?:the|your)\s+environment\s+variables\b|\bKMSAccessDeniedException\b[^\n]{0,80}\benvironment variables\b|\b(?:my|the|two|our) (?:\w+ ){0,2}Lambdas?\b[\s\S]{0,300}?\bThe ciphertext refers to a customer master key that does not exist\b/i
/** The function or its role made anew: a post-mortem's heading, a `delete && deploy`. */
// A framework's deploy manages the function's role and may replace it (`After \`chalice deploy\`
// I've found two of my Lambdas … The ciphertext refers to a customer master key …`, aws/chalice#1103).
const RECREATED =
  /\bre-?creat(?:e|ed|es|ing|ion)\b|\bredeploy(?:ed|ing|ment)?\b|\bdelet(?:e|ed|ing)\b[^\n]{0,40}?\b(?:deploy|creat)(?:e|ed|ing)?\b|\b(?:chalice|zappa|sls|serverless|sam) deploy\b/i

/**
 * EC2's marker for the encoded authorization message, whole or cut by the log at any word
 * (`Encoded auth` where a stored copy ends), printed after the refused action.
 */
const ENCODED_MARKER =
  /^[^\n]{0,600}?\bEncoded\s{1,3}auth(?:ori[sz]ation)?(?:\s{1,3}failure)?(?:\s{1,3}message)?\b/i
/** The decoded message itself, printed in the log: nothing left to decode. */
const DECODED_SHOWN = /\bDecodedMessage\b|"matchedStatements"|\\"matchedStatements\\"/

/** The decode command with its blob (quoted or not): STS blobs run to hundreds of characters. */
const DECODE_COMMAND =
  /\baws sts decode-authorization-message\s{1,3}--encoded-message[ =]["']?([\w-]{100,4096})/

/** How much of the encoded message the log kept: `blob`, `cut`, `masked` or `missing`. */
function encodedKept(d: Denial): string {
  // STS blobs run to hundreds of characters: one under 48 was cut by the log or the reporter.
  if (d.encodedMessage) return d.encodedMessage.length < 48 ? 'cut' : 'blob'
  return d.detail.encodedTruncated ?? 'missing'
}

/** A canned ACL that opens the object to others, in the CLI's, the SDKs' and the plugins' spellings. */
const PUBLIC_ACL = String.raw`(?:public[-_]read(?:[-_]write)?|PublicRead(?:Write)?|authenticated[-_]read|AuthenticatedRead)\b`
/** A request's own public canned ACL: an ACL setting, the CLI's flag or the request header. */
const PUBLIC_ACL_REQUEST = new RegExp(
  String.raw`\bACL\s{0,2}[=:]\s{0,2}["'\`]?${PUBLIC_ACL}|--acl[ =]["']?${PUBLIC_ACL}|\bx-amz-acl\s{0,2}:\s{0,2}${PUBLIC_ACL}`,
  'i'
)
/** A private canned ACL as a value (quoted, `private ACL`, `ACL: private`): not a private key or subnet. */
const PRIVATE_ACL = String.raw`(?:[\`'"]private\b|\bprivate ACLs?\b|\bACL[=: ]{1,3}[\`'"]?private\b|\bBucketOwner(?:Read|FullControl)\b|\bbucket-owner-(?:read|full-control)\b)`
/**
 * The writer's contrast between the variants of one upload: the private or ACL-less one works
 * (`It works: \`Private\``, `Without acl: 'public-read', files get uploaded`, `private ACL works`).
 * Bounded to one sentence and one line: a page's "private" elsewhere is no contrast.
 */
/** The writer's words for a bucket meant to be public, or for S3 Block Public Access itself. */
/** Object Ownership's "Bucket owner enforced" (ACLs disabled), as its setting or in words. */
const ACLS_DISABLED_SAID =
  /\bBucket ?owner ?enforced\b|\bBucketOwnerEnforced\b|\bACLs? (?:are |is )?disabled\b/i

const PUBLIC_BUCKET_SAID =
  /\b[Bb]lock [Pp]ublic [Aa]ccess\b|\bBlockPublicPolicy\b|\bpublic(?:ly)?(?:[ -]readable|[ -]accessible)? (?:S3 |web(?:site)? |static )?bucket\b|\bbucket (?:is |to be |must be )?public(?:ly (?:readable|accessible))?\b/

const PRIVATE_WORKS = new RegExp(
  [
    String.raw`\b(?:works?|worked|succeeds?|succeeded)\b[^.!?\n]{0,16}?${PRIVATE_ACL}`,
    String.raw`${PRIVATE_ACL}[^.!?\n]{0,40}?\b(?:works?|worked|succeeds?|succeeded|is fine|uploads? fine)\b`,
    String.raw`\bwithout\b[^.!?\n]{0,50}?\b(?:acl|${PUBLIC_ACL})[^.!?\n]{0,60}?\b(?:works?|worked|succeeds?|succeeded|gets? uploaded|uploads? fine)`,
    String.raw`\b(?:works?|worked|succeeds?|succeeded|uploads? fine)\b[^.!?\n]{0,40}?\bwithout\b[^.!?\n]{0,30}?\b(?:the |an? )?(?:acl|public)`
  ].join('|'),
  'i'
)
/** ...and the public one is refused: `does not work for: \`PublicRead\``, `'public-read' ... gives error`. */
const PUBLIC_FAILS = new RegExp(
  [
    // A quote's closing fence may stand between (\`acl: 'public-read',\`\`\` . It gives error\`).
    String.raw`\b${PUBLIC_ACL}[^!?\n]{0,40}?\b(?:does(?:n'?t| not) work|not work\w{0,3}|fails?|failed|gives? (?:an? )?error|errors? out|denied|forbidden|403)`,
    String.raw`\b(?:does(?:n'?t| not) work|not working|fails?|failed|denied|error)\b[^.!?\n]{0,30}?\b(?:for|with|when)\b[^.!?\n]{0,30}?${PUBLIC_ACL}`
  ].join('|'),
  'i'
)

/**
 * A library or emulator standing in for AWS in a test, as its code or log names it: moto (its
 * import, its decorators `@mock_s3`, `@mock_aws`, its server), LocalStack and its settings, the JS
 * SDK mocks. Lower-case `moto` only: `Moto` is a phone.
 */
/** DynamoDB Local by name, its wrappers and images, or its own wording of a refused key. */
const DYNAMODB_LOCAL =
  /\bDynamoDB[ _-]?Local\b|\bdynamodb-local\b|@shelf\/jest-dynamodb\b|\bjest-dynamodb\b|\bThe Access Key ID or security token is invalid\b/i
/** Other local emulators a client is pointed at (LocalStack as a name or its port, ElasticMQ, S3Mock). */
// ScyllaDB's Alternator answers DynamoDB's API with its own authorization (scylladb/scylladb#25038,
// its `alternator_enforce_authorization` test): not AWS.
const LOCAL_EMULATOR =
  /\b(?:ElasticMQ|elasticmq|[Ll]ocal[Ss]tack|LOCALSTACK|S3Mock|s3mock|localhost:4566|localhost:9324)\b|(?<![A-Za-z])[Aa]lternator(?![A-Za-z])/
const AWS_MOCK =
  /(?<![\w.-])(moto)(?:_server)?(?![\w-])|@?\b(mock_(?:aws|s3|sts|sqs|sns|ec2|iam|dynamodb2?|lambda|ecr|kms|ssm|secretsmanager|s3_deprecated))\b|\b([Ll]ocal[Ss]tack|LOCALSTACK)(?![a-z\d])|\b(LOCALSTACK_\w{2,20})|\b(aws-sdk-client-mock|aws-sdk-mock)\b|\b(mockClient)\(/
/**
 * The access key AWS says it does not know, or the one the text sets for the test, or the one a
 * signed request's credential scope names (`Credential=AKIA…/20211215/…`).
 */
const KEY_SHOWN =
  /<AWSAccessKeyId>\s{0,3}([^<\s]{1,64})\s{0,3}<\/AWSAccessKeyId>|\bAWS_ACCESS_KEY_ID\b["'\]]{0,2}\s{0,3}(?:=|:)\s{0,3}["']?([\w/+=-]{1,64})|\baws_access_key_id\s{0,3}=\s{0,3}["']([\w/+=-]{1,64})["']|\bCredential=([A-Z0-9]{20})\//
/** A task of the AWS Toolkit for Azure DevOps, by its folder under the agent's `_tasks`. */
const AZURE_DEVOPS_AWS_TASK =
  /[\\/]_tasks[\\/]((?:AWS|Beanstalk|CloudFormation|CodeDeploy|ECR|Lambda|SecretsManager|SystemsManager)\w{0,40}|S3(?:Upload|Download)|SendMessage)_[0-9a-f]{8}-[0-9a-f]{4}-/

/** The Java SDK v1's profile provider finding no profile file at all. */
const NO_PROFILE_FILE = /\bprofile file cannot be null\b/
/** A web identity or role setting the program was given (which needs the STS module). */
const WEB_IDENTITY_SETTING =
  /\b(?:AWS_WEB_IDENTITY_TOKEN_FILE|AWS_ROLE_ARN|aws\.webIdentityTokenFile|web_identity_token_file|role_arn)\b/

/** A writer's words for whitespace around a key or secret. Bounded: untrusted text. */
const KEY_WHITESPACE =
  /\b(?:space|whitespace|blank|newline|line break)s? (?:in front of|before|after|at the (?:start|beginning|end) of|in) (?:the |your |my )?(?:AWS_)?(?:ACCESS_KEY(?:_ID)?|SECRET(?:_ACCESS)?_KEY|access key(?: id)?|secret(?: access)? key)\b/i

/** Logstash's own Elasticsearch output, which sends requests unsigned. */
const UNSIGNED_ES_CLIENT = /\[logstash\.outputs\.elasticsearch\s{0,8}\]/

/** Words of a pre-signed URL being made or used. Bounded: untrusted text. */
const PRESIGNING =
  /\b(?:getSignedUrl(?:Promise)?|getSignedCookies|generate_presigned_(?:url|post)|presigned?_?(?:url|post)|[Pp]re-?[Ss]igned[ _-]?(?:URL|url|link|Url|POST|post)s?)\b|[?&]X-Amz-Expires=\d/

/**
 * The AWS Toolkit for Azure DevOps' ECR tasks asking for a registry token (their shared helper's
 * message, aws/aws-toolkit-azure-devops): the task's service connection holds the credentials.
 */
const AZURE_DEVOPS_ECR_TASK = /\bFailed to obtain authorization token to log in to ECR, error:/

/**
 * The JavaScript SDK's browser build from AWS's CDN, or a stack frame whose script came over HTTP
 * (a page's script: Node's frames name files). Bounded: untrusted text.
 */
const BROWSER_SDK =
  /\bhttps?:\/\/sdk\.amazonaws\.com\/js\/aws-sdk-[\w.-]{1,40}\.js\b|^[ \t]{0,40}at [^\s()]{1,200} \(https?:\/\/[^\s()]{1,400}\.js(?:\?[^\s()]{0,200})?:\d+:\d+ ?\)/m

/** An `aws ec2 run-instances` command line (to its end: a `\` there continues it). */
const RUN_INSTANCES = /\baws[ \t]+ec2[ \t]+run-instances\b[^\n]{0,2000}/
/** What makes a launch pass a role, tag or use a key: none of it on a plain launch. */
const LAUNCH_EXTRAS =
  /--(?:iam-instance-profile|launch-template|tag-specifications|block-device-mappings|cli-input-(?:json|yaml))\b/

/** Guzzle's mark where it cut a response body in its exception message, after AWS's words. */
const CLIENT_TRUNCATED = /\bis not authorized to perform: \S{0,60} \(truncated\.\.\.\)/

/** The secret access key given as a registry login's password (a workflow input, a CLI flag). */
const SECRET_KEY_AS_PASSWORD =
  /\bpassword:[ \t]{0,3}["']?\$\{\{[ \t]{0,3}secrets\.\w{0,40}SECRET_ACCESS_KEY\w{0,20}[ \t]{0,3}\}\}|--password[ =]["']?\$\{?\w{0,40}SECRET_ACCESS_KEY\b|\s-p[ \t]+["']?\$\{?\w{0,40}SECRET_ACCESS_KEY\b/i
/** Steps that turn IAM keys into ECR's login token themselves. */
const TOKEN_EXCHANGERS =
  /\bdocker\/login-action\b|\bamazon-ecr-login\b|\becr get-login(?:-password)?\b/

/** The key ID AWS's XML error body says it received. */
const RECEIVED_KEY = /<AWSAccessKeyId>\s{0,3}([^<\s]{1,64})\s{0,3}<\/AWSAccessKeyId>/
/** An environment variable's name or a template's reference to one, where a key ID belongs. */
const VARIABLE_NAME =
  /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|\$\{?[A-Za-z_]\w{0,40}\}?|\$\{\{[^}]{1,60}\}\}|%[A-Za-z_]\w{0,40}%)$/
/** A real access key ID's shape: a known prefix and 16 base-32 characters. */
const REAL_KEY = /^(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|AIPA)[A-Z2-7]{16}$/
/** A key a test or a document makes up: AWS's documentation example, or words no key holds. */
const MADE_UP_KEY = /EXAMPLE|fake|test|dummy|mock|foo|bar|x{4}|changeme|placeholder|your/i

/** The made-up access key the text shows, or null when it shows none or a real-looking one. */
function placeholderKey(text: string): string | null {
  const m = KEY_SHOWN.exec(text)
  const key = m && (m[1] ?? m[2] ?? m[3] ?? m[4])
  return key && (!REAL_KEY.test(key) || MADE_UP_KEY.test(key)) ? key : null
}

/**
 * An action slot a document fills with a placeholder: `[service]:[action]`, `<service>:<Action>`,
 * `<AWS_SERVICES:ACTION>`, `{service}:{action}`, `SERVICE:ACTION`, `service:Action` (heldout12
 * h12-163; troubleshooting pages and READMEs). A real action always names a catalog entry.
 */
const PLACEHOLDER_ACTION = String.raw`(?:\[[\w -]{1,24}\]|<[\w -]{1,24}>|\$?\{[\w -]{1,24}\})\s{0,2}:\s{0,2}(?:\[[\w -]{1,24}\]|<[\w -]{1,24}>|\$?\{[\w -]{1,24}\})|<[\w -]{1,24}:[\w -]{1,24}>|\b(?:service|SERVICE|Service|svc)(?:[-_ ]?(?:name|prefix|NAME|PREFIX))?:(?:action|Action|ACTION|operation|Operation|OPERATION)(?:[-_ ]?(?:name|NAME))?\b`
const TEMPLATE_REFUSAL = new RegExp(
  String.raw`\bnot authori[sz]ed to (?:perform|call|access)\b:?\s{0,3}[\`'"]?(${PLACEHOLDER_ACTION})`
)
/** An ARN naming a real account: a template has none. */
const ACCOUNT_ARN = /^arn:[\w-]+:[\w-]+:[\w-]*:\d{12}:/
const ACCOUNT_ARN_IN = /\barn:aws[\w-]*:[\w-]+:[\w-]*:\d{12}:/

/** A refusal a document could be quoting: no operation, no real ARN, no catalog action named. */
function templateShaped(d: Denial): boolean {
  return (
    refused(d) &&
    d.operation === null &&
    !ACCOUNT_ARN.test(d.principal ?? '') &&
    !ACCOUNT_ARN.test(d.resource ?? '') &&
    (d.action === null || lookupAction(d.action) === null)
  )
}

const CLI_LISTING_REFUSED =
  /\bfatal error: An error occurred \((?:AccessDenied|Forbidden|403)\) when calling the ListObjects(?:V2)? operation\b/
/** An `aws s3` high-level command printed anywhere around: it says what the calls are. */
const AWS_S3_COMMAND =
  /\baws\s+(?:--?[\w-]+(?:[= ]\S+)?\s+){0,4}s3\s+(?:--?[\w-]+(?:[= ][^\s-]\S*)?\s+){0,3}(?:ls|sync|cp|mv|rm)\b/
/** An anonymous request: no policy of the caller's is consulted (unsigned-request-refused). */
const UNSIGNED = /--no-sign-request\b/

export function signalsOf(d: Denial, ctx: LogContext): Signals | null {
  // The step's command too: a `+ cmd` trace or a `Run` title is kept apart from the lines around,
  // and an earlier role input of the job (a chain's first role) beside the last one.
  const earlier = ctx.earlierRoleInput ? `role-to-assume: ${ctx.earlierRoleInput}\n` : ''
  const text = `${earlier}${ctx.note ?? ''}\n${ctx.command ?? ''}\n${joinedContext(ctx)}`
  const out: Signals = {}
  for (const rule of RULES) {
    if (!rule.applies(d)) continue
    const hit = rule.find(text, d, ctx)
    if (hit) out[rule.key] = { value: hit.value, from: `"${hit.said.slice(0, 80)}" in the log` }
  }
  return Object.keys(out).length > 0 ? out : null
}
