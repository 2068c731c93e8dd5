// A known error code in a code slot, with no sentence to say more: S3's `Access Denied`, a HEAD
// request's `Forbidden`, EC2's `UnauthorizedOperation`, an expired token's code.
import { UNRECOGNISED_CODE_GRAMMAR, emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { KNOWN_CODES, classifyCode, looksLikeRefusal } from '../codes.js'
import { SHARED_SLOTS, codeAsPrinted, type Slot } from '../codeSlots.js'
import { locate } from '../phraseRule.js'
import { mayMatch } from '../RecordLiterals.js'

/** See `UNRECOGNISED_CODE_GRAMMAR`: a finding with low confidence rather than silence. */
const UNRECOGNISED = UNRECOGNISED_CODE_GRAMMAR
const BARE_CODE_RULE = 'WD767'
const UNRECOGNISED_RULE = 'WD768'

/** A slot whose wording names the service that answered (a relay's label for S3's error). */
type StrongSlot = Required<Slot> & { service?: string }

/** Slots strong enough that a known code in them is a finding by itself. Group 1 = code. */
export const STRONG_SLOTS: StrongSlot[] = [
  ...Object.values(SHARED_SLOTS),
  { re: /Service returned error code ([A-Za-z][\w.]*)/g, needs: ['Service returned error code '] },
  // botocore's `_make_api_call` local as rich prints a traceback's locals, in box borders:
  // `│ │      error_code = 'UnauthorizedOperation'      │ │` (skyplane-project/skyplane#599). Only
  // as the line's own name, never a query's or an attribute's (`WHERE error_code = '…'`, `err.error_code = …`).
  { re: /^[ \t│|]*error_code = '([A-Za-z][\w.]*)'/gm, needs: ["error_code = '"] },
  { re: /HandlerErrorCode: (AccessDenied)\b/g, needs: ['HandlerErrorCode: AccessDenied'] },
  // jclouds' error record (Jenkins' Artifact Manager on S3, Storm: `AWSError{requestId='…',
  // requestToken='…', code='ExpiredToken', message='The provided token has expired.', …}`).
  {
    re: /\bAWSError\{requestId='[^'\n]{0,100}', (?:requestToken='[^'\n]{0,200}', )?code='([A-Za-z][\w.]*)'/g,
    needs: ['AWSError{requestId=']
  },

  // A tool's log level, then the error's code and the tool's own words (org-formation: `WARN:
  // AccessDenied: unable to log into account 012345678901.`, org-formation/org-formation-cli#322).
  // Only codes AWS alone prints with `Denied` in them; the words after may be anyone's.
  {
    re: /^[ \t]*\[?(?:WARN(?:ING)?|ERROR|ERR|FATAL)\]?:?[ \t]+(AccessDenied(?:Exception)?): (?=[a-z])/gm,
    needs: ['WARN', 'ERR', 'FATAL']
  },
  // The Go SDK v2's response line as a writer shortened it, the request ids left out and the code
  // ending the line (`operation error S3: PutObject, https response error StatusCode: 403,
  // AccessDenied`, a CI post-mortem quoting Terraform's state upload, github-file:find_string#53240655866).
  {
    re: /\boperation error [\w .-]{1,40}: \w{2,60}, https response error StatusCode: \d{3}, (AccessDenied(?:Exception)?|Forbidden)[ \t]*$/gm,
    needs: ['https response error StatusCode: ']
  },
  // S3's DeleteObjects answering 200 with a refusal per key, as boto3 prints the response (`'Errors':
  // [{'Key': '…', 'Code': 'AccessDenied'`, dbt-athena's overwrite, Tomme/dbt-athena#84) and the CLI
  // its JSON (`"Errors": [` / `{` / `"Key": "…",` / `"Code": "AccessDenied",`).
  {
    re: /["']Errors["']\s{0,4}:\s{0,4}\[\s{0,20}\{\s{0,20}["']Key["']\s{0,4}:\s{0,4}["'][^"'\n]{0,1024}["']\s{0,4},\s{0,20}(?:["']VersionId["']\s{0,4}:\s{0,4}["'][^"'\n]{0,200}["']\s{0,4},\s{0,20})?["']Code["']\s{0,4}:\s{0,4}["']([A-Za-z]\w{2,60})["']/g,
    needs: ["'Errors'", '"Errors"'],
    service: 's3'
  },
  // CDK's `Call failed: getBucketLocation({…}) => Access Denied (code=AccessDenied)`.
  { re: /\(code=(?!Unknown\))([A-Za-z][\w.]*)\)/g, needs: ['(code='] },
  // Amazon Redshift relaying S3's refusal of a COPY or UNLOAD, both wordings of its fields:
  // `S3ServiceException:Access Denied,Status 403,Error AccessDenied,Rid …` and the older
  // `…,StatusCode 403,ErrorCode AccessDenied,…`; S3's longer message over two lines (`…does not
  // match the signature you provided. ` / `Check your key and signing method.,Status 403,Error
  // SignatureDoesNotMatch`, the Redshift developer guide).
  {
    re: /\bS3ServiceException:[^\n]{0,300}?(?:\n[^\n]{0,300}?)?,Status(?:Code)? \d{3},Error(?:Code)? ([A-Za-z][\w.]*)/g,
    needs: ['S3ServiceException:'],
    service: 's3'
  },
  // R's str() of a parsed error body, as the aws.s3 package prints it before it stops: `List of
  // 4` / ` $ Code     : chr "AccessDenied"` / ` $ Message  : chr …` (a reprex puts `#>` first).
  // A retyped copy may spell the code as words and leave a blank line between (`$ Code: chr "Access
  // Denied"`, cloudyr/aws.s3#410).
  {
    re: /^[ \t>#]*\$ Code\s*: chr "([A-Za-z][\w.]*|Access Denied)"[ \t]*(?:\r?\n[ \t]*){1,2}[ \t>#]*\$ Message\s*: chr "/gm,
    needs: [': chr "']
  },
  // Java SDK v1's older form: `Status Code: 403, AWS Service: Amazon S3, …, AWS Error Code: AccessDenied`.
  // Its aligned block (`Service:             Amazon S3` / `AWS Error Code:      403 Forbidden`),
  // which TeamCity's S3 artifact plugin prints (JetBrains/teamcity-s3-artifact-storage-plugin#4).
  {
    re: /AWS Error Code:[ \t]{1,24}(403 Forbidden|[A-Za-z][\w.]*)/g,
    needs: ['AWS Error Code:']
  },
  // TileDB's bracketed fields, GDAL's TileDB driver relaying them (`[HTTP Response Code: 403]
  // [Exception: AccessDenied]`, OSGeo/gdal#14920).
  { re: /\[HTTP Response Code: \d{3}\] \[Exception: ([A-Za-z][\w.]*)\]/g, needs: ['[Exception: '] },
  // Ruby SDK error classes: `(AWS::S3::Errors::AccessDenied)`, `error_class="Aws::S3::Errors::Forbidden"`.
  { re: /\bAWS::\w+::Errors::([A-Za-z][\w]*)/gi, needs: ['::Errors::'] },
  // PHP SDK: `AWS HTTP error: Client error: 403 AccessDenied (client): Access Denied`.
  { re: /\b\d{3} ([A-Za-z][\w.]*) \((?:client|server)\)/g, needs: [' (client)', ' (server)'] },
  // The same SDK's call and URL, then the code with no status between (a Magento extension's admin
  // message, its URL replaced by the reporter: `Error executing "PutObject" on "my bucket path"
  // AccessDenied (client): etc`, thaiphan/magento2-s3#58).
  {
    re: /\bError executing \\?"\w+\\?" on \\?"[^"\n]{0,2048}\\?";?[ \t]{1,4}([A-Za-z][\w.]*) \((?:client|server)\):/g,
    needs: ['Error executing ']
  },
  // The CLI's message with its `An error occurred ` cut off by a tool or reporter:
  // `(AccessDenied) when calling the PutObject operation: Access Denied`.
  { re: /\(([A-Za-z][\w.]*)\) when calling the \w+ operation/g, needs: [') when calling the '] },
  // An XML body whose root element is the error's name (`<MissingAuthenticationTokenException>`
  // / `<Message>Missing Authentication Token</Message>`: an unsigned request to a JSON-protocol
  // endpoint answered as XML, AllanZhengYP/cors-test's curl report). Only known codes count.
  { re: /<([A-Z][A-Za-z]{5,60})>\s{0,200}<Message>/g, needs: ['<Message>'] },
  // Haskell's `aws` library (git-annex's S3 remote) shows its error record: `S3Error {s3StatusCode
  // = Status {statusCode = 403, …}, s3ErrorCode = "AccessDenied", …` (spine-generic/data-multi-subject#122).
  { re: /\bs3ErrorCode = "([A-Za-z][\w.]*)"/g, needs: ['s3ErrorCode = "'], service: 's3' },
  // amazonka (Haskell's AWS SDK) shows its ServiceError as a record, `_serviceCode = ErrorCode
  // "AccessDenied"`, and its logger pretty-prints the same fields first: `[ServiceError] {` /
  // `  service    = S3` / `  status     = 403 Forbidden` / `  code       = AccessDenied`
  // (helix-collective/hx-deploy-tool#43).
  { re: /\b_serviceCode = ErrorCode "([A-Za-z][\w.]*)"/g, needs: ['_serviceCode = ErrorCode "'] },
  {
    re: /\[ServiceError\] \{[ \t]*(?:\r?\n[^\n]*){0,6}?\r?\n[ \t>]*code[ \t]*= ([A-Za-z][\w.]*)[ \t]*$/gm,
    needs: ['[ServiceError] {']
  },
  // The .NET SDK when the error body told it nothing more: `Error making request with Error Code
  // SignatureDoesNotMatch and Http Status Code Forbidden. No further error information was
  // returned by the service.` (duplicati/duplicati#2828).
  {
    re: /\bError making request with Error Code ([A-Za-z][\w.]*) and Http Status Code\b/g,
    needs: ['with Error Code ']
  },
  // s3cmd: `ERROR: S3 error: 403 (AccessDenied): Access Denied`, and its configuration test's
  // `ERROR: Test failed: 403 (AccessDenied): Access Denied` (restic/restic#388).
  // Its per-file line in a sync or copy (`ERROR: File 's3://b/k' could not be copied: 403
  // (AccessDenied): Access Denied`, s3tools/s3cmd#1218).
  {
    re: /\b(?:S3 error|Test failed|could not be (?:copied|moved|deleted|downloaded|uploaded)): \d{3} \(([A-Za-z][\w.]*)\)/g,
    needs: ['S3 error: ', 'Test failed: ', 'could not be ']
  },
  // A sample printing the C++ SDK's exception name and message side by side (`Error while
  // putting Object AccessDenied Access Denied`, aws/aws-sdk-cpp#234): S3's code before its own message.
  {
    re: /\b(AccessDenied) (?=Access Denied\b)/g,
    needs: ['AccessDenied Access Denied'],
    service: 's3'
  },
  // AsyncAws (PHP, Bref's clients): `HTTP 403 returned for "https://lambda.…/invocations".` /
  // `Code:` / `Message: Missing Authentication Token` / `Type:    MissingAuthenticationTokenException`
  // (brefphp/bref#1250): the code line may be empty, the type is the error's name.
  {
    re: /\bHTTP \d{3} returned for "[^"\n]{1,500}"\.?[ \t]*(?:\r?\n[ \t]*){1,3}Code:[^\n]{0,300}\r?\n[ \t]*Message:[^\n]{0,500}\r?\n[ \t]*Type:[ \t]+([A-Za-z][\w.]*)/g,
    needs: ['returned for "']
  },
  // The standalone PHP S3 class: `S3::putObject(): [AccessDenied]` / `Access Denied`.
  { re: /\[([A-Za-z][\w.]*)\]\s*(?=Access Denied\b)/g, needs: ['Access Denied'] }
]

