// Where tools print the wire error code, relative to the message they print with it.
import { KNOWN_CODE_SOURCE } from './codes.js'
import { mayMatch } from './RecordLiterals.js'
import type { RecordLiterals } from './RecordLiterals.js'

const CODE = String.raw`[A-Za-z][\w.]*`

/** An expression that finds a code, and the literals it cannot match without (none: always run). */
export interface Slot {
  re: RegExp
  needs?: string[]
}

/**
 * The slots the bare-code grammar also trusts on their own (a known code in one is a finding),
 * declared once for both. Each user sets `lastIndex` before it reads. Group 1 = code.
 */
export const SHARED_SLOTS = {
  /** AWS CLI: `An error occurred (AccessDenied) when calling …`. */
  // A writer's copy may spell the code as words (`An error occurred (Access Denied) when calling the
  // PutObject operation`, kheriox-technologies/yt-lambda-rest-api-iac#7): that one is kept too.
  cli: { re: /An error occurred \(([^()\s]+|Access Denied)\)/g, needs: ['An error occurred ('] },
  /** Older CLI / boto: `A client error (AccessDenied) …`. */
  clientError: { re: /A client error \(([^()\s]+)\)/g, needs: ['A client error ('] },
  /** Go SDK v2: `api error AccessDenied: …`. */
  goApiError: { re: new RegExp(String.raw`api error (${CODE}):`, 'g'), needs: ['api error '] },
  /**
   * Go SDK v2: the modeled error after its response line, the service's code whatever its message,
   * even none (`…StatusCode: 400, RequestID: …, AccessDeniedException: `, Lightsail, ECS; DataSync's
   * `InvalidRequestException: DataSync location access test failed: …`). A terminal may hard-wrap
   * the request ID mid-UUID (SST's deploy, anomalyco/sst#5741).
   */
  goResponseCode: {
    re: /https response error StatusCode: \d{3}, RequestID: [^,\s]*(?:\r?\n[^,\s]{1,40})?, ([A-Za-z][\w.]*):/g,
    needs: ['https response error StatusCode: ']
  },
  /**
   * JSON protocols: `"__type":"com.amazon…#AccessDeniedException"`, also as Python 2 printed the
   * parsed body: `u'__type': u'com.amazon.coral.service#AccessDeniedException'`.
   */
  jsonType: {
    // Also a browser's devtools, its keys unquoted (`__type: "NotAuthorizedException"`, amplify-js#5015).
    re: new RegExp(
      String.raw`(?:["']__type["']|(?<![\w"'])__type)\s*:\s*u?["'](?:[^"'#\n]*#)?(${CODE})["']`,
      'g'
    ),
    needs: ['__type']
  },
  /**
   * XML protocols: `<Code>AccessDenied</Code>`, also as a viewer laid it out one token a line
   * (`<Code` / `>` / `AccessDenied` / `</Code` / `>`, vercel/examples#971).
   */
  xmlCode: {
    re: new RegExp(String.raw`<Code\s{0,4}>\s{0,8}(${CODE})\s{0,8}</Code\s{0,4}>`, 'g'),
    needs: ['<Code']
  },
  /**
   * Java SDK v1 suffix: `(Service: S3; Status Code: 403; Error Code: AccessDenied; …)`, also
   * wrapped between its words (`Error` / `Code: …`) or quoted up to the code (`…Error Code: X\``).
   */
  javaErrorCode: {
    // The code may stand on the next line when a mail or a tracker wrapped after `Code:` (the
    // Hadoop JIRA HADOOP-15781 through its mailing list: `Error Code: ` / `AccessDenied; Request…`).
    re: /Error\s{1,40}Code:[ \t]{0,40}(?:\r?\n[ \t]{0,40})?([^;)\s][^;)\n]*?)\s*[;)]/g,
    needs: ['Code: ']
  },
  // Also with the code on the next line (Ghost's S3 adapter: `Error Code: ` / `    AccessDenied`),
  // or cut by the author right after it (`Error Code: AccessDenied…`: see codeAsPrinted), and
  // quoted in prose in lower case (an AWS Support reply, ministryofjustice/
  // modernisation-platform#4755: `Error code: Client.UnauthorizedOperation"`).
  javaErrorCodeQuoted: {
    re: /Error\s{1,40}[Cc]ode:\s{1,40}([A-Za-z][\w.]*)(?=[`'",…]|\.?(?:\s|$))/g,
    needs: ['Code:', 'code:']
  },
  /**
   * The Rust SDK's Debug print of its error metadata, `Error { code: Some("ExpiredTokenException"),
   * message: Some("…") … }` (vectordotdev/vector#18491), or without the Option in later releases
   * (`Error { code: "AccessDenied", message: "User: …` , MaterializeInc/materialize#27361), and
   * under the struct's later and wrapping names (`ErrorMetadata { code: Some("InvalidAccessKeyId")`,
   * awslabs/aws-sdk-rust#973; opendal's `S3Error { code: "AccessDenied"`).
   */
  rustCode: {
    re: new RegExp(String.raw`\b\w*(?:Error|ErrorMetadata) \{ code: (?:Some\()?"(${CODE})"`, 'g'),
    needs: [' { code: ']
  },
  /**
   * An error type constructed with the code first, as Julia prints a value (AWS.jl's
   * `S3Error("SignatureDoesNotMatch","The request signature…"`, JuliaCloud/AWS.jl#82).
   */
  juliaError: {
    re: new RegExp(String.raw`\b[A-Z]\w*Error\("(${CODE})",\s?"`, 'g'),
    needs: ['Error("']
  },
  /**
   * The code with the HTTP status after it, then its message, as R's paws prints it
   * (`Error: InvalidAccessKeyId (HTTP 403). The AWS Access Key Id …`, paws-r/paws#790).
   */
  pawsStatus: {
    // Not an HTTP reason phrase in its place (R's AzureStor: `Forbidden (HTTP 403). Failed to …`).
    re: new RegExp(
      String.raw`\b(?!(?:Forbidden|Unauthorized|NotFound|BadRequest)\b)(${CODE}) \(HTTP [45]\d\d\)\.\s`,
      'g'
    ),
    needs: [' (HTTP ']
  },
  /**
   * JS SDK v2 dumps: `code: 'AccessDenied'`; an XML error body parsed and inspected keeps its
   * element's case (`{ Error: { Code: 'AuthFailure', Message: … } }`, mirkokiefer/aws-lib#34).
   */
  jsCode: {
    re: new RegExp(String.raw`\b[cC]ode: '(${CODE})'`, 'g'),
    needs: ["code: '", "Code: '"]
  },
  /**
   * JSON bodies: `"code": "AccessDenied"`, `"error": …`, and the `"ErrorCode"` of an error object
   * a service stores (Lambda's `Environment.Error` when it cannot decrypt the variables).
   */
  jsonCode: {
    // Step Functions' console names a failed state's error capitalised (`"Error":
    // "Lambda.AWSLambdaException"`, `"Cause": "User: …"`), as its API's lower-case `"error"`.
    re: new RegExp(String.raw`"(?:code|error|Code|Error|ErrorCode)"\s*:\s*"(${CODE})"`, 'g'),
    needs: ['"code"', '"error"', '"Code"', '"Error"', '"ErrorCode"']
  }
} satisfies Record<string, Required<Slot>>

/**
 * A JSON body as Python prints a dict, beside its message: `{'Errors': {'Error': {'Message': …,
 * 'Code': 'AuthFailure'}}}` (salt-cloud's EC2 driver, saltstack/salt#43903). Only a slot near a
 * message, never a finding by itself (a test's mocked response is such a dict too).
 */
/**
 * The JS SDK error's fields in double quotes, as a logger prints them under the message
 * (`message: "Access to KMS is not allowed"` / `code: "AccessDeniedException"`,
 * dherault/serverless-offline#827). Only after a message: alone, such a map is the map dump's.
 */
const JS_DOUBLE_QUOTED_CODE: Slot = {
  re: new RegExp(String.raw`\b[cC]ode: "(${CODE})"`, 'g'),
  needs: ['code: "', 'Code: "']
}

const PY_DICT_CODE: Slot = {
  re: new RegExp(String.raw`'(?:Code|code|ErrorCode)'\s*:\s*'(${CODE})'`, 'g'),
  needs: ["'Code'", "'code'", "'ErrorCode'"]
}

/**
 * Exception classes that say which SDK, service or HTTP client threw, not what went wrong
 * (`AmazonS3Exception`, `S3Exception`, `AthenaException`, Guzzle's `ClientException`, a JDBC
 * driver's `SQLException`): the error
 * code is printed elsewhere or not at all. The PHP SDK's `CredentialsException` is its own client
 * side failure to get credentials, no answer from AWS. Java's wrappers of another thread's or a
 * proxy's failure (`CompletionException`, `ExecutionException`) carry the real one after them.
 */
const GENERIC_CLASS = String.raw`(?:Amazon\w*|AWS\w*|Aws\w*|Sdk\w*|S3|Client|Service|Server|HttpErrorResponse|Athena|SQL|PSQL|Redshift\w*|DynamoDb|Sts|Kms|Iam|Ec2|Ecr|Ecs|Eks|Lambda|Sqs|Sns|Ssm|SecretsManager|CloudFormation|CloudWatch\w*|Glue|Kinesis|Bedrock\w*|Sage[Mm]aker\w*|Aggregate|Credentials|S3Service|Completion|Execution|UncheckedExecution|Runtime|InvocationTarget|UndeclaredThrowable)Exception\b`

/**
 * How a refusal opens when a service relays it under its own code with no inner code: the IAM
 * sentence (CloudFormation through Amplify), Auto Scaling's `ValidationError: You are not
 * authorized to perform this operation` (hashicorp/terraform#7198), CloudFormation reading a
 * template it may not (`ValidationError: S3 error: Access Denied`, aws/copilot-cli#5675).
 */
const WRAPPED_REFUSALS = [
  String.raw`User:?\s`,
  String.raw`You are not authorized to\b`,
  String.raw`S3 error: Access Denied\b`,
  // CloudFormation's StackSets naming the account a service-managed call must come from
  // (`ValidationError: You must be the management account or delegated admin account …`, WD7185).
  String.raw`You must be the (?:management|master) account or delegated admin account\b`
].join('|')

/** Slots printed before the message (CLI, Go SDK, JSON protocol, XML, JS SDK). Group 1 = code. */
const BEFORE: Slot[] = [
  SHARED_SLOTS.cli,
  SHARED_SLOTS.clientError,
  SHARED_SLOTS.goApiError,
  SHARED_SLOTS.goResponseCode,
  SHARED_SLOTS.jsonType,
  SHARED_SLOTS.xmlCode,
  // The Dart aws_cloudwatch package's own format before the message (`CloudWatchException - type:
  // UnrecognizedClientException, message: …`, Zsmerritt/Flutter_AWS_CloudWatch#7).
  {
    re: new RegExp(String.raw`Exception - type: (${CODE}), message: `, 'g'),
    needs: ['Exception - type: ']
  },
  // Arrow's S3 filesystem (the AWS SDK for C++'s error type) before S3's message (`AWS Error
  // ACCESS_DENIED during CreateMultipartUpload operation: Anonymous users cannot …`, apache/arrow#38421).
  {
    re: /\bAWS Error ([A-Z][A-Z_]{2,40}) during [A-Z][A-Za-z0-9]{2,60} operation\b/g,
    needs: ['AWS Error ']
  },
  // The PHP SDK's summary line before the message it carries, when Guzzle cut the XML body above
  // (`<Code>SignatureDo (truncated...)` / ` SignatureDoesNotMatch (client): The request signature
  // …`, cachethq/cachet#2422).
  {
    re: new RegExp(String.raw`\b(${CODE}) \((?:client|server)\): `, 'g'),
    needs: [' (client): ', ' (server): ']
  },
  // A status line naming S3's code alone, the message on the next line (`403 Forbidden:
  // InvalidAccessKeyId` / `The AWS Access Key Id you provided does not exist…`, a PHP app's notes
  // quoting the SDK): the code ends its line, so words (`403 Forbidden: Access Denied`) never count.
  {
    re: new RegExp(
      String.raw`\b[45]\d\d (?:Forbidden|Bad Request|Unauthorized): (${CODE})[ \t]*\r?\n`,
      'g'
    ),
    needs: [' Forbidden: ', ' Bad Request: ', ' Unauthorized: ']
  },
  // s3cmd's summary of S3's answer, its status and code before the message (`ERROR: S3 error: 400
  // (InvalidRequest): The authorization mechanism you have provided is not supported.`).
  { re: new RegExp(String.raw`\bS3 error: \d{3} \((${CODE})\): `, 'g'), needs: ['S3 error: '] },
  // An app's message naming the AWS error it relays (`"message": "AWS SES error
  // (InvalidClientTokenId): The security token …"`), its own `"code"` field above it.
  {
    re: new RegExp(String.raw`\bAWS [A-Z][\w ]{1,30} error \((${CODE})\): `, 'g'),
    needs: [' error (']
  },
  // QuickSight's data-source status before the S3 refusal it carries (`PERMISSION_DENIED: User:
  // arn:aws:sts::…:assumed-role/aws-quicksight-service-role-v0/…`).
  { re: /\b(PERMISSION_DENIED): (?=User:?\s)/g, needs: ['PERMISSION_DENIED: '] },
  // A Haskell record's field (amazonka-style `SESException {… seCode = "InvalidClientTokenId",
  // seMessage = "…"}`, snoyberg/mime-mail#62).
  { re: new RegExp(String.raw`\b[a-z]{1,8}Code = "(${CODE})"`, 'g'), needs: ['Code = "'] },
  // A JSON body printed before the message it carries: `{"Error":{"Code":"AccessDenied","Message":…`.
  SHARED_SLOTS.jsonCode,
  PY_DICT_CODE,
  // The JS SDK v3's error serialised as JSON, its class first (`"name": "AccessDeniedException",` /
  // `"$fault": "client",` … `"message": "User: …`, the vanity-number-generator README).
  {
    re: new RegExp(String.raw`"name"\s*:\s*"(${CODE})",\s*"\$fault"`, 'g'),
    needs: ['"$fault"']
  },
  // A CloudTrail event pasted as a Markdown table (`errorCode | AccessDenied` / `errorMessage |
  // User: …`, aws-samples/aws-secure-environment-accelerator#557).
  { re: new RegExp(String.raw`\berrorCode[ \t]*\|[ \t]*(${CODE})\b`, 'g'), needs: ['errorCode'] },
  // A logfmt line's field (Docker's awslogs driver: `level=error msg="Failed to create log stream"
  // errorCode=NoCredentialProviders …`, docker/docs#12219).
  { re: new RegExp(String.raw`\berrorCode=(${CODE})\b`, 'g'), needs: ['errorCode='] },
  // Redshift's internal error record before its message (`exception name : UnauthorizedException,
  // error type : 135, message: Not authorized to get credentials of role …`).
  {
    re: new RegExp(String.raw`\bexception name : (${CODE}), error type : `, 'g'),
    needs: ['exception name : ']
  },
  // docker-machine's amazonec2 driver (Rancher's node driver): `Non-200 API response: code=401
  // message=AWS was not able to validate…` (rancher/rancher#372), the status in the code slot.
  { re: /\bNon-200 API response: code=(\d{3}) message=/g, needs: ['Non-200 API response: '] },
  SHARED_SLOTS.rustCode,
  // A Lambda runtime's error object, its type before the message (`"errorType":
  // "AccessDeniedException", "errorMessage": "User: …"`, a Step Functions execution's cause,
  // alexcasalboni/aws-lambda-power-tuning#260); never a wrapper's class (`AggregateException`).
  {
    re: new RegExp(String.raw`"errorType"\s*:\s*"(?!${GENERIC_CLASS})(${CODE})"`, 'g'),
    needs: ['"errorType"']
  },
  // A credentials code printed bare right before its own message (`Error while putting Object
  // SignatureDoesNotMatch The request signature we calculated…`, a pasted log of an S3 upload), or
  // with fog's arrow between (`AuthFailure => AWS was not able to validate…`, vagrant-aws#372).
  {
    re: /\b(SignatureDoesNotMatch|InvalidAccessKeyId|ExpiredToken|InvalidClientTokenId|AuthFailure)[ \t]{1,3}(?:=>[ \t]{1,3})?(?=The (?:request signature we calculated|AWS Access Key Id you provided|security token included)|AWS was not able to validate)/g,
    needs: [
      'The request signature we calculated',
      'Access Key Id you provided',
      'security token included',
      'AWS was not able to validate'
    ]
  },
  // OrgFormation's log of the JS SDK's error: `ERROR: error: AccessDenied, aws-request-id: …`,
  // its message on the next line (org-formation/org-formation-reference#45).
  {
    re: new RegExp(String.raw`\berror: (${CODE}), aws-request-id: `, 'g'),
    needs: [', aws-request-id: ']
  },
  // Java SDK v1's older form: `AWS Error Code: InvalidAccessKeyId, AWS Error Message: …`.
  { re: new RegExp(String.raw`AWS Error Code: (${CODE})`, 'g'), needs: ['AWS Error Code: '] },
  // Lambda relaying KMS: `KMS Exception: AccessDeniedExceptionKMS Message: …` (no space between).
  {
    re: new RegExp(String.raw`KMS Exception:\s*([A-Za-z][\w.]*?)(?=KMS Message:|\s)`, 'g'),
    needs: ['KMS Exception:']
  },
  { re: new RegExp(String.raw`\bError \[(${CODE})\]`, 'g'), needs: ['Error ['] },
  // The Ruby SDK's error class, as a heading over the message (exercism/website#7991:
  // `**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**`).
  // Not the SDK's own `…Error` classes (`Aws::Sigv4::Errors::MissingCredentialsError`, its signer
  // with no keys, mastodon/mastodon#20508): they name no answer, as after the message below.
  {
    re: new RegExp(String.raw`\bAws::\w+::Errors::(?!\w*Error\b)(${CODE})`, 'gi'),
    needs: ['::Errors::']
  },
  // The JS SDK v2's error as `String(err)` prints it, its name before the message (`error:
  // CredentialsError: Missing credentials in config`, aws/aws-toolkit-azure-devops#246).
  // Its NetworkingError when the provider's own request failed (a NativeScript app's Cognito
  // credentials, EddyVerbruggen/nativescript-aws#5).
  {
    re: /\b(CredentialsError|NetworkingError): (?=Missing credentials\b)/g,
    needs: ['CredentialsError: ', 'NetworkingError: ']
  },
  // Also in the JS SDK's object notation (`ErrorCode: 'UnauthorizedOperation',` / `ErrorMessage:
  // '…'`, an EC2 CreateFleet response's errors, github-aws-runners/terraform-aws-github-runner#1987).
  { re: new RegExp(String.raw`\bErrorCode: '?(${CODE})`, 'g'), needs: ['ErrorCode: '] },
  // The C++ SDK's error print: `Unable to parse ExceptionName: InvalidAccessKeyId Message: …`
  // (aws/aws-sdk-cpp#365).
  {
    re: new RegExp(String.raw`\bExceptionName: (${CODE}) Message: `, 'g'),
    needs: ['ExceptionName: ']
  },
  // Fluent Bit's AWS outputs: `PutObject API responded with error='InvalidAccessKeyId', message='…'`
  // (fluent/fluent-bit#11891).
  { re: new RegExp(String.raw`\berror='(${CODE})', message=`, 'g'), needs: ["error='"] },

  // goofys' logfmt line (`s3.ERROR code=NoCredentialProviders msg=no valid providers …`,
  // kahing/goofys#322) and Athena's error category (`[ErrorCategory:USER_ERROR,
  // ErrorCode:PERMISSION_ERROR]`, kubecost/docs#125).
  { re: new RegExp(String.raw`\bcode=(${CODE}) msg=`, 'g'), needs: ['code='] },
  { re: /\bErrorCode:([A-Z][A-Z_]{2,40})\]/g, needs: ['ErrorCode:'] },

  SHARED_SLOTS.juliaError,
  // AWS.jl's own exception, the code (or the HTTP status, when the body had none) before its
  // message: `AWS.AWSExceptions.AWSException: 403 -- User: … is not authorized …` (JuliaCloud/AWS.jl#617).
  { re: /\bAWSException: ([A-Za-z0-9][\w.]*) -- /g, needs: ['AWSException: '] },
  // The HTTP status the Anthropic and OpenAI Python SDKs print over the body they got, Bedrock's
  // among them: `Error code: 403 - {'message': 'The security token included …'}` (agno-agi/agno#3968).
  { re: /\bError code: (\d{3}) - [{[]/g, needs: ['Error code: '] },
  SHARED_SLOTS.pawsStatus,
  // The iOS SDK's NSError prints the JSON body as a dictionary: `UserInfo={__type=X, message=…}`.
  { re: new RegExp(String.raw`\b__type=(${CODE})[,;}]`, 'g'), needs: ['__type='] },
  // A credentials code on a line of its own over its message, as a browser shows S3's answer to a
  // pre-signed URL and a reporter copies it (aws/aws-sdk-ruby#425: `SignatureDoesNotMatch` then
  // `The request signature we calculated…`). The lookback reaches only the line just above.
  {
    re: /^[ \t>]*(SignatureDoesNotMatch|InvalidAccessKeyId|InvalidClientTokenId|ExpiredToken(?:Exception)?|RequestExpired|InvalidSignatureException|IncompleteSignature|UnrecognizedClientException)[ \t]*$/gm,
    // Its codes: an `m` expression is tried at every line start of the window, per candidate.
    needs: [
      'SignatureDoesNotMatch',
      'InvalidAccessKeyId',
      'InvalidClientTokenId',
      'ExpiredToken',
      'RequestExpired',
      'InvalidSignatureException',
      'IncompleteSignature',
      'UnrecognizedClientException'
    ]
  },
  // A service's own error code wrapping a refusal it prints no code for (see WRAPPED_REFUSALS):
  // `Stack x failed: ValidationError: User: … is not authorized …`. Never a tool's own error
  // class (`ServerlessError: User: …`): those name no error.
  {
    re: new RegExp(
      String.raw`\b((?:Validation|Authorization)Error):[ \t]+(?=${WRAPPED_REFUSALS})`,
      'g'
    ),
    needs: ['Error: ']
  },
  // The Swift SDK prints the error's type: `AccessDeniedException(properties: …(message: …`.
  { re: new RegExp(String.raw`\b(${CODE})\(properties: `, 'g'), needs: ['(properties: '] },
  // Wrappers that print the parsed body as fields: `Status: 403. Code: X, Message: …`.
  { re: new RegExp(String.raw`\bCode: (${CODE}),\s*Message:`, 'g'), needs: ['Code: '] },
  // `AccessDeniedException: User: …`, `[AccessDenied: …`, `model.AuthorizationErrorException: …`;
  // never a class that only names the SDK, service or HTTP client (see GENERIC_CLASS), nor one of
  // .NET's or the JVM's own (`System.InvalidOperationException: A token could not be loaded …`,
  // `java.lang.IllegalStateException: Logback configuration error detected:` over the SDK's
  // exception on the next line, a public repository's log in the session-26 collection).
  {
    re: new RegExp(
      String.raw`\b(?<!\b(?:System|java\.lang|java\.util|java\.util\.concurrent|java\.io|java\.net)\.)(${KNOWN_CODE_SOURCE}|(?!${GENERIC_CLASS})[A-Z][A-Za-z0-9]*Exception)(?=\]?:(?:\s|$)|\s-\s)`,
      'g'
    )
  }
]

/**
 * Slots that open a dump whose fields the SDK prints over several lines before the message (HTTP
 * headers, one a line): read back the whole reach, not only the message's own lines.
 */
const DUMP_BEFORE: Slot[] = [
  // The Swift SDK's 2023 releases dump the error struct, module-qualified, headers first and the
  // message after them (aws-amplify/amplify-swift#3284: `AWSRekognition.AccessDeniedException(
  // _headers: Optional(Content-Type: …, ` / `x-amzn-RequestId: , ` / … `_message: Optional("User:
  // …`), its `code: nil`: the type is the code, an error's (a code or `…Exception`), never an
  // output's.
  {
    re: new RegExp(
      String.raw`\b[A-Z]\w*\.(${KNOWN_CODE_SOURCE}|[A-Z]\w*Exception)\(_headers: `,
      'g'
    ),
    needs: ['(_headers: ']
  }
]

/** Slots printed after the message (Java SDK v1 suffix, CDK, JS SDK v2 dumps, CloudFormation). */
const AFTER: Slot[] = [
  // Symfony's HTTP transports after the message (`Unable to send an email: The security token
  // included in the request is invalid. (code InvalidClientTokenId).`, symfony/symfony#35468), and
  // TileDB's bracketed fields (`[HTTP Response Code: 403] [Exception: AccessDenied]`, OSGeo/gdal#14920).
  { re: new RegExp(String.raw`\(code (${CODE}|\d{3})\)`, 'g'), needs: ['(code '] },
  { re: new RegExp(String.raw`\[Exception: (${CODE})\]`, 'g'), needs: ['[Exception: '] },
  // The JSON protocols' error-type header after the body, as a client lists the headers (erlcloud's
  // `{"x-amzn-errortype","InvalidSignatureException"}`, erlcloud/erlcloud#690; `x-amzn-ErrorType:
  // AccessDeniedException:http://internal.amazon.com/…`).
  {
    re: new RegExp(String.raw`\bx-amzn-errortype["']?\s{0,2}[,:]\s{0,2}["']?(${CODE})`, 'gi'),
    needs: ['x-amzn-errortype', 'x-amzn-ErrorType', 'X-Amzn-ErrorType']
  },
  SHARED_SLOTS.javaErrorCode,
  SHARED_SLOTS.javaErrorCodeQuoted,
  // Not Go CDK's (gocloud.dev) own class in the same shape, `blob (key "…") (code=Unknown):
  // ExpiredToken: …` (pulumi/pulumi#19452): AWS's code follows it.
  { re: new RegExp(String.raw`\(code=(?!Unknown\))(${CODE})\)`, 'g'), needs: ['(code='] },
  // A JSON error whose `type` follows its message (LobeChat's Bedrock provider: `"message": "You
  // don't have access to the model …", "type": "AccessDeniedException"`, lobehub/lobehub#4100):
  // only a known code, `type` being anyone's key.
  { re: new RegExp(String.raw`"type"\s*:\s*"(${KNOWN_CODE_SOURCE})"`, 'g'), needs: ['"type"'] },
  SHARED_SLOTS.jsCode,
  JS_DOUBLE_QUOTED_CODE,
  SHARED_SLOTS.jsonCode,
  PY_DICT_CODE,
  SHARED_SLOTS.jsonType,
  // The PHP SDK: `AccessDenied (client): Access Denied`, or the status when no body came.
  {
    re: new RegExp(String.raw`\b([A-Za-z0-9][\w.]*) \((?:client|server)\): `, 'g'),
    needs: [' (client): ', ' (server): ']
  },
  // Go SDK v2 before it wrote `api error`: `…, RequestID: …, InvalidGrantException: `.
  // Not S3's `HostID: …` that follows its request id (an S3 error of the next line, the session-26
  // collection: `RequestID: 735H…, HostID: 1LDF…=, api error AccessDenied:`).
  {
    re: new RegExp(String.raw`RequestID: [\w-]*, (?!HostID:)(${CODE}):`, 'g'),
    needs: ['RequestID: ']
  },
  // The Ruby SDK's classes after the message, as Ruby prints an exception (`… (AWS::S3::Errors::
  // InvalidArgument)`, travis-ci/travis-ci#3142), and its core's own for a credential source (`… run aws sso login
  // with the corresponding profile. (Aws::Errors::InvalidSSOToken)`, fastlane/fastlane#29353); not its `…Error` classes
  // (`Aws::Errors::MissingCredentialsError`), which name no answer.
  {
    re: new RegExp(String.raw`\((?:Aws|AWS)::(?:\w+::)?Errors::(?!\w*Error\))(${CODE})\)`, 'g'),
    needs: ['(Aws::', '(AWS::']
  },
  // Java SDK v2 ends with `…):null` when S3 sent no body: `null` is no code.
  { re: new RegExp(String.raw`\):(?!null\b)(${CODE})\b`, 'g'), needs: ['):'] },
  // iOS SDK `UserInfo` dictionaries: `{Type=Sender, Message=…, Code=AccessDenied, …}`.
  { re: new RegExp(String.raw`\bCode=(${CODE})`, 'g'), needs: ['Code='] },
  // goamz (Terraform 0.x, rexray) appends the code to the message: `Not authorized for images:
  // [ami-…] (AuthFailure)`, `…this operation. (UnauthorizedOperation)`. Sticky: only right where
  // the message ends, and only a known code, so a later parenthesis is never read as one.
  {
    re: new RegExp(String.raw`[ \t]?\((${KNOWN_CODE_SOURCE})\)(?![\w(])`, 'gy')
  },
  // The C++ SDK's message and exception name as a caller prints them (`… request is invalid. :
  // UnrecognizedClientException,awsOperReqId=…`, jambonz's Transcribe module, h152-074): sticky,
  // a known code only, right where the message ends.
  {
    re: new RegExp(String.raw`[ \t]:[ \t](${KNOWN_CODE_SOURCE})(?=[,;]|[ \t]*(?:\r?\n|$))`, 'gy')
  }
]

/**
 * Slots after the message that hold a wrapper's category, not the failing call's code: a
 * CloudFormation resource handler's `(…, HandlerErrorCode: NotFound)` classifies the handler's
 * failure, so a code printed with the relayed message (`"AccessDeniedException: User: …`) wins.
 */
const WRAPPER_AFTER: Slot[] = [
  { re: new RegExp(String.raw`HandlerErrorCode:\s+(${CODE})`, 'g'), needs: ['HandlerErrorCode:'] }
]

/**
 * An operation name as AWS spells them: PascalCase, so with a lower-case letter. One without is a
 * placeholder a writer put in its place (`when calling the XXX operation`, `the OPERATION operation`).
 */
const OPERATION_NAME = String.raw`((?=\w*[a-z])\w+)`

/** `when calling the X operation` right after a bare code, on the message's line. */
const NEXT_OPERATION = new RegExp(String.raw`^[^.]*?when calling the ${OPERATION_NAME} operation`)

const OPERATION: Slot[] = [
  {
    re: new RegExp(String.raw`when calling the ${OPERATION_NAME} operation`, 'g'),
    needs: ['when calling the ']
  },
  { re: /operation error [\w -]+?: (\w+),/g, needs: ['operation error '] },
  // The same label wrapped after its first word by a tool re-flowing the error (`… accounts:
  // operation` / `error Organizations: ListAccounts, https response error`, aws-samples/aws2tf#169).
  { re: /\boperation[ \t]*\r?\n[ \t]*error [\w -]+?: (\w+),/g, needs: ['operation'] },
  // The PHP SDK: `Error executing "PutObject" on "https://…"`.
  {
    re: new RegExp(String.raw`Error executing "${OPERATION_NAME}"`, 'g'),
    needs: ['Error executing "']
  },
  // The Go SDK v1's debug log: `Validate Response ec2/DescribeInstanceCreditSpecifications failed`.
  {
    re: /\b(?:Validate |Unmarshal )?Response [a-z0-9-]+\/([A-Z]\w+) (?:failed|Details)\b/g,
    needs: ['Response ']
  }
]

/** Every slot, for tests of their gates. */
export const CODE_SLOTS: readonly Slot[] = [
  ...BEFORE,
  ...DUMP_BEFORE,
  ...AFTER,
  ...WRAPPER_AFTER,
  ...OPERATION
]

/** What the slots need, for the record's one search for literals (see `RecordContext.literals`). */
export const SLOT_LITERALS: readonly string[] = CODE_SLOTS.flatMap((slot) => slot.needs ?? [])

/**
 * Last resort: a bare authorization code word shortly before the message, with EC2's `Client.`
 * prefix when CloudTrail prints one (`Client.UnauthorizedOperation`).
 */
const STANDALONE =
  /\b((?:Client\.)?(?:AccessDeniedException|AccessDenied|UnauthorizedOperation))\b/g

/** Phrases that begin the next, unrelated error: an after-slot must not reach past them. */
const NEXT_ERROR = [
  'ot authorized to perform',
  'An error occurred (',
  'A client error (',
  'User:',
  'Encoded authorization failure',
  'Unable to locate credentials',
  'Could not load credentials',
  // A report of its own: Guzzle's exception message (the PHP SDK's HTTP client), PHP's uncaught
  // error, Python's traceback. An error printed twice, its JSON body's code first, lent the second
  // body's code to the first and left the second without one (heldout33 h33-016).
  'Client error: `',
  'Fatal error: ',
  'Traceback (most recent call last)'
]

/**
 * Where the next error starts in text[from, to), or `to`. Plain `indexOf` per phrase: V8 searches
 * a fixed string far faster than an alternation of them, and this runs for every candidate.
 */
function nextErrorAt(text: string, from: number, to: number): number {
  const s = text.slice(from, to)
  let at = s.length
  for (const phrase of NEXT_ERROR) {
    for (let i = s.indexOf(phrase); i !== -1 && i < at; i = s.indexOf(phrase, i + 1)) {
      if (phrase === 'User:' ? userAt(s, i) : phrase[0] !== 'o' || /[Nn]/.test(s[i - 1] ?? '')) {
        // `[Nn]ot …` starts one character before the fragment.
        at = phrase[0] === 'o' ? i - 1 : i
        break
      }
    }
  }
  return from + at
}

/** `\bUser:\s` at i. */
function userAt(s: string, i: number): boolean {
  return !/\w/.test(s[i - 1] ?? '') && /\s/.test(s[i + 5] ?? '')
}

/**
 * A line that hands its error code on to the next one: `… when calling the X operation:` (or a
 * shell line continuation `\` a writer wrapped the message with), XML/JSON
 * bodies, a Ruby SDK error class, a JSON `"Message": "…` string that a wrap carried on to the next line,
 * and OrgFormation's `error: CODE, aws-request-id: ID` over its message; a CloudTrail event as a
 * Markdown table (`errorCode | AccessDenied`, the table's `-- | --` rule, then `errorMessage | …`);
 * the Go SDK v2's chain re-flowed by a tool (`… accounts: operation` / `error Organizations:
 * ListAccounts, https response error StatusCode: 400,` / `AccessDeniedException: …`, aws2tf#169).
 */
const CARRIES_CODE = new RegExp(
  String.raw`:$|\bStatusCode: \d{3},$|\soperation$|[ \t\w]\\$|\bAws::\w+::Errors::\w+|<\/?(?:Code|Error|Message)>|"__type"|^\s*__type:|"(?:Error)?[Cc]ode"\s*:|"[Ee]rror"\s*:\s*"[\w.]{2,80}",?$|"errorType"\s*:|\bErrorCode: '\w+',$|"Message"\s*:\s*"[^"]*$|^\s*(?:${KNOWN_CODE_SOURCE})\s*$|\b[45]\d\d (?:Forbidden|Bad Request|Unauthorized): (?:${KNOWN_CODE_SOURCE})\s*$|\berror: (?:${KNOWN_CODE_SOURCE}), aws-request-id: [\w-]{1,80}$|\berrorCode[ \t]*\|[ \t]*\w+[ \t|]*$|^[ \t|:-]*-{2,}[ \t|:-]*$`
)

/**
 * How far back a code may be looked for: the message's own line, and the lines just above it
 * only while each ends by introducing the message (so a code never comes from another error).
 */
function lookbackStart(
  text: string,
  pos: number,
  floor: number,
  reach: number,
  literals?: RecordLiterals
): number {
  // Callers never look back past `low`: stop there, so long lines stay linear to scan.
  const low = Math.max(floor, pos - reach)
  const nl = text.slice(low, pos).lastIndexOf('\n')
  if (nl === -1) return low
  const facts = literals?.lineFacts?.(text)
  let from = low + nl + 1
  for (let k = 0; k < 3 && from > low; k++) {
    const prevStart = carrierBefore(text, from, facts)
    if (prevStart === -1) break
    from = prevStart
  }
  return Math.max(from, low)
}

/**
 * Where the line before the one starting at `from` starts, if it hands its code on (else -1).
 * Every candidate after a line asks this of it: a record's answers are kept in `facts`.
 */
function carrierBefore(text: string, from: number, facts?: Map<number, number> | null): number {
  const known = facts?.get(from)
  if (known !== undefined) return known
  const prevStart = text.lastIndexOf('\n', from - 2) + 1
  const carrier = CARRIES_CODE.test(text.slice(prevStart, from - 1).trimEnd()) ? prevStart : -1
  facts?.set(from, carrier)
  return carrier
}

/**
 * A code as read from its slot: an ellipsis after it is the author's, marking where they cut the
 * message (`Error Code: AccessDeniedException..."`), and one full stop ends the sentence a relay
 * printed it in (`S3 Error Code: AccessDenied. S3 Error Message: …`): never part of a code (none
 * ends in a dot).
 */
export function codeAsPrinted(raw: string): string {
  return raw.trim().replace(/(?:\.+|…)+$/, '')
}

export interface CodeHit {
  code: string
  start: number
  end: number
}

/** How far a slot may read past the searched range: a code's tail and look-ahead; a whole suffix. */
const CODE_SLACK = 64
const SUFFIX_SLACK = 1024

/**
 * A window of the text around [from, to), with one character before it so `\b` sees what
 * precedes: searching it instead of the rest of the record keeps every lookup bounded.
 */
function windowOf(
  text: string,
  from: number,
  to: number,
  slack: number
): { s: string; base: number } {
  const base = Math.max(0, from - 1)
  return { s: text.slice(base, Math.min(text.length, to + slack)), base }
}

function lastMatch(re: RegExp, text: string, from: number, to: number): CodeHit | null {
  return lastMatchIn(re, windowOf(text, from, to, CODE_SLACK), from, to)
}

/** The last match of `re` starting in [from, to) of the window `w`. */
function lastMatchIn(
  re: RegExp,
  w: { s: string; base: number },
  from: number,
  to: number
): CodeHit | null {
  re.lastIndex = from - w.base
  let hit: CodeHit | null = null
  let m: RegExpExecArray | null
  while ((m = re.exec(w.s)) && m.index + w.base < to) {
    const start = m.index + w.base
    if (start + m[0].length > to + 2) break
    // A client printing its own failure in the SDK's suffix fills the slot with `null` (`(Service:
    // null; Status Code: 0; Error Code: null; …)`, awslabs/aws-codebuild-jenkins-plugin#4): no code.
    if (m[1] === 'null') continue
    hit = { code: codeAsPrinted(m[1]!), start, end: start + m[0].length }
    if (m[0].length === 0) re.lastIndex++
  }
  return hit
}

/** The code printed before `pos` (closest wins), looking back at most `reach` characters. */
function codeBefore(
  text: string,
  pos: number,
  floor: number,
  reach = 400,
  literals?: RecordLiterals
): CodeHit | null {
  const from = lookbackStart(text, pos, floor, reach, literals)
  const w = windowOf(text, from, pos, CODE_SLACK)
  let best: CodeHit | null = null
  for (const slot of BEFORE) {
    if (!mayMatch(slot.needs, literals)) continue
    const hit = lastMatchIn(slot.re, w, from, pos)
    if (hit && (!best || hit.end > best.end)) best = hit
  }
  for (const slot of DUMP_BEFORE) {
    if (!mayMatch(slot.needs, literals)) continue
    const hit = lastMatch(slot.re, text, Math.max(floor, pos - reach), pos)
    if (hit && (!best || hit.end > best.end)) best = hit
  }
  return best ?? lastMatch(STANDALONE, text, Math.max(from, pos - 300), pos)
}

/**
 * The code printed after the message that ends at `pos`, before `limit`: where the next error
 * starts (`codeAround` finds it once for both of its searches).
 */
function codeAfter(
  text: string,
  pos: number,
  limit: number,
  literals?: RecordLiterals,
  slots: Slot[] = AFTER
): CodeHit | null {
  let best: CodeHit | null = null
  const w = windowOf(text, pos, limit, SUFFIX_SLACK)
  for (const slot of slots) {
    if (!mayMatch(slot.needs, literals)) continue
    const re = slot.re
    re.lastIndex = pos - w.base
    const m = re.exec(w.s)
    const at = m ? m.index + w.base : Infinity
    if (m && m[1] !== 'null' && at < limit && (!best || at < best.start)) {
      best = { code: codeAsPrinted(m[1]!), start: at, end: at + m[0].length }
    }
  }
  return best
}

/** How far `codeAround` looks for a code on either side of a message. */
const AROUND_REACH = 400

/**
 * How far `codeAround` may widen a span: back to a code before it (`lookbackStart` never reads
 * past the reach), on to the end of a code after it (a suffix slot's match may run past the
 * reach into its slack). Settling through `locate` widens a candidate no further.
 */
export const AROUND_GROWTH = { before: AROUND_REACH, after: AROUND_REACH + SUFFIX_SLACK }

/**
 * After-slots (the failing call's own code in SDK suffixes) win over wrapper codes before; a code
 * before wins over a wrapper's category after (see WRAPPER_AFTER).
 */
export function codeAround(
  text: string,
  start: number,
  end: number,
  floor: number,
  literals?: RecordLiterals
): { code: string | null; start: number; end: number } {
  // Both after-searches stop where the next error starts: found once, not once for each.
  const limit = nextErrorAt(text, end, Math.min(text.length, end + AROUND_REACH))
  const own = codeAfter(text, end, limit, literals)
  const wrapper = own ? null : codeAfter(text, end, limit, literals, WRAPPER_AFTER)
  const after = own ?? wrapper
  const before = codeBefore(text, start, floor, AROUND_REACH, literals)
  // A service relaying KMS's refusal names it under its own code (`An error occurred
  // (KMS.AccessDeniedException) when calling the SendMessage operation: … Error Code:
  // AccessDeniedException`, SQS): the call's code before the message says which call was refused.
  const relayed = before && own && before.code === `KMS.${own.code}` ? before.code : null
  const code = relayed ?? own?.code ?? before?.code ?? wrapper?.code ?? null
  return {
    code,
    start: before && before.start < start ? before.start : start,
    end: after ? Math.max(end, after.end) : end
  }
}

/** The API operation a tool names near a message: before it, or right after a bare code. */
export function operationNear(
  text: string,
  start: number,
  end: number,
  floor: number,
  literals?: RecordLiterals
): string | null {
  const from = lookbackStart(text, start, floor, 400, literals)
  for (const slot of OPERATION) {
    if (!mayMatch(slot.needs, literals)) continue
    const hit = lastMatch(slot.re, text, from, Math.min(text.length, end))
    if (hit) return hit.code
  }
  const lineEnd = text.indexOf('\n', end)
  const ahead = text.slice(end, Math.min(end + 120, lineEnd === -1 ? text.length : lineEnd))
  const next = NEXT_OPERATION.exec(ahead)
  return next ? next[1]! : null
}
