// Tools that catch an AWS refusal or credential failure and report it in their own words.
import type { Denial } from '../../model/Denial.js'
import { credentialCause } from '../../model/credentialCauses.js'
import { classifyCode } from '../codes.js'
import { serviceOfLabel } from '../serviceHints.js'
import { PRIORITY } from '../Candidate.js'
import { codeFromFirstGroup, type PhraseRule } from '../phraseRule.js'

/** OpenDAL's error context below its message: the backend it was using (`service: s3`). */
const OPENDAL_SERVICE =
  /^[^\n]{0,400}(?:\n[^\n]{0,200}){0,6}?\n[^\n]{0,80}?\bservice: ([a-z0-9_-]{1,20})\b/

/**
 * What names S3 as the store a tool was talking to, on the refusal's line or the lines just above
 * it: a bucket option or setting (`--s3-bucket-name`, `s3-bucketName=`, `s3 bucket:`), S3's
 * endpoint or an `s3://` location.
 */
const S3_NAMED =
  /(?:--s3-[a-z-]{1,30}|\bs3[-_ ]bucket|\bto S3 Bucket\b|\bs3-endpoint=s3[.\w-]{0,40}\.amazonaws\.com\b|\bs3:\/\/)[^\n]{0,600}$/i
/** The lines above the refusal read for S3_NAMED (a run of refusals under one command). */
const S3_NAMED_LINES = /(?:[^\n]*\n){0,12}[^\n]*$/