/**
 * Codes that are a refusal only with these words after them on their line (the CLI's `… operation:
 * ` between). Cognito's NotAuthorizedException is about an app user's password or token;
 * Translate, Comprehend and Amazon Q answer with it an account that may not use the feature
 * (there, or in that Region).
 */
const REFUSAL_BY_MESSAGE: Record<string, RegExp> = {
  NotAuthorizedException:
    /^[^\n]{0,120}?\b(?:Your account|User) is not authorized to make this call/
}

/**
 * A code AWS shares with S3-compatible stores, after a message only the store words so: MinIO's
 * clock check (`RequestTimeTooSkewed: The difference between the request time and the server's
 * time is too large.`; S3 says `… and the current time …`, read by WD863); or a refusal's code over
 * a message that says it is none (WAFv2's missing parameter, below).
 */
const FOREIGN_MESSAGE: Record<string, RegExp> = {
  // Google Cloud Storage's XML API answers in S3's shape with a `<Details>` element S3 never sends
  // (`<Code>AccessDenied</Code><Message>Access denied.</Message><Details>Provided scope(s) are not
  // authorized</Details>`, a Bazel remote cache on GCS, bazelbuild/bazel#27832).
  AccessDenied: /^(?:<\/Code>)?\s{0,3}<Message>[^<]{0,300}<\/Message>\s{0,3}<Details>/,
  RequestTimeTooSkewed:
    /^[^\n]{0,40}?The difference between the request time and the server's time is too large/,
  // WAFv2 answering a request without its required Scope under this code (`AccessDeniedException:
  // Critical information is missing in your request: ListLoggingConfigurationsRequest(scope=null, …)`,
  // jckuester/awsweeper#119): a parameter missing, not a refusal, and no policy decides it.
  AccessDeniedException: /^[^\n]{0,10}?Critical information is missing in your request\b/,
  // An Iceberg REST catalog's own authorization (`ForbiddenException: Forbidden: Forbidden: User
  // 'service-account-postman-client' is not authorized to load table '…'`, Gravitino,
  // apache/gravitino#10978): IAM never quotes a user's name, nor says "load table".
  Forbidden: /^(?:Forbidden:[ \t]{1,3}){0,3}User '[^'\n]{1,200}' is not authorized to\b/
}

