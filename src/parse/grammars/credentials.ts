// Failures of the caller's credentials rather than of a policy decision (kind `credentials`).
import { SSO_SESSION_FAILED, ssoSessionCause } from '../../model/ssoTokenCache.js'
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'
import { otherHostOnLine, otherRegistryShown } from '../registryHosts.js'
import { misnamedProbeIn } from '../../model/misnamedProbes.js'
import { webIdentityIssuer } from '../webIdentityIssuer.js'
import { hexDumpCode } from '../hexDumpBody.js'

/**
 * The Go SDK's words for a credential lookup that ran out of time (`request canceled, context
 * canceled`, `context deadline exceeded`): the source did not answer, which is not "none found"
 * (heldout13 review, h13-027: IMDS with hop limit 1 from a pod, no IRSA, STS out of reach).
 */
const CREDENTIAL_LOOKUP_TIMED_OUT =
  /\b(?:request )?canceled, context (?:canceled|deadline exceeded)\b|\bcontext deadline exceeded\b/

/** A private ECR repository's host and path (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/`), a mask allowed. */
const ECR_REPOSITORY = /[\w*#<>-]{1,64}\.dkr\.ecr\.[\w*-]{1,30}\.amazonaws\.com(?:\.cn)?\//

/** ECR named before containers/image's 401: a private host, ECR Public's, or the word `ECR/`. */
const ECR_NAMED = new RegExp(
  String.raw`${ECR_REPOSITORY.source}|\bpublic\.ecr\.aws\/(?!v2\/)[\w.-]+\/|(?:^|[\s"'/])ECR\/[\w.-]`
)

/**
 * An image reference on an AWS host whose name the writer masked (`"Image":"xyz.amazonaws.com/app"`,
 * gocd/docker-registry-artifact-plugin#145): the only registries under amazonaws.com are ECR's.
 */
const AWS_HOSTED_IMAGE = /[\w*<>-]{1,64}\.amazonaws\.com(?:\.cn)?\/[a-z0-9][\w./-]{0,200}/

/** The STS call a credentials refresh made, refused as expired, on the same line. */
const STS_REFRESH_EXPIRED =
  /\boperation error STS: AssumeRole\w{0,20}, [^\n]{0,300}?\bExpiredToken(?:Exception)?:/

/** The match's line up to it, at most `reach` characters back. */
function lineBefore(m: RegExpExecArray, reach = 600): string {
  return m.input.slice(Math.max(m.input.lastIndexOf('\n', m.index) + 1, m.index - reach), m.index)
}

/** The match's line from it on, at most `reach` characters ahead. */
function lineAfter(m: RegExpExecArray, reach = 600): string {
  const end = m.input.indexOf('\n', m.index)
  return m.input.slice(m.index, Math.min(end === -1 ? m.input.length : end, m.index + reach))
}

/**
 * S3's message for a signature it refused before any policy, read from its code when the code
 * stands a few lines above it (a pretty-printed XML body), so that the code's own bare reading is
 * this one and not a second finding.
 */
function s3MessageUnderCode(message: string): RegExp {
  return new RegExp(
    String.raw`\b(AccessDenied)\b["'</A-Za-z>]{0,8}(?:[^\n]{0,300}\n){0,8}?[^\n]{0,300}?\b${message}\b|\b${message}\b`,
    'g'
  )
}

/** A rule whose first group, when it matched, is the code printed with the words. */
function codedRule(
  ruleId: string,
  id: string,
  re: RegExp,
  cause: string,
  needs = leadingLiteral(re)
): PhraseRule {
  return {
    ...rule(ruleId, id, re, cause, needs),
    facts: (m, d) => {
      d.detail.cause = cause
      if (m[1]) d.code = m[1]
    }
  }
}

/** The Java SDK's chain, v1 and v2 words (`… from any of the providers in the chain …`). */
const JAVA_CHAIN_SOURCE = String.raw`Unable to load (?:AWS )?credentials from (?:any (?:of the )?providers? in the chain|service endpoint)`
const JAVA_CHAIN = new RegExp(JAVA_CHAIN_SOURCE)
const JAVA_CHAIN_GLOBAL = new RegExp(JAVA_CHAIN_SOURCE, 'g')
/** The instance metadata service with no role, in the Java SDK's words. */
const IMDS_PATH_MISSING =
  /The requested metadata is not found at <?https?:\/\/[^\s/>]{1,64}\/latest\/meta-data\/iam\/security-credentials\//

/** containers/image's words for a push's steps: `checking whether a blob … exists in`, `at destination`. */
const REGISTRY_PUSH =
  /\bchecking whether a blob\b|\bat destination\b|\binitiating layer upload\b|\bwriting (?:blob|manifest)\b|\bpushing\b/i

/** Old Docker's pull header naming an ECR repository, on a line of its own. */
const OLD_DOCKER_PULL_OF_ECR = /^[ \t]*Pulling repository [^\s]*\.dkr\.ecr\.[^\s]+[ \t]*$/

/** The whole line above the match's line ('' on the first line). */
function lineAbove(m: RegExpExecArray): string {
  const start = m.input.lastIndexOf('\n', m.index - 1)
  if (start <= 0) return ''
  return m.input.slice(m.input.lastIndexOf('\n', start - 1) + 1, start).replace(/\r$/, '')
}

/** Greengrass v2's token exchange service: plain HTTP on the device's loopback, its fixed path. */
const GREENGRASS_TES =
  /\bhttp:\/\/(?:localhost|127\.0\.0\.1):\d{2,5}\/2016-11-01\/credentialprovider\/?|host=localhost, port=\d{2,5}, path=\/2016-11-01\/credentialprovider\//

/** A credential phrase, gated on the literal text it starts with unless told otherwise. */
function rule(
  ruleId: string,
  id: string,
  re: RegExp,
  trap?: string,
  needs = leadingLiteral(re),
  /** The service the phrase itself names (an ECR helper's words, GDAL's S3 driver). */
  service?: string
): PhraseRule {
  return {
    id,
    rule: ruleId,
    kind: 'credentials',
    priority: PRIORITY.credentials,
    re,
    needs: [needs],
    facts:
      trap || service
        ? (_m, d) => {
            if (trap) d.detail.cause = trap
            if (service) d.service = service
          }
        : undefined
  }
}

/** SES's SMTP endpoints, and SES named in words. */
const SES_SMTP_HOST = /\bemail-smtp(?:-fips)?\.(?:[a-z0-9-]{1,30}\.)?amazonaws\.com\b/i
const SES_NAMED = /\b(?:amazon|aws)[ \t]+ses\b|\bSimple Email Service\b/i

/** The text `re` starts with, up to its first special character: every match begins with it. */
function leadingLiteral(re: RegExp): string {
  let literal = /^[\w ,'-]*/.exec(re.source)![0]
  // `abc?` makes its last letter optional.
  if (/^[?*{]/.test(re.source.slice(literal.length))) literal = literal.slice(0, -1)
  if (literal.length < 6) throw new Error(`credential rule ${re.source}: no literal to gate on`)
  return literal
}

/**
 * What shows a log's kubectl talks to EKS (an EKS endpoint, cluster ARN, or the EKS tools), or
 * that the cluster's users are AWS IAM identities (`incorrect AWS IAM details`, a note telling to
 * check the caller with `aws sts get-caller-identity`), or a Terraform module that only runs on
 * EKS (`.terraform/modules/eks/…`, the AWS Load Balancer Controller's resources), Karpenter (AWS's
 * node provisioner, its clusters EKS but for a rare Azure port), or the CloudFormation registry's
 * Helm resource, which installs only into EKS clusters (`At Helm install - …` handler messages).
 * A writer telling which AWS profile or `aws configure` credentials kubectl runs with says its
 * cluster users are AWS identities too.
 */
export const EKS_EVIDENCE =
  /\bkarpenter\b|\bAt Helm (?:install|upgrade|update|uninstall|delete) - |\bAWS IAM\b|\.eks\.amazonaws\.com|arn:aws[\w-]*:eks:|\beksctl\b|\beks update-kubeconfig\b|\beks get-token\b|aws-iam-authenticator|heptio-authenticator|Added new context \S+ to \S*\.kube\/config|\bEKS\b|\beks[-_.]|\bupdate[- ]kubeconfig\b|\baws[-_]auth(?![a-z])|\bAWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|PROFILE)\b|\baws sts get-caller-identity\b|\bAWS profiles?\b|\baws configure\b|\baws[-_]load[-_]balancer[-_]controller\b|\bmodules\/eks\//i

/** An http(s) URL whose host is AWS's (`bucket.s3.amazonaws.com`, `s3.cn-north-1.amazonaws.com.cn`). */
const AWS_HOST_URL = /^https?:\/\/[^/\s]*\.amazonaws\.com(?:\.cn)?(?:[:/]|$)/

/** DuckDB's header of a failed request, with the URL it read (see WD860). */
const DUCKDB_HEADER =
  /\bHTTP [A-Z]{3,6} error (?:reading|on|writing) '([^'\n]{1,2000})'|\bUnable to connect to URL "([^"\n]{1,2000})": 403\b/g

/** The `n` lines of `text` before position `at` (blank ones included). */
function lastLines(text: string, at: number, n: number): string {
  let from = at
  for (let k = 0; k <= n && from > 0; k++) from = text.lastIndexOf('\n', from - 1)
  return text.slice(Math.max(0, from), at)
}

/** The EKS API server's refusals of an unmapped IAM principal, as kubectl and other clients print them. */
function eksRule(ruleId: string, id: string, re: RegExp, needs: string[]): PhraseRule {
  return {
    ...rule(ruleId, id, re, 'eks-not-mapped', needs[0]),
    needs,
    when: (text, ctx) => Boolean(ctx.eks) || EKS_EVIDENCE.test(text)
  }
}

/** The token file EKS projects into a pod for IAM roles for service accounts (IRSA). */
const IRSA_TOKEN = /\/var\/run\/secrets\/eks\.amazonaws\.com\/serviceaccount\/token\b/

/** What each WD855 wording says went wrong (src/diagnose/credentialAdvice.ts says what to do). */
const WEB_IDENTITY_CAUSES: [RegExp, string][] = [
  [/^Could not determine/, 'missing'],
  [/OIDC token/, 'oidc-id-token-permission'],
  [/audience/, 'oidc-audience'],
  [/^Invalid identity token/, 'oidc-token-invalid'],
  [/verification key/, 'oidc-verification-key'],
  [/^Missing a required claim: ?aud\b/, 'oidc-aud-missing'],
  [/^Missing a required claim/, 'oidc-claim-missing']
]