/** An error document printed after boto 2's status line (see boto2-server-error-403). */
const BOTO2_BODY = /<(?:ErrorResponse|Error|Code)\b|"__type"|\{"(?:[Mm]essage|[Cc]ode)"/

/** OpenDAL's context on the line before its message: `context: { service: s3, path: … } =>`. */
const OPENDAL_CONTEXT_BEFORE = /\bcontext: \{ service: ([a-z0-9_-]{1,20})\b[^\n]{0,600}=> $/

/** A wrapper's code printed right before a service's own words (`AccessDeniedException: `, `…: BadRequest: `). */
const CODE_JUST_BEFORE =
  /\b(AccessDeniedException|BadRequest|InvalidRequest|ValidationException): $/

function codeJustBefore(m: RegExpExecArray): string | null {
  return CODE_JUST_BEFORE.exec(m.input.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? null
}

/**
 * The SDK's sentence before a service's own words: its code, and its operation when the line shows
 * it (a quote may wrap the sentence: `when calling the` / `> CreateSoftwareUpdateJob operation: …`).
 */
const SDK_CALL_BEFORE =
  /\bAn error occurred \((\w{3,60})\) when calling the\b(?:\s{1,4}>?[ \t]{0,2}(\w{3,60}) operation\b)?[^(]{0,200}$/

function sdkCallBefore(m: RegExpExecArray): RegExpExecArray | null {
  return SDK_CALL_BEFORE.exec(m.input.slice(Math.max(0, m.index - 300), m.index))
}

/** The code and operation of the CLI's or botocore's `An error occurred (X) when calling the Y operation` before the words. */
function callBefore(m: RegExpExecArray, d: Denial): void {
  const call = sdkCallBefore(m)
  if (call) {
    d.code = call[1]!
    d.operation = call[2] ?? null
  }
}

/** JetS3t's object requests by verb (its log names no operation). */
const JETS3T_OPERATION: Record<string, string> = {
  GET: 'GetObject',
  PUT: 'PutObject',
  HEAD: 'HeadObject',
  DELETE: 'DeleteObject'
}

export const toolReportRules: PhraseRule[] = [
  {
    // The Kinesis Video Streams producer SDK's own call refused (`blockingCurlCall(): Curl call
    // response failed with http status 403`, awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#419:
    // IoT credentials whose role allows only the stream named after the thing). The IoT credentials
    // provider's refusal says so on the next line and is the rule below's.
    id: 'kvs-producer-http-403',
    rule: 'WD7024',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['blockingCurlCall(): Curl call response failed'],
    re: /\bblockingCurlCall\(\): Curl call response failed with http status 403\b(?![^\n]{0,80}\r?\n[^\n]{0,80}?\bUnable to create Iot Credential provider\b)/g,
    facts: (_m, d) => {
      d.service = 'kinesisvideo'
    }
  },
  {
    // The older mobile SDKs' error domain with the service's Coral exception type as its reason
    // (`Error Domain=com.amazonaws.AWSKinesisVideoErrorDomain Code=1 … NSLocalizedFailureReason=
    // AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/`,
    // awslabs/amazon-kinesis-video-streams-webrtc-sdk-ios#4): the exception's name is the code.
    id: 'coral-exception-reason',
    rule: 'WD7033',
    kind: 'denial',
    priority: PRIORITY.message,
    // Also cut short after `internal` (an issue's title, awslabs/amazon-kinesis-video-streams-webrtc-
    // sdk-ios#43).
    needs: ['Exception:http://internal'],
    re: /\b([A-Z][A-Za-z]{2,60}Exception):http:\/\/internal(?:\.amazon\.com\/coral\/|(?![\w.-]))/g,
    accept: (m) => classifyCode(m[1]!) !== null,
    facts: (m, d) => {
      d.code = m[1]!
      const kind = classifyCode(m[1]!)
      if (kind === 'credentials' || kind === 'not-found') d.kind = kind
      const line = m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)
      const domain = /\bAWS(\w{2,40})ErrorDomain\b/.exec(line)?.[1]
      const service = domain ? serviceOfLabel(domain) : null
      if (service) d.service = service
    }
  },
  {
    // A service refusing the account itself, not a caller: a feature not offered to the account or
    // in the Region (`An error occurred (AccessDeniedException) when calling the
    // UpdateMediaStorageConfiguration operation: The account id 82a22 is not allowed to access the
    // resources`, Kinesis Video Streams' WebRTC ingestion while it was limited to some Regions,
    // awslabs/amazon-kinesis-video-streams-webrtc-sdk-c#1714).
    id: 'account-not-allowed',
    rule: 'WD7034',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not allowed to access the resources'],
    re: /\bThe account id \S{1,40} is not allowed to access the resources\b/g,
    facts: (m, d) => {
      // The service of the ARN the request passed, a few lines above (`--channel-arn "arn:aws:kinesisvideo:…"`).
      const service = /\barn:aws[\w-]*:([a-z0-9-]{2,40}):[a-z0-9-]*:\d{12}:/.exec(
        m.input.slice(Math.max(0, m.index - 1500), m.index)
      )?.[1]
      if (service) d.service = service
    }
  },
  {
    // Athena writing a query's results where the caller may not (`Access denied when writing to
    // location: s3://…-athena/…/ID.csv`, QuickSight creating an Athena data set,
    // aws-quickstart/quickstart-amazon-marketing-cloud#70); PyAthena's older wording, `Access denied
    // when writing output to url: s3://…` (sodadata/soda-core#378).
    id: 'athena-results-location',
    rule: 'WD7035',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied when writing to location', 'Access denied when writing output to url'],
    re: /\bAccess denied when writing (?:to location|output to url): (s3:\/\/[^\s"”'`]{1,1024}?)(?=[\s"”'`]|\.?$|\.\s)/gm,
    facts: (m, d) => {
      d.service = 's3'
      d.detail.url = m[1]!
    }
  },
  {
    // Lake Formation refusing a Glue Data Catalog call in its own words, with or without a code
    // around (`Access was denied when calling Glue... Insufficient Lake Formation permission(s):
    // Required Describe on metrics...`, a CloudFormation handler's message, aws-solutions-library-
    // samples/guidance-for-claude-code-with-amazon-bedrock#379): a grant in Lake Formation decides
    // (trap `lake-formation-permission`).
    id: 'lake-formation-insufficient',
    rule: 'WD7108',
    needs: ['Insufficient Lake Formation permission'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bInsufficient Lake Formation permission(?:\(s\)|s)?\b/g,
    facts: (m, d) => {
      d.code ??= codeJustBefore(m)
    }
  },
  {
    // Amazon Lex V1 refused by Polly when it voices a bot's answer (`{"Message":"Access denied while
    // invoking Polly synthesize speech API. Please check the permissions on the IAM policy used to
    // create the bot"}` under `DependencyFailedException`, awslabs/aws-sdk-ios-samples#147).
    id: 'lex-dependency-denied',
    rule: 'WD7115',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied while invoking'],
    re: /\bAccess denied while invoking ([A-Z][\w ]{1,40}?) API\b/g,
    facts: (m, d) => {
      const around = m.input.slice(m.index, m.index + 1200)
      d.code ??= /\bDependencyFailedException\b/.exec(around)?.[0] ?? null
      d.detail.toolStep = `Amazon Lex invoking ${m[1]!} for the bot`
    }
  },
  {
    // OpenSearch Service's fine-grained access control refusing an IAM identity it maps to no role
    // with the permission (`security_exception', 'no permissions for [indices:data/read/search] and
    // User [name=arn:aws:iam::…:user/…, backend_roles=[]`, elastic/elasticsearch-py#2363). Only with
    // an AWS ARN as the user: a self-managed cluster's security plugin prints the same for its own users.
    id: 'opensearch-fgac-no-permissions',
    rule: 'WD7116',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['no permissions for ['],
    re: /\bno permissions for \[([^\]\n]{1,120})\] and User \[name=(arn:aws[\w-]*:(?:iam|sts)::[^,\]\s]{1,200})/g,
    facts: (m, d) => {
      d.service = 'es'
      d.detail.indexPermission = m[1]!
    }
  },
  {
    // App Runner unable to assume the role a service is given (`InvalidRequestException: Error in
    // assuming access role arn:aws:iam::…:role/…`, Pulumi creating a service, pulumi/pulumi#12417):
    // the access role (ECR pulls) must trust build.apprunner.amazonaws.com, the instance role
    // tasks.apprunner.amazonaws.com.
    id: 'apprunner-role-not-assumable',
    rule: 'WD7117',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Error in assuming '],
    re: /\bError in assuming (access|instance) role (arn:aws[\w-]*:iam::[^\s:"'`]{0,40}:role\/[\w+=,.@/-]{1,512})/g,
    facts: (m, d) => {
      d.code ??= codeJustBefore(m)
      d.service = 'apprunner'
      d.detail.appRunnerRole = m[1]!
      d.detail.role = m[2]!
    }
  },
  {
    // c7n-org (Cloud Custodian across accounts) unable to assume the role accounts.yml names for an
    // account (`c7n_org:WARNING Access denied account:NAME region:REGION`, cloud-custodian#4127).
    id: 'c7n-org-account-denied',
    rule: 'WD7118',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied account:'],
    re: /\bc7n_org:[A-Z]{4,8} Access denied account:(\S{1,128}) region:([a-z0-9-]{1,30})/g,
    facts: (m, d) => {
      d.detail.account = m[1]!
      d.detail.region = m[2]!
    }
  },
  {
    // ElastiCache (Valkey, Redis OSS) and MemoryDB refusing an IAM authentication token: the engine's
    // own `WRONGPASS invalid username-password pair or user is disabled` (aws/aws-sdk-js-v3#6611).
    // Only where the record names the service and IAM: any Redis server answers so to a bad password.
    id: 'elasticache-iam-wrongpass',
    rule: 'WD7119',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['WRONGPASS invalid username-password pair'],
    re: /\bWRONGPASS invalid username-password pair(?: or user is disabled)?\.?/g,
    when: (text) =>
      /\b(?:ElastiCache|MemoryDB)\b/i.test(text) &&
      /\bIAM\b|\bauth-iam\b|\b(?:elasticache|memorydb):Connect\b/i.test(text),
    facts: (m, d) => {
      d.service =
        /\bMemoryDB\b/i.test(m.input) && !/\bElastiCache\b/i.test(m.input)
          ? 'memorydb'
          : 'elasticache'
    }
  },
  {
    // The AWS SDK for C++ unable to map a code to its error enum says so with the code
    // (`Unable to parse ExceptionName: UnauthorizedOperation`, aws/aws-sdk-cpp#1972): a refusal's
    // code is still its code.
    id: 'cpp-unparsed-exception-name',
    rule: 'WD7123',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Unable to parse ExceptionName: '],
    re: /\bUnable to parse ExceptionName: ([A-Z][\w.]{2,80})\b/g,
    accept: (m) => classifyCode(m[1]!) === 'authz',
    facts: codeFromFirstGroup
  },
  {
    // Maven Surefire's summary line, which drops `Exception` from the class it names (`[ERROR]
    // ITestAssumeRole.testReadOnlyOperations:463 » AccessDenied s3a://bucket/…`, hadoop-aws's tests,
    // apache/hadoop#6316): Hadoop's AccessDeniedException, S3's refusal when an s3a path follows.
    id: 'surefire-access-denied',
    rule: 'WD7158',
    kind: 'denial',
    priority: PRIORITY.bareCode,
    needs: ['» AccessDenied'],
    re: /^\[ERROR\][ \t]{1,8}\S{1,300}:\d{1,6} » AccessDenied(?= |$)(?: (s3a:\/\/\S{1,512}))?/gm,
    facts: (m, d) => {
      if (m[1] || /\bs3a:\/\//.test(m.input)) d.service = 's3'
    }
  },
  {
    // gof3r (s3gof3r, dokku's backup plugins' S3 client) printing S3's answer as its status and
    // message (`gof3r error: 403: "Access Denied"`, dokku/dokku-mysql#67).
    id: 'gof3r-access-denied',
    rule: 'WD7159',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['gof3r error: 403'],
    re: /\bgof3r error: (403): "Access Denied"/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 's3'
    }
  },
  {
    // CodeBuild refusing a project's source connection for its service role (`OAuthProviderException:
    // User is not authorized to access connection arn:aws:codestar-connections:…:connection/…`, the
    // dev.to write-up of CodeConnections in CodeBuild): the role needs the connection's actions.
    id: 'codebuild-connection-not-authorized',
    rule: 'WD7160',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to access connection'],
    re: /(?:\b(OAuthProviderException):\s{1,4})?\bUser is not authorized to access connection\s{1,4}(arn:aws[\w-]*:(codestar-connections|codeconnections):[^\s]{1,300})/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = m[3]!
      d.action = `${m[3]!}:UseConnection`
      d.resource = m[2]!.replace(/[.,;]+$/, '')
    }
  },
  {
    // yum (urlgrabber) refused a repository file on S3 (`https://BUCKET.s3.amazonaws.com/repos/…/
    // repomd.xml: [Errno 14] HTTPS Error 403 - Forbidden`, yum-s3-iam's plugin unsigned,
    // seporaitis/yum-s3-iam#29): the S3 host on the line makes it S3's refusal.
    id: 'yum-s3-403',
    rule: 'WD7151',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['[Errno 14] HTTP'],
    re: /\bhttps?:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-][a-z0-9-]{1,30})?\.amazonaws\.com(?:\.cn)?\/[^\s:]{0,1024}: \[Errno 14\] HTTPS? Error 403 - Forbidden\b/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.operation = 'GetObject'
    }
  },
  {
    // JetS3t's REST client logging S3's refusal (`org.jets3t.service.impl.rest.httpclient.
    // RestS3Service performRequest` / `WARNING: Error Response: PUT '/releases%2F…' --
    // ResponseCode: 403, ResponseStatus: Forbidden`, s3-wagon-private/s3-wagon-private#19).
    id: 'jets3t-error-response-403',
    rule: 'WD7152',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['-- ResponseCode: 403'],
    re: /\bError Response: (GET|PUT|HEAD|DELETE|POST) '[^'\n]{0,2048}' -- ResponseCode: 403, ResponseStatus: Forbidden\b/g,
    when: (text) => /\bjets3t\b|\bRestS3Service\b/i.test(text),
    facts: (m, d) => {
      d.service = 's3'
      d.operation = JETS3T_OPERATION[m[1]!] ?? null
    }
  },
  {
    // The Go SDK v2's error for a 403 whose body named no code (`operation error Lambda:
    // ListFunctionEventInvokeConfigs, https response error StatusCode: 403`, and the line ends:
    // terraformer's import, GoogleCloudPlatform/terraformer#1602). With a code after it, the code's
    // grammars read it; alone it is still the service refusing the operation it names.
    id: 'go-v2-bare-403',
    rule: 'WD7140',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['https response error StatusCode: 403'],
    // Nothing after it but the request's IDs: no `api error X` on the line, and no comma going on
    // (a Terraform diagnostic wraps the rest onto the next line after `StatusCode: 403, `; a
    // terminal wraps the request ID itself, its code after the rest: anomalyco/sst#5741).
    re: /\boperation error ([A-Za-z][\w -]{0,60}?): (\w{2,80}), https response error StatusCode: 403(?![^\n]{0,400}?\bapi\s{1,4}error\b)(?:, RequestID: [^,\s]*(?![^,\s]))?(?:, HostID: [^,\s]*(?![^,\s]))?(?![ \t]*,)(?!\r?\n[^,\s]{1,40},)/g,
    facts: (m, d) => {
      d.operation = m[2]!
    }
  },
  {
    // The same error as a writer shortened it, the words between the operation and the status
    // left out (`operation error IAM: ListInstanceProfiles ... StatusCode: 403`, Karpenter's log in
    // JiRaska/open-bank-oss#3605): the service still refused the operation it names.
    id: 'go-v2-elided-403',
    rule: 'WD7209',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['StatusCode: 403'],
    re: /\boperation error ([A-Za-z][\w -]{0,60}?): (\w{2,80}),?[ \t]{1,4}(?:\.{3}|…)[ \t]{0,4}(?:\r?\n[ \t]{0,12})?StatusCode: 403\b(?![^\n]{0,400}?\bapi\s{1,4}error\b)/g,
    facts: (m, d) => {
      d.operation = m[2]!
    }
  },
  {
    // ClickHouse's S3 client (the AWS SDK for C++ inside it) logging a bodiless 403 (`AWSClient:
    // Response status: 403, Forbidden`, then `Error message: No response body.` and S3's headers,
    // ClickHouse/ClickHouse#68573): a HEAD S3 refused, the signing identity or the bucket's policy.
    id: 'cpp-client-status-403',
    rule: 'WD7124',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['AWSClient: Response status: 403'],
    re: /\bAWSClient: Response status: 403, Forbidden\b/g,
    facts: (m, d) => {
      const around = m.input.slice(m.index, m.index + 2000)
      if (
        /\bserver\s{0,4}:\s{0,4}AmazonS3\b|\bS3Client:/i.test(
          `${m.input.slice(Math.max(0, m.index - 400), m.index)}${around}`
        )
      )
        d.service = 's3'
    }
  },
  {
    // TeamCity's agents downloading an artifact through the presigned S3 URL the server made
    // (`Illegal status [403] while downloading https://s3.X.amazonaws.com/bucket/X?...: Forbidden`,
    // JetBrains/teamcity-s3-artifact-storage-plugin's README): the URL's signature, expiry or signer.
    id: 'presigned-download-403',
    rule: 'WD7126',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Illegal status [403] while downloading '],
    re: /\bIllegal status \[403\] while downloading https?:\/\/[^\s/]{0,253}\.amazonaws\.com(?:\.cn)?\//g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // QuickSight's service role refused the manifest of an S3 data source (`AccessDeniedException:
    // Insufficient permission to access the manifest file`, hashicorp/terraform-provider-aws#31840):
    // the buckets QuickSight may read are set in its own security settings.
    id: 'quicksight-manifest-access',
    rule: 'WD7036',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Insufficient permission to access the manifest file'],
    re: /\bInsufficient permission to access the manifest file\b/g,
    facts: (m, d) => {
      d.code = codeJustBefore(m)
      d.detail.toolStep = "QuickSight's own role reading the data source's manifest in S3"
    }
  },
  {
    // An Iceberg REST catalog's JSON error (Glue's or S3 Tables' endpoint through pyiceberg:
    // `RESTError 403: … {"error": {"code": 403, "type": "AccessDeniedException"}}`,
    // apache/iceberg-python#3244): the type is the code.
    id: 'iceberg-rest-error-type',
    rule: 'WD7037',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['"type"'],
    re: /"code"\s{0,3}:\s{0,3}403,\s{0,40}"type"\s{0,3}:\s{0,3}"([A-Za-z]{3,60})"/g,
    accept: (m) => classifyCode(m[1]!) === 'authz',
    facts: codeFromFirstGroup
  },
  {
    // The Java SDK v1's S3 exception quoted by its class and message alone (`AmazonS3Exception:
    // Access Denied`, delta-io/delta#1406): S3's refusal, no request details.
    id: 's3-exception-access-denied',
    rule: 'WD7038',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['AmazonS3Exception'],
    // Never inside code (`new Exception("Amazon.S3.AmazonS3Exception: Access Denied")`, h4-099).
    // Elasticsearch nests it in brackets (`nested: AmazonS3Exception[Access Denied]`,
    // elastic/elasticsearch-cloud-aws#80).
    re: /(?<![.\w"'])AmazonS3Exception(?:: |\[)Access Denied\b(?!\s{0,3}\(Service:)/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Amazon Inspector refusing the delegated administrator's call for an account it does not
    // manage (`(1234567890) ACCESS_DENIED: Invoking account does not have access to this account`,
    // Terraform's Inspector V2 enabler, hashicorp/terraform-provider-aws#27646).
    id: 'inspector-account-access',
    rule: 'WD7039',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Invoking account does not have access to this account'],
    re: /\bACCESS_DENIED: Invoking account does not have access to this account\b/g,
    facts: (_m, d) => {
      d.code = 'ACCESS_DENIED'
      d.service = 'inspector2'
    }
  },
  {
    // Route 53 Resolver refusing a participant's call on a rule another account shares with it
    // (`[RSLVR-00907] You are not authorized to do this operation on shared resource`, Terraform
    // listing the rule's tags, hashicorp/terraform-provider-aws#37186).
    id: 'shared-resource-operation',
    rule: 'WD7040',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['You are not authorized to do this operation on shared resource'],
    re: /\bYou are not authorized to do this operation on shared resource\b/g
  },
  {
    // A service that must be set up in the account first (`AccessDeniedException: Please complete
    // AWS Audit Manager setup from home page to enable this action in this account.`,
    // turbot/steampipe-plugin-aws#1107).
    id: 'service-setup-required',
    rule: 'WD7041',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['setup from home page to enable this action'],
    re: /\bPlease complete AWS Audit Manager setup from home page to enable this action in this account\b/g,
    facts: (m, d) => {
      d.service = 'auditmanager'
      d.code = codeJustBefore(m)
    }
  },
  {
    // Vagrant's S3 box plugin (vagrant-s3auth) relaying S3's refusal of the box's download:
    // `Unable to communicate with Amazon S3 to download box. The S3 API reports:` over the message
    // (fenced in a report, WhoopInc/vagrant-s3auth#9).
    id: 'vagrant-s3-box-refused',
    rule: 'WD7360',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Unable to communicate with Amazon S3 to download box'],
    re: /\bUnable to communicate with Amazon S3 to download box\. The S3 API reports:\s{0,40}(?:(?:```|~~~)[ \t]*\r?\n\s{0,20})?(?:Access Denied|Forbidden)\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // ...and its look-up of the box bucket's Region refused, the action named in its advice
    // (`Request for box's Amazon S3 region was denied.` … `Ensure your IAM policy allows the
    // "s3:GetBucketLocation"` / `action for your bucket:`, WhoopInc/vagrant-s3auth#10).
    id: 'vagrant-s3-box-region-refused',
    rule: 'WD7361',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ["Request for box's Amazon S3 region was denied"],
    re: /\bRequest for box's Amazon S3 region was denied\./g,
    facts: (m, d) => {
      d.service = 's3'
      const action = /\ballows the "(s3:[A-Za-z]{3,60})"\s+action\b/.exec(
        m.input.slice(m.index, m.index + 600)
      )
      if (action) d.action = action[1]!
    }
  },
  {
    // A service refusing a change to a resource another AWS service created and owns (`An AWS
    // service owns ServiceLinkedConfigRule. You do not have permissions to take action on this
    // rule.`, cloud-nuke deleting a service-linked Config rule, gruntwork-io/cloud-nuke#411).
    id: 'service-owned-resource',
    rule: 'WD7364',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['An AWS service owns '],
    re: /\bAn AWS service owns (\S{1,120}?)\. You do not have permissions to take action on this (\w{1,40})\b/g,
    facts: (m, d) => {
      d.code = codeJustBefore(m)
      d.detail.ownedResource = m[1]!
      if (/ConfigRule/i.test(m[1]!) || (m[2] === 'rule' && /\bconfig\b/i.test(m.input)))
        d.service = 'config'
    }
  },
  {
    // Lambda (and CloudFormation relaying it) refusing to fetch a function's code from S3 in its
    // own words (`Your access has been denied by S3, please make sure your request credentials have
    // permission to GetObject for BUCKET/KEY`, aws-samples/aws-codecommit-serverless-backup#1): the
    // deployer's GetObject on the code's object.
    id: 'lambda-code-s3-denied',
    rule: 'WD7367',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['Your access has been denied by S3'],
    // As the event prints it: opening its line or a table cell, not quoted in a sentence; with the
    // inner service's code after it, it is lambda-relayed-denial's (WD805).
    re: /(?<=^|\n[ \t]{0,8}|[|][ \t]{1,4})Your access has been denied by S3, please make sure your request credentials have permission to (\w{3,40}) for \S{1,1024}?(?=[.,;'"\x60)]?(?:\s|$))(?![\s\S]{0,300}?\bError Code:)/g,
    facts: (m, d) => {
      d.service = 's3'
      d.operation = m[1]!
    }
  },
  {
    // boto 2's exception for a bodiless 403 (`boto.exception.BotoServerError: BotoServerError: 403
    // Forbidden`, boto/boto#1170), its connection module naming the service in the traceback above.
    id: 'boto2-server-error-403',
    rule: 'WD7368',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['BotoServerError: 403 Forbidden'],
    re: /\bBotoServerError: 403 Forbidden\b/g,
    // Only bodiless: an error document after it (`<ErrorResponse …><Code>InvalidClientTokenId`, a
    // JSON `"__type"`) is the answer, which its own grammar reads.
    accept: (m) => !BOTO2_BODY.test(m.input.slice(m.index, m.index + 600)),
    facts: (m, d) => {
      const above = m.input.slice(Math.max(0, m.index - 2000), m.index)
      const module = /[\\/]boto[\\/]([a-z0-9]{2,30})[\\/]\w{1,40}\.py"/.exec(above)?.[1]
      const service = module ? serviceOfLabel(module) : null
      if (service) d.service = service
    }
  },
  {
    // AWS refusing the account itself a resource it has not been given (`This account is not
    // authorized to use this resource. In order to access additional resources, please contact
    // customer support`, Braket's CreateJob for a new account): a limit on the account, not IAM.
    id: 'account-resource-restricted',
    rule: 'WD7344',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['This account is not authorized to use this resource'],
    re: /\bThis account is not authorized to use this resource\b/g,
    facts: (m, d) => callBefore(m, d)
  },
  {
    // Amazon Inspector refusing a member account its own Disable (`operation error Inspector2:
    // Disable, … AccessDeniedException: Member account 1234 is not authorized to disable itself`, a
    // Terraform aws_inspector2_enabler in an organization): the delegated administrator decides.
    id: 'inspector-member-self-disable',
    rule: 'WD7345',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['is not authorized to disable itself'],
    re: /\bMember account \S{1,40} is not authorized to disable itself\b/g,
    facts: (_m, d) => {
      d.service = 'inspector2'
    }
  },
  {
    // A service answering AccessDeniedException for a feature its Region does not offer
    // (`operation error Inspector2: Disable, … AccessDeniedException: Lambda code scanning is not
    // supported in us-gov-west-1`, a Terraform provider test in GovCloud).
    id: 'feature-not-in-region',
    rule: 'WD7346',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['is not supported in '],
    re: /\bAccessDeniedException: ([A-Z][\w -]{2,60}?) is not supported in ([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]{3,12}-\d)\b/g,
    facts: (m, d) => {
      d.code = 'AccessDeniedException'
      d.detail.feature = m[1]!
      d.detail.region = m[2]!
    }
  },
  {
    // Cost Explorer refusing a member account what only the management (payer) account may do
    // (`…ListCostAllocationTags operation: Failed to list Cost Allocation Tags: Linked account
    // doesn't have access to cost allocation tags`, aws/aws-parallelcluster-ui#242).
    id: 'linked-account-billing',
    rule: 'WD7044',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ["Linked account doesn't have access to"],
    re: /\bLinked account doesn't have access to [\w ]{3,60}/g,
    facts: (m, d) => {
      d.service = 'ce'
      callBefore(m, d)
    }
  },
  {
    // AWS Budgets in a member account before the payer turned budgets on (`AccessDeniedException:
    // Account 309237749333 is a linked account. To enable budgets for your account, ask the payer
    // account to enable budgets first.`, the Pulumi provider's CreateBudget, heldout124 review
    // h124-021): the organization's setting, not the member's IAM (src/model/nonIamRefusals.ts).
    // Also its words for a read (`AccessDeniedException Account xxxxxxxxxxx is a linked account.
    // Access to AWS Budgets is managed at the payer account level.`, aws-samples/service-screener-v2#117).
    id: 'budgets-linked-account',
    rule: 'WD7227',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['is a linked account'],
    re: /(?:\b(AccessDeniedException):?[ \t]{1,3})?\bAccount \S{1,40} is a linked account\. (?:To enable budgets for your account, ask the payer account to enable budgets first|Access to AWS Budgets is managed at the payer account level)\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'budgets'
    }
  },
  {
    // A SaaS integration relaying the refusal of the role it assumes in the customer's account, in
    // its own words (`Datadog is not authorized to perform action sts:AssumeRole Account affected:
    // … Regions affected: every region`, DataDog/terraform-provider-datadog#1137; `…perform action
    // logs:describeloggroups`, DataDog/cloudformation-template#20).
    id: 'integration-perform-action',
    rule: 'WD7047',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to perform action '],
    re: /\b([A-Z][\w.-]{1,40}) is not authorized to perform action ([a-z0-9-]{2,40}:[A-Za-z*]{2,80})\b/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.action = m[2]!
      d.service = m[2]!.split(':')[0]!
    }
  },
  {
    // Cyberduck's words for S3's 403 (`Access denied (Amazon S3)`, `Access Denied Please Contact
    // Your Web Hosting Service Provider for Assistance` under an Amazon S3 bookmark,
    // iterate-ch/cyberduck#17029, #13654). Other protocols get the same sentence: S3 must be named.
    id: 'cyberduck-access-denied',
    rule: 'WD7048',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['ccess denied (Amazon S3)', 'ccess Denied Please Contact Your Web Hosting'],
    re: /\bAccess denied \(Amazon S3\)|\bAccess Denied Please Contact Your Web Hosting Service Provider\b/gi,
    accept: (m) =>
      /\(Amazon S3\)|\bAmazon S3\b/.test(m[0]) ||
      /\bAmazon S3\b/.test(m.input.slice(Math.max(0, m.index - 600), m.index + 200)),
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Nix's S3 binary cache store relays S3's message after its own context (`AWS error checking
    // bucket 'B': Access Denied`, NixOS/nix#2161; `AWS error fetching 'K.narinfo': …`, `AWS error
    // uploading 'K': …`): the store is S3 itself, or an endpoint the store URL names
    // (`?endpoint=`), which the S3-compatible check reads.
    id: 'nix-s3-access-denied',
    rule: 'WD7054',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['AWS error '],
    re: /\bAWS error (?:[a-z]{3,20}ing )?(?:bucket )?'[^'\n]{1,400}': Access Denied\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Travis CI's dpl S3 provider turning S3's refusal into its own sentence (`Oops, It looks like
    // you tried to write to a bucket that isn't yours or doesn't exist yet.`, openmm/openmm#1835).
    id: 'dpl-s3-bucket-refused',
    rule: 'WD7068',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ["tried to write to a bucket that isn't yours"],
    re: /\bIt looks like you tried to write to a bucket that isn't yours or doesn't exist yet\b/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.operation = 'PutObject'
    }
  },
  {
    // FSx for Lustre checking a data repository association's bucket with the caller's identity
    // (`Amazon FSx is unable to validate access to the S3 bucket. Ensure the IAM role or user you
    // are using has s3:Get*, s3:List* and s3:PutObject permissions to the S3 bucket prefix.`,
    // aws-samples/amazon-eks-machine-learning-with-terraform-and-kubeflow#91).
    id: 'fsx-repository-s3-access',
    rule: 'WD7026',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['unable to validate access to the S3 bucket'],
    re: /\bAmazon FSx is unable to validate access to the S3 bucket\b/g,
    // The API's code before the words (`…Association: BadRequest: Amazon FSx is unable …`).
    facts: (m, d) => {
      d.code = codeJustBefore(m)
    }
  },
  {
    // SageMaker's hosting refusing the execution role's image pull in its own words (`The role
    // 'arn:…:role/R' does not have BatchGetImage permission for the image: 'ACCOUNT.dkr.ecr.…'`,
    // huggingface/notebooks#385): the role, the ECR action, the image.
    id: 'sagemaker-role-image-permission',
    rule: 'WD7027',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['permission for the image'],
    re: /\bThe role '(arn:aws[\w-]*:iam::[^'\s]{1,40}:role\/[^'\s]{1,200})' does not have (\w{3,60}) permission for the image: '\[?([^'\]\s]{1,400})/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.action = `ecr:${m[2]!}`
      d.service = 'ecr'
      d.detail.image = m[3]!
    }
  },
  {
    // A service assuming the role it was handed, refused (`Permission denied when attempting to
    // assume role arn:…:role/GreenGrassUpdateRole.` under Greengrass's InvalidRequestException,
    // awsdocs/aws-greengrass-developer-guide#14): the role's trust for the service, or the
    // caller's iam:PassRole for it.
    id: 'service-assume-role-permission-denied',
    rule: 'WD7028',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Permission denied when attempting'],
    // A writer's quote may wrap it (`> … attempting` / `> to assume role …`).
    re: /\bPermission denied when attempting(?:\s{1,4}>?[ \t]{0,2}|\s{1,4})to assume role(?:\s{1,4}>?[ \t]{0,2}|\s{1,4})(arn:aws[\w-]*:iam::[^\s:]{1,40}:role\/[\w+=,.@/-]{1,200}?)\.?(?=\s|$)/g,
    facts: (m, d) => {
      d.resource = m[1]!
      d.detail.roleNotAssumed = m[1]!
      // The SDK's code before the words, its sentence wrapped by the quote (`(InvalidRequestException)
      // when calling the` / `> CreateSoftwareUpdateJob operation: Permission denied …`).
      d.code = sdkCallBefore(m)?.[1] ?? null
    }
  },
  {
    // The Kinesis Video Streams producer SDK (kvssink) fetching credentials from AWS IoT's
    // credentials endpoint with the device's certificate, refused: `Curl call response failed with
    // http status 403` / `Unable to create Iot Credential provider.` (awslabs/amazon-kinesis-video-
    // streams-producer-sdk-cpp#609). The certificate's IoT policy or the role alias refused it.
    id: 'iot-credential-provider-403',
    rule: 'WD821',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Unable to create Iot Credential provider'],
    re: /\bhttp status 403\b[^\n]{0,80}\r?\n[^\n]{0,80}?\bUnable to create Iot Credential provider\b/g,
    facts: (_m, d) => {
      d.detail.toolStep = 'AWS IoT credentials provider (role alias)'
    }
  },
  {
    // A tool's log line that quotes S3's bare message as it came (`err:Access Denied.`, boto 2's
    // `Response: u'Access Denied'`), no code, where the line or the command just above names the
    // S3 bucket or endpoint it was using (rancher/rke#2209's etcd snapshot check, cassandra-
    // snapshotter's manifest reads, tbarbugli/cassandra_snapshotter#44). S3's own capitals: other
    // systems' `Access denied` stays theirs; an S3-compatible store the log names drops it.
    id: 's3-named-access-denied',
    rule: 'WD818',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['Access Denied'],
    // BackWPup's `ERROR: S3 Service API: Access Denied` under `Connected to S3 Bucket "B"` (a
    // WordPress backup plugin, kelly-carter.com's write-up).
    re: /(?<=(?:\berr:|\bResponse: u?'|\berror: |\bS3 Service API: ))Access Denied\b/g,
    accept: (m) => {
      const above = S3_NAMED_LINES.exec(m.input.slice(Math.max(0, m.index - 2400), m.index))?.[0]
      return above !== undefined && S3_NAMED.test(above.replace(/\n/g, ' '))
    },
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // OpenDAL (under sccache, Databend, RisingWave…) found no credentials for its S3 backend and
    // will not go on unsigned: `cache storage failed to read: PermissionDenied (permanent) at stat
    // => no valid credential found and anonymous access is not allowed`, its context naming the
    // backend below (`Context:` / `service: s3`, vllm-project/vllm#7914). Another backend's
    // (`service: gcs`, `azblob`) is not AWS's; with no context, the words alone stay unnamed.
    id: 'opendal-no-credential',
    rule: 'WD817',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['no valid credential found'],
    // Newer OpenDAL puts its context first, on the line (`PermissionDenied (persistent) at stat,
    // context: { service: s3, path: … } => no valid credential found, please check configuration
    // or try again`, Databend's COPY, databendlabs/databend#12891).
    re: /\bno valid credential found(?: and anonymous access is not allowed|, please check configuration)\b/g,
    accept: (m) => {
      const line = m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)
      const service =
        OPENDAL_CONTEXT_BEFORE.exec(line)?.[1] ??
        OPENDAL_SERVICE.exec(m.input.slice(m.index, m.index + 1800))?.[1]
      return service === 's3'
    },
    facts: (_m, d) => {
      d.service = 's3'
      d.detail.cause = 'missing'
    }
  },
  {
    // A tool's sentence naming the S3 step it was taking, then S3's bare answer on a line of its
    // own (ParallelCluster 2.x: `Unable to create S3 bucket NAME.` / `Access Denied`,
    // aws/aws-parallelcluster#2077). The words are the tool's: no service label, no code.
    id: 'tool-s3-step-denied',
    rule: 'WD809',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: [' S3 bucket '],
    re: /\bUnable to (create|delete|access|read|list|write to|upload to) (?:the )?S3 bucket ([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.?[ \t]*\r?\n[ \t]*Access Denied\.?[ \t]*(?=\r?\n|$)/g,
    facts: (m, d) => {
      d.detail.bucket = m[2]!
      d.detail.toolStep = `${m[1]!} S3 bucket`
    }
  },
  {
    // Cloud Custodian's c7n-org on a ClientError whose code is AccessDenied: `Access denied
    // api:AssumeRole policy:<policy> account:<name in accounts.yml> region:<region>`. `api` is the
    // refused operation (AssumeRole: the runner may not assume the account's role, or that role's
    // trust refuses it); `account` is the file's name for the account, not its ID.
    id: 'c7n-org-access-denied',
    rule: 'WD806',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied api:'],
    // Also cut after the call by a writer (`c7n_org:WARNING Access denied api:SendMessage ...`,
    // cloud-custodian/cloud-custodian#5966), where c7n's name around says whose line it is.
    re: /\bAccess denied api:(\w+)(?: policy:(\S+) account:(\S+) region:([\w-]+))?/g,
    accept: (m) => m[2] !== undefined || /\bc7n|\bcustodian\b/i.test(m.input),
    facts: (m, d) => {
      d.operation = m[1]!
      if (/^AssumeRole/.test(m[1]!)) d.service = 'sts'
      if (m[2] === undefined) return
      d.detail.policy = m[2]
      d.detail.accountName = m[3]!
      d.detail.region = m[4]!
    }
  },
  {
    // s3-deploy (import-io/s3-deploy and its GitHub Action fork Reggionick/s3-deploy) prints the
    // JS SDK v2 error as `(code) message` and gives the file up: `Unexpected error: (Forbidden)
    // null, aborting upload for index.html`. Its HEAD of the object came back 403 with no body to
    // carry a code or message; the tool talks to S3 only, so the status is S3's refusal. Other
    // statuses (`(BadRequest) null`, a Region mismatch) are not refusals.
    id: 's3-deploy-forbidden',
    rule: 'WD841',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['(Forbidden) null, aborting upload'],
    re: /\bUnexpected error: \((Forbidden)\) null, aborting upload for\b/g,
    facts: codeFromFirstGroup
  },
  {
    // A tool that catches the failed call and names its credential error after `failed with`,
    // then says why in a sentence of its own: CloudMapper and its forks (`ERROR:
    // sts.get_caller_identity failed with InvalidClientTokenId. Likely cause is no AWS credentials
    // are set.`), Fn's Lambda extension (`Function call failed with ExpiredTokenException. The
    // provided security token …`). The word names the failure, in no code slot of the SDK's: the
    // code stays unset. Prose retelling (`failed with ExpiredToken errors`, `…, and then`) puts no
    // full stop and sentence right after the code.
    id: 'tool-failed-with-credential-code',
    rule: 'WD842',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['failed with '],
    re: /\bfailed with (InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|ExpiredToken(?:Exception)?|RequestExpired|SignatureDoesNotMatch|InvalidSignatureException)\.[ \t]+(?=[A-Z])/g,
    facts: (m, d) => {
      const cause = credentialCause(undefined, m[1]!)
      if (cause) d.detail.cause = cause
    },
    settled: (d) => {
      d.code = null
    }
  },
  {
    // YACE (yet-another-cloudwatch-exporter) finds the resources to scrape through a lister per
    // service, each named in its log with the Go SDK v1 error after it: `tagsInterface.get:
    // apigateway: getTaggedApiGateway: AccessDeniedException: ` (prometheus-community/yet-another-
    // cloudwatch-exporter#262). The service word and the step are YACE's, not AWS's labels: the
    // step sets this refusal apart from the tagging API's below (two refusals, not one).
    id: 'yace-tagged-lister',
    rule: 'WD849',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['tagsInterface.get: '],
    re: /\btagsInterface\.get: ([a-z0-9-]{2,40}): (getTagged\w{1,60}): (AccessDeniedException|AccessDenied)\b(?!: ?User\b)/g,
    facts: (m, d) => {
      d.code = m[3]!
      d.detail.lister = `${m[1]!}: ${m[2]!}`
    }
  },
  {
    // YACE's discovery through the Resource Groups Tagging API, refused for a Region: `Couldn't
    // describe resources for region us-west-2: AccessDeniedException: ` (the same issue). With
    // the IAM sentence after the code (`…: User: … is not authorized to perform: tag:GetResources`,
    // yet-another-cloudwatch-exporter#299) the sentence's grammar says it all.
    id: 'yace-describe-resources',
    rule: 'WD850',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ["Couldn't describe resources for region "],
    re: /\bCouldn't describe resources for region ([a-z]{2}(?:-[a-z]{2,12}){1,2}-\d): (AccessDeniedException|AccessDenied)\b(?!: ?User\b)/g,
    facts: (m, d) => {
      d.code = m[2]!
      d.detail.region = m[1]!
    }
  },
  {
    // aws-es-proxy, signing requests for an OpenSearch (Elasticsearch) domain, logs the domain's
    // refusal of a signed request as its own (`Received 403 from AWSAuth, invalidating credentials
    // for retrial`, abutaha/aws-es-proxy#68): the domain's access policy or fine-grained access
    // control refused the proxy's identity. The domain's endpoint on its command line names es.
    id: 'aws-es-proxy-403',
    rule: 'WD7320',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Received 403 from AWSAuth'],
    re: /\bReceived 403 from AWSAuth\b/g,
    facts: (_m, d) => {
      d.service = 'es'
    }
  }
]