function foreignMessage(code: string, text: string, end: number): boolean {
  return FOREIGN_MESSAGE[code]?.test(text.slice(end, end + 200)) ?? false
}

/**
 * Words before a code that place it in another protocol's answer: AMQP's claims-based security
 * status (`Put token failed. status-code: 401, status-description: ExpiredToken: .`, Azure Service
 * Bus, Azure/azure-service-bus#182), and the instance metadata service refusing an IMDSv2 token
 * (`failed to get session token, falling back to IMDSv1: 403 Forbidden`, the CloudWatch agent,
 * aws/amazon-cloudwatch-agent#1139): a hop limit or a proxy, no AWS authorization.
 */
const FOREIGN_BEFORE =
  /\bstatus-description:[ \t]{0,3}$|\bfailed to get session token, falling back to IMDSv1:[ \t]{0,3}$/

function foreignBefore(text: string, start: number): boolean {
  return FOREIGN_BEFORE.test(text.slice(Math.max(0, start - 70), start))
}

/**
 * An HTTP framework's error body (hapi's Boom, Auth0's Management API: `{"statusCode":403,"error":
 * "Forbidden","message":"Insufficient scope…"}`, heldout22 h22-056): the status's reason phrase
 * after its number, a shape no AWS service answers in.
 */
const FRAMEWORK_BODY = /"statusCode"\s*:\s*[45]\d\d\s*,\s*"error"\s*:\s*"$/

