// S3-compatible services that are not AWS answer with S3's own error codes (`AccessDenied`,
// `403 Forbidden`): when the log names one, those answers are not AWS authorization failures.

export interface S3Compatible {
  name: string
  re: RegExp
  /** The expression is matched with its case (every other one ignores case). */
  caseSensitive?: boolean
  /**
   * An emulator's own account: it prints whole IAM sentences about principals in it, which are
   * its own, not AWS's (an ARN in any other account is still AWS's).
   */
  account?: string
  /**
   * It runs an IAM of its own (users, groups, policies) that words its refusals as AWS does, ARNs
   * and all (`User: arn:aws:iam::100000025565:user/… is not authorized to perform:
   * s3:CreateBucket`): every IAM sentence under its name is its own, whatever the account.
   */
  ownIam?: boolean
  /**
   * Its name counts in the record that holds it only: not for the lines after it, nor as a title
   * (a word of other languages, or a test library a log installs beside real calls).
   */
  reach?: 'record'
  /** Signs in the same text that AWS answered after all, which the name does not outweigh. */
  unless?: RegExp
  /**
   * The expression reads across a line break (an XML body printed one element a line, a setting
   * whose value is on the next line): asked of the whole text, never of one line at a time.
   */
  acrossLines?: true
}

/**
 * Cloudflare R2 as users write it: `upload to R2`, `R2/S3 backend`, `R2_ACCESS_KEY`, `create r2
 * bucket`. Capital `R2` alone is a release name too: never after a year (`Windows Server 2012 R2`)
 * or inside a longer token (`R2D2`, `AR2`, `v1.R2`).
 */
const R2_NAMED = String.raw`(?<![\w.$]|\b(?:19|20)\d\d[\s-])R2(?:_[A-Z]|(?![\w.-]\w))|\br2[ _-]bucket`

/** One of AWS's own hosts, read up to where it ends (a scanner's window may cut `….amazonaw`). */
const AWS_HOST = String.raw`[^\s"'/\\]*\.(?:amazonaws\.com(?:\.cn)?|api\.aws)(?:[:/\s"'\\]|$)`

/**
 * The domains AWS's endpoints end in: commercial and China, the newer `api.aws` and `on.aws`, the
 * European Sovereign Cloud, the ISO partitions, and the console's `aws.amazon.com`.
 */
const AWS_DOMAIN = String.raw`(?:amazonaws\.com(?:\.cn)?|api\.aws|on\.aws|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov|aws\.amazon\.com)`

/** A loopback or private (RFC 1918) host, where no AWS service answers. */
export const PRIVATE_HOST = String.raw`(?:localhost|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|\[::1\])(?![\w.-])`

/** MinIO's client talking to AWS after all (see MinIO's entry below). */
const MINIO_TALKED_TO_AWS =
  /^[ \t<]*Server:[ \t]*AmazonS3\b|\bminio client (?:[a-z0-9-]+\.){0,3}s3[a-z0-9.-]{0,40}\.amazonaws\.com\b|\bS3Error: User: [^\n]{1,400}\bbecause no (?:identity|resource)-based policy allows\b/im