export const credentialRules: PhraseRule[] = [
  // Also retold mid-sentence, in any case (aws/aws-sdk-php#1307: `It says that the security token
  // included in the request is expired (400 bad request).`; cloud-custodian#4689: `the Security
  // token …`), never with a word glued on. A logger may wrap it between any two words, the rest
  // under a hanging indent (Rich's `ERROR    … 'The security token\n         included in the
  // request is expired'}`, agno-agi/agno#3968): any run of whitespace between the words.
  rule(
    'WD734',
    'security-token-expired',
    // Title-cased too (`The Security Token included in the request is Expired.`, the AWS Toolkit
    // for Visual Studio's explorer, aws/aws-toolkit-visual-studio#348).
    /[Tt]he\s{1,40}[Ss]ecurity\s{1,40}[Tt]oken\s{1,40}included\s{1,40}in\s{1,40}the\s{1,40}request\s{1,40}is\s{1,40}[Ee]xpired\b\.?/g,
    'expired',
    'ecurity'
  ),
  rule(
    'WD735',
    'security-token-invalid',
    /[Tt]he\s{1,40}[Ss]ecurity\s{1,40}token\s{1,40}included\s{1,40}in\s{1,40}the\s{1,40}request\s{1,40}is\s{1,40}invalid\b\.?/g,
    'invalid',
    'ecurity'
  ),
  rule('WD736', 'provided-token-expired', /The provided token has expired\.?/g, 'expired'),
  // Wrapped between its words as often as not (S3Exception messages pasted from a console).
  rule(
    'WD737',
    'signature-mismatch',
    /The request signature we calculated\s+does\s+not\s+match\s+the\s+signature\s+you\s+provided/g,
    'signature'
  ),
  // S3 checks the Region a request was signed for before any policy: signed for another one
  // (`the region 'us-east-1' is wrong; expecting 'eu-west-1'`, a client set to `aws-global`,
  // `auto` or a typo) it answers AuthorizationHeaderMalformed, whichever SDK printed it.
  codedRule(
    'WD838',
    's3-signing-region',
    // The Go SDK v1 prints the code before the message (`GetBucketLocation:
    // AuthorizationHeaderMalformed: The authorization header …`, kanisterio/kanister#3613).
    /(?:\b(AuthorizationHeaderMalformed): )?The authorization header is malformed; the region '[^'\n]{0,40}' is wrong; expecting '[^'\n]{1,40}'/g,
    'signing-region',
    'The authorization header is malformed; the region'
  ),
  // The same check on a presigned URL's query (`<Code>AuthorizationQueryParametersError</Code>
  // <Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong;
  // expecting 'us-west-2'</Message>`, sorry-cypress/sorry-cypress#128): signed for another Region.
  rule(
    'WD7295',
    's3-presigned-region',
    /\bError parsing the X-Amz-Credential parameter; the region '[^'\n]{0,40}' is wrong; expecting '[^'\n]{1,40}'/g,
    'signing-region',
    'Error parsing the X-Amz-Credential parameter'
  ),
  // Any service checks the Region of the signature's credential scope before any policy:
  // `SignatureDoesNotMatch: Credential should be scoped to a valid region, not 'us-west-1'.` (STS
  // through Hadoop's assumed-role provider, h19-098): the client signs for one Region and calls
  // an endpoint of another.
  rule(
    'WD884',
    'credential-scope-region',
    /Credential should be scoped to a valid region(?:, not '[^'\n]{0,40}')?/g,
    'scope-region'
  ),
  // S3 accepts only Signature Version 4 in Regions opened since 2014 (and for SSE-KMS objects
  // anywhere): a client still signing with version 2 is refused before any policy is asked
  // (mirego/MCAWSS3Client#11, an Objective-C client's `<Code>InvalidRequest</Code>`).
  rule(
    'WD875',
    's3-sigv4-required',
    /The authorization mechanism you have provided is not supported\.? ?Please use AWS4-HMAC-SHA256\b/g,
    'signing-version'
  ),
  // Also cut after its colon, as Grafana's CloudWatch data source prints it (`Unable to call AWS
  // API: SignatureDoesNotMatch: Signature expired:`, grafana/grafana#3114).
  // Its mirror from a clock running ahead (`Signature not yet current: 20170731T092200Z is still
  // later than 20170731T092115Z (… + 5 min.)`, an Ionic app's devices, aws/aws-sdk-js#1652).
  {
    ...rule(
      'WD738',
      'signature-expired',
      /Signature expired:(?: [^\n]{1,80}? is now earlier than|[ \t]*(?=\r?\n|$))|Signature not yet current: [^\n]{1,80}? is still later than/g,
      'clock-skew',
      'Signature '
    ),
    needs: ['Signature expired:', 'Signature not yet current:']
  },
  // A signature made for another service's name (`{"message":"Credential should be scoped to correct
  // service: 'polly'. "}`, a Kotlin SDK presigned URL, aws/aws-sdk-kotlin#868), or whose scope's date
  // is not its X-Amz-Date (`The authorization header is malformed; Invalid credential date. Date is
  // not the same as X-Amz-Date.`, Arq's restore signing in local time, arqbackup/arq_restore#48).
  rule(
    'WD7273',
    'credential-scope-service',
    /Credential should be scoped to correct service: '[\w-]{1,40}'/g,
    'scope-service'
  ),
  rule(
    'WD7274',
    'invalid-credential-date',
    /The authorization header is malformed; Invalid credential date\. Date is not the same as X-Amz-Date\b\.?/g,
    'credential-date'
  ),
  // s3fs-fuse's check of the bucket at start-up refused (`[CRT] s3fs.cpp:s3fs_check_service(3806):
  // invalid credentials - result of checking service.`, s3fs-fuse/s3fs-fuse#475): its words for a
  // 403 on that check; the keys in its passwd file are what it names.
  rule(
    'WD7267',
    's3fs-invalid-credentials',
    /s3fs_check_service\(\d{1,6}\): invalid credentials\b/g,
    'invalid',
    undefined,
    's3'
  ),
  // jclouds (Storm and Chaos Monkey on EC2) printing an AWS endpoint's 401: the keys were not
  // accepted (`org.jclouds.rest.AuthorizationException: POST https://ec2.us-east-1.amazonaws.com/
  // HTTP/1.1 -> HTTP/1.1 401 Unauthorized`, Netflix/SimianArmy#330). The host's first label is the
  // service; only a Region or no label may follow it.
  {
    ...rule(
      'WD7268',
      'jclouds-aws-unauthorized',
      /AuthorizationException: (?:GET|POST|PUT|DELETE|HEAD) https:\/\/([a-z0-9-]{2,40})\.(?:[a-z]{2}(?:-gov)?-[a-z]+-\d\.)?amazonaws\.com(?:\.cn)?\/\S* HTTP\/1\.1 -> HTTP\/1\.1 401 Unauthorized/g,
      'invalid'
    ),
    facts: (m, d) => {
      d.detail.cause = 'invalid'
      d.service = m[1]!
    }
  },
  // Also as the iOS SDK words it, without `AWS ` (`Message=The Access Key Id you provided…`), and
  // as a writer retypes it (`'The AWS access key id does not exist in our records'`, a presigned
  // POST signed with instance-role keys, aws/aws-sdk-java#2143).
  {
    ...rule(
      'WD739',
      'access-key-unknown',
      /Access Key Id (?:you provided )?does not exist in our records\.?/gi,
      'invalid',
      'does not exist in our records'
    ),
    needs: ['does not exist in our records']
  },
  // EC2's two AuthFailure messages: the key is unknown, or the signed request was malformed (a
  // key or secret with a stray character; docker-machine prints it with its HTTP status only,
  // `code=401 message=Authorization header or parameters are not formatted correctly.`).
  {
    ...rule(
      'WD740',
      'ec2-auth-failure',
      /AWS was not able to validate the provided access credentials|\bAuthorization header or parameters are not formatted correctly\b/g,
      'invalid'
    ),
    needs: [
      'AWS was not able to validate the provided access credentials',
      'Authorization header or parameters are not formatted correctly'
    ]
  },
  // botocore's class stands before its message (`botocore.exceptions.NoCredentialsError: Unable…`,
  // SkyPilot's `[botocore.exceptions.NoCredentialsError] Unable…`, skypilot-org/skypilot#7291).
  {
    ...rule('WD741', 'no-credentials-cli', /Unable to locate credentials/g, 'missing'),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      if (
        /\bNoCredentialsError\]?:?[ \t]*$/.test(m.input.slice(Math.max(0, m.index - 40), m.index))
      )
        d.code = 'NoCredentialsError'
    }
  },
  // The AWS CRT's S3 client (Mountpoint for S3, `mount-s3`) finding no credentials before its first
  // request: `Caused by: … 2: No signing credentials found` (awslabs/mountpoint-s3#585).
  rule('WD7111', 'no-signing-credentials-crt', /No signing credentials found/g, 'missing'),
  // Mountpoint's own words for credentials the chain found but could not use (a profile it cannot
  // read: awslabs/mountpoint-s3#457), under its `Failed to create S3 client`. Its `0:`, `1:` causes
  // read as a listing's line numbers, which the scanner takes off: the number is optional here.
  {
    ...rule(
      'WD7112',
      'mountpoint-invalid-credentials',
      /^[ \t]*(?:\d{1,2}:[ \t]+)?invalid AWS credentials\b/gm,
      'invalid',
      'invalid AWS credentials'
    ),
    when: (text: string) => /\bFailed to create S3 client\b|\bmount-s3\b|\bmountpoint\b/i.test(text)
  },
  // The .NET SDK's instance-role provider got nothing from the instance metadata service (`Failed
  // to retrieve credentials from EC2 Instance Metadata Service.`, an IIS container on ECS,
  // aws/aws-sdk-net#1004).
  rule(
    'WD819',
    'no-credentials-dotnet-imds',
    /Failed to retrieve credentials from EC2 Instance Metadata Service\b/g,
    'imds-error'
  ),
  // The Java SDK v1's instance-role provider finding no role under the metadata path (`The
  // requested metadata is not found at http://169.254.169.254/latest/meta-data/iam/security-
  // credentials/`; a masked host in angle brackets, airbytehq/airbyte#10940): the instance or its
  // container has no instance profile, so nothing was signed.
  // Inside the Java chain's list of providers it is that chain's last answer, one failure with it
  // (heldout74 review h74-003): the chain's rule reads it as its cause.
  {
    ...rule(
      'WD7021',
      'no-credentials-java-imds-path',
      new RegExp(IMDS_PATH_MISSING.source, 'g'),
      'imds-error',
      'The requested metadata is not found at '
    ),
    accept: (m) => !JAVA_CHAIN.test(lineBefore(m, 2000))
  },
  // SES's SMTP interface refusing the SMTP user name and password (`535 Authentication Credentials
  // Invalid` from `email-smtp.amazonaws.com`, mautic/mautic#3704). Other mail servers answer 535
  // with the same RFC words, so SES's host must be in the record, unless SES's own capitals are.
  // The writer naming SES in words does as well for 535 (`sending emails through the amazon ses
  // service`, sandstorm-io/sandstorm#2734); SES's `530 Authentication required` (no login sent,
  // Billionmail/BillionMail#156) only with its host.
  {
    ...rule(
      'WD7022',
      'ses-smtp-credentials',
      /\b(?:535 Authentication Credentials Invalid|530 Authentication required)\b/gi,
      'ses-smtp',
      '535 Authentication Credentials Invalid',
      'ses'
    ),
    needs: ['535 Authentication Credentials Invalid', '530 Authentication required'],
    accept: (m) => {
      // SES's own capitals, with no enhanced status code (RFC 4954 servers print `535 5.7.8
      // Authentication credentials invalid`): SES's reply on its own (yiisoft/yii2-symfonymailer#32,
      // fleetdm/fleet#9609).
      if (m[0] === '535 Authentication Credentials Invalid') return true
      const around = m.input.slice(Math.max(0, m.index - 4000), m.index + 2000)
      return SES_SMTP_HOST.test(around) || (m[0].startsWith('535') && SES_NAMED.test(around))
    },
    // A mail library's own code beside SES's answer (nodemailer's `"code":"EAUTH"`) is not SES's.
    settled: (d) => {
      if (d.code && /^E[A-Z]{3,12}$/.test(d.code)) d.code = null
    }
  },
  // efs-utils (`mount -t efs -o tls,iam`) found no credentials in any place it reads (`AWS Access
  // Key ID and Secret Access Key are not found in AWS credentials file (…), config file (…), from
  // ECS credentials relative uri, or from the instance security credentials service`, aws/efs-utils#80).
  rule(
    'WD7029',
    'no-credentials-efs-utils',
    /AWS Access Key ID and Secret Access Key are not found in AWS credentials file\b/g,
    'missing'
  ),
  // efs-utils' mount watchdog could not refresh the credentials of a mount (`Failed to retrieve AWS
  // security credentials using lookup method: ecs:/v2/credentials/…`, aws/efs-utils#83): the task's
  // credentials endpoint, the instance's IMDS or the profile it named at mount time.
  rule(
    'WD7030',
    'efs-utils-credentials-lookup',
    /Failed to retrieve AWS security credentials using lookup method: [\w-]{2,30}\b/g,
    'imds-error'
  ),
  // The Kubeflow Pipelines UI's artifact reader with no instance role (`Unable to fetch credentials
  // from AWS metadata store: FetchError: …`, argoflow/argoflow-aws#134).
  rule(
    'WD7031',
    'no-credentials-metadata-store',
    /Unable to fetch credentials from AWS metadata store\b/g,
    'imds-error'
  ),
  // The AWS .NET tools (`dotnet lambda`, Publish-AWSPowerShellLambda) could not assume the role a
  // profile names (`Error calling AssumeRole for role arn:…`, aws/aws-lambda-dotnet#505): the
  // profile's source credentials or the role's trust.
  {
    ...rule(
      'WD7032',
      'dotnet-profile-assume-role',
      /\bError calling AssumeRole for role (arn:aws[\w-]*:iam::[^\s:]{1,40}:role\/[\w+=,.@/-]{1,200})/g,
      undefined,
      'Error calling AssumeRole for role'
    ),
    facts: (m, d) => {
      d.detail.profileRole = m[1]!
    }
  },
  // The Go SDK v1 with no shared credentials file where it looked (`SharedCredsLoad: failed to load
  // shared credentials file … open /root/.aws/credentials: no such file or directory`, the
  // CloudWatch agent in a pod, aws/amazon-cloudwatch-agent#1688).
  {
    ...rule(
      'WD7042',
      'no-credentials-shared-file',
      /SharedCredsLoad: failed to load shared credentials file\b/g,
      'missing'
    ),
    facts: (_m, d) => {
      d.detail.cause = 'missing'
      d.code = 'SharedCredsLoad'
    }
  },
  // IAM Roles Anywhere refusing the signing helper's CreateSession signature (`operation error
  // RolesAnywhere: CreateSession, … AccessDeniedException: Invalid signature`,
  // aws/rolesanywhere-credential-helper#128): the certificate's key and its signing, not a policy.
  {
    ...rule(
      'WD7043',
      'roles-anywhere-invalid-signature',
      /RolesAnywhere: CreateSession\b[^\n]{0,300}?\bAccessDeniedException: Invalid signature\b/g,
      'signature',
      'RolesAnywhere: CreateSession'
    ),
    facts: (_m, d) => {
      d.detail.cause = 'signature'
      d.code = 'AccessDeniedException'
      d.service = 'rolesanywhere'
    }
  },
  // s3fs found no credentials in any source it reads (`s3fs: could not determine how to establish
  // security credentials`, s3fs-fuse/s3fs-fuse#128: a passwd file it did not read).
  rule(
    'WD7045',
    'no-credentials-s3fs',
    /s3fs: could not determine how to establish security credentials\b/g,
    'missing',
    'could not determine how to establish security credentials'
  ),
  // S3 refusing an Authorization header with no key ID (`The authorization header is malformed; a
  // non-empty Access Key (AKID) must be provided in the credential.`, Laravel Vapor,
  // fourdotsix/tenant-buckets#8): the client signed with an empty key.
  // Its second half alone in S3's XML body (`<Code>InvalidArgument</Code><Message>a non-empty
  // Access Key (AKID) must be provided in the credential.</Message>`, outline/outline#7065).
  rule(
    'WD7046',
    'authorization-header-empty-key',
    /(?:The authorization header is malformed; )?\ba non-empty Access Key \(AKID\) must be provided in the credential\b/gi,
    'header-key-empty',
    'non-empty Access Key (AKID) must be provided'
  ),
  // The Java SDK v2's system-settings provider with half a key pair or none (`Unable to load
  // credentials from system settings. Secret key must be specified either via environment variable
  // (AWS_SECRET_ACCESS_KEY) or system property (aws.secretAccessKey).`, Aiven-Open/tiered-storage-
  // for-apache-kafka#674): the secret missing beside a key ID is half a pair.
  {
    ...rule(
      'WD7059',
      'no-credentials-java-system-settings',
      /\bUnable to load credentials from system settings\. (Access|Secret) key must be specified\b/g,
      'missing',
      'Unable to load credentials from system settings'
    ),
    facts: (m, d) => {
      d.detail.cause = m[1] === 'Secret' ? 'partial-credentials' : 'missing'
    }
  },
  // An S3 client's request for the instance role's token or credentials that timed out or could
  // not connect (minio-go in Mattermost: `unable write the data in the file …: Put
  // "http://169.254.169.254/latest/api/token": context deadline exceeded`, mattermost/mattermost#22433):
  // no credentials came from the metadata service, so none were sent.
  {
    ...rule(
      'WD7060',
      'imds-request-failed',
      /\b(?:Put|Get) \\?"?http:\/\/169\.254\.169\.254\/latest\/(?:api\/token|meta-data\/iam\/security-credentials\/?[\w+=,.@-]{0,64})\\?"?: (?:context deadline exceeded|dial tcp [\d.:]{7,30}: (?:i\/o timeout|connect: (?:no route to host|connection refused|network is unreachable|host is down)))/g,
      'credential-timeout',
      'http://169.254.169.254/latest/'
    ),
    // An SDK's own words for the same failure earlier on the line are that finding's (the Go SDK
    // v2's `failed to retrieve credentials: no EC2 IMDS role found, … Get "http://169.254…"`, h11-087).
    accept: (m) =>
      !/failed to retrieve credentials|no EC2 IMDS role found|EC2RoleRequestError|NoCredentialProviders/.test(
        lineBefore(m, m.index)
      ),
    facts: (m, d) => {
      d.detail.cause = /deadline|timeout/.test(m[0]) ? 'credential-timeout' : 'imds-error'
    }
  },
  // The same from a pod or task: the EKS Pod Identity agent's or the ECS agent's credentials
  // endpoint did not answer (`HTTP request to pod identity agent failed: Get
  // "http://169.254.170.23/v1/credentials": context deadline exceeded`, the Secrets Store CSI
  // driver's AWS provider, aws/secrets-store-csi-driver-provider-aws#537).
  {
    ...rule(
      'WD7359',
      'container-credentials-request-failed',
      /\bGet \\?"?http:\/\/169\.254\.170\.(?:23|2)\/v[12]\/credentials[^\s"\\]{0,80}\\?"?: (?:context deadline exceeded|dial tcp [\d.:]{7,30}: (?:i\/o timeout|connect: (?:no route to host|connection refused|network is unreachable|host is down)))/g,
      'credential-timeout',
      'http://169.254.170.'
    ),
    facts: (m, d) => {
      d.detail.cause = /deadline|timeout/.test(m[0])
        ? 'credential-timeout'
        : 'container-credentials'
    }
  },
  // pgBackRest's S3 repository authenticating with a web identity token (`repo1-s3-key-type=web-id`)
  // reads STS's answer and finds no result in it (`unable to find child
  // 'AssumeRoleWithWebIdentityResult':0 in node 'ErrorResponse'`, CrunchyData/postgres-operator#4006):
  // STS refused the token, and pgBackRest does not print why.
  rule(
    'WD7061',
    'pgbackrest-web-identity-refused',
    /\bunable to find child 'AssumeRoleWithWebIdentityResult':0 in node 'ErrorResponse'/g,
    undefined,
    "unable to find child 'AssumeRoleWithWebIdentityResult'"
  ),
  // The AWS Tools for PowerShell with no credentials in the call, the shell or a stored profile
  // (`No credentials specified or obtained from persisted/shell defaults.`, ECS Anywhere's
  // Windows installer, aws/amazon-ecs-agent#4514).
  rule(
    'WD820',
    'no-credentials-powershell',
    /No credentials specified or obtained from persisted\/shell defaults\b/g,
    'missing'
  ),
  // STS/IAM echo a credential scope of more than five parts: the access key ID itself holds a `/`,
  // which no access key ID does and many secret keys do (hashicorp/vault#2277: the two swapped).
  {
    ...rule(
      'WD894',
      'access-key-id-slash',
      /Credential must have exactly 5 slash-delimited elements, e\.g\. keyid\/date\/region\/service\/term, got '(?:[^'\s/]*\/){5,}[^'\s/]*'/g,
      'key-id-slash'
    ),
    facts: (_m, d) => {
      d.detail.cause = 'key-id-slash'
      d.code = 'IncompleteSignature'
    }
  },
  // aws-msk-iam-auth's SASL client with no credentials to sign with (`javax.security.sasl.SaslException:
  // Failed to find AWS IAM Credentials [Caused by …SdkClientException: Failed to connect to service
  // endpoint: ]`, Kafka Connect on ECS, aws/aws-msk-iam-auth#85): the task role's endpoint did not answer.
  rule(
    'WD7166',
    'msk-iam-no-credentials',
    /\bFailed to find AWS IAM Credentials\b/g,
    'missing',
    'Failed to find AWS IAM Credentials'
  ),
  // The same echo with five parts or fewer and no key ID first (a scope cut short after a real key
  // ID is a malformed signature, read from its code): the key ID was read with what a file or a variable
  // wrapped it in (`got '[\"REALLY SECRET DONT TELL...\\r\",'`: brackets, quotes, a carriage
  // return; fog's `AuthFailure => …` in vagrant-aws, mitchellh/vagrant-aws#361).
  {
    ...rule(
      'WD7162',
      'access-key-id-malformed',
      /(?:\b(AuthFailure|IncompleteSignature|InvalidClientTokenId)[ \t]{0,3}(?:=>|:)[ \t]{0,3})?Credential must have exactly 5 slash-delimited elements, e\.g\. keyid\/date\/region\/service\/term, got '(?!(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{4,124}\/)(?:[^'/\n]{0,200}\/){0,4}[^'/\n]{0,200}'/g,
      'key-id-malformed',
      'Credential must have exactly 5 slash-delimited elements'
    ),
    facts: (m, d) => {
      d.detail.cause = 'key-id-malformed'
      d.code = m[1] ?? 'IncompleteSignature'
    }
  },
  // S3 unable to parse the Authorization header (`Authorization header is invalid -- one and only
  // one ' ' (space) required`): signed with an empty key ID, as Travis's S3 deploy does with no
  // `access_key_id` set (travis-ci/travis-ci#3142), or a key with whitespace in it.
  rule(
    'WD828',
    'authorization-header-invalid',
    /Authorization header is invalid -- one and only one ' ' \(space\) required/g,
    'header-key-empty'
  ),
  // Another endpoint's words for the same split header (`'test/20190515/us-west-2/elasticbeanstalk/
  // aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header:
  // 'AWS4-HMAC-SHA256 Credential=eb test/…'`, the EB CLI with a key ID holding a space,
  // aws/aws-elastic-beanstalk-cli-setup#18): the scope before the words names the service.
  {
    ...rule(
      'WD7020',
      'authorization-header-key-space',
      /(?:'(?:[^'\s/]{0,128}\/)?\d{8}\/[a-z0-9-]{1,30}\/([a-z0-9-]{1,40})\/aws4_request' )?not a valid key=value pair \(missing equal-sign\) in Authorization header\b/g,
      'header-key-empty',
      'not a valid key=value pair (missing equal-sign)'
    ),
    facts: (m, d) => {
      d.detail.cause = 'header-key-empty'
      if (m[1]) d.service = m[1]
    }
  },
  // An endpoint that authorises with IAM, answering a request with another scheme in its
  // Authorization header (`Authorization header requires 'Credential' parameter. … Authorization=
  // Basic Og==`: fluent-plugin-elasticsearch against Amazon Elasticsearch Service,
  // uken/fluent-plugin-elasticsearch#892): the request was not SigV4-signed.
  rule(
    'WD7007',
    'authorization-header-not-sigv4',
    /Authorization header requires '(?:Credential|Signature|SignedHeaders)' parameter\b/g,
    'not-sigv4'
  ),
  // The ECR credential helper finding no AWS credentials for the registry (`docker-credential-ecr-login
  // with input "<XYZ>.dkr.ecr.eu-west-1.amazonaws.com/wp-app" failed with stderr: credentials not
  // found in native keychain`, Nomad's docker driver, hashicorp/nomad#5453).
  rule(
    'WD7012',
    'ecr-login-helper-no-credentials',
    /\bdocker-credential-ecr-login\b[^\n]{0,300}?\bcredentials not found in native keychain\b/g,
    'missing',
    'credentials not found in native keychain',
    'ecr'
  ),
  // A profile that names a credential source but no role to assume with it (`CredentialRequiresARNError:
  // credential type credential_source requires role_arn, profile default`, hashicorp/packer#8066).
  {
    ...rule(
      'WD7013',
      'credential-source-without-role',
      /\bCredentialRequiresARNError: credential type (?:credential_source|source_profile) requires role_arn\b/g,
      'credential-source-no-role',
      'CredentialRequiresARNError'
    ),
    facts: (_m, d) => {
      d.detail.cause = 'credential-source-no-role'
      d.code = 'CredentialRequiresARNError'
    }
  },
  // Neptune's loader and data endpoints answering an unsigned request on a cluster with IAM
  // authentication (`{"code":"AccessDeniedException",…,"detailedMessage":"Missing Authentication
  // Token"}`, aws-samples/amazon-neptune-samples#118): no credentials went with it.
  {
    ...rule(
      'WD7016',
      'neptune-unsigned-request',
      /"code"\s*:\s*"(AccessDeniedException)"[^{}\n]{0,200}?"detailedMessage"\s*:\s*"Missing Authentication Token"/g,
      'not-sigv4',
      '"detailedMessage"'
    ),
    priority: PRIORITY.credentials + 1,
    facts: (m, d) => {
      d.detail.cause = 'not-sigv4'
      d.code = m[1]!
    }
  },
  // The Ruby SDK v1's error (`Missing Credentials.` / `Unable to find AWS credentials.  You can
  // configure your AWS credentials a few different ways:`, logstash-plugins/logstash-input-s3#28).
  rule('WD893', 'no-credentials-ruby-v1', /Unable to find AWS credentials\./g, 'missing'),
  // boto 2 (Ansible's older AWS modules) with no key to sign with: `No handler was ready to
  // authenticate. 1 handlers were checked. ['HmacAuthV4Handler'] Check your credentials`
  // (trailofbits/algo#127). The line's `Check your credentials` is its trigger.
  rule(
    'WD815',
    'no-credentials-boto2',
    /No handler was ready to authenticate\. \d+ handlers? were checked\./g,
    'missing'
  ),
  // The Amplify CLI's AWS provider finding no profile nor environment credentials (its
  // configuration-manager's `newUserCheck`; aws-amplify/amplify-hosting#1480: an Amplify Console
  // build without a service role).
  rule(
    'WD812',
    'no-credentials-amplify-cli',
    /AWS access credentials can not be found\./g,
    'amplify-no-credentials'
  ),
  // The JavaScript SDK v3 before EKS Pod Identity refusing its agent's link-local address as a
  // container credentials host (`Error: 169.254.170.23 is not a valid container metadata service
  // hostname`, amazon-ecr-login on an actions-runner-controller pod, aws-actions/amazon-ecr-login#624).
  // The Java SDK v2 before 2.21.30 in its words for the same address (`The full URI
  // (http://169.254.170.23/v1/credentials) contained within environment variable
  // AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host. Host should resolve to a loopback
  // address or have the full URI be HTTPS.`, opensearch-project/OpenSearch#17305), and the Go SDK
  // v1's (`CredentialsEndpointError: invalid endpoint host, "169.254.170.23", only loopback hosts
  // are allowed`).
  {
    ...rule(
      'WD7176',
      'pod-identity-sdk-old',
      /\b169\.254\.170\.23 is not a valid container metadata service hostname\b|\bThe full URI \(http:\/\/169\.254\.170\.23\/[^\s)]{0,200}\) contained within environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host\b|\bCredentialsEndpointError: invalid endpoint host, "169\.254\.170\.23", only loopback hosts are allowed\b/g,
      'pod-identity-sdk-old',
      'is not a valid container metadata service hostname'
    ),
    needs: [
      'is not a valid container metadata service hostname',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host',
      // The Go SDK v1's (kubernetes-sigs/aws-ebs-csi-driver#1870).
      'only loopback hosts are allowed'
    ],
    // Inside the Go SDK v1's chain (`NoCredentialProviders: no valid providers in chain … caused by:
    // … CredentialsEndpointError: …`, heldout81 h81-035): the chain's code is the error's.
    facts: (m, d) => {
      d.detail.cause = 'pod-identity-sdk-old'
      if (/\bNoCredentialProviders\b/.test(m.input.slice(Math.max(0, m.index - 600), m.index)))
        d.code = 'NoCredentialProviders'
    }
  },
  // The Go SDK v1 reading a profile whose source_profile holds no keys (`SharedConfigAssumeRoleError:
  // failed to load assume role for arn:…, source profile has no shared credentials`, an external-dns
  // pod given a config file without a credentials file, kubernetes-sigs/external-dns#1108).
  {
    ...rule(
      'WD7177',
      'go-shared-config-assume-role',
      /\bSharedConfigAssumeRoleError: failed to load assume role for\b/g,
      'source-profile-empty',
      'SharedConfigAssumeRoleError: failed to load assume role for'
    ),
    facts: (_m, d) => {
      d.detail.cause = 'source-profile-empty'
      d.code = 'SharedConfigAssumeRoleError'
    }
  },
  // Early CDK (aws/aws-cdk#386): `Stack hello-cdk does not define an environment, and AWS
  // credentials could not be obtained from standard locations or no region was configured.`,
  // earlier still with a typo (aws/aws-cdk#131: `AWS credentails could not be obtained …`).
  rule(
    'WD791',
    'no-credentials-cdk',
    /AWS creden(?:tials|tails) could not be obtained from standard locations/g,
    'missing'
  ),
  // No SDK credentials to sign with: the JS SDK v3's provider chain came up empty, or its instance
  // role provider got an error status from the instance metadata service (`ProviderError: Error
  // response received from instance metadata service`, its `statusCode` beside it), or the Go SDK
  // v2's found no instance role there (`failed to retrieve credentials: no EC2 IMDS role found`,
  // off EC2 or with no instance profile; not after `failed to refresh cached credentials, `,
  // which WD745 reads as the same error); the Ruby SDK
  // (v2 and v3) would not sign (`unable to sign request without credentials set
  // (Aws::Errors::MissingCredentialsError)`); the web identity provider could not read its token
  // file (Go SDK v1 `WebIdentityErr: unable to read file at …`, .NET `A token could not be loaded
  // from the WebIdentityTokenFile`, Crossplane's `unable to read web identity token file in pod`).
  // The AWS Common Runtime's signer and IMDS provider (Mountpoint for S3, the Swift SDK:
  // `AWS_AUTH_SIGNING_NO_CREDENTIALS`, `Valid credentials could not be sourced by the IMDS
  // provider`), the Rust SDK's chain (`ProfileFile provider could not be built`, `no providers in
  // chain provided credentials`), the Kotlin SDK's (`No credentials could be loaded from the chain:
  // CredentialsProviderChain -> …`, aws/aws-sdk-kotlin#627).
  // Other SDKs saying the instance metadata service gave them no credentials (no instance role,
  // or off EC2): PHP's `CredentialsException: Error retrieving credentials from the instance
  // profile metadata service.` (`server.` before 3.x's later releases), .NET's `Unable to get IAM
  // security credentials from EC2 Instance Metadata Service.`, the Java SDK v2's
  // `InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.`; rusoto's
  // provider chain (Vector's sinks, vectordotdev/vector#9291: `CredentialsError { message:
  // "Couldn't find AWS credentials in environment, credentials file, or IAM role." }`); botocore
  // finding a key id without its secret (`PartialCredentialsError: Partial credentials found in
  // env, missing: AWS_SECRET_ACCESS_KEY`, a secret left unset).
  {
    ...rule(
      'WD742',
      'no-credentials-sdk',
      /Could not load credentials from any providers|\bError response received from instance metadata service\b|(?<!refresh cached credentials, )\bno EC2 IMDS role found\b|\b[Uu]nable to sign request without credentials set\b|\bWebIdentityErr: unable to read file at\b|\bA token could not be loaded from the WebIdentityTokenFile\b|\bunable to read web identity token file\b|\bError retrieving credentials from the instance profile metadata serv(?:ice|er)\b|\bUnable to get IAM security credentials from EC2 Instance Metadata Service\b|\bFailed to load credentials from IMDS\b|\bCouldn't find AWS credentials(?: in environment, credentials file, or IAM role)?\b|\bAWS_SECRET_ACCESS_KEY and AWS_NO_SIGN_REQUEST configuration options not defined\b|\bPartial credentials found in [\w-]{1,40}, missing: \w{1,60}|\bAWS_AUTH_SIGNING_NO_CREDENTIALS\b|\bValid credentials could not be sourced by the IMDS provider\b|\bProfileFile provider could not be built\b|\bno providers in chain provided credentials\b|\bNo credentials could be loaded from the chain\b|\bEC2RoleRequestError: no EC2 instance role found\b|\bFailed to access the role information under http:\/\/169\.254\.169\.254\b|\bAWS Credentials have not been set properly\b|\bEither the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws\.webIdentityTokenFile must be set\b|\bmissing credentials, provide crede|\bAttempt to sign an http request without credentials\b|\bcould not load IAM role name from meta data\b|\bWebIdentityErr: failed fetching WebIdentity token\b|\bConnect timeout on endpoint URL: "http:\/\/169\.254\.169\.254\/latest\/(?:api\/token|meta-data\/iam\/)|\bIt appears that you have not set your AWS credentials\b|\bSecret Validation Failure: (?:during `create` using the following\b|no profile '[^'\n]{1,200}' found in config file\b)|\bFailed to create secret using the following:[ \t]{0,4}(?:\r?\n[ \t]{0,8})?Credential Chain\b|\bFailed to get AWS credentials: the credentials provider was not properly configured\b|\bInvalid credentials for s3, got no creds\b|\bNoCredentialsError {2,}Traceback \(most recent call last\)|\bCredentials\(CredentialsError \{ message: /g,
      'missing'
    ),
    needs: [
      'Could not load credentials from any providers',
      'Error response received from instance metadata service',
      'no EC2 IMDS role found',
      'nable to sign request without credentials set',
      'WebIdentityErr: unable to read file at',
      'A token could not be loaded from the WebIdentityTokenFile',
      'unable to read web identity token file',
      'Error retrieving credentials from the instance profile metadata serv',
      'Unable to get IAM security credentials from EC2 Instance Metadata Service',
      'Failed to load credentials from IMDS',
      // Also Strapi's S3 provider's words alone (strapi/strapi#18718).
      "Couldn't find AWS credentials",
      // GDAL's S3 driver (rasterio, fiona) with no keys and no AWS_NO_SIGN_REQUEST
      // (interTwin-eu/dask-flood-mapper#103, cagov/data-infrastructure#182).
      'AWS_NO_SIGN_REQUEST configuration options not defined',
      'Partial credentials found in',
      'AWS_AUTH_SIGNING_NO_CREDENTIALS',
      'Valid credentials could not be sourced by the IMDS provider',
      'ProfileFile provider could not be built',
      'no providers in chain provided credentials',
      'No credentials could be loaded from the chain',
      // The Go SDK v1's own instance-role error (Metricbeat's AWS module, elastic/integrations#465),
      // Octopus Deploy's Calamari reading the instance role (`AWS-LOGIN-ERROR-0003`,
      // OctopusDeploy/Issues#6923), TensorFlow's S3 file system with no credentials
      // (tensorflow/tensorflow#44564).
      'EC2RoleRequestError: no EC2 instance role found',
      'Failed to access the role information under',
      'AWS Credentials have not been set properly',
      // The Java SDK v2's web identity provider with no token file (Spring Cloud AWS on ECS,
      // awspring/spring-cloud-aws#1535).
      'Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE',
      // The Ruby SDK's signer with no keys (Mastodon's media jobs, mastodon/mastodon#21726; its
      // class alone is no finding: it names no answer, see codeSlots), the CRT signer under
      // Mountpoint (awslabs/mountpoint-s3#1207), s3fs-fuse's `iam_role=auto` off a role
      // (s3fs-fuse/s3fs-fuse#1762), the Go SDK v1's web identity provider that got no token
      // (diggerhq/digger#1386), botocore timing out on the metadata service (coiled/feedback#202).
      'missing credentials, provide crede',
      'Attempt to sign an http request without credentials',
      'could not load IAM role name from meta data',
      'WebIdentityErr: failed fetching WebIdentity token',
      'Connect timeout on endpoint URL: "http://169.254.169.254/latest/',
      // InSpec's AWS transport (inspec/inspec#2973), DuckDB's credential_chain secret
      // (duckdb/duckdb-aws#122, #123; sling embedding it), Lance's and GlareDB's object stores, a
      // Jupyter traceback's banner naming botocore's class, the Rust object_store crate's provider
      // (influxdata/influxdb_iox#5109).
      'It appears that you have not set your AWS credentials',
      'Secret Validation Failure: ',
      'Failed to create secret using the following',
      'Failed to get AWS credentials: the credentials provider was not properly configured',
      'Invalid credentials for s3, got no creds',
      'NoCredentialsError ',
      'Credentials(CredentialsError { message: '
    ],
    // The Go SDK v1's chain lists each provider's failure under its `NoCredentialProviders` (`caused
    // by: EnvAccessKeyNotFound …` / `EC2RoleRequestError: no EC2 instance role found`, heldout63
    // h63-005): one finding, the chain's own.
    accept: (m) =>
      !m[0].startsWith('EC2RoleRequestError') ||
      !/\bNoCredentialProviders\b/.test(m.input.slice(Math.max(0, m.index - 600), m.index)),
    facts: (m, d) => {
      d.detail.cause =
        // s3fs asked the metadata service for the role's name and got none (heldout139 review
        // h139-008: an instance requiring IMDSv2, or no profile).
        /^(?:Error re|no EC2 IMDS|Unable to get IAM|Failed to load|Valid credentials could not be sourced by the IMDS|EC2RoleRequestError|Failed to access the role|could not load IAM role name)/.test(
          m[0]
        )
          ? 'imds-error'
          : /WebIdentity|web identity|WEB_IDENTITY_TOKEN_FILE/.test(m[0])
            ? 'web-identity-token-file'
            : 'missing'
      if (m[0].startsWith('Partial credentials')) d.detail.cause = 'partial-credentials'
      // A role profile with no source (`Partial credentials found in assume-role, missing:
      // source_profile or credential_source`, heldout83 review h83-014): the profile, not a key half.
      if (/^Partial credentials found in assume-role\b/.test(m[0]))
        d.detail.cause = 'role-profile-no-source'
      // The token's URL built from an empty ACTIONS_ID_TOKEN_REQUEST_URL (`Get "&audience=sts.
      // amazonaws.com": unsupported protocol scheme ""`, Digger in GitHub Actions, heldout139
      // review h139-085): GitHub gave the job no token request URL, no file was involved.
      if (
        m[0].startsWith('WebIdentityErr: failed fetching') &&
        /^[^]{0,200}?\bGet \\?"&audience=[^"\n]{0,80}\\?": unsupported protocol scheme/.test(
          m.input.slice(m.index + m[0].length)
        )
      )
        d.detail.cause = 'oidc-id-token-permission'
      // The CRT's provider whose connection to its source closed (`Credentials Provider failed to
      // source credentials with error 2058(aws-c-http: AWS_ERROR_HTTP_CONNECTION_CLOSED`, Mountpoint,
      // heldout139 review h139-030): the source did not answer, the credentials may well exist.
      if (
        /^Attempt to sign an http request without credentials/.test(m[0]) &&
        /\bfailed to source credentials with error \d{1,6}\(aws-c-http: AWS_ERROR_HTTP_/.test(
          m.input.slice(Math.max(0, m.index - 600), m.index)
        )
      )
        d.detail.cause = 'credential-timeout'
      // The Go SDK v1 names its error in the match: the code, as `NoCredentialProviders` is.
      if (m[0].startsWith('WebIdentityErr:')) d.code = 'WebIdentityErr'
      if (m[0].startsWith('EC2RoleRequestError:')) d.code = 'EC2RoleRequestError'
    }
  },
  // configure-aws-credentials' own wordings (its src/CredentialsClient.ts and src/helpers.ts):
  // the step could not load or verify the credentials its inputs give. A reason printed after the
  // colon is read by its own rule, which outranks this one on the line; notes often quote the
  // wording alone, or wrap it before the reason.
  {
    ...rule(
      'WD783',
      'action-credentials-not-loaded',
      /Credentials could not be loaded,\s+please check your action inputs/g,
      'missing'
    ),
    priority: PRIORITY.credentials - 1
  },
  rule(
    'WD785',
    'action-credentials-mismatch',
    /Credentials loaded by the SDK do not match the expected access key ID configured by the action/g,
    'shadowed'
  ),
  rule(
    'WD786',
    'action-no-caller-identity',
    /Could not get Account ID or ARN from STS\. Did you set credentials\?/g,
    'missing'
  ),
  rule(
    'WD787',
    'action-account-not-allowed',
    /The account ID of the provided credentials \([^()\n]{0,40}\) does not match any of the expected account IDs/g,
    'wrong-account'
  ),
  {
    // The action could not get the job's OIDC token (src/index.ts); @actions/core's reason follows.
    // Its request variables unset mean the job has no `id-token: write` permission.
    ...rule('WD778', 'action-id-token-failed', /getIDToken call failed: [^\n]{0,200}/g, 'missing'),
    facts: (m, d) => {
      d.detail.cause = /ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)/.test(m[0])
        ? 'oidc-id-token-permission'
        : 'missing'
    }
  },
  // The JS SDK v2 prefixes this to whatever its provider chain failed with (`Missing credentials
  // in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1: … The security token included
  // in the request is expired`): a reason on the line outranks it, as for WD783.
  {
    ...rule('WD743', 'no-credentials-js', /Missing credentials in config/g, 'missing'),
    priority: PRIORITY.credentials - 1,
    // The SDK's error name printed before it (`(CredentialsError) Missing credentials in config`,
    // s3-deploy's `Unexpected error:`, Reggionick/s3-deploy#35) is its code.
    facts: (m, d) => {
      d.detail.cause = 'missing'
      if (/\bCredentialsError\)?:? $/.test(m.input.slice(Math.max(0, m.index - 20), m.index)))
        d.code = 'CredentialsError'
    }
  },
  // The code may stand before the words without its colon (Longhorn's `AWS Error:
  // NoCredentialProviders no valid providers in chain`, longhorn/longhorn#1786).
  {
    ...rule(
      'WD744',
      'no-credentials-go',
      /(?:\bNoCredentialProviders:? )?no valid providers in chain/g,
      'missing',
      'no valid providers in chain'
    ),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      if (m[0].startsWith('NoCredentialProviders')) d.code = 'NoCredentialProviders'
    }
  },
  // The Go SDK v1's web identity provider failing with a reason no other rule reads: STS's answer
  // it could not parse, dumped as hex (`WebIdentityErr: failed to retrieve credentials caused by:
  // SerializationError: failed to unmarshal error message status code: 403 … 00000000  3c 4d …`,
  // grafana/grafana#32531), or a request that never reached STS. A reason it can read (`caused by:
  // AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity`) is its own rule's,
  // which outranks this one on the line.
  {
    ...rule(
      'WD7188',
      'web-identity-retrieve-failed',
      /\bWebIdentityErr: failed to retrieve credentials\b/g,
      undefined,
      'WebIdentityErr: failed to retrieve credentials'
    ),
    priority: PRIORITY.credentials - 1,
    // Only the reasons no other rule reads: a dumped body, a lookup that timed out. STS out of
    // reach (`caused by: RequestError: send request failed … dial tcp`) is the network's failure,
    // and a reason on the next line (`caused by: InvalidIdentityToken: …`) is its own rule's.
    accept: (m) => {
      const after = m.input.slice(m.index, m.index + 400)
      return (
        /\bfailed to unmarshal error message\b/.test(after) ||
        CREDENTIAL_LOOKUP_TIMED_OUT.test(after)
      )
    },
    facts: (m, d) => {
      d.service = 'sts'
      d.operation = 'AssumeRoleWithWebIdentity'
      const after = m.input.slice(m.index, m.index + 400)
      const dumped = /\bfailed to unmarshal error message\b/.exec(after)
      if (dumped) d.code = hexDumpCode(m.input, m.index + dumped.index)
      else if (CREDENTIAL_LOOKUP_TIMED_OUT.test(after)) d.detail.cause = 'credential-timeout'
    }
  },
  // The Java SDK v1 finding no instance metadata service to ask (`com.amazonaws.SdkClientException:
  // Failed to connect to service endpoint:` over its IMDS fetcher's frames, Flink's S3 file system
  // off EC2, DataSQRL/sqrl#425): no credentials were found, so none were sent.
  {
    ...rule(
      'WD7194',
      'java-imds-unreachable',
      /\bSdkClientException: Failed to connect to service endpoint:/g,
      'imds-error',
      'Failed to connect to service endpoint:'
    ),
    accept: (m) =>
      /\b(?:EC2ResourceFetcher|InstanceMetadataServiceResourceFetcher|EC2CredentialsUtils|InstanceProfileCredentialsProvider|EC2MetadataUtils)\b/.test(
        m.input.slice(m.index, m.index + 600)
      )
  },
  // Go's HTTP client refusing to send a header holding a line end (`net/http: invalid header field
  // value for "Authorization"`, appleboy/lambda-action#69; the session token's header too): a
  // secret stored with its trailing newline.
  rule(
    'WD7195',
    'credential-header-invalid',
    /\binvalid header field value (?:%q )?for (?:"|\\")?(?:Authorization|X-Amz-Security-Token)\b/g,
    'header-invalid-chars',
    'invalid header field value '
  ),
  // Docker's credential helper for ECR named in the configuration but not installed (`Failed to find
  // docker auth for repo "….dkr.ecr.….amazonaws.com/…": exec: "docker-credential-ecr-login":
  // executable file not found in $PATH`, a Nomad client, hashicorp/nomad#4776).
  rule(
    'WD7196',
    'ecr-credential-helper-missing',
    /\bexec: \\?"docker-credential-ecr-login\\?": executable file not found\b/g,
    'ecr-helper-missing',
    'docker-credential-ecr-login',
    'ecr'
  ),
  // The Serverless Framework before it calls AWS: `ServerlessError: AWS provider credentials not
  // found. Learn how to set up AWS provider credentials in our docs here: …`.
  // Its box wraps the sentence anywhere (`AWS provider credentials` / `     not found.`,
  // serverless/serverless#2597).
  rule(
    'WD776',
    'serverless-no-credentials',
    /AWS provider credentials\s{1,12}not found/g,
    'missing',
    'AWS provider credentials'
  ),
  // The Go SDK v2 names why the refresh failed: an SSO token it could not renew is an
  // IAM Identity Center session to log in again, not missing credentials.
  // Since its auth-scheme rework the Go SDK v2 puts `get identity: get credentials: ` before any
  // credential failure, a cause of its own too (`operation error EC2: CreateVolume, get identity:
  // get credentials: request canceled`: the lookup timed out). A refusal named after it is read
  // by its own grammar.
  {
    ...rule(
      'WD745',
      'refresh-cached-credentials',
      /failed to refresh cached credentials|\bget identity: get credentials: (?!failed to refresh cached credentials)/g,
      'missing'
    ),
    // A reason named after it (`… InvalidIdentityToken: No OpenIDConnect provider found …`) is
    // read by its own rule, which outranks this one on the line (as WD783).
    priority: PRIORITY.credentials - 1,
    needs: ['failed to refresh cached credentials', 'get identity: get credentials: '],
    // A reason wrapped onto the next line is read by its own rule, never twice: EKS Pod Identity's
    // agent refusing the role (aws/eks-pod-identity-agent#139).
    accept: (m) =>
      !/EKS does not have permissions to assume/.test(m.input.slice(m.index, m.index + 240)),
    facts: (m, d) => {
      const after = m.input.slice(m.index, m.index + 200)
      // The role the refresh asked STS for was refused with an expired token (`… operation error
      // STS: AssumeRoleWithWebIdentity, … ExpiredTokenException: Token expired`, a pod's projected
      // token; heldout159 review h160-017): the inner call is the failing one, and it expired.
      const sts = STS_REFRESH_EXPIRED.exec(m.input.slice(m.index, m.index + 600))
      if (sts) {
        d.detail.cause = 'expired'
        d.service = 'sts'
        return
      }
      // The cache file's path can be long (a Windows home, a hash): its error is read further on.
      d.detail.cause = SSO_SESSION_FAILED.test(after)
        ? ssoSessionCause(m.input.slice(m.index, m.index + 400))
        : CREDENTIAL_LOOKUP_TIMED_OUT.test(after)
          ? 'credential-timeout'
          : 'missing'
    }
  },
  // botocore: `TokenRetrievalError: Error when retrieving token from sso: Token has expired and
  // refresh failed`.
  rule(
    'WD772',
    'sso-token-retrieval',
    /Error when retrieving token from sso: Token has expired and refresh failed/g,
    'sso-expired'
  ),
  {
    ...rule(
      'WD746',
      'oidc-no-provider',
      // Also retyped short of its issuer (`No OpenIDConnect provider found in account`,
      // aws-samples/aws-secret-sidecar-injector#30).
      // A folded YAML value may break it between words (kyverno/kyverno#4030).
      /No OpenIDConnect\s{1,12}provider\s{1,12}found\s{1,12}in\s{1,12}(?:your\s{1,12})?account(?:\s{1,12}for\s{1,12}(\S+))?/g,
      'oidc-provider-missing',
      'No OpenIDConnect'
    ),
    facts: (m, d) => {
      // The issuer the token came from: GitHub Enterprise Server has its own (`/_services/token`).
      // An escaped line break printed after it (`…/id/4594…\\n\\tstatus`) is no part of it.
      if (m[1]) d.detail.issuer = m[1].replace(/\\[nrt].*$/, '').replace(/[.,;:'"`)]+$/, '')
      // An EKS cluster's issuer, or a pod's IRSA token (even where the issuer is masked): the
      // cluster's provider is missing, not GitHub's (heldout14 review, h14-032).
      // An issuer the message prints decides alone: Pulumi ESC's `https://api.pulumi.com/oidc`
      // under a Go SDK's WebIdentityErr is no pod's (heldout57 review h57-002).
      // A masked one (`{redacted}`) decides nothing.
      const issuer = /^https?:\/\/[^\s{}<>*]+$/.test(d.detail.issuer ?? '')
        ? d.detail.issuer
        : undefined
      d.detail.cause = (
        issuer !== undefined
          ? /^https:\/\/oidc\.eks\./.test(issuer)
          : IRSA_TOKEN.test(m.input) || webIdentityIssuer(m.input)?.issuer === 'eks'
      )
        ? 'oidc-provider-missing-eks'
        : 'oidc-provider-missing'
    }
  },
  rule('WD747', 'oidc-audience', /Incorrect token audience/g, 'oidc-audience'),
  // Amazon Bedrock refusing an API key (a bearer token) before any policy: malformed (`Invalid API
  // Key format: Must start with pre-defined prefix`) or unknown (`Authentication failed: Please
  // make sure your API Key is valid.`), in its JSON body as Claude Code prints it (`API Error: 403
  // {"Message":"…"}`, BloopAI/vibe-kanban#933, anthropics/claude-code#54083).
  {
    id: 'bedrock-api-key-rejected',
    rule: 'WD880',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    re: /\{"Message":"(?:Invalid API Key format: Must start with pre-defined prefix|Authentication failed: Please make sure your API Key is valid\.)"\}/g,
    needs: ['Invalid API Key format: ', 'make sure your API Key is valid'],
    facts: (_m, d) => {
      d.detail.cause = 'invalid'
    }
  },
  // KEDA's AWS scalers with no key to sign with (`error parsing kafka metadata: awsAccessKeyID not
  // found`, kedacore/keda#6409): no credentials reached the scaler.
  rule(
    'WD881',
    'keda-aws-key-missing',
    /\berror parsing [\w-]{1,40} metadata: (?:awsAccessKeyID|awsSecretAccessKey) not found\b/g,
    'missing',
    ' metadata: '
  ),
  // STS refusing a SAML assertion (AssumeRoleWithSAML answers InvalidIdentityToken, as for a web
  // identity token): an attribute AWS requires is missing or malformed, or the signature or issuer
  // does not match the IAM SAML provider (the IAM User Guide's "Troubleshoot SAML 2.0 federation").
  {
    ...rule(
      'WD867',
      'saml-assertion',
      /\bRoleSessionName (?:is required in AuthnResponse|in AuthnResponse must match\b)|\bResponse signature invalid\b|\bIssuer not present in specified provider\b/g,
      'saml-assertion',
      'RoleSessionName'
    ),
    needs: [
      'RoleSessionName',
      'Response signature invalid',
      'Issuer not present in specified provider'
    ]
  },
  // STS taking a SAML assertion only within five minutes of its issue (`An error occurred
  // (ExpiredTokenException) when calling the AssumeRoleWithSAML operation: Token must be redeemed
  // within 5 minutes of issuance`, gimme-aws-creds reusing a cached assertion, Nike-Inc/gimme-aws-creds#251).
  rule(
    'WD7010',
    'saml-assertion-stale',
    /\bToken must be redeemed within 5 minutes of issuance\b/g,
    'saml-assertion-stale',
    'Token must be redeemed'
  ),
  // The web identity token itself, as configure-aws-credentials and STS word its failures: the
  // action found no source of credentials at all (`Could not determine how to assume
  // credentials`: no role-to-assume, no keys, nothing in the environment), the job's OIDC token
  // could not be fetched (`failed to fetch OIDC token: 403 Forbidden`: no `id-token: write`), or
  // STS would not take the token (`Token audience mismatch`; `Invalid identity token provided`
  // under an AssumeRoleWithWebIdentity AccessDenied; `Couldn't retrieve verification key from
  // your identity provider`, aws/aws-cli#7194). No policy was asked in any of them.
  {
    ...rule(
      'WD855',
      'web-identity-token-wordings',
      /\bCould not determine how to assume credentials\b|\bCould not retrieve OIDC token\b|\bfailed to fetch OIDC token: 40[13]\b[^\n]{0,20}|\bToken audience mismatch\b|\bInvalid identity token provided\b|\bCouldn't retrieve verification key from your identity provider\b|\bMissing a required claim: ?[a-z_]{2,40}\b/g,
      'missing',
      'Could not determine how to assume credentials'
    ),
    needs: [
      'Could not determine how to assume credentials',
      'Could not retrieve OIDC token',
      'failed to fetch OIDC token: 40',
      'Token audience mismatch',
      'Invalid identity token provided',
      "Couldn't retrieve verification key from your identity provider",
      // STS's words for a token without a claim it requires, alone after the action's `Error: `
      // (aws-actions/configure-aws-credentials#502).
      'Missing a required claim'
    ],
    facts: (m, d) => {
      d.detail.cause = WEB_IDENTITY_CAUSES.find(([re]) => re.test(m[0]))![1]
    }
  },
  rule(
    'WD748',
    'oidc-id-token-permission',
    /It looks like you might be trying to authenticate with OIDC\. Did you mean to set the `?id-token`? permission\?(?:[\s\S]{0,400}?Could not load credentials from any providers)?/g,
    'oidc-id-token-permission'
  ),
  rule(
    'WD749',
    'oidc-request-arn',
    /Could not assume role with OIDC: Request ARN is invalid/g,
    'role-arn-invalid'
  ),
  rule(
    'WD750',
    'sso-expired',
    // The JS SDK v3 says it its own way (`… has expired. To refresh this SSO session run aws sso
    // login with the corresponding profile`, aws/aws-cli#7361).
    /The SSO session associated with this profile has expired(?: or is otherwise invalid|\. To refresh this SSO session run)/g,
    'sso-expired'
  ),
  // The CLI's console sign-in (`aws login`) past its session (`aws: [ERROR]: Your session has
  // expired. Please reauthenticate using 'aws login'.`, intrale/platform#5344), and helpers that
  // read Identity Center's cache in their own words (`Cached SSO login is expired/invalid, try
  // running \`aws sso login\``, ryansonshine/aws-sso-creds-helper#59).
  {
    ...rule(
      'WD7171',
      'cli-login-expired',
      /\bYour session has expired\. Please reauthenticate using '?aws login'?|\bCached SSO login is expired\/invalid\b/g,
      'sso-expired',
      'Your session has expired'
    ),
    needs: ['Your session has expired', 'Cached SSO login is expired'],
    facts: (m, d) => {
      d.detail.cause = m[0].startsWith('Cached') ? 'sso-expired' : 'console-login-expired'
    }
  },
  // The same sign-in's token refresh refused (`An error occurred (AccessDeniedException) when
  // calling the CreateOAuth2Token operation: The refresh token has expired.`, aws/aws-cli#10330):
  // the code is AccessDeniedException, the cause the expired console session.
  codedRule(
    'WD7231',
    'cli-login-refresh-expired',
    /(?:\((AccessDeniedException)\) )?when calling the CreateOAuth2Token operation: The refresh token has expired\b/g,
    'console-login-expired',
    'when calling the CreateOAuth2Token operation: '
  ),
  // A profile that names SSO without the settings to reach it (Terraform's provider: `profile
  // "default" is configured to use SSO but is missing required configuration: sso_region,
  // sso_start_url`, hashicorp-education/learn-terraform-modules-use#11; botocore's
  // `Missing the following required SSO configuration values`): no token could be asked for.
  {
    ...rule(
      'WD7172',
      'sso-profile-incomplete',
      /\bis configured to use SSO but is missing required configuration: [\w, ]{1,80}|\bMissing the following required SSO configuration values: [\w, ]{1,80}/g,
      'sso-profile-incomplete',
      'configured to use SSO but is missing'
    ),
    needs: [
      'configured to use SSO but is missing',
      'Missing the following required SSO configuration values'
    ]
  },
  // Also GetFederationToken, which Vault's AWS secrets engine calls for its `federation_token`
  // type and which STS refuses to a role's session (hashicorp/vault#4108).
  {
    ...rule(
      'WD751',
      'session-token-from-session',
      /Cannot call Get(?:Session|Federation)Token with session credentials/g,
      'wrong-credential-type'
    ),
    needs: ['Cannot call Get'],
    // Each call's own words (heldout135 review h135-046: GetFederationToken explained as the other).
    facts: (m, d) => {
      d.detail.cause = m[0].includes('Federation')
        ? 'federation-token-from-session'
        : 'wrong-credential-type'
    }
  },
  // STS refused the MFA code a GetSessionToken or AssumeRole call carried (`AccessDenied:
  // MultiFactorAuthentication failed, unable to validate MFA code.`, older `… failed with invalid
  // MFA one time pass code.`): a wrong or stale code, or a serial number that is not the caller's
  // device. The code stays AccessDenied; no policy was asked.
  rule(
    'WD839',
    'sts-mfa-code-rejected',
    /MultiFactorAuthentication failed(?:, unable to validate MFA code| with invalid MFA one time pass code)\b\.?/g,
    'mfa'
  ),
  // With the CLI's words before it, wrapped before `operation:` by a terminal or a note (a pasted
  // session: `…when calling the AssumeRole` / `operation: Roles may not be assumed by root
  // accounts.`): one error, the code on the line above.
  rule(
    'WD752',
    'root-assume-role',
    /(?:\(AccessDenied\) when calling the AssumeRole[ \t]*\r?\n[ \t>]*operation: )?Roles may not be assumed by root accounts/g,
    'root-credentials',
    'Roles may not be assumed by root accounts'
  ),
  // IAM Identity Center's portal (GetRoleCredentials) no longer knows the cached SSO token.
  rule('WD753', 'sso-session-token', /Session token not found or invalid/g, 'sso-expired'),
  rule('WD754', 'docker-no-basic-auth', /no basic auth credentials/g, 'registry-login'),
  // Docker before 1.10 asking for a login it could not read from a terminal (`Please login prior
  // to push:` / `Username: EOF`), pushing to an ECR registry the log names (Shippable/support#4452):
  // the job never logged in. Another registry's prompt is not AWS's.
  {
    ...rule(
      'WD7170',
      'docker-login-prompt',
      /\bPlease login prior to (?:push|pull):/g,
      'registry-login',
      'Please login prior to '
    ),
    when: (text, ctx) =>
      ctx.ecrRegistry !== null || /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/.test(text),
    facts: (_m, d) => {
      d.detail.cause = 'registry-login'
      d.service = 'ecr'
    }
  },
  // The EKS API server refused the caller's IAM identity: it is not mapped to a Kubernetes user
  // (aws-auth ConfigMap or access entries). Only an AWS failure when the log shows EKS.
  eksRule(
    'WD755',
    'eks-unauthorized',
    // A note may wrap the sentence between any two words.
    /You must be logged in to the server \((?:Unauthorized|the server has asked for the client to provide credentials)\)|(?<!\()\bthe\s+server\s+has\s+asked\s+for\s+the\s+client\s+to\s+provide\s+credentials\b/g,
    ['You must be logged in to the server', 'credentials']
  ),
  // Clients other than kubectl: Terraform's kubernetes provider (`│ Error: Unauthorized`, before
  // 0.15 with its place on the line: `Error: Unauthorized on .terraform/modules/eks/aws_auth.tf line 63, …`), eksctl
  // (`Error: getting list of API resources for raw REST client: Unauthorized`), the Python client
  // (`(401)` / `Reason: Unauthorized`).
  eksRule(
    'WD756',
    'eks-unauthorized-error',
    /\bError: (?:[^\n]*?: )?Unauthorized(?:[ \t]*$| on \S+ line \d+\b)/gm,
    ['Unauthorized']
  ),
  // kubectl apply's discovery of a manifest's kinds refused by the API server (`error: unable to
  // recognize "./kubernetes/config-map.yaml": Unauthorized`, terraform-aws-eks's local-exec
  // applying aws-auth; Pulumi's EKS provider relays the same line): the same 401.
  eksRule(
    'WD864',
    'eks-unrecognized-unauthorized',
    /\bunable to recognize "[^"\n]{1,500}": Unauthorized\b/g,
    ['unable to recognize "']
  ),
  eksRule('WD757', 'eks-unauthorized-401', /\(401\)\s*\n\s*Reason: Unauthorized\b/g, [
    'Reason: Unauthorized'
  ]),
  {
    ...rule(
      'WD758',
      'no-credentials-java',
      // The Java SDK v2 words it `from any of the providers in the chain AwsCredentialsProviderChain(…`.
      JAVA_CHAIN_GLOBAL,
      'missing'
    ),
    // The chain's last provider, the instance metadata service, found no role: that is the cause.
    facts: (m, d) => {
      d.detail.cause = IMDS_PATH_MISSING.test(lineAfter(m, 2000)) ? 'imds-error' : 'missing'
    }
  },
  // A registry client's 401 from an ECR host: containerd's HEAD (`unexpected status from HEAD
  // request to https://….dkr.ecr.…: 401 Unauthorized`), go-containerregistry's (kaniko's push
  // check, crane) `POST https://….dkr.ecr.…/v2/…/blobs/uploads/: unexpected status code 401
  // Unauthorized`. No usable registry token was sent: no policy was asked.
  // Without the URL, ECR's host elsewhere in the record (and no other registry) says whose 401 it
  // was: go-containerregistry printing ECR's body (`unsupported status code 401; body: Not
  // Authorized`), containerd under the kubelet (`unexpected status code [manifests latest]: 401
  // Unauthorized`, since containerd 1.5 `pulling from host … failed with status code [manifests
  // v1.1]: 401 Unauthorized`); the same words against Docker Hub, GHCR or Harbor are theirs.
  // The Docker daemon's own login (`login attempt to https://….dkr.ecr.…/v2/ failed with status: 401
  // Unauthorized`, whoan/docker-build-with-cache-action#15: IAM keys given as the password).
  {
    ...rule(
      'WD759',
      'ecr-head-401',
      /unexpected status from HEAD request to \S+?\.dkr\.ecr\.\S+?: 401\s+Unauthorized|\b(?:GET|HEAD|POST|PUT|PATCH) https:\/\/[\w*.-]+\.dkr\.ecr\.[\w.-]+\/v2\/\S*: unexpected status code 401 Unauthorized|\bunsupported status code 401; body: Not Authorized\b|\b(?:unexpected|failed with) status code \[manifests [^\]\n]{1,128}\]: 401 Unauthorized\b|\bnon-successful response \(status=401 body=\\?"Not Authorized\b|\blogin attempt to https?:\/\/\S+?\.dkr\.ecr\.\S+? failed with status: 401 Unauthorized\b|\bmessage="Not Authorized\\n" request="(?:GET|HEAD|POST|PUT|PATCH) https:\/\/[\w*.-]+\.dkr\.ecr\.[\w.-]+\/\S*" status_code=401|\bIssue with https:\/\/[\w*.-]+\.dkr\.ecr\.[\w.-]+\/v2\/\S*: Unauthorized\b/g,
      'registry-login',
      'unexpected status from HEAD request to '
    ),
    needs: [
      'unexpected status from HEAD request to ',
      'unexpected status code 401 Unauthorized',
      'unsupported status code 401; body: Not Authorized',
      'status code [manifests ',
      'non-successful response (status=401',
      'failed with status: 401',
      // aws-sigv4-proxy signing a registry call with SigV4, which ECR's registry API does not take
      // (awslabs/aws-sigv4-proxy#237).
      'message="Not Authorized',
      // oras-py's pull, after its anonymous token was refused (oras-project/oras-py#54).
      'Issue with https://'
    ],
    accept: (m) =>
      /\.dkr\.ecr\./.test(m[0]) || (!otherHostOnLine(m) && !otherRegistryShown(m.input)),
    // A reporter's placeholder may take the dot before `dkr` with it (`<account-id>dkr.ecr.<region>…`,
    // helm's OCI pull under kubechecks, zapier/kubechecks#183).
    when: (text, ctx) => Boolean(ctx.ecrRegistry) || text.includes('dkr.ecr.'),
    facts: (_m, d) => {
      d.detail.cause = 'registry-login'
      d.service = 'ecr'
    }
  },
  // Container clients' own words for ECR's 401, the host (its account often masked) on the line:
  // containers/image under podman, buildah and skopeo (`checking whether a blob sha256:… exists in
  // myrepo.dkr.ecr.us-east-1.amazonaws.com/my-task unauthorized: authentication required`,
  // containers/podman#12620) and Jib (`RegistryUnauthorizedException: Unauthorized for
  // xxx.dkr.ecr.us-east-1.amazonaws.com/app`, GoogleContainerTools/jib#744). No usable token was
  // sent, so no policy was asked.
  {
    ...rule(
      'WD868',
      'ecr-client-unauthorized',
      /\bunauthorized: authentication required\b|\bRegistryUnauthorizedException: Unauthorized for [\w*#<>-]{1,64}\.dkr\.ecr\.[\w*-]{1,30}\.amazonaws\.com(?:\.cn)?\b/g,
      'registry-login',
      'unauthorized'
    ),
    // containers/image's words are any registry's: only with an ECR host before them on the line
    // (ECR Public's among them: `… exists in public.ecr.aws/alias/repo: unauthorized: …`,
    // cdklabs/cdk-ecr-deployment#216), or the word ECR where a reporter replaced the host
    // (`reading manifest latest in ECR/repo`, containers/skopeo#2282).
    // Docker before 1.10 named the repository on the line above its answer (`Pulling repository
    // 9225….dkr.ecr.us-east-1.amazonaws.com/console-private` / `unauthorized: authentication
    // required`, convox/rack#1302).
    accept: (m) =>
      m[0].startsWith('RegistryUnauthorizedException') ||
      ECR_NAMED.test(lineBefore(m)) ||
      AWS_HOSTED_IMAGE.test(lineBefore(m)) ||
      OLD_DOCKER_PULL_OF_ECR.test(lineAbove(m)),
    needs: ['unauthorized: authentication required', 'RegistryUnauthorizedException: '],
    facts: (m, d) => {
      d.detail.cause = 'registry-login'
      d.service = 'ecr'
      // A push's own steps on the line (a blob checked or uploaded at the destination).
      const line = lineBefore(m, m.index)
      if (REGISTRY_PUSH.test(line)) d.detail.registryOperation = 'push'
    }
  },
  // GDAL's /vsis3/ (rasterio, GeoPandas, QGIS through it) finding no credentials and not told to
  // send unsigned requests: `CPLE_AWSInvalidCredentials(15) "AWSInvalidCredentials."
  // AWS_SECRET_ACCESS_KEY and AWS_NO_SIGN_REQUEST configuration options not defined`
  // (awslabs/open-data-registry#794), and GDAL 3.11's sentence (`InvalidCredentials: No valid AWS
  // credentials found. For authenticated requests, …`, OSGeo/gdal#12478). Nothing was sent.
  {
    ...rule(
      'WD7051',
      'gdal-no-credentials',
      /\bCPLE_AWSInvalidCredentials\b|\bInvalidCredentials: No valid AWS credentials found\b/g,
      'missing',
      'nvalidCredentials',
      's3'
    ),
    needs: ['CPLE_AWSInvalidCredentials', 'InvalidCredentials: No valid AWS credentials found']
  },
  // The Go SDK v1's presigner given anonymous credentials (a server built without keys:
  // `Presigned URLs cannot be generated with anonymous credentials.`, hellofresh/kangal#117): it
  // signs nothing, so there is no URL to hand out.
  rule(
    'WD7052',
    'presign-anonymous-credentials',
    /Presigned URLs cannot be generated with anonymous credentials/g,
    'missing'
  ),
  // An OCI client (Flux's source-controller, Helm, ORAS) reaching ECR with no login at all:
  // `GET "https://ACCOUNT.dkr.ecr.REGION.amazonaws.com/v2/NAME/tags/list": credential required for
  // basic auth` (fluxcd/pkg#429). Only with ECR's host before it on the line.
  {
    ...rule(
      'WD7053',
      'oci-basic-auth-ecr',
      /\bcredential required for basic auth\b/g,
      'registry-login',
      'credential required for basic auth',
      'ecr'
    ),
    accept: (m) => ECR_REPOSITORY.test(lineBefore(m))
  },
  // The AWS SDK for Rust's credentials chain found nothing (`CredentialsNotLoaded`, whose message
  // says `the credential provider was not enabled`), as object_store (DataFusion, Daft, Polars)
  // relays it: `Generic S3 error: the credential provider was not enabled` (apache/datafusion#16299),
  // `S3 Credentials could not be loaded. Reverting to Anonymous mode. …` (Eventual-Inc/Daft#5382).
  rule(
    'WD7057',
    'rust-credentials-not-loaded',
    /\bthe credential provider was not enabled(?![A-Za-z0-9])/g,
    'missing',
    'the credential provider was not enabled'
  ),
  // The JS SDK v3's signer with no credentials to sign with, as its early releases said it
  // (`Error: Credential is missing` at `credentialProvider`, under Deno: christophgysin/aws-sdk-js-v3#38);
  // only with the SDK's frames or packages around.
  {
    ...rule(
      'WD7063',
      'js-sdk-credential-missing',
      /\bError: Credential is missing\b/g,
      'missing',
      'Error: Credential is missing'
    ),
    when: (text) => /@aws-sdk\/|\bcredentialProvider\b|\bsignature-v4\b|\bclient-s3\b/.test(text)
  },
  // Deno's aws-api client (cloudydeno/aws-api#40): its provider chain found nothing (`Failed to load
  // any possible AWS credentials:` and each provider's reason below).
  rule(
    'WD7064',
    'deno-aws-api-no-credentials',
    /\bFailed to load any possible AWS credentials\b/g,
    'missing',
    'Failed to load any possible AWS credentials'
  ),
  // The Go SDK v2 handed a static provider with empty keys (`failed to retrieve credentials: static
  // credentials are empty`, Caddy's route53 module with its settings unset, caddy-dns/route53#23).
  rule(
    'WD7066',
    'go-sdk-static-credentials-empty',
    /\bstatic credentials are empty\b/g,
    'missing',
    'static credentials are empty'
  ),
  // Fluent Bit's AWS outputs with nothing to sign with: its signer names the service the request
  // was for (`[signv4] Provider returned no credentials, service=logs`, then `[aws_client] could
  // not sign request`; aws/aws-for-fluent-bit#335: the provider's own endpoint answered 401).
  {
    ...rule(
      'WD816',
      'no-credentials-fluent-bit',
      /\[signv4\] Provider returned no credentials, service=([a-z][a-z0-9-]{1,30})\b/g,
      'missing',
      'Provider returned no credentials'
    ),
    facts: (m, d) => {
      // Its STS provider's failure above it: the role could not be assumed, credentials there were
      // (`[aws_credentials] STS assume role request failed`, heldout125 review h125-078).
      d.detail.cause = /\bSTS assume role request failed\b/.test(
        m.input.slice(Math.max(0, m.index - 600), m.index)
      )
        ? 'assume-role-failed'
        : 'missing'
      d.service = m[1]!
    }
  },
  // Vector's AWS sinks (aws_s3, aws_cloudwatch_logs, …) checking their credentials at start:
  // `msg="Healthcheck failed." error=Invalid credentials component_kind="sink"
  // component_type="aws_s3"` (0.20: `msg="Healthcheck: Failed Reason."`). Vector's own words for
  // a credential provider that gave nothing usable; only an AWS failure on an aws_* component.
  {
    ...rule(
      'WD846',
      'vector-aws-sink-credentials',
      /msg="Healthcheck(?: failed\.|: Failed Reason\.)" error=Invalid credentials\b/g,
      'missing',
      'error=Invalid credentials'
    ),
    when: (text) => /\bcomponent_type="?aws_\w+|\btype\s*[=:]\s*"?aws_\w+/.test(text),
    // The aws_s3 sink's check is a HeadBucket whose 403 it calls bad credentials: a refused probe.
    facts: (m, d) => {
      const probe = misnamedProbeIn(m.input)
      d.detail.cause = probe ? 'probe-forbidden' : 'missing'
      if (!probe) return
      d.detail.probe = probe.id
      const target = probe.target?.exec(m.input)?.[1]
      if (target) d.detail.probeTarget = target
    }
  },
  // aws-sdk-go-base's wording, old (`No valid credential sources found for AWS Provider.`) and
  // new, naming its caller: `no valid credential sources for Terraform AWS Provider found`, `…
  // for S3 Backend found`, Packer's amazon builders (`… for  found.`, its name left empty).
  // The SDKs for Rust and Swift failing at the instance metadata service: aws-config's credentials
  // provider, `ProviderError(ConstructionFailure(FailedToLoadToken(DispatchFailure(…TimeoutError…`
  // (its IMDSv2 token, smithy-lang/smithy-rs#769; not its Region lookup's `FailedToLoadToken`) and `AWSSDKIdentity.IMDSError.reachedMaxRetries`
  // (awslabs/aws-sdk-swift#1979): nothing was sent.
  {
    ...rule(
      'WD7122',
      'sdk-imds-token-failed',
      /\bProviderError\((?:\w{1,40}\(){0,3}FailedToLoadToken\(|\bIMDSError\.(?:reachedMaxRetries|\w{3,40})\b/g,
      'imds-error',
      'ProviderError('
    ),
    needs: ['ProviderError(', 'IMDSError.']
  },
  // The Terraform AWS provider's own words when its assume_role failed, in its older and newer
  // forms (`Error: The role "arn:…" cannot be assumed.`, Atlantis running Terraform 0.12,
  // runatlantis/atlantis#856; `IAM Role (arn:…) cannot be assumed.`), with its list of causes.
  // STS's own answer printed beside it is read by its own rules and says more.
  {
    ...rule(
      'WD7121',
      'terraform-role-not-assumed',
      /\b(?:The role "|IAM Role \()(arn:aws[\w-]*:iam::[^\s")]{0,40}:role\/[^\s")]{1,512})[")] cannot be assumed\b/g,
      'assume-role-failed',
      ' cannot be assumed'
    ),
    when: (text: string) =>
      !/\boperation error STS: AssumeRole\b|\bnot authorized to perform:? sts:AssumeRole\b|\bNoCredentialProviders\b/.test(
        text
      ),
    facts: (m, d) => {
      d.detail.cause = 'assume-role-failed'
      d.detail.role = m[1]!
    }
  },
  // The chain's own error a few lines below names why (`Error: SSOProviderInvalidToken: the SSO
  // session has expired or is invalid`, hashicorp/terraform-provider-aws#32221): its code and cause.
  {
    ...rule(
      'WD760',
      'terraform-no-credentials',
      /[Nn]o valid credential sources (?:for [^\n]{0,60}? )?found/g,
      'missing',
      'o valid credential sources'
    ),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      const below = m.input.slice(m.index + m[0].length, m.index + m[0].length + 600)
      const sso = /\bError: (SSOProviderInvalidToken|InvalidGrantException): /.exec(below)
      if (sso) d.code = sso[1]!
      if (sso || /\bthe SSO session has expired or is invalid\b/.test(below))
        d.detail.cause = ssoSessionCause(below)
    }
  },
  // cdk-assets (CDK's asset publisher) says it its own way: `[50%] fail: AWS credentials are
  // required to upload assets. Please configure environment variables or ~/.aws/credentials.`
  {
    ...rule(
      'WD761',
      'cdk-no-credentials',
      /Need to perform AWS calls for account\s+\S+, but no credentials (?:found|have been configured)|\bAWS credentials are required to upload assets\b/g,
      'missing',
      'Need to perform AWS calls for account'
    ),
    needs: [
      'Need to perform AWS calls for account',
      'AWS credentials are required to upload assets'
    ]
  },
  // CDK with no account from the environment nor the credentials (none were found).
  rule(
    'WD762',
    'cdk-no-account',
    /Unable to resolve AWS account to use\. It must be either configured when you define your CDK Stack, or through the environment/g,
    'missing'
  ),
  rule(
    'WD763',
    'cdk-wrong-account',
    /Need to perform AWS calls for account \S+, but the current credentials are for \S+?(?=[,.]?(?:\s|$))/g,
    'wrong-account'
  ),
  {
    // ECR Public (`public.ecr.aws`) named on the line: a stale token sent on an anonymous pull.
    ...rule(
      'WD764',
      'docker-token-expired',
      /(?:(public\.ecr\.aws)\/[^\s,:'"]{0,200}(?:[^\n]{0,200}?denied: )?)?(?:Your |Denied: )?[Aa]uthorization [Tt]oken has expired|\b(?:DENIED|denied): Your [Aa]uthorization [Tt]oken is invalid\b/g,
      'registry-login',
      'oken has expired'
    ),
    // Also a token the registry could not read (`DENIED: Your Authorization Token is invalid.`,
    // kargo listing an ECR repository's tags with a token minted for another registry, akuity/kargo#3482).
    needs: ['oken has expired', 'oken is invalid'],
    facts: (m, d) => {
      d.detail.cause = m[1] ? 'public-registry-login' : 'registry-login'
      // ECR Public's token is ecr-public's (its own IAM prefix), named by its host (h124-050).
      if (m[1]) d.service = 'ecr-public'
    }
  },
  // A registry client's 401 from ECR Public (go-containerregistry pushing: `HEAD
  // https://public.ecr.aws/v2/ALIAS/REPO/blobs/sha256:…: unexpected status code 401 Unauthorized
  // (HEAD responses have no body, use GET for details)`, concourse/registry-image-resource#319;
  // containerd's `unexpected status from HEAD request to https://public.ecr.aws/v2/…: 401
  // Unauthorized`): no ECR Public token was sent, which a push needs (pulls get an anonymous one).
  {
    ...rule(
      'WD7130',
      'ecr-public-401',
      /\b(?:HEAD|GET|PUT|POST|PATCH) https:\/\/public\.ecr\.aws\/v2\/\S*: unexpected status code 401 Unauthorized\b|\bunexpected status from (?:HEAD|GET|PUT|POST|PATCH) request to https:\/\/public\.ecr\.aws\/v2\/\S*?: 401 Unauthorized\b/g,
      'registry-login',
      'https://public.ecr.aws/v2/',
      'ecr-public'
    ),
    facts: (m, d) => {
      d.detail.cause = 'registry-login'
      d.service = 'ecr-public'
      if (/^(?:PUT|POST|PATCH)\b/.test(m[0]) || /\bpush(?:ing|ed)?\b/i.test(m.input))
        d.detail.registryOperation = 'push'
    }
  },
  // The AWS SDK for Java v1's BasicAWSCredentials given a null key (`Access key cannot be null.`,
  // then `Secret key cannot be null.`): a plugin or app built credentials from settings that were
  // not set (awslabs/aws-device-farm-gradle-plugin#23: roleArn alone). Nothing was signed.
  {
    ...rule(
      'WD7132',
      'java-sdk-null-key',
      /\b(?:Access|Secret) key cannot be null\b\.?/g,
      'missing',
      'key cannot be null'
    ),
    // Not an S3-compatible client's own check: the record names no such store's settings.
    accept: (m) => !/\bminio\b/i.test(m.input)
  },
  // aws-iam-authenticator's server forwarding a client's token, a presigned
  // sts:GetCallerIdentity, and STS answering 403 (`sts getCallerIdentity failed: error from AWS
  // (expected 200, got 403)`, kubernetes-sigs/aws-iam-authenticator#130). No policy can refuse
  // GetCallerIdentity: the token's signature was refused (expired, signed for another Region's
  // STS endpoint or cluster ID, a clock off).
  {
    ...rule(
      'WD7139',
      'iam-authenticator-sts-403',
      /\bsts getCallerIdentity failed: error from AWS \(expected 200, got 403\)/g,
      'eks-token-rejected',
      'sts getCallerIdentity failed: ',
      'sts'
    )
  },
  // A storage extension's own sentence for keys S3 refused (`The AWS credentials you provided did
  // not work. Please review your details and try again.`, thaiphan/magento2-s3#22).
  rule(
    'WD7138',
    'extension-credentials-did-not-work',
    /\bThe AWS credentials you provided did not work\b\.?/g,
    'invalid',
    'The AWS credentials you provided did not work'
  ),
  // AWS Sign-In refusing the SAML response a federation tool posted (`Your request included an
  // invalid SAML response.`, aws-adfs's verbose page dump, venth/aws-adfs#439): the assertion named
  // no role it may use, or its provider, signature or audience does not match the account's IdP.
  rule(
    'WD7148',
    'signin-invalid-saml-response',
    /\bYour request included an invalid SAML response\b\.?/g,
    'saml-response-invalid',
    'invalid SAML response'
  ),
  // yum-s3-iam's plugin finding no instance role (`Could not access AWS credentials`,
  // seporaitis/yum-s3-iam#87): yum reads the repository without a signature.
  rule(
    'WD7149',
    'yum-s3-iam-no-credentials',
    /\bCould not access AWS credentials\b/g,
    'missing',
    'Could not access AWS credentials'
  ),
  // botocore's refresh of assumed-role credentials failing (`Refreshing temporary credentials
  // failed during mandatory refresh period.`, an MFA prompt above it: salesforce/cloudsplaining#62):
  // the assume-role call behind the profile failed, the reason below it when printed.
  rule(
    'WD7150',
    'botocore-mandatory-refresh-failed',
    /\bRefreshing temporary credentials failed during mandatory refresh period\b\.?/g,
    'assume-role-failed',
    'Refreshing temporary credentials failed during mandatory'
  ),
  // API Gateway's JSON answer to an unsigned request, as a REST client prints its body
  // (`RESTError 403: Received unexpected JSON Payload: {"message":"Missing Authentication Token"}`,
  // PyIceberg against S3 Tables' Iceberg endpoint without SigV4, open-metadata/OpenMetadata#21789).
  // No credentials reached AWS; an unknown path at API Gateway answers the same (the check says).
  {
    ...rule(
      'WD7153',
      'missing-authentication-token-body',
      /\{\\?"message\\?"\s{0,4}:\s{0,4}\\?"Missing Authentication Token\\?"\}/g,
      'missing',
      '"Missing Authentication Token'
    ),
    // With an AWS endpoint in the record, the status grammar reads it with its service and what
    // the host says (API Gateway's own API, a workspace's remote write): theirs, not this one's.
    accept: (m) => !/\bhttps?:\/\/[^\s/"'\\]*\.amazonaws\.com/.test(m.input),
    facts: (_m, d) => {
      d.detail.cause = 'missing'
      d.code ??= 'MissingAuthenticationTokenException'
    }
  },
  // The EKS Pod Identity agent refusing the token a client sent it (`Error fetching credentials:
  // Service account token cannot be parsed: token is malformed`, n8n's own credential chain,
  // n8n-io/n8n#23584): the pod's client sent no usable service-account token.
  rule(
    'WD7154',
    'pod-identity-token-malformed',
    /\bError fetching credentials: Service account token cannot be parsed\b/g,
    'container-credentials',
    'Service account token cannot be parsed'
  ),
  // The SSM agent registering a hybrid machine with an activation past its expiry or use limit
  // (`Registration failed due to error registering the instance with AWS SSM. ActivationExpired:`,
  // aws/amazon-ssm-agent#134).
  {
    ...rule(
      'WD7155',
      'ssm-activation-expired',
      /\bRegistration failed due to error registering the instance with AWS SSM\.?\s{0,4}(ActivationExpired|InvalidActivation|InvalidActivationId)\b/g,
      'ssm-activation-expired',
      'Registration failed due to error registering the instance'
    ),
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'ssm'
      d.detail.cause = 'ssm-activation-expired'
    }
  },
  // docker login to ECR Public refused (`Get https://public.ecr.aws/v2/: denied: Not Authorized`):
  // the password was no ECR Public token (the private registry's `aws ecr get-login-password`, or
  // a token from another Region than us-east-1, the only one ECR Public signs in through).
  // `public.ecr.aws` is no `*.dkr.ecr.*` host: ECR Public alone answers with these words there.
  rule(
    'WD802',
    'ecr-public-login-refused',
    /public\.ecr\.aws\/v2\/["']?:[ \t]*denied: Not Authorized\b/g,
    'public-registry-login-refused'
  ),
  // The AWS SDK for Rust with no credentials to sign with: `NoMatchingAuthScheme` (its error's
  // name, in a Debug dump), `no auth scheme matched auth scheme options` (its message until late
  // 2023, which called itself a bug), and the message since (`failed to select an auth scheme to
  // sign the request with`). The request never left: no policy was asked.
  {
    ...rule(
      'WD804',
      'rust-sdk-no-auth-scheme',
      /\bNoMatchingAuthScheme\b|\bno auth scheme matched auth scheme options\b|\bfailed to select an auth scheme to sign the request\b/g,
      'missing',
      'NoMatchingAuthScheme'
    ),
    needs: [
      'NoMatchingAuthScheme',
      'no auth scheme matched auth scheme options',
      'failed to select an auth scheme to sign'
    ]
  },
  // S3 refusing a request that carried no credentials at all (an unsigned client, a missing
  // profile): `AccessDenied` by code, a credentials problem by cause.
  // S3's `AccessDenied: No AWSAccessKey was presented.`: the request carried no access key (unsigned,
  // an empty key, a pre-signed URL whose query lost its credential). Pulumi's S3 state backend,
  // CodeBuild's artifact upload and Go SDK v1 print it after the code.
  rule('WD796', 's3-no-access-key', /No AWSAccessKey was presented\b\.?/g, 's3-no-access-key'),
  // rain (the CloudFormation CLI) when the SDK found no usable credentials: `could not establish
  // AWS credentials; please run 'aws configure' or choose a profile` (its internal/aws package).
  rule('WD797', 'no-credentials-rain', /could not establish AWS credentials\b/g, 'missing'),
  // A Cognito identity pool asked for an identity (GetId) or credentials with no login: the pool
  // allows no unauthenticated identities, so no AWS credentials are issued and no policy is asked.
  // Every SDK prints the service's own message (`NotAuthorizedException: …`, iOS `__type=…`).
  rule(
    'WD829',
    'cognito-unauthenticated-disabled',
    /Unauthenticated access is not supported for this identity pool\b\.?/g,
    'cognito-unauthenticated'
  ),
  // Hadoop's S3A connector before any request: no provider in its list had credentials
  // (`NoAwsCredentialsException: SimpleAWSCredentialsProvider: No AWS credentials in the Hadoop
  // configuration`, `NoAuthWithAWSException: No AWS Credentials provided by …`), whatever
  // `AccessDeniedException` the file-system layer wraps it in.
  {
    ...rule(
      'WD830',
      'hadoop-s3a-no-credentials',
      /\bNoAwsCredentialsException\b|\bNo AWS Credentials provided by \w|\bNo AWS credentials in the Hadoop configuration\b/g,
      'missing',
      'NoAwsCredentialsException'
    ),
    needs: [
      'NoAwsCredentialsException',
      'No AWS Credentials provided by',
      'No AWS credentials in the Hadoop'
    ]
  },
  // The kubeconfig's exec plugin that signs EKS tokens (`aws eks get-token`, aws-iam-authenticator)
  // failed, so kubectl, helm or Terraform had no credentials to send to the cluster. The AWS
  // error itself went to the plugin's stderr; only the exit code is printed here.
  rule(
    'WD831',
    'eks-token-exec-failed',
    /getting credentials: exec: executable (?:\S*\/)?(?:aws|aws-iam-authenticator|heptio-authenticator-aws)(?:\.exe)? failed with exit code \d+|getting credentials: exec: exec: "(?:\S*\/)?(?:aws|aws-iam-authenticator|heptio-authenticator-aws)(?:\.exe)?": executable file not found in \$PATH/g,
    'eks-token-exec',
    'getting credentials: exec: '
  ),
  // DuckDB's httpfs after S3 answered 403: its own hint says the request went without credentials
  // (`Authentication Failure - this is usually caused by invalid or missing credentials.` / `* No
  // credentials are provided.`, src/s3fs.cpp), so S3 answered an unsigned request: the code it sent
  // (`AccessDenied: Access Denied` between the two) stays, no policy decided about a caller. Read
  // from DuckDB's header (`HTTP GET error reading '…' … (HTTP 403 Forbidden)`, DuckLake's `Unable
  // to connect to URL "…": 403 (Forbidden).`) when it is printed, so the code between is this
  // finding's; a header naming another store's host (an `s3_endpoint` of MinIO's) is not AWS's.
  // `* Credentials are provided, but they did not work.` says nothing of the cause: not read. R2's
  // and GCS's hints are worded otherwise (`R2 authentication failed`). The hint's bullets read as a
  // comment block's gutter, which the parse blanks: the `*` may be a space.
  {
    ...rule(
      'WD860',
      'duckdb-s3-no-credentials',
      /(?:(?:\bHTTP [A-Z]{3,6} error (?:reading|on|writing) '([^'\n]{1,2000})'[^\n]{0,80}?\(HTTP 403\b[^\n]{0,40}\)|\bUnable to connect to URL "([^"\n]{1,2000})": 403 \(Forbidden\)\.?)(?:(?!\bHTTP [A-Z]{3,6} error )[\s\S]){0,600}?)?\bAuthentication Failure - this is usually caused by invalid or missing credentials\.\s{1,8}(?:\*[ \t]?)?No credentials are provided\./g,
      'duckdb-no-credentials',
      'No credentials are provided.'
    ),
    accept: (m) => {
      // A hint read without its header (the record starts below it, or DuckDB printed the hint
      // twice under one header, duckdb/duckdb-httpfs#327): the header above, if any, decides.
      let url = m[1] ?? m[2]
      if (url === undefined) {
        const above = lastLines(m.input, m.index, 8)
        if (/No credentials are provided\.\s*\S*[^\n]*\s*$/.test(above)) return false
        const header = [...above.matchAll(DUCKDB_HEADER)].at(-1)
        url = header ? (header[1] ?? header[2]) : undefined
      }
      return !url || !/^https?:\/\//.test(url) || AWS_HOST_URL.test(url)
    }
  },
  // botocore's SSOTokenLoadError (`Error loading SSO Token: {error_msg}`): the profile's IAM
  // Identity Center token is not in the CLI's cache (`Token for test does not exist`: never logged
  // in here, logged out, the cache cleared) or no longer usable (`The SSO access token has either
  // expired or is otherwise invalid`, `Token for X is expired`). No request was signed.
  {
    ...rule(
      'WD861',
      'sso-token-load-error',
      /\bError loading SSO Token: ([^\n]{1,200})/g,
      'sso-expired',
      'Error loading SSO Token: '
    ),
    facts: (m, d) => {
      d.detail.cause = /^Token for [^\n]{1,200}? does not exist\b/.test(m[1]!)
        ? 'sso-no-token'
        : 'sso-expired'
    }
  },
  // STS refusing the role ARN itself, before any policy: `Request ARN is invalid` (ValidationError,
  // at AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML: every SDK prints STS's
  // message) or the model's length and pattern checks of an empty or short `roleArn` (`Value ''
  // at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to
  // 20`). No credentials could be issued. configure-aws-credentials' own wording is WD749's.
  {
    ...rule(
      'WD862',
      'sts-role-arn-invalid',
      /(?<!Could not assume role with OIDC: )\bRequest ARN is invalid\b|(?<=\bAssumeRole\w{0,16}\b[^\n]{0,300})\bValue '[^'\n]{0,2048}' at 'roleArn' failed to satisfy constraint\b/g,
      'role-arn-malformed',
      'Request ARN is invalid',
      'sts'
    ),
    needs: ['Request ARN is invalid', "at 'roleArn' failed to satisfy constraint"]
  },
  // S3 refusing a request signed more than 15 minutes off its clock (`RequestTimeTooSkewed: The
  // difference between the request time and the current time is too large.`), whatever SDK or
  // tool printed it: the signature was refused, no policy asked. MinIO says `… and the server's
  // time …`: not these words.
  // Only S3 words it so (other services answer `Signature expired: …`, WD738): S3's answer.
  rule(
    'WD863',
    's3-request-time-skewed',
    /The difference between the request time and the current time is too large\b\.?/g,
    'clock-skew',
    undefined,
    's3'
  ),
  // S3 answering a presigned URL used after its `X-Amz-Expires` (`<Code>AccessDenied</Code>
  // <Message>Request has expired</Message>`, with `X-Amz-Expires` and `Expires` elements; a
  // LocalStack snapshot recorded against S3 holds the same fields). The signature's lifetime ended:
  // no policy was asked, the URL must be made again.
  {
    ...rule(
      'WD871',
      's3-presigned-expired',
      s3MessageUnderCode('Request has expired'),
      'presigned-expired',
      'Request has expired'
    ),
    when: (text) => /\bAccessDenied\b/.test(text) && /X-Amz-Expires|presign|Expires/i.test(text),
    facts: (m, d) => {
      d.detail.cause = 'presigned-expired'
      d.code = 'AccessDenied'
      if (!m[1] && !/["'>]\s{0,3}AccessDenied\s{0,3}["'<]/.test(m.input)) d.code = null
    }
  },
  // CloudFront refusing a signed URL or cookie whose Key-Pair-Id it does not know
  // (`<Code>InvalidKey</Code>` / `<Message>Unknown Key</Message>`, commitdev/zero#287): the signing
  // key, not a policy.
  codedRule(
    'WD7251',
    'cloudfront-unknown-key',
    /<Code>(InvalidKey)<\/Code>\s{0,40}<Message>Unknown Key<\/Message>/g,
    'cloudfront-key-unknown',
    'Unknown Key</Message>'
  ),
  // S3 refusing a request signed without its date (`AWS authentication requires a valid Date or
  // x-amz-date header`, under `Error Code: AccessDenied`, an old Elasticsearch repository plugin,
  // elastic/elasticsearch-cloud-aws#271, #284): the signer's, before any policy.
  {
    ...rule(
      'WD7247',
      's3-date-header-missing',
      /\bAWS authentication requires a valid Date or x-amz-date header\b/g,
      'signature',
      'AWS authentication requires a valid Date'
    ),
    facts: (m, d) => {
      d.detail.cause = 'signature'
      if (/\bError Code: AccessDenied\b|<Code>AccessDenied<\/Code>/.test(m.input))
        d.code = 'AccessDenied'
    }
  },
  // The authorization header S3 could not parse at all (`AuthorizationHeaderMalformed: The
  // authorization header is malformed; the authorization header requires three components:
  // Credential, SignedHeaders, and Signature.`, electron-userland/electron-builder#1332: a stray
  // comma in the key's variable): a credential value broke the header.
  codedRule(
    'WD7242',
    'authorization-header-three-components',
    /\b(?:(AuthorizationHeaderMalformed):? )?The authorization header is malformed; the authorization header requires three components\b/g,
    'header-key-empty',
    'The authorization header is malformed; the authorization header requires three components'
  ),
  // Clients' own words for keys they do not have: the AWS CodeBuild Jenkins plugin's `Enter valid
  // AWS access and secret keys` (awslabs/aws-codebuild-jenkins-plugin#4), the Java SDK v2's
  // `Access key ID cannot be blank.` (jenkinsci/amazon-ecr-plugin#194), Medusa's `No valid method
  // of AWS authentication provided.` (thelastpickle/cassandra-medusa#483), and the Java SDK v1's
  // web identity provider without its STS module on the class path (gradle/gradle#15332).
  rule('WD7244', 'codebuild-plugin-keys', /Enter valid AWS access and secret keys\b/g, 'missing'),
  // The Java SDK v1's static provider built from no keys (`IllegalArgumentException: credentials
  // cannot be null` at `AWSStaticCredentialsProvider.<init>`, Nextflow's Batch executor,
  // nextflow-io/nextflow#1504): a tool passed the keys it did not have.
  {
    ...rule('WD7259', 'static-credentials-null', /credentials cannot be null\b/g, 'missing'),
    when: (text) => /\bAWSStaticCredentialsProvider\b|\bcom\.amazonaws\./.test(text)
  },
  // OpenDAL's signer (reqsign, under sccache's S3 cache) finding no credentials to sign with
  // (`loading credential to sign http request`, its `service: s3` context below; pytorch/pytorch#150200).
  {
    ...rule(
      'WD7264',
      'reqsign-load-credential',
      /loading credential to sign http request\b/g,
      'missing'
    ),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      const service = /\bservice: ([a-z0-9-]{2,30})\b/.exec(m.input.slice(m.index, m.index + 600))
      if (service) d.service = service[1]!
    }
  },
  // A Go signer's refusal to sign with expired shared credentials (the Session Manager plugin's
  // `failed to sign the request: shared credentials are already expired`, aws/amazon-ssm-agent#522).
  rule(
    'WD7265',
    'shared-credentials-already-expired',
    /credentials are already expired\b/g,
    'expired'
  ),
  // saml2aws refusing to hand out stored credentials past their expiry (`error aws credentials have
  // expired`, Versent/saml2aws#654): log in again.
  rule('WD7260', 'stored-aws-credentials-expired', /aws credentials have expired\b/g, 'expired'),
  // A profile's credential_process that exited with an error (granted's `error when retrieving
  // credentials from custom process`, the SDK's `error in credential_process: exit status 1`,
  // fwdcloudsec/granted#698; the CLI's `Error when retrieving credentials from custom-process:`,
  // ruimarinho/gsts#87): the helper's own output says why, usually its own login expired.
  {
    ...rule(
      'WD7261',
      'credential-process-failed',
      /\b[Ee]rror (?:when retrieving credentials from custom[ -]process|in credential_process: exit status \d{1,3})\b/g,
      'credential-process',
      'when retrieving credentials from custom'
    ),
    needs: ['when retrieving credentials from custom', 'in credential_process: exit status']
  },
  rule('WD7245', 'access-key-id-blank', /Access key ID cannot be blank\b/g, 'missing'),
  rule(
    'WD7249',
    'no-valid-aws-authentication',
    /No valid method of AWS authentication provided\b/g,
    'missing'
  ),
  // The last only as a provider's debug line alone: under the chain's own error it is that error's
  // detail (WD758 and its trap, sdk-sts-module-missing).
  {
    ...rule(
      'WD7243',
      'web-identity-sts-module-missing',
      /To use assume role profiles the aws-java-sdk-sts module must be on the class path\b/g,
      'missing'
    ),
    when: (text) => !JAVA_CHAIN.test(text)
  },
  // A tool's own line that it found no credentials (CredMaster: `Unable to load AWS credentials`
  // and nothing more, knavesec/CredMaster#69): the line alone, so that the Java SDK's longer words
  // stay their rule's.
  {
    ...rule(
      'WD7235',
      'unable-to-load-aws-credentials',
      /^[ \t]*Unable to load AWS credentials[ \t.!]*$/gm,
      'missing',
      'Unable to load AWS credentials'
    )
  },
  // IAM Identity Center's OIDC service refusing the client a tool registered (go-aws-sso refreshing
  // its token: `InvalidClientException: {… StatusCode: 401 … Error_: "invalid_client",
  // Error_description: "Invalid client provided"`, theurichde/go-aws-sso#150): the registration
  // cached beside the token expired or is gone; signing in again registers a new one.
  codedRule(
    'WD7236',
    'sso-oidc-invalid-client',
    /\b(InvalidClientException): ?(?=[^]{0,400}?\b(?:invalid_client|Invalid client provided)\b)/g,
    'sso-expired',
    'InvalidClientException'
  ),
  // S3 refusing a signature before any policy, under the code AccessDenied: a request dated in the
  // future (`<Message>Request is not yet valid</Message>` with `X-Amz-Date` and `ServerTime`,
  // dmjio/s3-signer#16: a signer writing milliseconds), and headers sent but left out of the
  // signature (`There were headers present in the request which were not signed`, with
  // `<HeadersNotSigned>host</HeadersNotSigned>`, aws/aws-sdk-js#2601). Both are the signer's.
  {
    ...rule(
      'WD7229',
      's3-request-not-yet-valid',
      s3MessageUnderCode('Request is not yet valid'),
      'clock-skew',
      'Request is not yet valid'
    ),
    when: (text) => /\bAccessDenied\b/.test(text),
    facts: (_m, d) => {
      d.detail.cause = 'clock-skew'
      d.code = 'AccessDenied'
    }
  },
  {
    ...rule(
      'WD7230',
      's3-headers-not-signed',
      s3MessageUnderCode('There were headers present in the request which were not signed'),
      'signature',
      'There were headers present in the request which were not signed'
    ),
    facts: (m, d) => {
      d.detail.cause = 'signature'
      if (m[1] || /\bAccessDenied\b/.test(m.input)) d.code = 'AccessDenied'
    }
  },
  // The AWS Common Runtime's credential providers (Mountpoint for Amazon S3, the CRT-based SDK
  // clients) logging why they have no credentials: `ERROR awscrt::AuthCredentialsProvider: static:
  // invalid credential_source property: SomeWrongSource` (awslabs/mountpoint-s3's troubleshooting
  // guide). The profile is unusable: nothing to sign with.
  rule(
    'WD872',
    'crt-credentials-provider-error',
    /\bERROR awscrt::AuthCredentialsProvider: [^\n]{1,300}/g,
    'missing',
    'ERROR awscrt::AuthCredentialsProvider: '
  ),
  rule(
    'WD782',
    's3-anonymous',
    /\bAnonymous (?:users cannot [\w -]{1,80}\.\s+Please authenticate\b|access is forbidden for this operation\b)/g,
    'anonymous',
    'Anonymous '
  ),
  // The CodeDeploy agent polling with no credentials (`InstanceAgent::Plugins::CodeDeployPlugin::
  // CommandPoller: Missing credentials - please check if this instance was started with an IAM
  // instance profile`, go-furnace/go-furnace#57): the instance has no profile, or the agent
  // started before one was attached.
  rule(
    'WD7069',
    'codedeploy-agent-no-credentials',
    /\bMissing credentials - please check if this instance was started with an IAM instance profile\b/g,
    'missing',
    'Missing credentials - please check',
    'codedeploy'
  ),
  // botocore asked for a profile the config does not hold (`The config profile (None) could not be
  // found`: git's CodeCommit helper run with no profile set, aws-quickstart/quickstart-amazon-marketing-cloud#49):
  // nothing was signed.
  // The Go SDK v2 (`failed to get shared config profile, NAME`, aws/aws-sdk-go-v2#2430) and the JS
  // SDK v3's fromIni (`Profile NAME could not be found or parsed in shared credentials file.`,
  // aws/aws-sdk-js-v3#4740) in their own words.
  {
    ...rule(
      'WD7079',
      'profile-not-found',
      /\bThe config profile \([^()\n]{1,100}\) could not be found\b|\bfailed to get shared config profile, [^\s,]{1,100}|\bProfile [^\s]{1,100} could not be found or parsed in shared credentials file\b|\bCredentials not set for profile [^\s]{1,100}|\bCredentialsException: Cannot read credentials from [^\s]{1,300}|\bNoSuchProfileError: Profile [`'"][^`'"\n]{1,100}['"`] not found\b/g,
      'missing',
      'The config profile ('
    ),
    // The JS SDK v2's SharedIniFileCredentials too (`SharedIniFileCredentialsProviderFailure:
    // Credentials not set for profile default`, CDK v1 resolving its account, aws/aws-cdk#3289).
    needs: [
      'The config profile (',
      'failed to get shared config profile',
      'could not be found or parsed in shared credentials',
      'Credentials not set for profile ',
      // The Ruby SDK's (aws-sdk-core's `Aws::Errors::NoSuchProfileError: Profile \`default' not found
      // in ~/.aws/credentials`, amazon-archives/aws-sdk-core-ruby#104).
      'NoSuchProfileError: Profile ',
      // The PHP SDK's ini provider, the file missing for the web server's user (aws/aws-sdk-php#1840).
      'CredentialsException: Cannot read credentials from'
    ],
    facts: (m, d) => {
      d.detail.cause = 'missing'
      // The JS SDK's class before its message.
      const before = m.input.slice(Math.max(0, m.index - 60), m.index)
      const sdkClass =
        /\b(CredentialsProviderError|SharedIniFileCredentialsProviderFailure):[ \t]*$/.exec(before)
      if (sdkClass) d.code = sdkClass[1]!
    }
  },
  // efs-utils reading the profile a mount names (`AWS security credentials not found in
  // /root/.aws/credentials or /root/.aws/config under named profile [NAME]`; with botocore missing,
  // `Cannot find credentials for NAME, to assume this profile, please install botocore first`,
  // aws/efs-utils#109): the mount's IAM option has nothing to sign with.
  rule(
    'WD7087',
    'efs-utils-no-credentials',
    /\bAWS security credentials not found in [^\n]{1,200}? under named profile \[[^\]\n]{1,100}\]|\bCannot find credentials for [^\s,]{1,100}, to assume this profile, please install botocore first\b/g,
    'missing',
    'AWS security credentials not found in '
  ),
  // Hadoop's old s3:// and s3n:// file systems with no keys (`AWS Access Key ID and Secret Access
  // Key must be specified as the username or password (respectively) of a s3 URL, or by setting the
  // fs.s3.awsAccessKeyId or fs.s3.awsSecretAccessKey properties`, tweag/sparkle#24).
  rule(
    'WD7088',
    'hadoop-s3-keys-unset',
    /\bAWS Access Key ID and Secret Access Key must be specified as the username or password\b/g,
    'missing',
    'AWS Access Key ID and Secret Access Key must be specified',
    's3'
  ),
  // API Gateway's words for an unsigned call as a logfmt field (Grafana's Prometheus data source
  // querying Amazon Managed Service for Prometheus without SigV4: `msg="Missing Authentication
  // Token" error="Missing Authentication Token"`, aws-ia/terraform-aws-eks-blueprints#1366,
  // h121-033). Only AWS answers in these words; an unknown path at API Gateway answers the same.
  rule(
    'WD7198',
    'logfmt-missing-authentication-token',
    /\b(?:msg|error|err)="Missing Authentication Token"/g,
    'missing',
    'Missing Authentication Token'
  ),
  // The Pulumi AWS provider's own words before any call, the chain empty or its keys refused by
  // STS's identity check (`unable to discover AWS AccessKeyID and/or SecretAccessKey`,
  // pulumi/pulumi#5072; `unable to validate AWS credentials`, pulumi/pulumi-aws#2044).
  rule(
    'WD7199',
    'pulumi-aws-credentials-not-found',
    /\bunable to discover AWS AccessKeyID and\/or SecretAccessKey\b/g,
    'missing',
    'unable to discover AWS AccessKeyID'
  ),
  {
    ...rule(
      'WD7200',
      'pulumi-aws-credentials-invalid',
      /\bunable to validate AWS (?:AccessKeyID and\/or SecretAccessKey|credentials)\b/g,
      'invalid',
      'unable to validate AWS '
    ),
    // Later providers print STS's own answer under it (`Details: … operation error STS:
    // GetCallerIdentity, … api error IncompleteSignature: …`, pulumi/pulumi-aws#2986): that one
    // says what failed, read by its own grammar.
    accept: (m) =>
      !/\bapi error [A-Z]|\b[Ss]tatus ?[Cc]ode: \d{3}/.test(
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 600)
      )
  },
  // The Go SDK v1 refusing a shared config profile it cannot load (`SharedConfigErr: only one
  // credential type may be specified per profile: source profile, credential source, credential
  // process, web identity token, or sso`, pulumi/pulumi-aws#1340): no request was signed.
  {
    ...rule(
      'WD7201',
      'go-shared-config-error',
      // Its assume-role form names the cause (WD7177): the others say it in their message.
      /\bSharedConfig(?:Err|LoadError|ProfileNotExistsError): [^\n]{1,300}/g,
      'missing',
      'SharedConfig'
    ),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      d.code = /^\w+/.exec(m[0])![0]
    }
  },
  // OpenTelemetry's sigv4auth extension finding no credentials when the collector starts
  // (`extension "sigv4auth" has invalid configuration: bad AWS credentials`,
  // open-telemetry/opentelemetry-operator#1007): nothing was sent to AWS.
  rule(
    'WD7202',
    'otel-sigv4auth-no-credentials',
    /\bextension "sigv4auth[^"\n]{0,40}" has invalid configuration: bad AWS credentials\b/g,
    'missing',
    'has invalid configuration: bad AWS credentials'
  ),
  // Ansible's old EC2 inventory script (boto 2) after AWS refused its keys: `Authentication error
  // retrieving ec2 inventory.` with its guesses where the keys came from (ansible/ansible#15215).
  rule(
    'WD7203',
    'ansible-ec2-inventory-auth',
    /\bAuthentication error retrieving ec2 inventory\b/g,
    'invalid',
    'Authentication error retrieving ec2 inventory',
    'ec2'
  ),
  // STS's words in the .NET SDK for a call sent without a signature (`Error calling AssumeRole for
  // role … ---> AmazonSecurityTokenServiceException: Request is missing Authentication Token`,
  // aws/aws-sdk-net#681): the profile's source credentials were never found.
  rule(
    'WD7212',
    'request-missing-authentication-token',
    /\bRequest is missing Authentication Token\b/g,
    'missing',
    'Request is missing Authentication Token'
  ),
  // The .NET Lambda tools naming a profile the shared files do not hold (`Credentials for profile
  // MyRole cannot be found`, aws/aws-lambda-dotnet#228).
  rule(
    'WD7213',
    'profile-credentials-not-found',
    /\bCredentials for profile \S{1,128} cannot be found\b/g,
    'missing',
    'Credentials for profile '
  ),
  // LangChain's AWS clients wrapping boto3's empty chain in their validator (`Could not load
  // credentials to authenticate with AWS client. Please check that credentials in the specified
  // profile name are valid.`, langchain-ai/langchain#9117).
  rule(
    'WD7214',
    'langchain-aws-no-credentials',
    /\bCould not load credentials to authenticate with AWS client\b/g,
    'missing',
    'Could not load credentials to authenticate with AWS client'
  ),
  // botocore's refreshable credentials answered without keys (`Error when retrieving credentials
  // from iam-role: Credential refresh failed, response did not contain: access_key, secret_key,
  // token, expiry_time`, langgenius/dify#13295): from the instance role, the metadata service's
  // answer was not one (IMDSv2's hop limit from a container, a proxy in the way).
  {
    ...rule(
      'WD7215',
      'credential-refresh-incomplete',
      /\bCredential refresh failed, response did not contain: [\w, ]{1,120}/g,
      'missing',
      'Credential refresh failed, response did not contain'
    ),
    facts: (m, d) => {
      d.detail.cause = /\bfrom iam-role\b/.test(m.input.slice(Math.max(0, m.index - 200), m.index))
        ? 'imds-error'
        : 'missing'
    }
  },
  // PostgreSQL on RDS and Aurora refusing the login of a user granted rds_iam: PAM checks the IAM
  // authentication token (`FATAL:  PAM authentication failed for user "test_rds"`,
  // aws/aws-sdk-java#2617; lib/pq's `pq: PAM authentication failed for user "x"`). RDS offers PAM
  // to rds_iam users only.
  rule(
    'WD7223',
    'rds-iam-pam-refused',
    /\bPAM authentication failed for user "?[^"\s]{1,128}"?/g,
    'rds-iam-token',
    'PAM authentication failed'
  ),
  // MySQL on RDS and Aurora refusing an IAM database user's token in MySQL's generic words
  // (`java.sql.SQLException: Access denied for user 'u'@'h' (using password: YES)` under the AWS
  // JDBC driver's IAM plugin, awslabs/aws-mysql-jdbc#348): only where the record shows IAM
  // database authentication, as any MySQL server answers a wrong password the same.
  {
    ...rule(
      'WD7224',
      'rds-iam-mysql-refused',
      /\bAccess denied for user '[^'\n]{1,128}'@'[^'\n]{1,255}' \(using password: YES\)/g,
      'rds-iam-token',
      'Access denied for user '
    ),
    // A password refused by an Aurora endpoint is a password refused (h84-025): the record must show
    // IAM database authentication itself.
    when: (text) =>
      /\bRDS\.Signer\b|\bgenerate-db-auth-token\b|\bAuthTokenGenerator\b|\bAWSAuthenticationPlugin\b|\buseAwsIam\b|\bIAM (?:database )?auth(?:entication)?\b|\brds-db:connect\b/i.test(
        text
      )
  },
  // The CodeDeploy agent's metadata reads refused where IMDSv2 is required (`RuntimeError - HTTP
  // error from metadata service, code 401`, aws/aws-codedeploy-agent#269): an agent too old to ask
  // for a session token gets no region and no credentials.
  rule(
    'WD7225',
    'metadata-service-http-error',
    /\bHTTP error from metadata service, code 40[13]\b/g,
    'imds-error',
    'HTTP error from metadata service'
  ),
  // The .NET SDK's exception after API Gateway's or a JSON endpoint's answer to an unsigned call
  // (`Missing Authentication Token Amazon.Runtime.Internal.HttpErrorResponseException`, a Cognito
  // user lookup with no credentials, aws/aws-sdk-net-extensions-cognito#95).
  rule(
    'WD7090',
    'dotnet-missing-authentication-token',
    /\bMissing Authentication Token(?=[ \t*]{0,6}Amazon\.Runtime\.)/g,
    'missing',
    'Missing Authentication Token'
  ),
  // Amazon Q Business refusing a chat call made without an end user's identity: applications on
  // IAM Identity Center take only identity-aware sessions (`User ID must be null and identity-aware
  // credentials must be passed for identity-center enabled applications`, ChatSync,
  // aws-samples/amazon-q-business-code-analysis#27); no Allow makes a plain role's call one.
  rule(
    'WD7120',
    'qbusiness-identity-aware-required',
    /\bidentity-aware credentials must be passed\b[^\n"]{0,80}/g,
    'identity-aware-required',
    'identity-aware credentials must be passed',
    'qbusiness'
  ),
  // CloudFront KeyValueStore refusing a plain SigV4 signature (`InvalidSignatureException: The
  // credential must be scoped to a valid region.`, @aws-sdk/client-cloudfront-keyvaluestore,
  // aws/aws-sdk-js-v3#5576): it takes only SigV4a. Elsewhere the same words are a scope's Region.
  {
    ...rule(
      'WD7092',
      'sigv4a-required',
      /\bThe credential must be scoped to a valid region\b/g,
      'sigv4a-required',
      'The credential must be scoped to a valid region'
    ),
    facts: (m, d) => {
      d.detail.cause = /keyvaluestore|Multi-Region Access Point|\.mrap\b/i.test(m.input)
        ? 'sigv4a-required'
        : 'scope-region'
    }
  },
  // The JS SDK v3's chain returning an object without keys (`Resolved credential object is not
  // valid`, a Polly CLI with a profile that holds none, eheikes/tts#145); boto3's container
  // provider refused by the ECS agent's endpoint (`CredentialRetrievalError: Error when retrieving
  // credentials from container-role: … Credentials not found`, aws/amazon-ecs-agent#1780).
  rule(
    'WD7098',
    'resolved-credentials-invalid',
    /\bResolved credential object is not valid\b/g,
    'missing',
    'Resolved credential object is not valid'
  ),
  // fluent-plugin-opensearch's and similar Ruby plugins' words when the SDK's chain found nothing
  // (`error="No valid AWS credentials found."`, fluent/fluent-plugin-opensearch#129).
  rule('WD7114', 'no-valid-credentials-found', /No valid AWS credentials found/g, 'missing'),
  // The agent's answer may carry STS's code (`… non 200 response 400 from container metadata:
  // [id]: (ExpiredTokenException): The token included in the request is expired`, EKS Pod
  // Identity's agent with a stale projected token, boto/botocore#3117): that code.
  {
    ...rule(
      'WD7099',
      'container-credentials-refused',
      /\bError when retrieving credentials from container-role: [^\n]{0,400}/g,
      'container-credentials',
      'Error when retrieving credentials from container-role: '
    ),
    facts: (m, d) => {
      d.detail.cause = 'container-credentials'
      const answer = /: \((\w{3,60})\): /.exec(m[0])
      if (answer) d.code = answer[1]!
      // STS's expiry relayed by EKS Pod Identity's agent (the ECS agent answers in its own words):
      // the pod's service-account token the SDK sent was stale (heldout161 review h161-033).
      if (/^ExpiredToken/.test(answer?.[1] ?? '')) d.detail.cause = 'pod-identity-token-expired'
      // Greengrass's token exchange service on the device's loopback (`Could not connect to the
      // endpoint URL: "http://localhost:39279/2016-11-01/credentialprovider/"`, boto/botocore#3353,
      // heldout169 review h169-036), not ECS's agent.
      if (GREENGRASS_TES.test(m[0])) d.detail.cause = 'greengrass-token-exchange'
    }
  },
  // STS unable to fetch the identity provider's signing keys, in the PHP SDK's words (`couldn't
  // retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity
  // documentation for requirements`, aws/aws-sdk-php#1725): the provider's JWKS must be reachable.
  rule(
    'WD7106',
    'oidc-verification-key-words',
    /\bcouldn't retrieve verification key from your identity provider\b/gi,
    'oidc-verification-key',
    "couldn't retrieve verification key from your identity provider"
  ),
  // Octopus Deploy's own code for an AWS login that failed (`AWS-LOGIN-ERROR-0006: Failed to login
  // via external credentials assigned to the worker.`, OctopusDeploy/Issues#8650).
  // Below any SDK message it wraps (h49-013: the instance role Calamari could not read).
  {
    ...rule(
      'WD7107',
      'octopus-aws-login-error',
      /\bAWS-LOGIN-ERROR-\d{4}: [^\n]{1,200}/g,
      'missing',
      'AWS-LOGIN-ERROR-'
    ),
    priority: PRIORITY.credentials - 2
  },
  // fog (vagrant-aws, knife-ec2, Ruby tools before the SDK) refusing to start without its keys
  // (`Missing required arguments: aws_access_key_id, aws_secret_access_key`, mitchellh/vagrant-aws#224):
  // AWS never answered; the tool's settings hold no key. Unless fog's fetch of the instance
  // profile's credentials timed out just before (`[fog][WARNING] Unable to fetch credentials:
  // connect_write timeout reached`, fog/fog-aws#162, heldout138 review h138-001): then the metadata
  // service did not answer, and keys were never meant to be set.
  {
    ...rule(
      'WD7070',
      'fog-missing-keys',
      /\bMissing required arguments: (?:aws_access_key_id|aws_secret_access_key)\b(?:, \w{1,40})*/g,
      'missing',
      'Missing required arguments: '
    ),
    facts: (m, d) => {
      d.detail.cause =
        /\[fog\]\[WARNING\] Unable to fetch credentials: [^\n]{0,80}\btimeout\b/.test(
          m.input.slice(Math.max(0, m.index - 2000), m.index)
        )
          ? 'credential-timeout'
          : 'missing'
    }
  },
  // Redshift's COPY/UNLOAD whose CREDENTIALS string names no key (`error:  AWS access key ID not
  // found` in its load-error detail, an R client's COPY, r-lib/devtools#1813).
  rule(
    'WD7291',
    'redshift-copy-no-key',
    /\bAWS access key ID not found\b/g,
    'redshift-copy-credentials',
    'AWS access key ID not found'
  ),
  // Redshift refusing a password session what only an IAM one may read (`Error retrieving columns
  // from the auto-mounted catalog: Current user is not authenticated with IAM credentials.`,
  // aws/amazon-redshift-python-driver#189).
  rule(
    'WD7292',
    'redshift-not-iam-session',
    /\bCurrent user is not authenticated with IAM credentials\b/g,
    'redshift-iam-session',
    'Current user is not authenticated with IAM credentials'
  ),
  // The Greengrass nucleus' token exchange service without credentials for its components (`Error
  // in retrieving AwsCredentials from TES. {iotCredentialsPath=/role-aliases/…, credentialData=Failed
  // to get connection}`, aws-greengrass/aws-greengrass-nucleus#1021).
  rule(
    'WD7293',
    'greengrass-tes-no-credentials',
    /\bError in retrieving AwsCredentials from TES\b/g,
    'greengrass-tes',
    'Error in retrieving AwsCredentials from TES'
  ),
  // Amazon Bedrock refusing an expired API key (`AccessDeniedException: Bearer Token has expired
  // (Service: BedrockRuntime, Status Code: 403, …)`): the code is AccessDenied, the cause the key.
  rule(
    'WD7294',
    'bedrock-bearer-token-expired',
    /\bBearer Token has expired\b/g,
    'bedrock-api-key-expired',
    'Bearer Token has expired',
    'bedrock'
  ),
  // sbt finding no credentials whose realm and host match the repository's (`[error] Unable to
  // find credentials for [… @ ….amazonaws.com].`, a CodeArtifact resolver, sbt/sbt#7473): the
  // request went without its token.
  {
    id: 'sbt-no-credentials-for-host',
    rule: 'WD7300',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['Unable to find credentials for ['],
    re: /\bUnable to find credentials for \[[^\]\n]{1,200} @ [^\]\n]{0,200}\.amazonaws\.com(?:\.cn)?\]/g,
    facts: (m, d) => {
      if (/\.codeartifact\./.test(m[0])) {
        d.service = 'codeartifact'
        d.detail.cause = 'codeartifact-token'
      }
    }
  },
  // Rust's object_store (pg_parquet, delta-rs, DataFusion) asking the instance metadata service
  // for a token it could not reach (`url: "http://169.254.169.254/latest/api/token", source:
  // hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", … TimedOut …`,
  // CrunchyData/pg_parquet#9): no credentials were found off EC2, so none were sent.
  {
    id: 'object-store-imds-unreachable',
    rule: 'WD7301',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['http://169.254.169.254/latest/'],
    re: /\burl: \\?"http:\/\/169\.254\.169\.254\/latest\/(?:api\/token|meta-data\/iam\/security-credentials\/?[\w+=,.@-]{0,64})\\?", source: [^\n]{0,300}?(?:ConnectError|TimedOut|\(Connect,|connection refused)/g,
    facts: (m, d) => {
      d.detail.cause = 'credential-timeout'
      const line = m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)
      if (/\bstore: \\?"S3\\?"/.test(line)) d.service = 's3'
    }
  },
  // Soto (Swift) with no provider in its chain (`SotoCore.CredentialProviderError` / `No
  // credential provider found`, soto-project/soto-core#515).
  rule('WD7302', 'soto-no-credential-provider', /No credential provider found/g, 'missing'),
  // A client's own words over SES's unsigned-request code (`Missing Authentication Token (code
  // MissingAuthenticationTokenException)`, Symfony Mailer in Craft CMS, putyourlightson/craft-amazon-ses#15).
  {
    ...rule(
      'WD7303',
      'missing-token-code',
      /\bMissing Authentication Token \(code (MissingAuthenticationToken(?:Exception)?)\)/g,
      'missing',
      'Missing Authentication Token (code '
    ),
    facts: (m, d) => {
      d.detail.cause = 'missing'
      d.code = m[1]!
    }
  },
  // AWS.jl with no credentials anywhere (`InitError: Can't find AWS credentials!`, JuliaCloud/AWS.jl#449).
  rule('WD7306', 'aws-jl-no-credentials', /Can't find AWS credentials!/g, 'missing'),
  // Julia's AWS packages asking the instance metadata service for the role and getting a timeout
  // (`IOError(… connection timed out (ETIMEDOUT) …) during request(http://169.254.169.254/latest/
  // meta-data/iam/info)`, JuliaCloud/AWSCore.jl#102) or a 401 (`StatusError(401, "GET",
  // "/latest/meta-data/iam/info"`, an expired IMDSv2 token, JuliaCloud/AWS.jl#736).
  {
    id: 'julia-imds-request-failed',
    rule: 'WD7307',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['during request(http:', 'StatusError(40'],
    re: /\b(?:timed out|ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH)\b[^\n]{0,200}?\bduring request\(http:\/\/169\.254\.169\.254\/latest\/(?:meta-data\/iam\/[\w/-]{0,64}|api\/token)\)|\bStatusError\(40[13], "(?:GET|PUT)", "\/latest\/(?:meta-data\/iam\/[\w/-]{0,64}|api\/token)"/g,
    facts: (m, d) => {
      d.detail.cause = m[0].startsWith('StatusError') ? 'imds-error' : 'credential-timeout'
    }
  },
  // acme.sh's dns_aws with no keys set and no instance role read (`You haven't specified the aws
  // route53 api key id and and api key secret yet.`, acmesh-official/acme.sh#4960).
  rule(
    'WD7308',
    'acme-sh-route53-no-keys',
    /You haven't specified the aws route53 api key id and(?: and)? api key secret yet/g,
    'missing'
  ),
  // The Go SDK v1 given a static provider with empty keys (`fetch from s3: fetch object from s3:
  // EmptyStaticCreds: static credentials are empty`, the helm-s3 plugin on a runner meant to use
  // its instance role, hypnoglow/helm-s3#15).
  codedRule(
    'WD7314',
    'go-empty-static-creds',
    /\b(EmptyStaticCreds): static credentials are empty\b/g,
    'missing',
    'static credentials are empty'
  ),
  // The Go SDK v1 reading a profile whose role asks for MFA, in a program that gave it no way to
  // prompt for the code (`AssumeRoleTokenProviderNotSetError: assume role with MFA enabled, but
  // AssumeRoleTokenProvider session option not set.`, the ECS local container endpoints under
  // docker compose, awslabs/amazon-ecs-local-container-endpoints#238).
  codedRule(
    'WD7315',
    'go-mfa-token-provider-not-set',
    /\b(AssumeRoleTokenProviderNotSetError): assume role with MFA enabled\b/g,
    'mfa-token-provider',
    'assume role with MFA enabled'
  ),
  // Vagrant's AWS provider validating its configuration before any call (`* One or more of the
  // needed AWS credentials are missing. No environment variables are set nor profile 'default'
  // exists at '…/.aws/'`, srvk/DiViMe#145).
  rule(
    'WD7316',
    'vagrant-aws-credentials-missing',
    /\bOne or more of the needed AWS credentials are missing\b/g,
    'missing',
    'One or more of the needed AWS credentials are missing'
  ),
  // The same check in vagrant-aws's later words, one line per missing key (`* An access key ID
  // must be specified via "access_key_id"`, cloudfoundry-attic/bosh-lite#235).
  rule(
    'WD7362',
    'vagrant-aws-access-key-required',
    /\bAn access key ID must be specified via "access_key_id"/g,
    'missing',
    'An access key ID must be specified via'
  ),
  // Credential tools refusing a profile before any call: aws-vault's login with no long-term keys
  // to federate from (`No master credentials found`, 99designs/aws-vault#1134), awsume's profile
  // check (`Invalid profile [default] Missing keys aws_access_key_id, aws_secret_access_key, or
  // credential_source, or credential_process`, xeger/awsume-1password-plugin#8), Ansible's boto 2
  // modules (`Profile given for AWS was not found.`, ansible/ansible#44330).
  {
    ...rule(
      'WD7363',
      'credential-tool-profile-refused',
      /\bNo master credentials found\b|\bMissing keys aws_access_key_id, aws_secret_access_key\b|\bProfile given for AWS was not found\b/g,
      'missing',
      'No master credentials found'
    ),
    needs: [
      'No master credentials found',
      'Missing keys aws_access_key_id',
      'Profile given for AWS was not found'
    ]
  },
  // External Secrets building its AWS session from a Kubernetes secret it could not read (`unable
  // to create aws session: could not fetch SecretAccessKey secret: cannot get Kubernetes secret
  // …`, an ECR token generator's event, external-secrets/external-secrets#3289).
  rule(
    'WD7317',
    'external-secrets-aws-session-keys',
    /\bunable to create aws session: could not fetch (?:AccessKeyID|SecretAccessKey|SessionToken) secret\b/g,
    'external-secrets-keys',
    'unable to create aws session: could not fetch '
  ),
  // AppSync refusing a request whose token is missing or not one it accepts (`"errorType" :
  // "UnauthorizedException", "message" : "Valid authorization header not provided."`, Cognito
  // user-pool auth behind Amplify, aws-amplify/amplify-js#4373).
  rule(
    'WD7318',
    'appsync-authorization-header',
    /\bValid authorization header not provided\b/g,
    'appsync-auth',
    'Valid authorization header not provided',
    'appsync'
  ),
  // A signer that named a header it did not send (`IncompleteSignatureException: 'x-amz-security-token'
  // is named as a SignedHeader, but it does not exist in the HTTP request`, curl's --aws-sigv4 with an
  // empty session token, curl/curl#11007).
  codedRule(
    'WD7319',
    'signed-header-missing',
    /(?:\b(IncompleteSignature(?:Exception)?):[ \t]{0,3})?'[\w-]{1,64}' is named as a SignedHeader, but it does not exist in the HTTP request\b/g,
    'signature-incomplete',
    ' is named as a SignedHeader, but it does not exist in the HTTP request'
  ),
  // Jenkins' Amazon ECR plugin finding no AWS credential under the id an `ecr:REGION:ID` login names
  // (`Could not find credentials matching ecr:me-central-1:XXXXXX`, jenkinsci/amazon-ecr-plugin#171):
  // no token was asked for.
  rule(
    'WD7322',
    'jenkins-ecr-credentials-not-found',
    /\bCould not find credentials matching ecr:[a-z0-9-]{2,30}:\S{1,200}/g,
    'jenkins-credential-id',
    'Could not find credentials matching ecr:'
  ),
  // Artifact Manager on S3 given keys that are no session's (`java.io.IOException: No valid session
  // credentials`, its README's troubleshooting): the plugin asks for temporary credentials it can
  // pass on, before any call to S3.
  rule(
    'WD7323',
    'jenkins-s3-session-credentials',
    /\bNo valid session credentials\b/g,
    'jenkins-session-credentials',
    'No valid session credentials'
  ),
  // A tool naming its own AWS credentials expired (`An error message appears "AWS Deadline Cloud
  // credentials are expired."`, aws-deadline/deadline-cloud-for-houdini#134): the product's name
  // between `AWS` and the words, so a sentence about credentials in general is not one.
  rule(
    'WD7326',
    'aws-product-credentials-expired',
    /\bAWS(?: [A-Z][\w-]{1,30}){1,3} credentials are expired\b/g,
    'expired',
    ' credentials are expired'
  ),
  // AWS GameKit's editor settings refusing a key pair STS did not accept (`AWS Credentials entered
  // are not a valid pair`, aws/aws-gamekit-unity#5).
  rule(
    'WD7327',
    'aws-credentials-not-valid-pair',
    /\bAWS Credentials entered are not a valid pair\b/g,
    'invalid',
    'are not a valid pair'
  ),
  // Amazon MSK's broker refusing an IAM login whose signing credentials expire too soon (`[<request
  // id>]: Session too short`, aws/aws-msk-iam-auth#176 from the Java client,
  // aws/aws-msk-iam-sasl-signer-net#16 from librdkafka): the broker's bracketed request id before
  // the words is MSK's own (src/parse/grammars/mskIamSasl.ts).
  rule(
    'WD7330',
    'msk-iam-session-too-short',
    /\[[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\]: Session too short\b/g,
    'msk-session-short',
    ']: Session too short'
  ),
  // The Kinesis Producer Library's native daemon finding no credentials (`[error] [main.cc:156]
  // Could not retrieve credentials from anywhere.`, awslabs/amazon-kinesis-producer#27).
  rule(
    'WD7331',
    'kpl-no-credentials',
    /\bCould not retrieve credentials from anywhere\b/g,
    'missing',
    'Could not retrieve credentials from anywhere'
  ),
  // Haskell's amazonka (cache-s3 and other tools) looking only at the shared credentials file and
  // not finding it (`cache-s3: MissingFileError "/var/lib/…/.aws/credentials"`, fpco/cache-s3#14).
  rule(
    'WD7332',
    'amazonka-credentials-file-missing',
    /\bMissingFileError "[^"\n]{0,300}\.aws\/credentials"/g,
    'missing',
    'MissingFileError "'
  ),
  // A package manager's refused request to a CodeArtifact repository (poetry: `Source (private):
  // Authorization error accessing https://DOMAIN-OWNER.d.codeartifact.REGION.amazonaws.com/pypi/…`,
  // astral-sh/uv#11899): the repository's token, expired after its hours or never sent.
  rule(
    'WD7333',
    'codeartifact-authorization-error',
    /\bAuthorization error accessing https?:\/\/[\w.-]{1,200}\.codeartifact\.[a-z0-9-]{1,30}\.amazonaws\.com(?:\.cn)?\/[^\s]{0,500}/g,
    'codeartifact-token',
    'Authorization error accessing',
    'codeartifact'
  ),
  // S3 reading an access key ID it cannot parse from the Authorization header (`The authorization
  // header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/
  // SERVICE/aws4_request"`, grokability/snipe-it#8738): the key was empty or held a slash or space.
  rule(
    'WD7334',
    's3-credential-malformed',
    /\bThe authorization header is malformed; the Credential is mal-formed\b/g,
    'header-key-empty',
    'the Credential is mal-formed',
    's3'
  ),
  // pgBackRest told to use EKS Pod Identity where the agent's variables were not injected
  // (`option 'repo1-s3-key-type' is 'pod-id' but 'AWS_CONTAINER_CREDENTIALS_FULL_URI' and
  // 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE' are not set`, pgbackrest/pgbackrest#2719): no
  // association for the pod's service account, or the pod started before it.
  rule(
    'WD7336',
    'container-credentials-env-unset',
    /'AWS_CONTAINER_CREDENTIALS_FULL_URI'(?: and '[A-Z_]{1,60}')? (?:is|are) not set\b/g,
    'pod-identity-association',
    "'AWS_CONTAINER_CREDENTIALS_FULL_URI'"
  ),
  // The EKS Pod Identity agent refusing a pod whose service account no association names
  // (`(ResourceNotFoundException): The token included in the request has no service account role
  // association for it.`, botocore's container provider under barman-cloud in CloudNativePG's notes).
  codedRule(
    'WD7343',
    'pod-identity-no-association',
    /(?:\b(ResourceNotFoundException)\)?:? )?The token included in the request has no service account role association\b/g,
    'pod-identity-association',
    'has no service account role association'
  ),
  // A client's request for an IMDSv2 token that never got an answer (Rust's object_store under
  // polars: `error sending request for url (http://169.254.169.254/latest/api/token): error trying
  // to connect: tcp connect error: Host is down`, pola-rs/polars#11372): no credentials elsewhere,
  // and no instance metadata service to ask.
  rule(
    'WD7348',
    'imds-token-unreachable',
    /\berror sending request for url \(http:\/\/169\.254\.169\.254\/latest\/(?:api\/token|meta-data\/iam\/security-credentials\/?[^)\s]{0,100})\)/g,
    'imds-error',
    'error sending request for url (http://169.254.169.254/latest/'
  ),
  // A deploy tool's own check for credentials (Bref's `[ERROR] AWS credentials not found.`,
  // brefphp/bref#79).
  rule(
    'WD7349',
    'aws-credentials-not-found',
    /\bAWS credentials not found\b/g,
    'missing',
    'AWS credentials not found'
  ),
  // Fluent Bit's AWS credentials provider refused its role (`[aws_credentials] sts assume role
  // request failed`, its CloudWatch and Firehose outputs under IRSA): the role's trust or the
  // pod's token.
  rule(
    'WD7350',
    'fluent-bit-assume-role-failed',
    /\[aws_credentials\] sts assume role request failed\b/g,
    undefined,
    '[aws_credentials] sts assume role request failed'
  ),
  // The AWS SDK for C++'s chain finding nothing (`credentials_provider_chain.cc:41] aws: failed to
  // load credentials; no credential provider found`, Dragonfly's S3 snapshots,
  // dragonflydb/dragonfly#6382): the refusal after it is of an unsigned request.
  rule(
    'WD7337',
    'cpp-chain-no-provider',
    /\bfailed to load credentials; no credential provider found\b/g,
    'missing',
    'failed to load credentials; no credential provider found'
  ),
  // Amazon Redshift's JDBC and ODBC drivers with IAM authentication: the temporary database
  // password GetClusterCredentials issued has run out (`FATAL: IAM Authentication token has
  // expired`, aws/amazon-redshift-jdbc-driver#97).
  rule(
    'WD7338',
    'redshift-iam-token-expired',
    /\bIAM Authentication token has expired\b/g,
    'redshift-db-token-expired',
    'IAM Authentication token has expired'
  ),
  // A registry client's ECR credential helper got no token (`failed to get ECR credentials:
  // credentials not found in native keychain`, concourse/docker-image-resource#270).
  rule(
    'WD7339',
    'ecr-helper-no-credentials',
    /\bfailed to get ECR credentials: [^\n]{1,300}/g,
    'ecr-helper-token',
    'failed to get ECR credentials: ',
    'ecr'
  ),
  // A bearer token refused where the service takes one (Amazon Q Developer's and Kiro's IAM Identity
  // Center or Builder ID token: `AccessDeniedException`, `The bearer token included in the request is
  // invalid.`, aws/amazon-q-developer-cli#3252): a login to renew, no policy.
  {
    ...rule(
      'WD7365',
      'bearer-token-invalid',
      /\bThe bearer token included in the request is invalid\b\.?/g,
      'invalid',
      'The bearer token included in the request is invalid'
    ),
    priority: PRIORITY.credentials + 1,
    facts: (m, d) => {
      d.detail.cause = 'invalid'
      const code = /\b(AccessDeniedException|UnauthorizedException)\b/.exec(
        m.input.slice(Math.max(0, m.index - 200), m.index)
      )
      if (code) d.code = code[1]!
    }
  },
  // API Gateway's (and OpenSearch's) answer to an Authorization header that is not SigV4's whole
  // form (`Authorization header requires 'Credential' parameter. … 'Signature' parameter.`, a PHP
  // client signing for OpenSearch, jeskew/amazon-es-php#29); quotes may be typographic.
  rule(
    'WD7366',
    'authorization-header-incomplete',
    /\bAuthorization header requires ['‘’]Credential['‘’] parameter\b/g,
    'signature-incomplete',
    'Authorization header requires '
  ),
  // An SDK refusing the container credentials URI it was given (`AWS_CONTAINER_CREDENTIALS_FULL_URI
  // must be set to an https:// address or a link local IP address. Found protocol=http,
  // host=localhost`, aws-for-fluent-bit under Greengrass's token exchange service,
  // aws/aws-for-fluent-bit#948): no credentials were loaded.
  {
    ...rule(
      'WD7369',
      'container-credentials-uri-refused',
      /\bAWS_CONTAINER_CREDENTIALS_FULL_URI must be set to an https:\/\/ address or a link local IP address\b[^\n]{0,300}/g,
      'missing',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI must be set'
    ),
    facts: (m, d) => {
      d.detail.cause = GREENGRASS_TES.test(m[0]) ? 'greengrass-token-exchange' : 'missing'
    }
  },
  // electron-forge's S3 publisher stopping before any request for want of keys (`In order to
  // publish to s3 you must set the "s3.accessKeyId", …`, electron/forge#259).
  rule(
    'WD7370',
    'electron-forge-s3-keys',
    /\bIn order to publish to s3 you must set the "s3\.accessKeyId"/g,
    'missing',
    'In order to publish to s3 you must set the',
    's3'
  ),
  // Amplify's app libraries with nothing from the Cognito identity pool to sign with: JS v6
  // (`Credentials should not be empty.`, aws-amplify/amplify-js#12945), Swift (`Could not retreive
  // AWS credentials, credential value is nil or empty`, sic, aws-amplify/amplify-swift#1501), the
  // JS v1 Storage category (`StorageClass - ensure credentials error`, aws-amplify/amplify-js#1280).
  {
    ...rule(
      'WD7351',
      'amplify-app-no-credentials',
      /\bCredentials should not be empty\b|\bCould not retr(?:ie|ei)ve AWS credentials, credential value is nil or empty\b|\bStorageClass - ensure credentials error\b/g,
      'amplify-app-no-credentials',
      'Credentials should not be empty'
    ),
    needs: [
      'Credentials should not be empty',
      'credential value is nil or empty',
      'ensure credentials error'
    ]
  },
  // IAM Roles Anywhere's CreateSession refusing the certificate (`AccessDeniedException: Untrusted
  // Signing Certificate`, aws_signing_helper, aws/rolesanywhere-credential-helper#108): the
  // certificate's chain or trust anchor, before any role's policy.
  {
    ...rule(
      'WD7352',
      'roles-anywhere-untrusted-certificate',
      /(?:\b(AccessDeniedException):?[ \t]{1,4})?\bUntrusted Signing Certificate\b/g,
      'roles-anywhere-certificate',
      'Untrusted Signing Certificate',
      'rolesanywhere'
    ),
    facts: (m, d) => {
      d.detail.cause = 'roles-anywhere-certificate'
      d.service = 'rolesanywhere'
      if (m[1]) d.code = m[1]
    }
  },
  // STS asked for MFA and given no code (`MultiFactorAuthentication failed, must provide both MFA
  // serial number and one time pass code. (Aws::STS::Errors::AccessDenied)`, terraforming on an
  // mfa_serial profile, dtan4/terraforming#424): the Ruby SDK's class names code and service.
  {
    ...rule(
      'WD7353',
      'sts-mfa-code-missing',
      /\bMultiFactorAuthentication failed, must provide both MFA serial number and one time pass code\b\.?(?:[ \t]{0,4}\((Aws::STS::Errors::)?(AccessDenied)\))?/g,
      'mfa-code-missing',
      'MultiFactorAuthentication failed, must provide'
    ),
    facts: (m, d) => {
      d.detail.cause = 'mfa-code-missing'
      if (m[2]) d.code = m[2]
      if (
        m[1] ||
        /\bsts\b|AssumeRole|GetSessionToken/i.test(
          m.input.slice(Math.max(0, m.index - 300), m.index)
        )
      )
        d.service = 'sts'
    }
  },
  // The AWS sign-in federation endpoint (getSigninToken) given long-term keys or a
  // GetSessionToken session (`Only federation tokens or assume role tokens may be used for federated
  // login.`, aws-vault login, 99designs/aws-vault#1191).
  rule(
    'WD7354',
    'federated-login-token-type',
    /\bOnly federation tokens or assume role tokens may be used for federated login\b\.?/g,
    'federated-login-long-term',
    'Only federation tokens or assume role tokens'
  ),
  // The CRT-based SDKs (Swift, the C libraries) with a provider that gave nothing
  // (`Valid credentials could not be sourced by the process provider`,
  // `AWS_AUTH_CREDENTIALS_PROVIDER_PROCESS_SOURCE_FAILURE`, awslabs/aws-sdk-swift#1882); IMDS's
  // words are read with the other IMDS failures.
  {
    ...rule(
      'WD7355',
      'crt-provider-source-failure',
      /\bValid credentials could not be sourced by the (?!IMDS )(\w{1,20}(?: \w{1,20})?) provider\b|\bAWS_AUTH_CREDENTIALS_PROVIDER_(?!IMDS_)(\w{1,30})_SOURCE_FAILURE\b/g,
      'missing',
      'Valid credentials could not be sourced by the '
    ),
    needs: ['Valid credentials could not be sourced by the ', 'AWS_AUTH_CREDENTIALS_PROVIDER_'],
    facts: (m, d) => {
      d.detail.cause = /^process$/i.test(m[1] ?? m[2] ?? '') ? 'credential-process' : 'missing'
    }
  },
  // A pod's program could not read the projected IRSA token (`PermissionError: [Errno 13]
  // Permission denied: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'`, AWX on EKS,
  // ansible/awx#8966): the container's user and the token's file mode (`fsGroup`), before STS.
  rule(
    'WD7356',
    'irsa-token-unreadable',
    /\bPermission denied:? '?\/var\/run\/secrets\/eks\.amazonaws\.com\/serviceaccount\/token\b/g,
    'web-identity-token-file',
    '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'
  ),
  // The AWS SDK for Rust's signer with no credentials (`SigningStageError { kind:
  // MissingCredentials }`, awslabs/aws-sdk-rust#760), its credentials error's own words (`an error
  // occurred while loading credentials`, #1381), and its chain's provider timing out on a connect
  // (`ProviderError(ProviderError { source: … HttpTimeoutError …`, #1313).
  {
    ...rule(
      'WD7357',
      'rust-sdk-no-credentials',
      /\bSigningStageError \{ kind: MissingCredentials \}|\b[Aa]n error occurred while loading credentials\b|\bsource: ProviderError\(ProviderError \{ source: /g,
      'missing',
      'SigningStageError { kind: MissingCredentials'
    ),
    needs: [
      'SigningStageError { kind: MissingCredentials',
      'n error occurred while loading credentials',
      'source: ProviderError(ProviderError {'
    ],
    facts: (m, d) => {
      d.detail.cause =
        m[0].startsWith('source: ProviderError') &&
        /TimeoutError|timed out|deadline/.test(m.input.slice(m.index, m.index + 400))
          ? 'credential-timeout'
          : 'missing'
    }
  }
]