function frameworkBody(code: string, text: string, start: number): boolean {
  if (code !== 'Forbidden' && code !== 'Unauthorized') return false
  const codeAt = text.indexOf(code, start)
  return FRAMEWORK_BODY.test(text.slice(Math.max(0, codeAt - 60), codeAt))
}

// `CODE: message` is only a finding when the message is one AWS sends with it.
const PREFIX_CODES = new Set([...KNOWN_CODES, ...Object.keys(REFUSAL_BY_MESSAGE)])
const SHORTEST_CODE = Math.min(...[...PREFIX_CODES].map((c) => c.length))
const LONGEST_CODE = Math.max(...[...PREFIX_CODES].map((c) => c.length))

/** [A-Za-z0-9_.-]: what a code and the word it is glued to (`model.AccessDenied`) are made of. */
function isCodeChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 45
  )
}

interface PrefixSlot {
  code: string
  start: number
  /** After the colon and the spaces that follow it. */
  end: number
}

/**
 * Every `CODE:` or `[CODE]:` with a known code, as `(?<![\w-])(CODE|403 Forbidden)\]?:[ \t]*` would
 * find them. Read back from each colon: V8 cannot skip through text to a 30-way alternation
 * behind a look-behind, so that expression was the costliest of all on logs full of denials.
 */