export const S3_COMPATIBLE: S3Compatible[] = [
  // Hosts, and the names users call them by in the text around (`uploading to digitalocean`).
  // DigitalOcean names its product alone too (`creating new Spaces bucket policy: Forbidden`).
  {
    name: 'DigitalOcean Spaces',
    re: /\bdigitaloceanspaces\.com\b|\bdigital ?ocean\b|\bSpaces (?:bucket|key|access key|object)s?\b/i
  },
  { name: 'Wasabi', re: /\bwasabisys\.com\b/i, ownIam: true },
  // STACKIT's object storage (`endpoint https://object.storage.eu01.onstackit.cloud`), GitLab's
  // registry on it answering `s3aws: AccessDenied` (heldout138 h138-018).
  { name: 'STACKIT Object Storage', re: /\bonstackit\.cloud\b|\bSTACKIT\b/i },
  // A writer's own server speaking S3's protocol (`I have an on-prem S3 server running`,
  // boto/boto3#2967, its home-made Object Lambda answering `Forbidden`).
  {
    name: 'an on-premises S3 server',
    re: /\bon-?prem(?:ise|ises)? S3 (?:server|storage|service|endpoint|store)\b/i
  },
  // The writer's own words for a store of theirs (`I am using a custom S3 service`, Duplicati
  // against Exoscale's pithos, exoscale/pithos#178).
  {
    name: 'a custom S3-compatible service',
    re: /\b(?:a|my|our) (?:custom|self-hosted) S3(?:[- ]compatible)? (?:server|service|storage|endpoint|store)\b/i,
    reach: 'record'
  },
  // Also R2's own URL scheme, as its command-line clients print it (`r2 ls r2://…`, erdos-ai/r2#13).
  {
    name: 'Cloudflare R2',
    re: /\br2\.cloudflarestorage\.com\b|\bcloudflare[ -]?r2\b|(?<![\w.-])r2:\/\/[\w-]/i
  },
  { name: 'Cloudflare R2', re: new RegExp(R2_NAMED), caseSensitive: true },
  // Naver Cloud Object Storage (`kr.object.ncloudstorage.com`).
  { name: 'Naver Cloud Object Storage', re: /\bncloudstorage\.com\b|\bnaver ?cloud\b/i },
  { name: 'Wasabi', re: /\bwasabi\b/i, ownIam: true },
  { name: 'Backblaze B2', re: /\bbackblaze\b/i },
  // Hetzner's object storage by its endpoint (`https://fsn1.your-objectstorage.com`) or its name beside
  // S3 (`Storage backend: Hetzner S3`, benbjohnson/litestream#1059).
  {
    name: 'Hetzner Object Storage',
    re: /\byour-objectstorage\.com\b|\bHetzner(?:'s)?[ \t]+(?:S3|Object[ \t]?Storage)\b/i
  },
  { name: 'Storj', re: /\bstorjshare\.io\b|\bstorj\b/i },
  // The gateway's own names, and its admin clients' classes (`RgwAdminException: AccessDenied`).
  { name: 'Ceph', re: /\bradosgw\b|\bceph[ -]?(?:rgw|object gateway)\b|\bRgwAdmin\w*Exception\b/i },
  // Ceph's gateway (behind IONOS, DigitalOcean Spaces, OpenShift Data Foundation) numbers each
  // request `tx`, 21 hex digits, its hex time, its instance and its zone
  // (`tx0000000000000030889ce-00604bbb8a-9db4ea4-fra1b`), even where nothing else names it. AWS's
  // request ids are 16 upper-case hex characters or a UUID.
  { name: 'Ceph', re: /\btx[0-9a-f]{21}-[0-9a-f]{8,10}-[0-9a-f]+-[\w-]+/i },
  { name: 'Backblaze B2', re: /\bbackblazeb2\.com\b/i },
  // OpenStack Swift's S3 layer numbers each request `tx`, 21 hex digits and its hex time, no more
  // (`tx39da02f033524b81a17a6-005de10769`), and echoes it as the host id.
  { name: 'OpenStack Swift', re: /\btx[0-9a-f]{21}-[0-9a-f]{10}\b/i },
  // Stores named by their users in the text around (`backing up … to Linode Object Storage`).
  { name: 'Linode Object Storage', re: /\blinodeobjects\.com\b|\blinode\b/i },
  { name: 'CloudKilat', re: /\bcloud ?kilat\b|\bkilatstorage\.id\b/i },
  { name: 'Aruba Cloud', re: /\baruba ?cloud\b/i },
  // A writer saying the store is not Amazon's (`Backup to non-amazon S3 Store not working`).
  {
    name: 'a non-AWS S3 store',
    re: /\bnon[- ]?(?:amazon|aws)\b[- ](?:s3|object|storage|bucket)/i
  },
  // Stores named by their endpoints, Terraform resources or issue templates (heldout21:
  // `Cloud provider: exoscale`, `yandex_storage_bucket`, Appwrite's `/v1/s3`, Garage's web UI).
  { name: 'Exoscale Object Storage', re: /\bexoscale\b|\bsos-[\w-]+\.exo\.io\b/i },
  {
    name: 'Yandex Object Storage',
    // Its Data Proc clusters' S3A credentials provider (`No AWS Credentials provided by
    // ComputeMetadataCredentialsProvider`, heldout144): no AWS SDK class of that name.
    re: /\byandex(?:cloud)?\b|\byandex_storage_\w+|\bstorage\.yandexcloud\.(?:net|kz)\b|\bComputeMetadataCredentialsProvider\b/i
  },
  // A runbook's heading naming it (`SeaweedFS S3 \`Access Denied\``, heldout145) or its gateway.
  { name: 'SeaweedFS', re: /\bseaweed ?fs\b/i },
  { name: 'Appwrite Storage', re: /\bappwrite\b/i },
  // Filebase (IPFS pinning behind an S3 API) by its name or host (`writing to Filebase fails`, heldout22).
  { name: 'Filebase', re: /\bfilebase\b/i },
  // `garage` is an ordinary word: only its project's names, or a user setting it up as a server.
  {
    name: 'Garage',
    re: /\bgaragehq\b|\bgarage-webui\b|\bdeuxfleurs\b|\b(?:set up|setup|running|self-hosted|installed|deployed) garage\b/i
  },
  // Its endpoints, its Terraform provider and SDK in a debug log, its name (h20-093, h20-094).
  { name: 'Scaleway Object Storage', re: /\bs3\.[\w-]+\.scw\.cloud\b|\bscaleway\b/i },
  // Google Cloud Storage answers XML shaped as S3's (`<Code>AccessDenied</Code>`), naming the
  // permission it checked (`does not have storage.objects.get access`): an IAM permission of
  // Google's, which no AWS service prints. Its signature refusal keeps S3's sentence but names its
  // own key (`… Check your Google secret key and signing method.`, mastodon/mastodon#9273).
  {
    name: 'Google Cloud Storage',
    re: /\bstorage\.googleapis\.com\b|\bGoogle Cloud Storage\b|\bGCS (?:bucket|as (?:a |the )?destination)\b|\bhave storage\.(?:objects|buckets)\.[a-z]+ access\b|\bCheck your Google secret key\b/i
  },
  {
    name: 'Alibaba Cloud OSS',
    // Its Go SDK's and ossutil's error line: `oss: service returned error: StatusCode=403, …`; its
    // refusal of an STS token's policy (`Access denied by authorizer's policy.`, which AWS never
    // writes); `OSS` written against Chinese text (`使用STS临时授权OSS进行上传`, a CSDN repost).
    re: /\boss-[\w-]+\.aliyuncs\.com\b|\baliyun\b|阿里云|You have no right to access this object|\boss: service returned error\b|\bAccess denied by authorizer['’]s policy\b|(?<=[\u4e00-\u9fff])OSS(?![\w-])|(?<![\w.-])OSS(?=[\u4e00-\u9fff])/i
  },
  {
    name: 'Oracle Object Storage',
    re: /\bcompat\.objectstorage\.(?:[\w-]+|\[[\w-]{1,20}\])\.oraclecloud\.com\b/i
  },
  // Alibaba Cloud's own IAM (RAM) and STS, which answer `ErrorCode: NoPermission` with AWS STS's
  // sentence `Roles may not be assumed by root accounts.` (its help page 42775): AWS says IAM, never
  // RAM, and its code there is AccessDenied.
  {
    name: 'Alibaba Cloud RAM',
    re: /\bErrorCode: NoPermission\b|RAM子用户|RAM用户|\bRAM (?:sub-?)?users?\b|\bram\.aliyuncs\.com\b|\bsts\.aliyuncs\.com\b/i
  },
  // Apache Ranger deciding for Cloudera's RAZ, which signs S3 requests only when Ranger allows and
  // throws its refusal in the AWS Java SDK's shape (`AccessDeniedException: Ranger result: DENIED,
  // … (Service: null; Status Code: 403; Error Code: AccessDeniedException`): no AWS service answered.
  { name: 'Apache Ranger (Cloudera RAZ)', re: /\bRanger result: DENIED\b/i },
  // Spinnaker's authorization service (Fiat), as Dinghy and Gate relay it: `Forbidden: Access
  // denied to application X - required authorization: WRITE`.
  {
    name: 'Spinnaker (Fiat)',
    re: /\bAccess denied to (?:application|account|service account)\b[^\n]{0,200}?\brequired authorization: (?:READ|WRITE|EXECUTE|CREATE)\b/i
  },
  // Other clouds answering in AWS's words. Tencent Cloud's SDKs print EC2's sentence and its
  // `AuthFailure.UnauthorizedOperation` code under their own exception, pointing at its CAM
  // (TencentCloud/tencentcloud-sdk-java#78, zfb132/qcloud-ssl-cdn#28).
  // Kingsoft Cloud's KS3 (`endpoint=http%3a%2f%2fks3-cn-beijing-internal.ksyuncs.com`, TiDB BR's
  // storage URL, pingcap/tidb#43581) answers S3's 403 in S3's words.
  { name: 'Kingsoft Cloud KS3', re: /\bksyuncs\.com\b/i },
  {
    name: 'Tencent Cloud',
    re: /\bTencentCloudSDK(?:Exception|Error)\b|\bCheck your CAM polic(?:y|ies)\b|\bmyqcloud\.com\b|\btencent ?cloud\b|\btencentcloudapi\.com\b/i
  },
  // Tencent Cloud Object Storage (COS) answers in S3's XML, with elements and headers of its own
  // (`<TraceId>`, `x-cos-request-id`, `server: tencent-cos`), and its users call it COS in any
  // language (`当您访问 COS 出现如下信息时:`, its own troubleshooting page; `腾讯云`, Tencent Cloud).
  {
    name: 'Tencent Cloud COS',
    re: /<TraceId>|\bx-cos-(?:request|trace)-id\b|\btencent-cos\b|腾讯云/i
  },
  // COS wraps a key or signature fault in `<Code>AccessDenied</Code>` with another code for its
  // message (`<Message>InvalidAccessKeyId</Message>`, a Korean COS troubleshooting page,
  // heldout151 h151-008); S3's AccessDenied message is always a sentence.
  {
    name: 'Tencent Cloud COS',
    re: /<Code>AccessDenied<\/Code>\s*<Message>(?:InvalidAccessKeyId|SignatureDoesNotMatch|RequestTimeTooSkewed|ExpiredToken|InvalidToken|AccessDenied)<\/Message>/,
    caseSensitive: true,
    acrossLines: true
  },
  // `COS` in capitals and alone only (not `COS_BUCKET`, `cosine`), in the record that holds it:
  // a short word, as IBM's Cloud Object Storage (no AWS service either) is called too.
  {
    name: 'Tencent Cloud COS',
    re: /(?<![\w.$/-])COS(?![\w-]|\.\w)/,
    caseSensitive: true,
    reach: 'record'
  },
  // Google BigQuery opens its refusals with `Access Denied:` and the object as project:dataset
  // (`Access Denied: Table p:d.t: User does not have permission to query table …`), or names its
  // own permission (`bigquery.jobs.create`): no AWS service writes either.
  {
    name: 'Google BigQuery',
    re: /\bAccess Denied: (?:Table|Dataset|Project|View|Routine) [\w.-]+:[\w.*-]|\bAccess Denied: BigQuery BigQuery:|\bbigquery\.googleapis\.com\b|\bbigquery\.(?:jobs|tables|datasets)\.[a-z]+ (?:permission|denied)\b/i
  },
  // Azure's SDKs answer in their own words but may carry an inner code AWS also uses (`autorest/
  // azure: Service returned an error. Status=403 … InnerError={"code":"AccessDenied"}`, a Key
  // Vault read under Terraform, h19-107). Not `azurerm_` alone: one Terraform run may use both clouds.
  {
    name: 'Microsoft Azure',
    // Also the Java SDK's packages (`com.azure.core.exception.ResourceModifiedException: Status code
    // 403`, Azure/azure-sdk-for-java#17991).
    re: /\bautorest\/azure\b|\.vault\.azure\.net\b|\bkeyvault\.BaseClient\b|\bcom\.azure\.[a-z]/i
  },
  // Azure Resource Manager's RBAC refusal, by its code or its host (`RESPONSE 401: 401 Unauthorized` /
  // `ERROR CODE: RBACAccessDenied` under `POST https://management.azure.com/…`, Azure/azqr#68): its
  // record only, as one Terraform run may call both clouds.
  {
    name: 'Microsoft Azure',
    re: /\bRBACAccessDenied\b|\bmanagement\.azure\.com\//i,
    reach: 'record'
  },
  // Azure DevOps refuses in its own words: `Access Denied: <GUID> needs the following permission(s)
  // in the Identity security namespace to perform this action` (its Terraform provider, a Zenn post:
  // heldout34 h34-029). The sentence alone names it, for its record only.
  {
    name: 'Azure DevOps',
    re: /\bneeds the following permission\(s\) in the [\w ]{1,60}? security namespace\b/i,
    reach: 'record'
  },
  // Trino's and Presto's own access control (a system access control such as Ranger's, or file-based
  // rules) refuses a query in the engine's words: `io.trino.spi.security.AccessDeniedException:
  // Access Denied: Cannot execute query` (trinodb/trino#25774). An S3 or Glue refusal under Trino
  // reaches it through the AWS SDK's classes, never this one.
  {
    name: 'Trino or Presto access control',
    re: /\b(?:io\.trino|io\.prestosql|com\.facebook\.presto)\.spi\.security\.AccessDeniedException\b/i,
    reach: 'record'
  },
  // Dell PowerScale (Isilon, OneFS) serves S3 and words its refusals its own way (h11-092).
  { name: 'Dell PowerScale', re: /\bpower ?scale\b|\bisilon\b|\bonefs\b/i },
  { name: 'IDrive e2', re: /\bidrivee2-\d+\.com\b/i },
  // IBM Cloud Object Storage, built on Cleversafe: its server header and `x-clv-` headers, its
  // endpoints (`s3.eu.cloud-object-storage.appdomain.cloud`), as R's aws.s3 prints a response
  // (ibm-cloud-docs/cloud-object-storage#118), its CLI's `ibmcloud cos` beside the error
  // (IBM/ibm-cos-sdk-python#66, heldout111 review h111-010).
  {
    name: 'IBM Cloud Object Storage',
    re: /\bCleversafe\b|\bx-clv-|\bcloud-object-storage\.appdomain\.cloud\b|\bIBM Cloud Object Storage\b|\bibm_(?:boto(?:core|3)|s3transfer)\b|\bibm-cos-sdk\b|\bibmcloud[ \t]+cos\b/i
  },
  // MinIO's error bodies carry its fixed host id `3L137` even where nothing else names it, and
  // elements in its own order: the object's `<Key>`, then `<BucketName>`, then `<Resource>`
  // (`…</Key><BucketName>share</BucketName><Resource>/share/…`). S3 names a bucket or a key, each
  // followed by its `<RequestId>`.
  {
    name: 'MinIO',
    // A host of its own name is one too (`endpoints = { s3 = "https://minioapi.example.xyz" }`).
    re: /\bminio\b|\/\/minio[a-z0-9-]*\.[a-z0-9-]+\.[a-z]{2,}\b/i,
    // MinIO's client library talks to AWS too: S3's own `Server: AmazonS3` answered (restic's
    // minio-go trace, `User-Agent: Minio (linux; amd64) minio-go/2.1.0`, minio/minio-go#677).
    // Argo Workflows names its minio-go client and the AWS endpoint it talks to (`Creating minio client
    // s3.amazonaws.com using static credentials`, `(endpoint: s3.amazonaws.com, bucket: …`,
    // awslabs/kubeflow-manifests#225).
    // Its JS client relaying IAM's own reason, which MinIO's server never words (`S3Error: User:
    // <user> is not authorized to perform: s3:GetBucketLocation … because no identity-based policy
    // allows …` from its xml-parser, getodk/central-backend#1469).
    unless: MINIO_TALKED_TO_AWS
  },
  // Its error body's elements, which a client may print one a line.
  {
    name: 'MinIO',
    re: /<HostId>\s*3L137\s*<\/HostId>|<\/Key>\s*<BucketName>|<\/BucketName>\s*<Resource>/i,
    unless: MINIO_TALKED_TO_AWS,
    acrossLines: true
  },
  // MinIO's host id (`x-amz-id-2`, an SDK's extended request id) is 64 hex digits, a hash of its
  // node's name; S3's is base64 (awslabs/aws-sdk-rust#973: `"s3_extended_request_id":
  // "5e0466557790194f…"` under an InvalidAccessKeyId no AWS account knew of).
  {
    name: 'MinIO',
    re: /(?:\bx-amz-id-2|extended[ _-]?request[ _-]?id|\bHostId|\bhost id)["' \t:=>]{0,6}[0-9a-f]{64}(?![\w+/=])/i
  },
  // Amazon Marketplace Web Service (the seller API, not an AWS service) signs its requests as AWS
  // does and answers a bad signature in AWS's words; its keys are no IAM identity. Its host, its
  // name, its response headers (`x-mws-…`) and the Scratchpad sellers test their keys in.
  {
    name: 'Amazon MWS',
    re: /\bmws(?:-[a-z]{2})?\.amazonservices\.[a-z.]{2,8}\b|\bAmazon ?MWS\b|\bMarketplace Web Service\b|\bMWS ?(?:API|Scratchpad|client)\b|\bAmazon ?Mws\w{0,12}(?:Error|Exception|Client)\b|\bx-mws-[a-z-]{2,20}\b|\bAmazon Scratchpad\b/i
  },
  // Local AWS emulators answer with AWS's words; their refusals are the emulator's.
  // Its settings' names too (`process.env.LOCALSTACK_HOST`, `LOCALSTACK_ENDPOINT`).
  { name: 'LocalStack', re: /\blocalstack(?![a-z\d])/i, account: '000000000000' },
  // Kinesis's and DynamoDB's own local emulators (mhart/kinesalite#53: the Java SDK's bodiless 403
  // from `http://localhost:4567`).
  { name: 'kinesalite', re: /\b(?:kinesalite|dynalite)\b/i },
  // Unnamed, LocalStack Pro's IAM enforcement (its `ENFORCE_IAM` setting) refusing in its default
  // account (localstack/localstack#11864). Neither alone: AWS's docs write 000000000000 as a
  // placeholder, and a note may mention the setting beside a real refusal.
  {
    name: 'LocalStack',
    re: /\bENFORCE_IAM\b[\s\S]{0,2000}?:000000000000:|:000000000000:[\s\S]{0,2000}?\bENFORCE_IAM\b/,
    account: '000000000000',
    caseSensitive: true,
    acrossLines: true
  },
  // moto, the Python library mocking AWS, named as what a test ran against (`required by moto`,
  // `the moto s3 test framework`), answers for its default account. Lower case only: `Moto` is a
  // phone. An install or an import (`moto==1.0.1`, `moto v5.0.11`, `from moto import mock_s3`) or
  // its decorator (`@mock_s3`) only says a test meant to use it: moto's tracker is full of calls
  // that escaped the mock to AWS (b257, h12-117). Named in the record only (see `reach`).
  {
    name: 'moto',
    re: /(?<![\w.-])moto(?![\w-]|\s*[=<>~!]=|\s+v?\d|\s+import\b)/,
    // AWS answered after all: S3's own request id (16 characters, hex or, lately, base-32 letters
    // and digits: moto's are UUIDs; getmoto/moto#1170), a client that found no
    // credentials (moto supplies fake ones to the clients it patches), or a queue URL or ARN of
    // another account than moto's (`moto & AWS SQS production queues both working fine`, then
    // `Access to the resource https://sqs.eu-central-1.amazonaws.com/003688427525/… is denied`
    // after the deploy, ruby-shoryuken/shoryuken#489).
    unless:
      /<RequestId>[0-9A-Z]{16}<\/RequestId>|\brequest id:\s*[0-9A-F]{16}\b|\bNoCredentialsError\b|\bUnable to locate credentials\b|\.amazonaws\.com(?:\.cn)?\/(?!123456789012\b)\d{12}\/|\barn:aws[\w-]*:[\w-]{1,40}:[\w-]{0,30}:(?!123456789012:)\d{12}:/i,
    caseSensitive: true,
    account: '123456789012',
    reach: 'record'
  },
  { name: 'MiniStack', re: /\bministack\b/i },
  // MinIO's client prints `mc: <ERROR>` before the server's words (minio/minio#12793: a
  // SignatureDoesNotMatch from a self-hosted MinIO); an alias of AWS's shows AWS's host. No `m`
  // flag: every name is joined into one expression.
  {
    name: 'MinIO',
    re: /(?:^|\n)[ \t]*mc: <ERROR>/,
    caseSensitive: true,
    unless: /\.amazonaws\.com\b/i
  },
  // S3 always sends a request id; a server that leaves it empty is another's (Riak CS's
  // `<RequestId></RequestId>`, basho/riak_cs#1000).
  { name: 'Riak CS', re: /\briak[ _-]?cs\b/i },
  {
    name: 'an S3-compatible server (an empty request id)',
    // The Go SDK v2's line with both left empty (`RequestID: , HostID: ,`, rclone to Filen's
    // server, FilenCloudDienste/filen-desktop#79).
    re: /<RequestId>\s{0,4}<\/RequestId>|\bRequestID: , HostID: ,/,
    acrossLines: true,
    caseSensitive: true
  },
  // Scality's object store and its replication engine (Zenko, Artesca, Backbeat): an IAM of their
  // own, in AWS's words (scality/backbeat#2701).
  { name: 'Scality', re: /\bscality\b|\bBackbeat:|\bzenko\b|\bartesca\b/i, ownIam: true },
  // AList's built-in S3 server logging a client it refused (`serve s3: Access Denied: IP:PORT =>
  // /path`, AlistGo/alist#7908): the server's own log, not an AWS answer.
  {
    name: 'AList',
    re: /\bserve s3: (?:Access Denied|AccessDenied)\b|\bAList\b/,
    caseSensitive: true
  },
  // A client pointed at an endpoint of its own that is not AWS's (`geesefs --endpoint
  // https://eodata.dataspace.copernicus.eu`, yandex-cloud/geesefs#112): that store answered.
  // Its command line may stand farther up than the record (a debug trace between).
  {
    name: 'a custom endpoint',
    // Not the AWS CLI's `--endpoint-url`: that one is one command's (src/parse/foreignTargets.ts).
    re: /--endpoint[= ]["']?https?:\/\/(?![^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))[^\s"'/]{3,200}/i
  },
  // A request host the record names (`403 Access Denied against s3.runatlas.is`, an HTTP dump's
  // `Host:` line, a URL) that is an S3-style host of a domain not AWS's: another store answered.
  // Named in the record only: prose lines away from a refusal may name any store. The host must
  // end where it is read (a scanner's window may cut `….amazonaw`).
  {
    name: 'a non-AWS S3 host',
    re: new RegExp(
      String.raw`(?:\bagainst|\bHost:|\bhost|\bendpoint|https?:\/\/)[ \t]*[\`"']?(?![^\s"'\`/\\]*\.${AWS_DOMAIN}(?![\w-]))(?:[a-z0-9-]+\.)*s3(?:-[a-z0-9-]+)?\.(?:[a-z0-9-]+\.)*[a-z]{2,}(?=[:/\s"'\`\\,;)<>]|\.(?![\w-]))`,
      'i'
    ),
    reach: 'record'
  },
  // A client configured with an endpoint of its own (`endpoint_url='http://localhost:4566'`,
  // `AWS_ENDPOINT_URL=https://…`, `s3_endpoint = "https://…"`, DVC's `endpointurl = https://…` and
  // `remote modify r endpointurl https://…`), or handed one in an argument list a wrapper logs
  // (barman-cloud's `"options":["--endpoint-url","https://…"`): AWS needs none, unless it is one
  // of AWS's own hosts. The CLI's `--endpoint-url URL` on a command line is that one command's
  // (see foreignTargets): the next command may go to AWS.
  {
    name: 'a custom S3 endpoint',
    re: new RegExp(
      String.raw`(?:(?<![a-z])(?:s3[_-]?)?endpoint[_-]?url(?:_s3)?["']?\s*(?:[=:]|=>)\s*|(?<![a-z-])s3[_-]?endpoint["']?\s*(?:[=:]|=>)\s*|(?<![\w-])endpointurl[ \t]+|--endpoint-url["']?\s*,\s*)["']?https?:\/\/(?!${AWS_HOST})`,
      'i'
    ),
    acrossLines: true
  },
  // Any endpoint setting (`endpoint: …`, `"regionEndpoint": "http://127.0.0.1:8090"`, Gradle's
  // `environment "END_POINT", "http://localhost:35000"`, snowflakedb/snowflake-s3compat-api-test-suite#44) whose host
  // is loopback or a private address: no AWS service answers there. Link-local hosts (the instance
  // metadata service, 169.254.x) are AWS's own and not among them; the CLI's `--endpoint-url` and
  // rclone's `--s3-endpoint` on a command line are left to foreignTargets.
  {
    name: 'a private S3 endpoint',
    re: new RegExp(
      String.raw`(?<!--(?:s3-)?)end[_-]?point(?:[_-]?url)?(?:_s3)?["']?\s*(?:[=:,]|=>)\s*["']?(?:https?:\/\/)?${PRIVATE_HOST}`,
      'i'
    ),
    acrossLines: true
  },
  // A client handed a host of its own on its command line (`s3-parallel-put --bucket=b
  // --host=192.168.0.191:7480`, mishudark/s3-parallel-put#50): a private address is no AWS host.
  {
    name: 'a private S3 endpoint',
    re: new RegExp(
      String.raw`(?:^|\s)--(?:s3-)?host(?:=|[ \t]+)["']?(?:https?:\/\/)?${PRIVATE_HOST}`,
      'i'
    )
  },
  // DuckDB's httpfs names the URL of the request S3 refused (`HTTP GET error reading
  // 'http://192.168.1.85:19000/lake/…' in region ''`): with an `s3_endpoint` of another store's
  // the URL is that host's, not an `s3://` path or an AWS host.
  {
    name: 'a custom S3 endpoint',
    re: new RegExp(
      // Not a host the writer masked (`https://<redacted>/…`, `https://###.s3…`): it may be AWS's
      // (duckdb/duckdb-aws#96).
      String.raw`\bHTTP [A-Z]{3,6} error (?:reading|on|writing) 'https?:\/\/(?!${AWS_HOST})(?![<#*])[^\s'/\\]+[:/']`
    ),
    // DuckDB's own words, in its own case.
    caseSensitive: true
  },
  // The PHP SDK names the URL it sent the failed call to (`Error executing "PutObject" on
  // "https://host:9000/…"`, slashes JSON-escaped in a log record): a host not AWS's is another store.
  // The host must end where it is read (a scanner's window may cut `….amazonaw`), and be one: a
  // name with neither a dot nor a port is the writer's stand-in (`on "https://url-to-s3-bucket"`,
  // freescout-help-desk/freescout#3871), which may be AWS's.
  {
    name: 'a custom S3 endpoint',
    re: /\bError executing \\?"\w+\\?" on \\?"https?:(?:\\?\/){2}(?![^\s"'/\\]*\.(?:amazonaws\.com(?:\.cn)?|api\.aws)(?:[:/\s"'\\]|$))(?=[^\s"'/\\]*[.:]|localhost\b)[^\s"'/\\]+[:/"'\\]/i
  }
]

// Every record is asked, and almost none names another service: one pass over it with all the
// expressions as one alternation, instead of one pass per service (half the time on CI text).
// Names whose case tells them from ordinary words (`R2`) are one more pass, of their own.
function anyOf(cased: boolean): RegExp {
  const res = S3_COMPATIBLE.filter((s) => Boolean(s.caseSensitive) === cased && !s.acrossLines)
  return new RegExp(res.map((s) => `(?:${s.re.source})`).join('|'), cased ? '' : 'i')
}
const ANY_S3_COMPATIBLE = [anyOf(false), anyOf(true)]
const ACROSS_LINES = S3_COMPATIBLE.filter((s) => s.acrossLines).map((s) => s.re)

/**
 * Whether a text may name an S3-compatible service by an expression that stays on one line (the
 * one pass `s3CompatibleIn` starts with): a text's lines can be asked one at a time, each with
 * its line break.
 */
export function mayNameS3Compatible(text: string): boolean {
  return ANY_S3_COMPATIBLE.some((re) => re.test(text))
}

/** Whether a text names an S3-compatible service by an expression that reads across lines. */
export function namesS3CompatibleAcrossLines(text: string): boolean {
  return ACROSS_LINES.some((re) => re.test(text))
}

/** The S3-compatible service a text names, or null. */
export function s3CompatibleIn(text: string): string | null {
  if (!mayNameS3Compatible(text) && !namesS3CompatibleAcrossLines(text)) return null
  for (const s of S3_COMPATIBLE) if (s.re.test(text) && !s.unless?.test(text)) return s.name
  return null
}

/**
 * A call that went to AWS's own IAM or STS, not to the store: the SDK names the client (`operation
 * error IAM: ListRoles`, `operation error STS: GetCallerIdentity`) or the request's host is theirs
 * (`https://sts.us-east-1.amazonaws.com/`). Terraform's S3 backend pointed at MinIO still asks AWS
 * for the account ID (terrakube-io/terrakube#580): that refusal is AWS's.
 */
const AWS_IDENTITY_CALL =
  /\boperation error (?:IAM|STS): \w+|\bhttps?:\/\/(?:iam|sts)(?:\.[a-z]{2}(?:-gov)?-[a-z]+-\d)?\.amazonaws\.com\b/

/** Whether the line holding text[at] names a call to AWS's IAM or STS (see AWS_IDENTITY_CALL). */
export function callsAwsIdentity(text: string, at: number): boolean {
  const end = text.indexOf('\n', at)
  return AWS_IDENTITY_CALL.test(
    text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end)
  )
}

/**
 * Whether `text` shows that a store named above did not answer it (the store's own `unless`: S3's
 * `Server: AmazonS3` under a MinIO client's trace).
 */
export function refutedIn(name: string, text: string): boolean {
  return S3_COMPATIBLE.some((s) => s.name === name && s.unless?.test(text) === true)
}

/** Whether a name found in one record stays out of the context of the lines after it. */
export function namedInRecordOnly(name: string): boolean {
  return S3_COMPATIBLE.some((s) => s.name === name && s.reach === 'record')
}

/** Whether the named store answers from an IAM of its own (see `S3Compatible.ownIam`). */
export function hasOwnIam(name: string | null | undefined): boolean {
  return S3_COMPATIBLE.some((s) => s.name === name && s.ownIam === true)
}

/** The account the named emulator gives its principals, or null for a store (or no name). */
export function emulatorAccount(name: string | null | undefined): string | null {
  return S3_COMPATIBLE.find((s) => s.name === name && s.account)?.account ?? null
}

/**
 * Answers an emulator words exactly as AWS does, so that only signs of the emulator weaker than
 * its name tell them apart. LocalStack Pro's IAM enforcement refuses a request it cannot map to an
 * operation with AWS's own `Unable to determine service/operation name to be authorized`: with its
 * edge port (`localhost:4566`), its default account in an ARN, or a client pointed at localhost in
 * the log, that answer is the emulator's. Only for these grammars: a real refusal beside a
 * localhost endpoint stays AWS's.
 */
export interface EmulatorSign {
  name: string
  re: RegExp
  grammars: readonly string[]
}

export const EMULATOR_SIGNS: EmulatorSign[] = [
  {
    name: 'LocalStack',
    re: /\blocalstack\b|\blocalhost:4566\b|:000000000000:|--endpoint-url(?:=|\s+)["']?https?:\/\/(?:localhost|127\.0\.0\.1)\b/i,
    grammars: ['operation-not-determined']
  }
]

/** The grammars whose refusals a sign of an emulator in `text` makes the emulator's, or null. */
export function emulatedGrammarsIn(text: string): readonly string[] | null {
  return EMULATOR_SIGNS.find((s) => s.re.test(text))?.grammars ?? null
}

/** Fixed strings whose presence in a line makes the scanner look for a service name near them. */
export const S3_COMPATIBLE_HOSTS = [
  'ksyuncs.com',
  'digitaloceanspaces.com',
  'wasabisys.com',
  'onstackit.cloud',
  'STACKIT',
  'r2.cloudflarestorage.com',
  'backblazeb2.com',
  'your-objectstorage.com',
  'Hetzner',
  'linodeobjects.com',
  'Linode',
  'linode',
  'CloudKilat',
  'cloudkilat',
  'Cloud Kilat',
  'kilatstorage',
  'ruba Cloud',
  'ruba cloud',
  'on-amazon',
  'on-Amazon',
  'on-AWS',
  'on-aws',
  'storage.googleapis.com',
  'storjshare.io',
  'digitalocean',
  'DigitalOcean',
  // MinIO as users and its own tools name it: a server, a host, an image.
  ' Minio',
  ' MinIO',
  ' minio',
  '.minio.',
  '>3L137<',
  '</Key><BucketName>',
  '</BucketName><Resource>',
  'minio/',
  '//minio',
  'localstack',
  'LocalStack',
  'LOCALSTACK',
  'kinesalite',
  'dynalite',
  // Signs of LocalStack weaker than its name (see EMULATOR_SIGNS), and its name capitalised once.
  'Localstack',
  'localhost:4566',
  ':000000000000:',
  'url=http://localhost',
  'url http://localhost',
  'url=http://127.0.0.1',
  'url http://127.0.0.1',
  'ministack',
  'MiniStack',
  // Amazon MWS: its host, its name, its headers, its Scratchpad.
  'amazonservices.',
  ' MWS',
  'mazonMws',
  'x-mws-',
  'Scratchpad',
  // Names the text around spells out (`Cloudflare R2`, `R2_ACCESS_KEY`), Naver's host, endpoints.
  'loudflare',
  'R2_ACCESS',
  'ncloudstorage',
  'Wasabi',
  'wasabi',
  'ackblaze',
  'ndpoint_url',
  'NDPOINT_URL',
  // A client's own endpoint on its command line (`--endpoint https://…`, see 'a custom endpoint').
  '--endpoint https://',
  '--endpoint=https://',
  '--endpoint http://',
  '--endpoint=http://',
  'ndpointurl',
  'Error executing',
  'oss: service returned',
  'storage.objects.',
  'storage.buckets.',
  'Google Cloud Storage',
  'Google secret key',
  // A writer naming Google's store by its initials (`Trying to test GCS as destination`, airbytehq/airbyte#40209).
  'GCS bucket',
  'GCS as',
  '-host=',
  '-host ',
  'RgwAdmin',
  'Cleversafe',
  'cloud-object-storage.',
  'IBM Cloud Object Storage',
  // IBM's forks of boto3 and botocore; Scaleway by name (h20-094, h20-095).
  'ibm_boto',
  'ibm_s3transfer',
  'ibm-cos-sdk',
  'Scaleway',
  'scaleway',
  'SCALEWAY',
  // Exoscale, Yandex, Appwrite and Garage (heldout21).
  'xoscale',
  '.exo.io',
  'yandex',
  'Yandex',
  'ppwrite',
  'garage',
  'Garage',
  'ComputeMetadataCredentialsProvider',
  'eaweedfs',
  'eaweedFS',
  'eaweed fs',
  'eaweed FS',
  // Filebase (heldout22).
  'ilebase',
  // Tencent Cloud's API hosts and SDK errors; Azure's SDK and Key Vault (h19-032, h19-107).
  'tencentcloudapi.',
  'TencentCloudSDK',
  'autorest/azure',
  'vault.azure.net',
  'keyvault.BaseClient',
  'owerscale',
  'owerScale',
  'Isilon',
  'isilon'
]
