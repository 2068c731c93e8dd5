// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  // heldout.jsonl (round 2): what the round-2 rules do not cover yet.
  h019: 'missed: S3 XML body as a browser rendered it, tags lost (`Code AccessDenied /Code`)',
  h097: 'reported denial: JS SDK v3 against Cloudflare R2, which only the issue title names',
  h155: 'missed: Prowler prints the CLI error one word per line',
  h164: 'missed: a bare `Access Denied` line with no code or AWS wording around it',
  // heldout2.jsonl (round 3, issue 10): what the round-3 rules do not cover yet.
  'h2-081':
    'reported denial: one quoted JSON string with a trailing comma; nothing around it shows code',
  // heldout3.jsonl (round 4, issue 10): what the round-4 rules do not cover yet.
  'h3-032': 'reported denial: demo seed data (ticket description) quoting an S3 error',
  'h3-040': 'reported denial: deployment notes predicting `Aws::S3::Errors::AccessDenied` in prose',
  // heldout4.jsonl (round 5, issue 10; mostly repository docs and code): not covered yet.
  'h4-062':
    'missed: Korean note, kubectl `You must be logged in` in a code block; nothing places it on EKS',
  // heldout5.jsonl (round 6, issue 10; pasted failed runs from issue threads and pages): not covered yet.
  // heldout6.jsonl (round 7, issue 10; scored once unseen at 149/173 on the session-8 build): not covered yet.
  'h6-030':
    'missed: helm against a cluster nothing in the text places on EKS (only the thread’s repository, helm-eks-action, does)',
  'h6-074':
    'missed: the failure is said five lines above the CDK warning, across a blank line and a fence: past the record’s three lines of context',
  'h6-083':
    'wrong kind: Portuguese knowledge-center page quoting Lambda’s invoke error: KMS rejected th…',
  // heldout7.jsonl (round 8, issue 10; scored once unseen at 152/180 on the session-9 build): not covered yet.
  'h7-043':
    'missed: dev.to post: cdk deploy blocked by a tag-conditioned SCP; the error is shown as the blo…',
  'h7-126':
    "reported credentials: a workflow YAML snippet whose comment mentions 'no basic auth credentials'; configurati…",
  'h7-171':
    'reported credentials: blog retelling in prose that Airflow DockerOperator tasks failed with an expired ECR to…',
  // heldout8.jsonl (round 9, issue 10; scored once unseen at 165/180 on the session-10 build): not covered yet.
  'h8-158':
    'wrong service, label s3: restic (minio-go client) under Velero: the repository URL that names S3 is lines above the error, past the parser’s window',
  // heldout9.jsonl (round 10, issue 10; scored once unseen at 135/180 on the session-11 build): not covered yet.
  'h9-012':
    'reported denial: Spark s3a against a local MinIO server (issue filed on minio/minio, Spark with MinIO cookb…',
  'h9-021':
    'reported denial: AWS Glue local docker image writing through s3a to a MinIO container (title: "Cannot write…',
  'h9-080':
    'reported credentials: s3cmd configured for DigitalOcean Spaces (sgp1.digitaloceanspaces.com in the thread):…',
  'h9-087':
    'reported denial: boto (v2) against a local Ceph radosgw demo container (host=localhost): 403 from RGW, not …',
  'h9-089':
    'reported denial: s3cmd against a local LeoFS gateway (S3-compatible store on localhost): Access Denied from…',
  'h9-168':
    'reported denial: k8s-csi-s3 provisioner against Hetzner Object Storage (S3-compatible): Access Denied from …',
  // heldout10.jsonl (round 11, issue 10; scored once unseen at 155/180 on the session-12 build): not covered yet.
  'h10-093':
    'missed: kubectl `You must be logged in to the server` after a 16-minute `kubectl run`; nothing in the text places the cluster on EKS (only the 15-minute token life would)',
  'h10-094':
    'missed: kubectl `Unauthorized` between node listings; the nodes are EC2 (`*.compute.internal`) with a `master` role, a self-managed cluster: nothing in the text shows IAM authentication (only the thread’s repository, aws-iam-authenticator, does)',
  'h10-095':
    'missed: kubectl discovery errors asking for credentials; nothing in the text places the cluster on EKS (only the thread’s repository, aws-iam-authenticator, does)',
  // heldout11.jsonl (round 12, issue 10; scored once unseen at 165/181 on the session-13 build): not covered yet.
  'h11-157':
    "reported denial: boto3 PutObject refused by MinIO, named only in the reporter's prose (11 lines below the error, past the 8-line look-ahead)",
  // heldout12.jsonl (round 13, issue 10; scored once unseen at 161/179 on the session-14 build): not covered yet.
  // heldout14.jsonl (round 15, issue 10; scored once unseen at 161/180 on the session-16 start build): not covered yet.
  'h14-126':
    "reported denial: an ECS error reference's pull line (docker's words cover a missing image and a refused pull; WD937 leads with the image check); label not-found, doubtful",
  'h14-162':
    'missed: ECR 401 Unauthorized for an AWS Deep Learning Container base image, told in article prose',
  // heldout15.jsonl (round 16, issue 10; scored once unseen at 144/165 on the session-17 start build): not covered yet.
  'h15-095':
    'wrong principal: a documentation mirror that breaks the placeholders `account`/`ID`/`region` onto lines of their own',
  // heldout16.jsonl (round 17, issue 10; scored once unseen at 118/128 on the session-18 start build): not covered yet.
  'h16-049':
    "wrong code: the author's own result line (`**Result**: FAILURE - AccessDeniedException`) names the code, no tool printed it",
  'h16-105':
    "wrong code: AppSync's `errorType` stands ten lines above its message in the pretty-printed response, beyond a record's reach",
  // heldout17.jsonl (round 18, issue 10; scored once unseen at 108/124 on the session-19 start build): not covered yet.
  'h17-057':
    "missed: urllib's bodiless `HTTP Error 403: Forbidden` eleven lines below the traced command that names the S3 URL, beyond a record's reach",
  'h17-058':
    "missed: the reporter's `${bucket}` placeholders make the upload's `in bucket …: Access Denied` read as a documentation template",
  'h17-091':
    "wrong service: the request host (`acm-pca.…amazonaws.com`) stands on the curl command thirteen lines above the XML body, beyond the hints' reach",
  // heldout18.jsonl (round 19, issue 10; scored once unseen at 119/132 on the session-20 start build, 121 on the final labels): not covered yet.
  'h18-041':
    "wrong code: the first copy of Lambda's relayed S3 message stands nine lines above the response's `x-amzn-ErrorType` header, beyond a record's look-ahead (the second copy, below it, is read right)",
  // heldout21.jsonl (round 22, issue 10; scored once unseen at 82/92 on the session-23 start build): not covered yet.
  'h21-066':
    "missed: the text names LocalStack (its endpoint variables) and says the calls still reached real AWS; the emulator rule reads the refusal as LocalStack's",
  // heldout24.jsonl (round 25, issue 10; scored once unseen at 72/77 on the session-26 start build): not covered yet.
  'h24-052':
    "missed: `aws cloudformation --endpoint-url http://localhost:4581 package` names an emulator, but its artifact upload's S3 client ignored the endpoint (the thread says so) and AWS refused the dummy key",
  'h24-076':
    "wrong service: the AWS base library's `aws.service=STS` field stands on the request's log line, five lines above the response body whose message the finding is read from, beyond the service hints' window",
  // heldout25.jsonl (round 26, issue 10; scored once unseen at 30/33 on 70b46398): not covered yet.
  'h25-007':
    "wrong action: CodePipeline's `is not authorized to perform AssumeRole on role …` prints the action without its prefix; the report names it `sts:AssumeRole`, the label keeps the text's spelling",
  // heldout30.jsonl (round 31, issue 10; scored once unseen at 24/30 on 13e952e5): not covered yet.
  'h30-004':
    'missed: an rclone `--dump-headers` trace whose response line is a bare `HTTP/1.1 403 Forbidden` below a request to s3.amazonaws.com, with no body or code',
  'h30-017':
    "missed: Serverless Components' `site: Access Denied`, a component's name and S3's bare message, among the other components' output",
  // heldout38.jsonl (round 34, issue 10; scored once unseen at 26/30 on 020b6ff6): not covered yet.
  'h38-006':
    'missed: Amplify Swift’s auth-state dump prints `error = "AWSCognitoAuthPlugin.FetchSessionError.notAuthorized";`, which the engine takes for a source line assigning a string',
  // heldout39.jsonl (round 35, issue 10; scored once unseen at 26/30 on 786c1dce): not covered yet.
  'h39-017':
    "missed: the GitLab Runner's `FATAL: received: 403 Forbidden` under `Checking cache for …` names no host; only the reporter's prose four lines above says the cache is on S3 (GitLab.com's own runners cache on Google Cloud Storage)",
  // heldout43.jsonl (round 36, issue 10; scored once unseen at 27/30 on f39ca2ca): not covered yet.
  'h43-026':
    "missed: an RDS IAM-authentication refusal printed as curl's trace of the internal `rdsauthproxy` answering `403 Forbidden` and PostgreSQL's `pam_authenticate failed: Permission denied`; no AWS host nor code",
  'h43-027':
    'missed: RDS Proxy\'s own log line `Proxy authentication with IAM authentication failed for user "root" … Reason: Invalid credentials`',
  'h43-028':
    "missed: Neptune's IAM refusal as TinkerPop's `WebSocketHandshakeException: Invalid handshake response getStatus: 403 Forbidden`, the Neptune endpoint only in the `kubectl run` command seven lines above",
  // heldout47.jsonl (round 36, issue 10; scored once unseen at 24/27 on ab505e70): not covered yet.
  'h47-008':
    "missed: Uppy Companion's `upload failed with status: 403` and the console's `Error: Forbidden`, S3 named only by the reporter's `pre-signed url` in prose",
  // heldout48.jsonl (round 36, issue 10; scored once unseen at 26/30 on ab505e70): not covered yet.
  'h48-003':
    "missed: kitchen-ec2's `Failed to complete #create action: [You are not authorized to perform this action]`, EC2 named only by a host in a later run's connection error",
  'h48-014':
    "missed: org-formation's bare `Access Denied` line two lines under its own `uploading initial commit to s3 BUCKET/KEY...` (a bucket named in words, no `s3://`)",
  // heldout49.jsonl (round 36, issue 10; scored once unseen at 25/30 on af7f5e08): not covered yet.
  'h49-026':
    "wrong service: S3 is named only by the notebook's `f's3://{sess.default_bucket()}/…'` lines above the reporter's `NoCredentialsError`, beyond the service hints' window",
  // heldout50.jsonl (round 36, issue 10; scored once unseen at 25/30 on af7f5e08): not covered yet.
  'h50-023':
    "wrong service: Consul's snapshot agent names S3 only in its start-up banner (`Snapshot Storage: Amazon S3 -> Region: …`) a dozen lines above the Go SDK's `AccessDenied: Access Denied`",
  'h50-016':
    "missed: trivy's GetCallerIdentity refused with `InvalidClientTokenId` while the run names a LocalStack profile and endpoint above, which makes the engine take the answer for LocalStack's (the thread: trivy sent STS to AWS)",
  // heldout51.jsonl (round 36, issue 10; scored once unseen at 27/30 on af7f5e08): not covered yet.
  'h51-007':
    "missed: Kestra's AWS plugin refused, told only in the reporter's prose (`AWS replies with a 403`)",
  'h51-026':
    "wrong service: the KVS WebRTC C SDK names its endpoint only in libwebsockets' `[wsicli|9|POST/h1/kinesisvideo.us-west-2.amazonaws.com]` lines, a host with no scheme",
  'h51-021':
    "missed: an Arduino WebSocket client's `RX: HTTP/1.1 403 Forbidden` under its request to an IoT endpoint (`Host: ….iot.us-west-2.amazonaws.com:443`): the status line has the client's prefix before it",
  // heldout52.jsonl (round 36, issue 10; scored once unseen at 25/32 on 58703209): not covered yet.
  'h52-023':
    "missed: the SNS developer guide's list of KMS errors (`**KMSAccessDeniedException**` over its description), labelled a denial",
  'h52-028':
    'wrong principal: the writer replaced the caller with the word `function` (`…for cognito: function is not authorized to perform: …`), which the engine does not take for a subject',
  'h52-029':
    "missed: Cognito's trigger refusal in lower case inside the writer's prose (`you'll see something like \x60postconfirmation invocation failed due to error accessdeniedexception\x60`)",
  'h52-031':
    "missed: Amplify's documentation sample of Cognito's `NotAuthorizedException{message=Failed since user is not authorized., …}`",
  // heldout53.jsonl (round 36, issue 10; scored once unseen at 31/40 on 58703209): not covered yet.
  'h53-015':
    "missed: Neptune's loader status `403 Client Error: Forbidden for url: https://*****:8182/loader/…`, the host masked whole",
  'h53-028':
    "missed: the Athena federation connector's `GetObject for awsserverlessrepo-changesets-…` quoted alone, the refusal said in prose",
  // heldout54.jsonl (round 37, issue 10; scored once unseen at 33/40 on 5e6cf794): all covered.
  // heldout55.jsonl (round 37, issue 10; scored once unseen at 30/38 on 5e6cf794): not covered yet.
  'h55-016':
    "wrong code: the writer's `403:` before the IAM sentence (`403: User: arn:… is not authorized to perform: connect:*`) is not read as its code",
  // heldout56.jsonl (round 37, issue 10; scored once unseen at 33/40 on 9264fd90): all covered.
  // heldout57.jsonl (round 37, issue 10; scored once unseen at 33/39 on 9264fd90): not covered yet.
  'h57-013':
    "wrong service: Telegraf's `operation error Timestream Write: WriteRecords, … failed to refresh cached credentials` names Timestream in the Go SDK v2's words, which the cached-credentials grammar does not read",
  'h57-015':
    'missed: an Apache HttpClient wire log\'s `<< "HTTP/1.1 403 Forbidden[\\r][\\n]"`, OpenSearch Serverless named only by its `x-amzn-aoss-` headers below',
  // heldout58.jsonl (round 37, issue 10; scored once unseen at 30/39 on 0fc428c2): not covered yet.
  'h58-005':
    "wrong kind: a CloudTrail event whose errorMessage holds EC2's encoded authorization message is read as a plain denial",
  'h58-015':
    'missed: the OTel collector\'s `"error": "Permanent error: ExpiredTokenException` inside a Markdown code span that never closes its quote',
  'h58-031':
    'wrong principal: the writer replaced the caller ARN with `xxxxxx assumed-role/xxxxx`, a mask with a space inside read up to the space',
  // heldout59.jsonl (round 37, issue 10; scored once unseen at 32/38 on 0fc428c2): not covered yet.
  'h59-005':
    "wrong kind: Cognito's `NotAuthorizedException` on GetCredentialsForIdentity, labelled a denial, is read as a credentials failure",
  // heldout60.jsonl (round 37, issue 10; scored once unseen at 34/40 on 15717bbf): not covered yet.
  'h60-025':
    "missed: goofys' debug trace of a 403 under `-o iam_role`, its refusal printed only as the SDK's request dump",
  // heldout61.jsonl (round 37, issue 10; scored once unseen at 26/37 on 15717bbf): not covered yet.
  'h61-008':
    "missed: cordova-hcp's `unable to sync: [Error: Bad status code: 403]`, S3 named only in the writer's prose",
  'h61-011':
    'wrong service: TheHive\'s S3 storage refused, S3 named by its `endpoint = "http://s3.amazonaws.com"` setting above, not read',
  'h61-014':
    "wrong kind: Alpakka's `S3Exception: The specified bucket does not exist` above its `Access Denied`: the first failure is S3's not-found, read as the refusal",
  'h61-015':
    "missed: Alpakka's empty `S3Exception:` for an empty key and secret, no code or message printed",
  'h61-023':
    "wrong code: Akeeba Backup's `[InvalidRequest]` before S3's `The authorization mechanism you have provided is not supported`, a code in square brackets",
  'h61-030':
    'missed: a documentation diff adding a troubleshooting sample (`+Datadog is not authorized to perform action sts:AssumeRole …`), read as documentation',
  'h61-034':
    "missed: the AWS Toolkit for Azure DevOps' task failing after `endpoint defines role-based credentials for role ***`, its refusal below the excerpt's cut",
  // heldout62.jsonl (round 38, issue 10; scored once unseen at 33/39 on d751c8a2): not covered yet.
  'h62-035':
    "missed: skopeo's `Error initiating layer upload to …/blobs/uploads/, status 403` to a registry host that is not ECR's, ECR named only by the writer's `aws ecr get-login`",
  // heldout65.jsonl (round 38, issue 10; scored once unseen at 37/40 on 6efeb8ce): not covered yet.
  'h65-014':
    "wrong service: the Go SDK's debug dump names `dynamodb/Scan` twelve header lines above the body's `ExpiredTokenException`, beyond the ten lines a request target is kept",
  // heldout66.jsonl (round 38, issue 10; scored once unseen at 31/40 on fdc314b3): not covered yet.
  'h66-026':
    "missed: pgBackRest's `HTTP request failed with 403 (Forbidden)` inside a Crunchy operator event, AWS named only in the writer's prose two paragraphs above",
  'h66-034':
    "wrong code: `InvalidSignatureException` only in the writer's bold prose (`fails with **InvalidSignatureException** error`), not in a code slot",
  // heldout67.jsonl (round 38, issue 10; scored once unseen at 34/39 on 0ba910d1): not covered yet.
  'h67-006':
    "wrong service: S3 named only by the `aws s3 ls` that aws-vault runs after its `--`, the refusal's `InvalidToken` on ListBuckets",
  'h67-016':
    "missed: the writer's words alone (`it says security token is invalid`), no error line printed",
  // heldout68.jsonl (round 38, issue 10; scored once unseen at 34/39 on c0d35277): not covered yet.
  'h68-036':
    "wrong service: STS named only by Teleport's `aws sts api returned status`, around S3-style escaped JSON",
  // heldout72.jsonl (round 39, issue 10; scored once unseen at 30/37 on the session's first fixes): not covered yet.
  'h72-035':
    'missed: Chef\'s `403 "Forbidden"` under `Net::HTTPServerException`, the S3 URL it streamed from fourteen lines above, beyond the three a status\'s target is read from',
  // heldout73.jsonl (round 39, issue 10; scored once unseen at 27/40 on the same build): not covered yet.
  'h73-002':
    "wrong code: `AccessDeniedException` glued to the writer's log text (`Error sending emailAccessDeniedException: User: …`), its slot in the JSON below unread",
  'h73-007':
    "wrong code: `NotAuthorizedException` inside a doubly escaped JSON string of Amplify's exception, read as credentials without its code",
  // heldout74.jsonl (round 39, issue 10; scored once unseen at 32/40 on 023ae3f0): not covered yet.
  'h74-008':
    "wrong fields: Copilot's output wraps the IAM sentence at a fixed width inside words (`reg` / `istry`, `aws` / `:sts`), so the sentence is read without its caller, action and resource",
  'h74-012':
    'missed: the IAM sentence the writer introduces as what the console shows `something like this`, read as an example',
  'h74-013':
    "wrong code: CloudTrail's `AccessDenied` on a line of its own above the IAM sentence, with a blank line between",
  'h74-016':
    "wrong code: the KPL's `Encountered AWSError 'InvalidClientTokenId'` and `Exception name: InvalidClientTokenId` slots unread",
  // heldout75.jsonl (round 39, issue 10; scored once unseen at 29/38 on 023ae3f0): not covered yet.
  'h75-035':
    "wrong code: `UnauthorizedOperation` glued to a word before it (`CopyUnauthorizedOperation:`) in Karpenter's error",
  // heldout76.jsonl (round 39, issue 10; scored once unseen at 27/40 on bfbac948): not covered yet.
  'h76-021':
    'wrong code: AppSync\'s `"errorType": "Unauthorized"` in the JSON lines above its message, outside the message\'s record',
  'h41-030':
    'wrong code: AppSync\'s `"errorType": "Unauthorized"` in the JSON lines above its message (relabelled a denial in session 39: the schema\'s rules refused the Lambda authorizer\'s mode)',
  'h76-026':
    "wrong code: `errorType: 'UnrecognizedClientException'` in a JavaScript object's print, in the writer's bold",
  'h76-027':
    "missed: API Gateway's `Unable to parse JWT token.` beside `errorType: 'UnauthorizedException'` in a printed object",
  'h76-028':
    "missed: `InvalidSignatureException` named only in the writer's sentence (`I get a InvalidSignatureException on AppSync`)",
  'h76-032':
    "wrong service: STS named only by the Terraform provider's `failed to refresh cached credentials` around HCP Terraform's dynamic credentials, no STS operation printed",
  'h76-037':
    "missed: Spacelift's documentation quoting its own UI message (`you need to configure trust relationship section in your AWS account`)",
  'h76-038':
    "missed: Spacelift's installer words in its documentation (`could not find AWS account ID … Please check that your AWS CLI credentials are correct`)",
  // heldout77.jsonl (round 39, issue 10; scored once unseen at 29/37 on bfbac948): not covered yet.
  'h77-001':
    "missed: `Not authorized to perform sts:AssumeRoleWithWebIdentity` in backticks inside the writer's sentence",
  'h77-011':
    "missed: a writer's table of errors (`Error: s3:ReplicateObject not authorized — no identity-based policy allows the action`)",
  'h77-013':
    "missed: the S3 user guide's list of Batch Replication errors, quoted in documentation prose",
  'h77-020':
    'missed: the IAM sentence elided by the writer (`AccessDeniedException ... dynamodb:UpdateContinuousBackups on resource:`)',
  'h77-024':
    "missed: the DAX guide's prose (`fails with a Not Authorized exception`), no message printed",
  // heldout78.jsonl (round 40, issue 10; scored once unseen at 26/39 on 770e4d91): not covered yet.
  'h78-004':
    "missing resource: the IAM sentence in the writer's backticks inside a sentence of their own (`… fails with error is not authorized to perform: …`)",
  'h78-005':
    "missed: a Lambda inside LocalStack without credentials (`localstack_main | [ERROR] NoCredentialsError`): LocalStack's name keeps the record from AWS",
  'h78-008':
    "missed: `The security token included in the request is invalid.` from a function LocalStack runs, under LocalStack's prefix",
  'h78-025':
    "missed: SageMaker Studio's own page (`Access Denied. Please check if user is assigned to Studio Domain`), no code or action",
  'h78-026':
    "missed: SageMaker's words about the profile's execution role (`SageMaker is unable to use your associated ExecutionRole … permission for 'sagemaker:CreateApp'`)",
  // heldout79.jsonl (round 40; scored once unseen at 30/38 on 770e4d91): not covered yet.
  'h79-004':
    'missed: RDS Proxy\'s log line (`The proxy couldn\'t authenticate using IAM. A value is missing for the parameter "X-Amz-Security-Token"`)',
  'h79-005':
    "missed: Neptune's `HTTP Error code 403 - Forbidden` from a Gremlin client, IAM named only in prose",
  'h79-006':
    "missed: PostgreSQL's `PAM authentication failed for user` with nothing in the text naming RDS IAM authentication",
  'h79-014':
    "wrong service: KMS named only in the Session Manager plugin's words (`Error calling KMS GenerateDataKey API: NoCredentialProviders`)",
  // heldout80.jsonl (round 40; scored once unseen at 31/37 on 770e4d91): not covered yet.
  'h80-005':
    "wrong kind: Cognito's `InvalidIdentityPoolConfigurationException` is read as the identity pool's credentials; the collector read the roles' trust as a refusal",
  'h80-017':
    'missed: the IAM sentence in backticks inside a Markdown bullet (`* you get` and the sentence in backticks)',
  'h80-026':
    "missed: the CloudWatch agent's `SharedCredsAccessKey: shared credentials … did not contain aws_access_key_id`",
  // heldout81.jsonl (round 40; scored once unseen at 30/39 on 770e4d91): not covered yet.
  'h81-001':
    "wrong code: SNS's `KMSAccessDenied` around KMS's own `Error Code: AccessDeniedException` in the Java suffix",
  'h81-002':
    "wrong code: SNS's `KMSAccessDeniedException` before KMS's `Error Code: AccessDeniedException` in the Java suffix",
  'h81-010':
    "missed: Rekognition's `InvalidS3ObjectException: Unable to get object metadata from S3. Check object key, region and/or access permissions.`",
  'h81-026':
    'wrong service: OpenSearch named only by the `.es.amazonaws.com` host in a dotenv file above the refusal',
  'h81-037':
    'missed: aws-sdk-go v1 refusing EKS Pod Identity\'s endpoint (`HTTP credential provider invalid endpoint host, "169.254.170.23"`), a warning line read apart from the chain it ends',
  // heldout83.jsonl (round 40; scored once unseen at 38/40 on 313879f1): not covered yet.
  'h83-037':
    "wrong service: EC2 named only by salt-cloud's debug line of the request URL above the refusal's own record",
  // heldout84.jsonl (round 40, issue 10; scored once unseen at 28/37 on the heldout82–83 fixes): not covered yet.
  'h84-007':
    "missed: sops' `operation error STS: AssumeRole, https response error StatusCode: 403` in a box of `|` lines, cut by the collector before its code",
  'h84-012':
    "wrong service: the JS SDK v3's `clientName: 'S3Client'` nine lines above the refusal, outside its record",
  'h84-033':
    "missed: the C++ SDK's trace of a bodiless `HTTP/1.1 403 Forbidden` from `Server: AmazonS3`, no code",
  'h84-036':
    'false positive: a Kotlin S3 client against an unnamed "AWS S3 compatible object store", which the writer names only so',
  // heldout85.jsonl (round 40, documentation and commits, the search index spent; scored once unseen at 32/42 on
  // the heldout84 fixes): not covered yet.
  'h85-002':
    "missed: Fluent Bit's profile provider failing in its chain (`[aws_credentials] Failed to retrieve credentials for AWS Profile …`), the chain's end not shown",
  'h85-003':
    "missed: fluent-bit's commit quoting `User is not authorized to perform this action` in its own prose",
  'h85-013':
    "missed: CircleCI's documentation spelling the code `InvalidClientTokenID` (a capital D), in a note",
  'h85-014':
    'missed: a documentation heading (`Amazon Bedrock access denied or 403 on model invocation`)',
  'h85-017':
    "missed: the S3 user guide's Markdown source escaping the message (`An error occurred \\(AccessDenied\\) when calling …`)",
  'h85-024':
    'missed: a guide\'s bare `{"message":"Forbidden"}` from API Gateway under `zappa certify`',
  'h85-028':
    "missed: Karpenter's STS timeout in the EKS guide, under `you will see errors similar to those` (read as a sample)",
  'h85-030':
    "wrong service: STS named only in the EKS guide's prose around `Credential should be scoped to a valid region`",
  'h85-039':
    'missing code: `{"name":"CredentialsProviderError"}` in a logged JSON object above the JS SDK\'s own words',
  // heldout86–91.jsonl (round 41, issue 10; each scored once unseen on c8529962: 38/40, 32/40, 29/36,
  // 27/36, 24/33, 25/32): not covered yet.
  'h87-036': "missed: a writer's `Access Denied` in backticks in prose about fastlane's S3 plugin",
  'h87-037':
    'missed: prose only (`It always return forbidden with ACL PublicRead with cognito credentials`)',
  'h88-002':
    "missed: WP Offload Media's `Error retrieving cr` / `edentials from the instance profile metadata server`, hard-wrapped inside a word",
  'h88-023':
    "wrong service: STS named only by the quoted command (`aws sts get-caller-identity` failed) around SkyPilot's NoCredentialsError",
  'h89-018':
    "wrong principal: Security Hub's `Account id 1234567890 is not authorized to perform action on resource`, read without its caller",
  'h89-033':
    "missed: MapLibre's `loading style failed: HTTP status code 403` for an Amazon Location map, prose around it",
  'h90-028':
    'missing code: the JS SDK v3 error serialised as JSON, its `"name": "AccessDeniedException"` eight lines above its message',
  'h90-029':
    "missed: a README's troubleshooting list quoting the IAM sentence with elided ARNs (`arn:aws:sts::...`) in italics",
  'h90-032':
    'missed: Amazon Connect\'s participant service answering `{"message":"Access denied"}`, named only by its URL in prose',
  'h91-004':
    'missed: prose only (`Run command Fails with AccessDeniedException after 1.2.0 release`)',
  // heldout92–93.jsonl (round 41; scored once unseen on c8529962 at 30/37 and 24/36): not covered yet.
  'h92-025':
    "missed: `AccessDeniedException: 403` in the writer's backticks in prose about a Bedrock client",
  'h93-002':
    "missing code: a provider's docstring printing `*AccessDeniedException*` in italics on a line above the IAM sentence",
  'h93-014':
    "missed: aws-vault's credential_process output `missing the following fields: [Expiration SessionToken]`",
  'h93-021':
    'missing code: gof3r\'s HTTP status (`gof3r error: 400: "The authorization header is malformed; …"`), the label\'s code',
  'h93-027':
    'wrong principal: the engine names the service principal `codepipeline.amazonaws.com` where the message prints `CodePipeline`',
  'h93-028':
    "wrong service: the label names CodePipeline, whose stack event prints the refusal; the engine reads `AssumeRole` as STS's",
  'h93-034':
    "wrong principal: the CodePipeline guide's example ARN broken over three lines (`arn:aws` / `:iam::123456789012` / `:user/marymajor`)",
  // heldout94–100.jsonl (round 42; scored once unseen on 2f77d5b5): not covered yet.
  'h96-003':
    "missed: CDK's `could not be used to assume` warning pasted six lines below the failure it caused, across prose: past the record's reach",
  'h99-002':
    "missed: the IAM sentence pasted under an issue template's `**Expected behavior**` heading, which the engine reads as a wish",
  'h99-017':
    "missing code: sops's indented `| caused by: ValidationError: Request ARN is invalid` under a web identity failure",
  'h99-018':
    "reported denial: Sourcegraph's own S3-compatible blobstore answering 403, which only the prose names",
  'h100-007':
    "missed: `ServerlessError: The security token included in the request is invalid.` beside the writer's LocalStack question, read as an emulator's",
  'h101-005':
    "missed: the CLI's reference page decoding an example message (`allowed: false`), read as documentation",
  'h101-006':
    "missed: the CLI's reference page decoding an `EXAMPLE…` message, read as documentation",
  'h102-007':
    'missed: a writer\'s compacted CloudTrail lines (`"err":"AccessDenied"`) with the role elided',
  'h102-013':
    "half-read: the Systems Manager guide's paraphrase `User: user arn isn't authorized to perform: iam:PassRole` (a contraction no AWS message prints)",
  'h102-014':
    'missed: an Amplify source comment quoting `AccessDeniedException: User: <IAM User> is not authorized …`, read as code',
  'h103-007':
    "wrong service: botocore's debug dump names SES's host only as `endpoint_url 'https://email.…'`, which the service hints do not read",
  'h103-012':
    'service: the label names CodeBuild, which answered; the finding names CodeConnections, whose permission the message is about',
  'h104-001':
    "wrong service: `aws codeartifact login`'s GetAuthorizationToken refused as a credentials finding, which names no service",
  'h104-021':
    "missed: the KVS WebRTC SDK's `Connected with server response: 403` from a `credentials.iot` host its log cut",
  'h104-022':
    "missed: the WebSocket's `unexpected server response (403)`, AWS IoT named only in the stack's `aws-iot-device-sdk-js` path",
  'h104-025':
    'wrong code: the `x-amzn-ErrorType: ForbiddenException:` header six lines below the 403 status line',
  'h105-012': 'wrong principal: `REDACTED` read as a mask, the label keeps it as printed',
  'h105-016':
    'missed: the writer\'s "you will get an error similar to this" around the managed-rule refusal, read as a hypothetical',
  'h105-017': "missed: a Lambda's result inside LocalStack's log, read as the emulator's",
  'h105-027': "missed: the EB CLI's `HTTPError - HTTP Error 403: Forbidden` for `eb logs`",
  'h106-013': "missed: a runner Lambda's own `SsmAccessDenied: Access denied to SSM` class",
  'h107-005': 'missed: the IAM phrase inside Korean prose that describes three failed runs',
  'h111-021':
    "missed: the Terraform Elasticsearch provider's `elastic: Error 403 (Forbidden)`, AWS OpenSearch named only in the writer's version list",
  'h111-026':
    "missed: Grafana Infinity's `unsuccessful HTTP response. 403 Forbidden`, the OpenSearch Serverless URL it called several lines above in prose",
  'h110-021':
    "wrong service: Copilot's `It looks like your task is not able to pull the secrets`, the SSM path only in the command above",
  'h112-006':
    "missed: Amplify's browser console (`AuthClass - Failed to load credentials`) after a 400 from Cognito Identity",
  'h112-007':
    "missed: Cognito Identity's `Invalid identity pool configuration. Check assigned IAM roles for this pool` without its exception class",
  'h112-018':
    "missed: the same StackSet sentence in the writer's prose (`fails … with failure \\`You must be …\\``)",
  'h112-027':
    "missed: a guide's `Calling describe_delivery_stream. AccessDeniedException` steps, read as documentation",
  'h113-003': "missed: the writer's `I get AccessDeniedException` in prose under a pasted policy",
  'h113-004':
    "missed: CloudTrail's AccessDenied events described in prose (`Bunch of AccessDenied errors generated`)",
  'h113-005':
    'missed: a pull request\'s prose that functions "will throw \\"Access Denied\\" errors"',
  'h113-008':
    "reported credentials: ScyllaDB Alternator's invalid token, kept with the emulator trap (WD569) rather than dropped",
  'h113-016': 'wrong code: the JSON-escaped `\\"code\\":\\"AccessDenie…` cut inside the code',
  'h113-022':
    "missed: GitLab Runner's FAQ heading `Error: Not authorized to perform sts:AssumeRoleWithWebIdentity`, read as documentation",
  'h113-026': "missed: CircleCI Server's OIDC tokens not exported, said only in prose",
  'h113-027':
    'missed: a Java source comment quoting `Unable to load AWS credentials from any provider in the chain`',
  'h46-003':
    'reported denial: the writer\'s second quoted refusal (`I get "Cross-account pass role is not allowed"`) beside the not-found label of the first',
  'h114-006':
    "missed: SageMaker's AccessDeniedException for a permission set told in the writer's prose",
  'h114-026':
    "missed: rke-tools' `failed to upload etcd snapshot file: Access Denied`, S3 named only in its own `invoking set s3 service client` lines",
  'h115-006':
    "missed: Confluent's Kinesis connector saying `The provided credentials are invalid.` in its own words",
  'h115-014':
    'missed: the writer quoting `Access to the specified s3 resource is denied, please check your iam/s3 bucket policies …` in prose',
  'h119-027':
    "missed: the writer's `I get s3aws: Access Denied when trying push an image` in prose",
  'h119-028':
    'missed: the writer\'s "2.4 fails with `AccessDenied` during `docker push ...`" in prose',
  'h120-035':
    "missed: the AWS Toolkit's `aws.codecatalyst.getStarted: UnknownError: Forbidden (statusCode: 403)`, CloudFront's answer with no AWS code",
  'h121-029':
    'missed: Prometheus\' remote write quoting AMP\'s body with its escapes mangled (`User:  is not authorized to perform: aps: "RemoteWrite" on resource: `)',
  'h122-023':
    "wrong code: the writer's `<-Code>SignatureDoesNotMatch<-/Code>` with a dash in every tag",
  'h122-027':
    "wrong code: the writer's `I get the message 'SignatureDoesNotMatch', 'T` cut in prose",
  'h123-008':
    'reported credentials: an EKS workshop page showing `error: You must be logged in to the server (Unauthorized)` after removing the mapping, labelled a look-alike by its collector',
  'h123-011':
    "missed: the CDK's integration-test README quoting an SCP refusal, read as documentation",
  'h123-012':
    "missed: the CDK guide's `Unable to resolve AWS account to use` for expired SSO credentials, in documentation",
  'h123-015':
    "missed: a CDK unit test's fake stack event `ResourceStatusReason: 'Access Denied'`, read as code",
  'h123-016':
    "missed: a CDK unit test's mocked `not authorized to perform: cloudformation:GetHookResult`, read as code",
  'h123-017':
    'wrong action, service: a SAM CLI unit test\'s `"Code": "AccessDenied"` dict, its message\'s action not joined',
  'h123-027':
    "missed: the IAM user guide's troubleshooting heading and sample message, read as documentation",
  'h124-112':
    "missed: Ansible's `Failed to access SSM parameter \u2026 (AccessDenied)`, the code alone in parentheses after the tool's words",
  'h124-122':
    "reported denial: Chef Server's Bookshelf store answering S3's XML `AccessDenied` behind openresty, labelled a look-alike",
  'h124-131':
    "missed: Chef's `RestClient::Forbidden` / `403 Forbidden` for the s3_file cookbook, S3 named only in the resource declaration below",
  'h124-132':
    "missed: chef-client's `HTTP Request Returned 403 Forbidden:` for a presigned S3 download, the URL cut by the writer",
  'h125-035':
    "wrong principal: ECS's stopped reason as a writer shortened it, `role mcp-gateway-v2-registry-... is not authorized`, its subject read without `role`",
  'h125-040':
    "missed: the Go SDK v1's `AccessDeniedException: xxxxx ecs:DescribeClusters x`, the message masked by the writer",
  'h125-041':
    "missed: Copilot's renderer wrapping the stopped reason mid-word (`AccessDeniedE` / `xception`) with 73 spaces of padding per line",
  'h125-078':
    "wrong service: Fluent Bit's `STS assume role request failed` read as Kinesis's, the output's `service=kinesis` nearer",
  'h126-002':
    "wrong service: Lambda relaying EC2's refusal (`Aws::Lambda::Errors::AccessDeniedException - Your access has been denied by EC2`), read as EC2's",
  'h126-015':
    "missed: the .NET SDK's 404 from the metadata service under `EC2InstanceMetadata.get_IAMSecurityCredentials()`, no role attached",
  'h126-025':
    "reported denial: the writer's prose naming `Aws::S3::Errors::AccessDenied` in a code span",
  'h126-057':
    "missed: s3fs's `PermissionError: Forbidden` after a `[...]` elision, s3fs named only in frames beyond the record",
  'h126-073':
    "missed: the Amplify CLI's `Could not initialize 'dev': Access Denied`, run together with its spinner's text",
  'h126-092':
    "reported denial: the Amplify Hosting FAQ's heading `### [ERROR] AccessDenied: Access Denied`, read as a run",
  'h126-104':
    "wrong service: s3fs's traceback of a 403 HeadObject, the `s3://` URL beyond the record",
  'h126-106':
    "reported credentials: the Internet Archive's S3-like `InvalidAccessKeyId` through rclone, the remote named only in rclone's debug print of its arguments",
  'h126-117':
    "missed: s3fs-fuse's curl trace `< HTTP/1.1 403 Forbidden` with only S3's `x-amz-bucket-region` header",
  'h126-125':
    "wrong service: s3fs's 403 under astropy, the `s3://` URL of `fits.open` beyond the record",
  'h127-003': "wrong code: external-secrets' JSON log hard-wrapped mid-code (`Acces` / `sDenied`)",
  'h127-045':
    "missed: the CodeBuild guide's `Code:InvalidInputException, Message:CodeBuild is not authorized to perform: sts:AssumeRole`, read as documentation",
  'h127-046':
    "missed: the CodeDeploy guide quoting the agent's `InvalidSignatureException - Signature expired`, read as documentation",
  'h127-048':
    "missed: the CodePipeline guide's `service role \u2026 is getting S3 access denied for the S3 bucket`, read as documentation",
  'h127-066':
    'missed: the server\'s `(77, "PAM authentication failed")` field in a Rust debug print, read as a listing',
  'h127-077':
    "missed: MySQL's `Access denied for user \u2026 (using password: YES)` for an IAM token, nothing in the text showing IAM authentication",
  'h127-078': "missed: the same through the AWS JDBC driver's frames, IAM authentication not named",
  'h127-079':
    "missed: ElastiCache's `WRONGPASS` for an IAM token, Redis's words for any wrong password",
  'h127-082':
    "missed: the legacy elasticsearch client's `Authorization Exception` from a Lambda, the domain not named",
  'h127-083':
    "missed: @elastic/elasticsearch's `ResponseError` with `statusCode: 403`, the SigV4 connection not named",
  'h127-106':
    "reported credentials: a PR's README diff quoting `No valid credential sources found for AWS Provider` in prose",
  'h128-058':
    "wrong principal: a writer's typo `s not authorized to perform` (for `is`), the subject not read",
  'h128-090':
    "missed: docker's `no basic auth credentials` from a custom domain in front of ECR, no AWS host in the text",
  'h129-022':
    'wrong code: a reporter retyping the boto3 error in lower case (`an error occurred (unauthorizedoperation)`)',
  'h129-144':
    'wrong code: the JS SDK v2 error object\'s `name:"InvalidSignatureException"` printed after its message',
  'h131-015':
    'missed: the iOS SDK\'s `NSError` quoting `"MissingAuthenticationTokenException"` in its description',
  'h131-033':
    "missed: pgBackRest's `S3 request failed with 403: Forbidden` with no endpoint of AWS's in the text (it speaks to any S3-compatible store alike, so WD843 needs AWS named)",
  'h131-035':
    "missed: the Go SDK v1's debug banner `---[ RESPONSE ]---` over a bare `HTTP/1.1 403 Forbidden`, no body (a rule for it doubled the findings of TF_LOG traces)",
  'h131-044':
    'wrong resource: the resource ARN cut by the stored copy at `arn:aws:s3`, the line broken inside it',
  'h131-047': "missed: Exhibitor's `Building Index (Access Denied)`, nothing naming AWS or S3",
  'h131-076':
    "wrong code: Chime's `ForbiddenException:` over the Java-style `Error Code: LogDestinationPermissionIssueException` it embeds, the inner code read",
  'h131-087':
    'wrong code: `SignatureDoesNotMatch` inside JSON escaped twice (`\\"code\\":\\"SignatureDoesNotMatch\\"`)',
  // heldout132–135 (session 47): what their rules do not cover yet.
  'h132-035':
    "missed: SageMaker Pipelines' FailureReason split by Python's pprint into string pieces ('ClientError: the pipeline ' 'execution role does not have …')",
  'h135-017':
    "missed: LocalStack named in the log, its Lambda's `InvalidClientTokenId` judged AWS's by the collector from the thread; older corpora label a key rejection under LocalStack's name the emulator's (h40-016, h69-033)",
  'h135-021':
    "missed: as h135-017, `InvalidAccessKeyId` from a Lambda LocalStack ran, judged AWS's from the thread",
  'h135-033':
    "missed: gsutil's debug line `'HTTP/1.1 403 Forbidden\\r\\n'` alone; only the thread says S3 answered it",
  'h135-034':
    "missed: gsutil's `AccessDeniedException: 403 AccessDenied`, the shape of Google Cloud Storage's own refusals (d119); only the thread says S3 answered it",
  'h137-053':
    "wrong action: the Support API's bare `not authorized to perform: support:` (no action's name) is not read as an action",
  'h137-059': 'missed: the same bare `support:` under a subject the writer cut to `security-hq`',
  // heldout138–139 (session 48): what their rules do not cover yet.
  'h138-011':
    'missed: Testkube\'s `minio is not available … "error":"Access Denied"`: the text names only MinIO; the AWS endpoint is in the thread, not the excerpt',
  'h138-036':
    "missed: cfncluster's `Config sanity error: Request has expired`, RequestExpired's words with no code (other tools print the same words for their own tokens)",
  'h138-045':
    "look-alike reported: Kubeflow's `S3Error: The request signature we calculated does not match …` from its in-cluster MinIO, which the text does not name",
  'h138-055':
    "missed: the FIS console's `Not authorized to perform the required action.` quoted alone, no code and nothing naming AWS",
  'h138-072':
    "missed: Octopus Deploy's `AWS-LOGIN-ERROR-0005.1: Failed to verify OIDC credentials` (a cause whydenied has no words for yet)",
  'h138-075':
    'look-alike reported: a certification question quoting an encoded EC2 refusal in its scenario, the question three lines below',
  'h139-032':
    "wrong principal and resource: Neptune's documentation placeholders in backticks with spaces (`` `(cluster resource ID)` ``) cut at the space",
  'h139-054':
    'look-alike reported: a CDK source comment quoting the OpenSearch refusal, its gutter inside the wrapped reason, with no code around it',
  'h139-064':
    "wrong code: the JS SDK v2's `CredentialsError` outer object read, not the `InvalidIdentityPoolConfigurationException` nested two `originalError`s down",
  'h139-069':
    'missed: the reason clause alone in backticks after `but got`, with no code or message before it (WD774 needs one)',
  'h139-086':
    "missed: the Go SDK v2's `failed to retrieve credentials, operation error STS: …, Invalid Configuration: Missing Region` (the fix is a Region, a cause whydenied has no words for yet)",
  // heldout140–141 (session 48): what their rules do not cover yet.
  'h140-007':
    'wrong resource: the S3 resource opened with a quote the writer never closed, its bucket elided with dots',
  'h140-015':
    "wrong service: the iOS SDK's `AWSCognitoIdentityErrorDomain` names Cognito Identity, not read as a service label",
  'h140-020':
    "wrong service: the .NET SDK's `Amazon.CognitoSync.AmazonCognitoSyncException` names Cognito Sync, not read as a service label",
  'h140-035':
    "missed: an S3 server access log record's `403 AccessDenied` (a request log's fields, no message)",
  'h140-043':
    "missed: the Java SDK's bodiless 403 after `onFailure: *  null` (WD792 reads `null (Service: …; Status Code: 403` elsewhere; here the candidate is dropped)",
  'h140-046':
    'wrong code: `AccessDeniedException: {` with the JSON body on the lines below, the code before the brace not read',
  'h140-048': 'wrong principal: a subject the writer elided to `...`',
  'h140-080':
    'missed: aws-sigv4-proxy\'s logfmt `message="Not Authorized\\n" request="GET https://….dkr.ecr.…"` (WD759 reads it; the candidate is dropped afterwards)',
  'h141-001':
    "wrong service: Glacier's endpoint printed in the PowerShell module's settings dump above the map of the 403, not read as the request's",
  'h141-020':
    "wrong service: Velero's `while looking for bucket … at host s3.us-west-2.amazonaws.com: Access Denied.` names S3's host inside the message, not read",
  'h141-031':
    'look-alike reported: boto3 against a local s3s server whose endpoint is in the thread, not the excerpt',
  'h141-046':
    "wrong service: cfn-init's `Retrieving contents from https://….s3.amazonaws.com/…` wrapped over two lines above the bare code, its host not read",
  'h141-078':
    "missed: DuckDB's 403 from a host the writer masked (`https://<redacted>/…`) with `Credentials are provided, but they did not work.` (no cause named; the collector read a double-encoded key's signature from the thread)",
  // heldout142–143 (session 48): what their rules do not cover yet.
  'h142-006':
    "wrong code: the JS SDK v2's `TimeoutError:` over a missing-credentials message, its class not read as the code",
  'h142-009':
    "missed: the Lex Web UI's browser console, a bare `AccessDeniedException` after the function's name and the 403 of `runtime-v2-lex` on the line above",
  'h142-010':
    "missed: Hubot's `API error with HTTP Code: 401` for EC2's DescribeInstances, the service only in the script's words",
  'h142-029':
    'missed: a Terraform 0.11 error pasted inside an HTML comment (`<!-- … -->`), read as commented out',
  'h142-032':
    "missed: SSM Automation's `The provided role: … can't be assumed. (Service: null; Status Code: 0; Error Code: null …)`",
  'h142-036':
    "missed: Security Hub's `InvalidAccessException` in the Go SDK v1's RespMetadata dump, blank lines between its gutter lines",
  'h142-038':
    "missed: a custom resource's `AccessDeniedException: You don't have permissions to access this  resource.` with the JS SDK v3's stack flattened onto its line",
  'h142-044':
    "wrong principal: Security Hub's `Account id 123456789011 is not authorized to perform action on resource`, its subject with no `User:`",
  'h142-045':
    "missed: Security Hub's `AccessDeniedException: Account … is managed by a configuration policy` in a stack event",
  'h142-058':
    "missed: Symfony HttpClient's `HTTP 403 returned for \\\\u0022https:\\\\/\\\\/sqs.…\\\\u0022`, JSON-escaped",
  'h142-059':
    "wrong code: S3's anonymous-request words in Markdown emphasis (`_AccessDenied: Anonymous users …_`), the code glued to the underscore",
  'h142-067':
    'missed: `AccessDeniedException` named in a sentence between Markdown links, no message',
  'h142-074':
    "wrong code: pm2's `0|replay-backend  | SignatureDoesNotMatch:` prefix before the code",
  'h142-079':
    "wrong code: the aws-ses gem's `InvalidClientTokenIdThe security token …`, code and message run together",
  'h143-008':
    "wrong code: the Serverless Framework's debug `Forbidden: null` under its `[AWS s3 403 …] headObject(…)` line",
  'h143-009':
    "look-alike reported: Argo's artifact upload to an in-cluster MinIO, its endpoint only in the JSON of the line below",
  'h143-027': 'wrong service: an `S3://` URI written in upper case',
  'h143-034':
    "missed: terra's GDAL warning `HTTP response code: 403 (GDAL error 11)` under a `/vsis3/` path",
  'h143-036':
    'wrong service: s3fs\' traceback under `to_zarr("s3://…")`, the URI lines above the ClientError not read',
  'h143-044':
    "missed: lambda-tiler's `HTTP response code: 403 - Failed writing header`, nothing naming S3",
  'h143-056':
    "missed: a Java downloader's `The request was not successful. Reason: Forbidden` in a tab-separated log",
  'h143-068':
    "missed: MSK IAM's `Access denied: SASL_AUTHENTICATION_FAILED` in kowl, Kafka's error name only",
  'h144-079':
    'look-alike reported: a pull request quoting the new message `something like:` with placeholders for caller and bucket',
  'h144-028':
    "missed: DuckDB's `HTTP GET error on '...' (HTTP 403)` with the URL elided, nothing naming S3",
  'h146-011':
    "look-alike reported: EMBL's own store, its `https://s3.embl.de/…` URL in a fenced block above the refusal's",
  'h146-079':
    "missed: Trivy's `unexpected status code 401 Unauthorized: Not Authorized` from ECR, the image URL masked",
  'h147-008':
    'wrong principal: an IAM sentence cut right after `is not authorized to perform` inside backticks',
  'h147-090':
    "missed: Cyberduck's HTTP transcript, `< HTTP/1.1 403 Forbidden` below a request whose `Host:` is S3's",
  'h145-091':
    'look-alike reported: a review\'s predicted `"User: ... is not authorized to perform: xray:PutTraceSegments"` under **Impact**',
  'h148-035':
    "missed: GDAL's curl trace `CURL_INFO_HEADER_IN: HTTP/1.1 403 Forbidden` quoted in prose, nothing in the excerpt naming S3",
  'h148-038':
    "missed: tapalcatl's `UnknownMetatileException: AccessDenied at s3://…`, the code as an app's exception message",
  'h148-088':
    "look-alike reported: an issue's prose quoting API Gateway's `not a valid key=value pair (missing equal-sign) in Authorization header`",
  'h148-094':
    "look-alike reported: a feature matrix's rows quoting API Gateway's refusals, the table's header outside the excerpt",
  'h149-034':
    "missed: the Datadog agent's traceback of the metadata service's 404 for `/iam/security-credentials`, the path only in a source line",
  'h149-104':
    "look-alike reported: LocalStack's answer under an `awslocal` command four lines above, past the record's reach",
  'h149-041':
    'wrong kind: a CloudTrail event printed as Python string pieces, its `Encoded authorization failure message:` split across them and the blob redacted',
  'h150-015':
    "missed: cfn_manage's own `Got Missing Credentials Error on CloudFormation::initialize` above its NoMethodError",
  'h150-046':
    "missed: iidy's `error Forbidden: null`, the JS SDK v2's bodiless 403 with nothing naming AWS",
  'h150-069':
    'wrong resource: an IAM sentence whose principal and verb a mask swallowed (`…lm-federatexxxxhorized to perform:`)',
  'h150-085':
    "wrong service: CloudFormation's `ValidationError` relaying S3's `S3 error: Access Denied` for its template, read as S3's",
  'h151-005':
    "missed: buildx's `unexpected status from HEAD request ...: 403 Forbidden` with the registry's host elided by the reporter: nothing names ECR",
  'h151-039':
    "fields missing: a README's `may cause errors like (Client.UnauthorizedOperation) '…'`: the sentence read as prose, its reason clause alone reported",
  'h151-063':
    'fields missing: a paste that lost the middle of the sentence (`is not authorized toplicit deny in a service control policy: ARN`)',
  'h152-063':
    'missed: ask-cli\'s `CliError: The CloudFormation deploy failed for Alexa region "default": Access Denied`, a bare refusal no service names',
  'h152-067':
    "missed: a Chime demo's own `Not authorized to call Chime SDK with Account Id`, AWS's message cut short",
  'h152-086':
    "missed: Chime's `Forbidden: An invalid app instance user ARN …` over a bundled JS SDK v2's frames (`extractError@http://…/vendor.js`), nothing naming AWS",
  'h152-049':
    "wrong service: Azure DevOps' `Failed to create function, error AccessDeniedException: …`, the Lambda host only in a debug dump eight lines below",
  'h154-008':
    "missed: cloud-nuke's result table cutting EC2's `AuthFailure: This image is managed by AW…` to the column's width",
  // heldout155.jsonl and heldout156.jsonl (session 52, issue 10): not covered yet.
  'h155-041':
    "wrong service: helm's `no basic auth credentials`, the ECR registry only in the Chart.yaml quoted twenty lines above",
  'h155-053':
    "missed: apt's bare `403  Forbidden` from pkg.osquery.io, a host that is S3 only by the prose above",
  'h155-082':
    "missed: kaniko's `unsupported status code 401; body: Not Authorized` from a registry host the writer redacted",
  'h155-089':
    'missed: `login attempt to https://***/v2/ failed with status: 401 Unauthorized`, the host masked; only the prose says ECR',
  'h156-001':
    'half-read: a CloudTrail event pretty-printed one token a line, its errorMessage split into adjacent JSON strings',
  'h156-039':
    "missed: S3A's `AccessDeniedException: s3a://…` quoted in a script's comment, its `(Status Code: 403)` on the next comment line",
  'h156-043':
    "missed: EventBridge Pipes' error object (`exceptionType: AccessDenied`, `awsService: logs`), no message grammar for it",
  'h156-054':
    "missed: jets3t's `S3 GET failed … <Code>AccessDenied</Co`, the stored copy cut inside the closing tag",
  'h156-084': 'missed: OpenCTI\'s JSON error `"message":"Access Denied"` with only prose naming S3',
  'h156-117': 'missed: a Strapi user saying the console message is "Access Denied" in prose',
  'h156-128':
    "missed: SMTP `530 Authentication required` from SES, no SES host in the text, only the writer's words",
  'h156-129':
    'missed: "Authentication Credentials Invalid" quoted without its 535, SES named only as the typo `Amazoneses`',
  // heldout157.jsonl and heldout158.jsonl (session 53, issue 10): not covered yet.
  'h157-021':
    "missed on purpose: DuckDB's HTTP log shows a bare 403 from a REST catalog whose host the excerpt never names (the thread says AWS Glue's)",
  'h157-027':
    "service: the Java SDK's signature mismatch names DynamoDB only in the command line's endpoints above and the canonical request's host below",
  'h157-055':
    "read: Milvus's minio_chunk_manager talks to AWS S3 as well as MinIO; only the thread says this one was MinIO",
  'h157-063':
    "code: botocore's container-provider line and the Pod Identity agent's answer two lines below are two findings; the first carries no code",
  'h158-041':
    'read: an MkDocs admonition titled "Common errors" quotes a denial and a credentials error as advice; the admonition is not read as a heading',
  'h158-060':
    "missed: Halyard hard-wraps the Java SDK's tail inside its code (`Error Code: 403` / `  Forbidden;`), and the wrapped record is not joined",
  // heldout159.jsonl and heldout160.jsonl (session 53, issue 10): not covered yet.
  'h159-005':
    "missed: OpenMetadata's `Error reading dataframe due to [Forbidden]` names S3 only as its `[S3Config]`",
  'h159-020':
    'read: an OpenShift ObjectBucketClaim bucket (`obc-…-bucketclaim-…`) is another store; only its name says so',
  'h159-021':
    "missed: DuckDB's `400 (Bad Request)` from S3 is credentials only by the writer's words (an empty session token)",
  'h159-025':
    "missed: s3fs's bare `PermissionError: Forbidden` is credentials only by the writer's words (MinIO keys sent to AWS)",
  'h159-028':
    'read: botocore\'s Stubber fed a refusal as a keyword argument\'s literal (`service_message="…"`); no line around reads as code evidence',
  'h159-037':
    "read: a shell test's fake aws primed with a refusal as an argument literal inside `$(…)`",
  'h159-056':
    "read: a README's plain `Common errors:` label leads a list that quotes the refusals; only a heading or bold label is read so",
  'h159-059':
    "read: a Mocha test's template literal holds a whole SNS error body for a stub server",
  'h159-070':
    'missed: the writer\'s "errors like: `Aws::SQS::Errors::InvalidClientTokenId: …`" reads as an example',
  'h159-074':
    "code: a documentation table's first row pads `AWS Error Code:` with forty spaces before `InvalidClientTokenId`",
  'h160-046': 'read: a "Before (Broken)" checklist quotes the refusal as a past state',
  'h160-048': "read: course notes quote X-Ray's refusal in prose",
  'h160-049': 'read: a `**Symptom:**` bullet recounts what pod logs showed',
  // heldout161–164 (session 54, issue 10): not covered yet.
  'h161-008':
    'read: a Portuguese knowledge-center page lists quoted KMS messages after "um dos seguintes erros:"; its lead-in is not read in Portuguese',
  'h161-019':
    "read: an HCL comment (`#`) inside a Terraform policy quotes Secrets Manager's KMS refusal; `#` comments are log lines too",
  'h161-022':
    "code: the Rust SDK prints the exception's name (`InvalidIdentityTokenException:`) and then its metadata's code (`InvalidIdentityToken`): two findings",
  'h161-037':
    "service: Secrets Manager's `Access to KMS is not allowed` is labelled secretsmanager (the refused call's); the grammar names KMS, whose key policy decides",
  'h161-043':
    "read: a pull request's prose quotes `sts:GetCallerIdentity: IncompleteSignature: …` in a code span mid-sentence",
  'h162-019':
    "read: rclone's Wasabi remote (`wasabiKen:`) answers in AWS's words; only the remote's name says which store",
  'h162-048':
    "missed: a knowledge-base page's heading glues its template to the .NET exception (`}}mazon.S3.AmazonS3Exception: Access Denied`)",
  'h162-050':
    "missed: a C# comment holds the .NET SDK v2's `Unable to find credentials` with its escaped line breaks",
  'h162-054':
    'resource: an auto-formatter put spaces around every `:`, `-` and `/` of the ARN in a C# comment',
  'h162-055':
    "missed: a `**Symptom:**` note's MinIO words (the connector's endpoint was ignored) hide the real S3's InvalidAccessKeyId",
  'h162-074':
    "missed: the MinIO setting beside `##[error]The security token included in the request is invalid.` makes it read as MinIO's",
  'h163-008':
    "read: IBM Cloud Object Storage's sample prints the JS SDK's `Missing credentials in config`; only the source says IBM",
  'h163-016':
    "service: Amplify Flutter's `S3 access denied when making the API call` is labelled s3; older corpora label the same words with no service",
  'h163-030':
    "missed: Node prints AppSync's error object over several lines (`errorType: 'UnauthorizedException',` / `message: 'Permission denied'`), read as source code",
  'h163-061':
    "missed: a README's `##### Issue` section quotes Packer's `(RequestExpired)` under a numbered problem; read as the page's sample",
  'h163-062':
    "read: a runbook's bullet calls `cloud-init: Unable to locate credentials` benign noise, in a code span",
  'h163-074':
    'missed: the traceback\'s source line `raise AnsibleAWSError("Profile given for AWS was not found. …")` is read as code, not as what was raised',
  'h164-018': "missed: the Simba Athena driver's `Invalid username or password` names no AWS code",
  'h164-040': 'resource: the writer masked the resource in words (`...Dashboard IAM role...`)',
  'h164-069':
    "read: the JS SDK's `endpoint: 'http://s3....:80/'` is another store; the masked host does not say so",
  'h164-075':
    "missed: sccache's debug log of its IMDSv1 request answered 401 names no refusal the grammars read",
  // heldout165–167 (session 54, issue 10): not covered yet.
  'h165-019':
    'read: a C-family comment\'s bullet list quotes the errors (`//   - "is not authorized to perform: rds-db:connect": …`)',
  'h165-032':
    'code: Step Functions Local\'s `Error: "SecretsManager.SecretsManagerException"` (a JavaScript object\'s unquoted key) is not read as the code',
  'h165-034':
    "missed: a fenced Java SDK error under a README's `## Common issues` heading is read as the page's sample",
  'h165-055':
    'read: the HCA DSS authorizer (Fusillade) answers `Forbidden` with an IAM-shaped evaluation on `arn:hca:…`; the foreign partition does not rule it out',
  'h165-057':
    "missed: Data Prepper's `[security_exception] authentication/authorization failure` names no AWS code, host or service",
  'h165-062':
    'missed: the Elasticsearch client\'s `Authorization Exception :: {…"statusCode":403…}` names no AWS host',
  'h165-076': "missed: Elasticsearch.Net's `Status code 403.` quoted in prose names no AWS host",
  'h165-078':
    'read: one row of a troubleshooting table (`| \\`User: ... is not authorized …\\` | … | … |`) without its header',
  'h165-083': "missed: NEST's `Unsuccessful (403) low level call` names no AWS host",
  'h165-084':
    "missed: the Elasticsearch Terraform provider's 403 from a Cognito-protected domain is cut before its status",
  'h166-016':
    "missed: Kiro's `AccessDeniedError [AccessDeniedException]: Your User ID … temporarily is suspended` is no message the bare code knows",
  'h166-017': "missed: Kiro's `your session is invalid or expired` names no AWS code",
  'h166-018':
    "missed: Kiro's `Access denied. Please check your authentication.` names no AWS code or host",
  'h166-033':
    "code: CloudFormation's wrapped handler message reports OpenSearch Serverless' 403 under `HandlerErrorCode: InvalidRequest`",
  'h166-036': "missed: AgentCore's `Authorization method mismatch` names no AWS code",
  'h166-037': "missed: the Amazon Q CLI's `dispatch failure (other): No token` names no AWS code",
  'h166-038':
    "missed: the Amazon Q CLI's `Service: AWS SSO OIDC` / `Error: AccessDeniedException - access_denied` layout",
  'h166-039':
    "missed: AgentCore Gateway's `ValidationException` that a role `lacks permission to invoke Lambda function`",
  'h166-041':
    "read: an Emacs Lisp test's literal holds JSON escapes the scanner decodes, so the literal is not seen whole",
  'h166-060':
    "read: buildah's missing `docker-credential-ecr-login` helper is an ECR credential helper failure here; the collector labels it a local tooling error",
  'h166-081': "read: a runbook's prose quotes an elided refusal after `gets`",
  'h167-002':
    "missed: Rancher's own `401 AuthFailure: There was a problem validating your keys` is no EC2 message the bare code knows",
  'h167-008':
    "service: STS's code in the Go SDK v1's debug dump below `DEBUG: Response sts/GetCallerIdentity` is not given STS",
  'h167-044':
    "service: okta-aws-cli's debug request to `Host: sts.amazonaws.com` above STS's XML code is not read as STS",
  'h167-068':
    "code: Splunk's S3 client prints the XML payload with its tags stripped (`\\nExpire…`)",
  'h168-003':
    "read: a presigned curl against a local Scality server (`http://127.0.0.1:8000`, its default key `accessKey1`) answers S3's XML; nothing in the text names the store",
  'h168-007':
    "missed: an app's own `Error message: No AWS credentials found` (SST's task SDK) is a sentence whydenied's own titles use: not read as a refusal",
  'h168-017':
    "missed: aegea's README types the action as `iam-PutRolePolicy` and masks the principal in brackets; the sentence is not read",
  'h168-025':
    "missed: CloudWatch's escaped Lambda error JSON opens with a backtick left unclosed, read as a source literal",
  'h168-034':
    'code: `AccessDenied when calling ListExports` (a shortened CLI line under a heading) is no code slot',
  'h168-040':
    "code: the body's `<AccessDeniedException>` root element is read beside botocore's `403`; the collector labels the status",
  'h168-050':
    'code: a JSON `"message": "GameLift API error: AccessDeniedException"` beside its `details` sentence is no code slot',
  'h168-067':
    "policyArn: a reporter's elided policy ARN with a space after the mark (`... p-9n6l6a99`) is not read",
  'h168-070':
    "read: IVS's `PendingVerification` (a new account not yet verified) is read as a refusal of the account; the collector labels it negative",
  'h168-071':
    "kind: ECR Public's 403 on a HEAD after the login token's 12 hours is read as a refusal; the collector labels it an expired credential",
  'h169-002':
    "read: a PR description quotes Lambda's `role defined for the function cannot be assumed` after `instead of`; read as a refusal",
  'h169-011':
    "read: a mocha test's stub builds the IAM sentence by string concatenation (`… thing/' + thingId,`), not seen as source",
  'h169-015':
    "missed: the IoT credentials provider's `response status: 403 (Forbidden)` in the CRT's logcat names no AWS host",
  'h169-018':
    "missed: the JS SDK v3's `ForbiddenException` error object (`$fault`, `$metadata.httpStatusCode: 403`) names no service",
  'h169-030':
    "missed: an MQTT client's `ConnAck: [ReturnCode=ConnectionRefusedNotAuthorized]` from AWS IoT Core is no AWS API error",
  'h169-033':
    'code: a paste that stripped the XML tags glues `SignatureDoesNotMatchThe request signature…`; the code is not split off',
  'h169-069':
    'principal: the IAM sentence wrapped between `is not` and `authorized` is read only from its reason clause',
  'h169-071': 'code: logfmt\'s `msg="glue adapter: AccessDeniedException"` is no code slot',
  'h170-020':
    "missed: an AWS docs template's `chime:{{GetWidget}}` is no action; the example is not read",
  'h170-021':
    "missed: a Markdown table cell's escaped ARN (`us\\\\-west\\\\-2`, `\\\\*`) in the Pinpoint guide's troubleshooting table is not read",
  'h170-022':
    "missed: the Pinpoint docs' broken templating (`mobiletargeting:`GetApp``) is not read as an action",
  'h170-023': "code: a tool's `SES API call failed (AccessDenied)` is no code slot",
  'h170-033':
    "read: SES's `InvalidS3Configuration` (`Could not write to bucket`) is read as the service refused by the bucket; the collector labels it a validation error",
  'h170-059':
    "missed: Travis dpl's bare `missing access_key_id` names no AWS and is too generic to read",
  'h170-061': 'principal: a principal stripped to `arn:` is not kept as the value',
  'h168-028':
    "service: Up's own prefix `iam: fetching role:` before the code is not read as the service",
  'h168-066':
    'service: the Rekognition endpoint on the line above the bare `{"__type":"AccessDeniedException"}` body, across a blank line and a fence, is not read',
  'h170-058':
    "service: the Java SDK's `(Service: AWSCognitoIdentityProvider; …)` label after a credentials message is not given to the credentials finding"
}