export function prefixSlots(text: string): PrefixSlot[] {
  const out: PrefixSlot[] = []
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const e = text.charCodeAt(colon - 1) === 93 /* ] */ ? colon - 1 : colon
    let run = e
    while (run > 0 && isCodeChar(text.charCodeAt(run - 1))) run--
    let start = -1
    let code = ''
    if (text.endsWith('403 Forbidden', e) && !isWordOrDash(text.charCodeAt(e - 14))) {
      start = e - 13
      code = '403 Forbidden'
    } else {
      // The leftmost start a look-behind allows: the run's start, or just after a dot in it.
      for (let p = Math.max(run, e - LONGEST_CODE); p <= e - SHORTEST_CODE; p++) {
        if (p > run && text.charCodeAt(p - 1) !== 46) continue
        if (PREFIX_CODES.has(text.slice(p, e))) {
          start = p
          code = text.slice(p, e)
          break
        }
      }
    }
    if (start === -1) continue
    let end = colon + 1
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++
    out.push({ code, start, end })
  }
  return out
}

/** [\w-]; NaN (before the text) is neither. */
function isWordOrDash(c: number): boolean {
  return isCodeChar(c) && c !== 46
}

/**
 * What AWS sends with a refusal code: a message that makes `CODE: message` a finding. A service
 * may put its own error number first (Route 53 Resolver's `[RSLVR-01600] Access denied`,
 * aws/aws-sdk-js#4340).
 */
export const AWS_MESSAGE =
  /^(?:\[[A-Z]{2,10}-\d{3,6}\][ \t]{1,2})?(?:Access Denied|Access denied|Forbidden|You do not have (?:authorization|permission|access|sufficient access)\b|null\]|Not authorized|You are not authorized|Access to the resource|The ciphertext refers|The security token|The provided token|The request signature|The AWS Access Key Id|Signature expired|no valid providers|No OpenIDConnect|Incorrect token audience|User:?\s|User is not|Your account is not authorized|You are not subscribed|Your account is not signed up|In order to use this AWS Marketplace product|Your account is pending verification|STS is not activated in this region|All access to this object has been disabled|There is a problem with your AWS account|The operation is not valid for the object's storage class)/
/**
 * A message wrapped by the tool that printed it, each continuation under a gutter (sops under
 * Flux: `AccessDeniedException: The ciphertext` / `      | refers to a customer master key…`,
 * getsops/sops#1073): read as one line for AWS_MESSAGE.
 */
const WRAP_BREAK = /[ \t]*\r?\n[ \t]*(?:[|│][ \t]?)?[ \t]*/g

/**
 * A refusal code whose message says the request's authentication failed, not its authorization
 * (CloudFront KeyValueStore's `AccessDeniedException: Authentication failed`, a signature it could
 * not verify: SST's deploy, anomalyco/sst#5741): no policy was asked.
 */
const AUTHENTICATION_MESSAGE = /^[ \t]{0,3}Authentication failed\b/

/**
 * The Go SDK v1's empty message: `AccessDeniedException: ` then `\tstatus code: 403` on the next
 * line, or the break printed escaped inside a quoted string (`: \n\tstatus code`, once per
 * quoting level) and the line folded between the two words (a YAML condition, h8-040).
 */
const STATUS_NEXT = /^(?:\s|\\+[nt])*status\s{1,40}code: \d{3}/

/**
 * The Go SDK v1's error with a message AWS_MESSAGE does not know, its status line right below:
 * `AccessDeniedException: Neither the global service principal states.amazonaws.com, nor the
 * regional one is authorized to assume the provided role.` / `\tstatus code: 400, request id: …`
 * (a Terraform module's README, h19c-008). The SDK's own line makes it AWS's answer.
 */
const STATUS_BELOW = /^[^\n]{1,600}\n[ \t]{0,8}status code: \d{3}, request id: /
/**
 * The JS SDK v3's message when the refusal came with no body to read one from: `UnknownError`,
 * its own deserializer's frames right below (`AccessDeniedException: UnknownError` / `at
 * throwDefaultError (…@smithy/smithy-client…)`, a Lambda call, remotion-dev/remotion#5001).
 */
const SDK_UNKNOWN_BELOW =
  /^UnknownError[ \t]*\r?\n[ \t]+at (?:throwDefaultError|de_\w*CommandError|deserializeAws_\w+CommandError)\b/
/**
 * The JS SDK v3 deserialising that very code right below, whatever the message says (`Dependency
 * AccessDeniedException: Service-linked role creation access denied.` / `at deserializeAws_json1_1
 * DependencyAccessDeniedExceptionResponse (…@aws-sdk/client-service-quotas…)`, remotion-dev/
 * remotion#1941): the SDK's own frame makes it AWS's answer. Checked against the code (`CODE`).
 */
const SDK_DESERIALIZER_BELOW = /^[^\n]{1,600}\r?\n[ \t]+at ((?:deserializeAws_|de_)\w{1,200})\b/
/**
 * S3's own codes, which S3-compatible stores answer with too, in words of their own (Dell
 * PowerScale's `AccessDenied: Bucket owner does not have a write permission…`, h11-092): with an
 * unknown message they stay AWS's only by AWS_MESSAGE.
 */
const S3_SHAPED = new Set(['AccessDenied', '403 Forbidden', 'Forbidden'])

/**
 * A tool's label that prints the AWS error after it as it came, code first: CDK's `Environment
 * aws://… failed bootstrapping: AccessDenied: Cross-account pass role is not allowed`.
 */
const RELAYED_BY = /failed bootstrapping: $/

/**
 * Messages that make a refusal-looking code something else: Organizations-wide APIs called from
 * an account outside any organization (`OrganizationAccessDeniedException: This action can only
 * be made by accounts in an AWS Organization`) are refused for where the account stands.
 */
const NOT_AN_AUTHZ_MESSAGE =
  /^[^\n]{0,200}?(?:can only be made by accounts in an AWS Organization|is not a member of an organization)/

/** Whether the JS SDK v3's deserializer of `code` is the frame right below its message. */
function deserializedBelow(code: string, rest: string): boolean {
  const frame = SDK_DESERIALIZER_BELOW.exec(rest)?.[1]
  // `deserializeAws_json1_1XExceptionResponse`, `de_XExceptionRes` (newer releases).
  return frame !== undefined && /Res(?:ponse)?$/.test(frame) && frame.includes(code)
}

function kindOf(code: string): FindingKind | null {
  switch (classifyCode(code)) {
    case 'authz':
      return 'denial'
    case 'credentials':
      return 'credentials'
    case 'not-found':
      return 'not-found'
    default:
      return null
  }
}

function candidate(
  text: string,
  start: number,
  end: number,
  code: string,
  kind: FindingKind,
  ctx: RecordContext,
  grammar = 'bare-code'
): Candidate {
  const d = emptyDenial(
    kind,
    grammar,
    grammar === UNRECOGNISED ? UNRECOGNISED_RULE : BARE_CODE_RULE
  )
  d.code = code
  const c: Candidate = {
    start,
    end,
    priority:
      grammar === UNRECOGNISED
        ? PRIORITY.bareCode - 1
        : kind === 'denial'
          ? PRIORITY.bareCode
          : PRIORITY.bareCode + 1,
    denial: d
  }
  c.settle = () => {
    // The match is the code: a code printed before it belongs to another error (two failures on
    // one line), so the span only grows forwards.
    const span = locate(text, start, end, 0, d, ctx)
    c.end = Math.max(end, span.end)
    // The IAM sentence's subject after the code, where the paste stops before `is not authorized`
    // (an ECS stopped reason cut with `...`, doctorray117/minecraft-ondemand#12): its caller.
    if (kind === 'denial') d.principal ??= cutSubject(text.slice(end, end + 600))
    // The CLI's sentence cut right after its call's name (`(AccessDenied) when calling the
    // PutObject` ending the paste, studioml/studio#249): the name is still the call.
    d.operation ??= CUT_CALL.exec(text.slice(end, end + 120))?.[1] ?? null
    // KMS's own code under the code a relaying service gave the refusal just before it (SNS's
    // delivery log: `"ErrorCode":"KMS.AccessDeniedException","ErrorMessage":"null (Service: AWSKMS;
    // … Error Code: AccessDeniedException`, aws/aws-cdk#19796): the relaying call's code names both.
    if (text.slice(Math.max(0, start - 300), start).includes(`"KMS.${code}"`))
      d.code = `KMS.${code}`
  }
  return c
}

/**
 * `) when calling the NAME` ending its line, right after the code (the CLI's, cut), unless the next
 * line carries on with `operation:` (a wrap, whose message the echo merge joins: echoes.ts).
 */
const CUT_CALL =
  /^\)? when calling the ([A-Z][A-Za-z0-9]{2,80})[ \t]*(?:\r?\n(?![ \t>|│*#-]*operation\b)|$)/

/**
 * `: User: ARN` right after the code (the CLI's ` when calling the X operation` between), the
 * sentence ending there (the line's end, an ellipsis, a cut mid-word): a sentence that goes on is
 * the IAM grammar's. The ARN is kept as printed, masks and `...` too.
 */
const CUT_SUBJECT =
  /^(?:[ \t]when calling the \w{1,80} operation)?:?[ \t]{0,3}User:[ \t]{1,3}(arn:[\w-]+:(?:sts|iam)::[^\s"'`,;]{1,600}?)(?:(?<!\.)\.(?!\.))?(?:[ \t]+(is[a-z ]{0,26}))?[ \t]*(?:\n|$)/

/** The sentence a report cut mid-word keeps: `User: ARN is not authorized to per` (u26-006). */
const SENTENCE = 'is not authorized to perform'

/** CUT_SUBJECT's ARN, when what follows it is nothing or the start of SENTENCE. */
function cutSubject(after: string): string | null {
  const m = CUT_SUBJECT.exec(after)
  if (!m) return null
  return m[2] === undefined || SENTENCE.startsWith(m[2]) ? m[1]! : null
}

export const bareCode: Grammar = {
  id: 'bare-code',
  rule: BARE_CODE_RULE,
  variants: [{ id: UNRECOGNISED, rule: UNRECOGNISED_RULE }],
  literals: STRONG_SLOTS.flatMap((slot) => slot.needs),
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    for (const { re, needs, service } of STRONG_SLOTS) {
      if (!mayMatch(needs, ctx.literals)) continue
      re.lastIndex = 0
      for (let m; (m = re.exec(text));) {
        const code = codeAsPrinted(m[1]!)
        const end = m.index + m[0].length
        const kind =
          (AUTHENTICATION_MESSAGE.test(text.slice(end, end + 80)) ? 'credentials' : null) ??
          kindOf(code) ??
          (REFUSAL_BY_MESSAGE[code]?.test(text.slice(end, end + 300)) ? 'denial' : null)
        let c: Candidate | null = null
        if (kind) c = candidate(text, m.index, end, code, kind, ctx)
        else if (
          looksLikeRefusal(code) &&
          !NOT_AN_AUTHZ_MESSAGE.test(text.slice(m.index, m.index + 400))
        ) {
          c = candidate(text, m.index, end, code, 'denial', ctx, UNRECOGNISED)
        }
        if (
          !c ||
          foreignMessage(code, text, end) ||
          frameworkBody(code, text, m.index) ||
          foreignBefore(text, text.indexOf(m[1]!, m.index))
        )
          continue
        if (service) c.denial.service = service
        out.push(c)
      }
    }
    for (const slot of prefixSlots(text)) {
      const rest = text.slice(slot.end, slot.end + 120)
      const kind =
        kindOf(slot.code) ?? (REFUSAL_BY_MESSAGE[slot.code]?.test(rest) ? 'denial' : null)
      if (!kind || foreignMessage(slot.code, text, slot.end) || foreignBefore(text, slot.start))
        continue
      const unambiguous = kind !== 'denial' && slot.code !== 'AuthFailure'
      const relayed = RELAYED_BY.test(text.slice(Math.max(0, slot.start - 24), slot.start))
      if (
        unambiguous ||
        relayed ||
        AWS_MESSAGE.test(rest) ||
        AWS_MESSAGE.test(rest.replace(WRAP_BREAK, ' ')) ||
        STATUS_NEXT.test(rest) ||
        SDK_UNKNOWN_BELOW.test(rest) ||
        deserializedBelow(slot.code, rest) ||
        (!S3_SHAPED.has(slot.code) && STATUS_BELOW.test(text.slice(slot.end, slot.end + 700)))
      ) {
        out.push(candidate(text, slot.start, slot.end, slot.code, kind, ctx))
      }
    }
    // A tool that prints only the code after its own prefix, ending the line:
    // `dynamodb-kv: callback_readmetadata: AccessDeniedException`; the Go SDK v1's chain with no
    // provider left (`Error creating AWS session: NoCredentialProviders`, Terraform 0.x).
    LINE_END_CODE.lastIndex = 0
    for (let m; (m = LINE_END_CODE.exec(text));) {
      const kind = kindOf(m[1]!)
      if (!kind || (kind !== 'denial' && m[1] !== 'NoCredentialProviders')) continue
      const start = m.index + m[0].indexOf(m[1]!)
      out.push(candidate(text, start, start + m[1]!.length, m[1]!, kind, ctx))
    }
    return out
  }
}

const LINE_END_CODE =
  /:[ \t]+([A-Z][A-Za-z]*(?:Exception|Denied|Operation)|NoCredentialProviders)[ \t]*$/gm
