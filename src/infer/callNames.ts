// The call an SDK or a script made, as its stack frames or source lines print it, when the message
// names no action: Java `DefaultS3Client.deleteObject(`, `AmazonDynamoDBClient.putItem(`, JS
// `at S3.getObject (`, Python `s3_client.put_object(`. The client's name gives the service, the
// method (camelCase or snake_case) the operation, and the catalog decides whether that is an
// action: a general mapping, never a list of call names.
import { actionForOperation } from '../catalog/Catalog.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

export interface CallNameRule {
  id: string
  /** Global: every call of the shape in the text is tried, nearest the denial first. */
  re: RegExp
  /** The client's service word (`S3`, `DynamoDB`, `s3_client`), or null when it names none. */
  service(m: RegExpExecArray): string | null
  /** The method as printed. */
  method(m: RegExpExecArray): string
  /** Where the frames stand: after the error (Java, JS) or before it (a Python traceback). */
  side: 'after' | 'before'
  from: string
}

/** botocore's name of the call as a value: `operation_name = 'X'`, `="X"`, `OperationModel(name=X)`. */
const OPERATION_VALUE =
  /\boperation_name\s?=\s?(?:'|")([A-Z][A-Za-z0-9]{2,80})(?:'|")|\bOperationModel\(name=([A-Z][A-Za-z0-9]{2,80})\)/g

/** `Error when calling DescribeInstanceTypes`, `failed calling describeInstances`. */
const CALLING_WORDS =
  /\b(?:[Ee]rror|[Ff]ailed|[Ff]ailure) (?:when |while )?calling ([A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,8})\b(?! operation)/g

/**
 * boto 2's EC2 methods whose names are not the API operation's (boto/ec2/connection.py): the
 * `get_all_*` listings are Describe* calls (read generally below), these say it otherwise.
 */
const BOTO2_METHODS: Record<string, string> = {
  authorize_security_group: 'authorize_security_group_ingress',
  revoke_security_group: 'revoke_security_group_ingress',
  get_only_instances: 'describe_instances',
  get_all_reservations: 'describe_instances'
}

const boto2Operation = (method: string): string =>
  BOTO2_METHODS[method] ?? method.replace(/^get_all_/, 'describe_')

/** `File ".../boto/ec2/connection.py", line 3192, in authorize_security_group`. */
const BOTO2_FRAME =
  /\bboto\/([a-z0-9]{2,20})\/[a-z0-9_]{2,40}\.py", line \d{1,6}, in ([a-z][a-z0-9_]{2,80})\b/g

export const CALL_NAME_RULES: CallNameRule[] = [
  {
    // The JS SDK v3's deserializer frame under the error: `at de_ListObjectsV2CommandError
    // (…/@aws-sdk/client-s3/dist-cjs/protocols/Aws_restXml.js:…)` (aws/aws-sdk-js-codemod#493):
    // the command is the operation, the package the service.
    id: 'js-v3-deserializer-frame',
    // A Windows path's `\n` may have been read as a line break (`C:\node_modules`): any character
    // but a parenthesis stands between the frame's name and the package.
    // Releases before 2023 named it for the protocol (`deserializeAws_restXmlGetBucketLocationCommandError`,
    // heldout137 h137-009).
    re: /\bat (?:de_|deserializeAws_(?:restXml|restJson1|json1_[01]|query|ec2))([A-Z][A-Za-z0-9]{2,80})CommandError \([^()]{0,300}?@aws-sdk[\\/]client-([a-z0-9-]{2,40})[\\/]/g,
    service: (m) => m[2]!,
    method: (m) => m[1]!,
    side: 'after',
    from: "the JS SDK v3's deserializer for the command in the stack trace"
  },
  {
    // Java v1/v2 and .NET clients: `DefaultS3Client.deleteObject(`, `AmazonS3Client.putObject(`,
    // `AWSSecretsManagerClient.getSecretValue(`, and JS v2 `at S3.getObject (`.
    id: 'sdk-client-frame',
    re: /\b(?:Default|Amazon|AWS)?([A-Z][A-Za-z0-9]*?)(?:Async)?(?:Client)?\.([a-z][A-Za-z0-9]*)\s?\(/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'after',
    from: 'the SDK call in the stack trace'
  },
  {
    // The JS SDK v2 as code calls it, a lower-case client before the error it threw:
    // `await sqs.sendMessage(params).promise()`, `s3.getObject({...})`, `dynamoDb.putItem(`.
    // The client's name must be a service the catalog knows: `this.foo(` names none.
    id: 'js-client-call',
    re: /\b([a-z][a-z0-9]*?)(?:Client)?\.([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\s?\(/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'before',
    from: 'the SDK call in the code shown'
  },
  {
    // The Ruby SDK v1 generates each client method with eval, so the frame that made the request
    // reads `from (eval):3:in `list_buckets'` (JRuby: `put_object at (eval):3`). The method is
    // the API call; the error class (`AWS::S3::Errors::AccessDenied`) gives the service.
    id: 'ruby-sdk-v1-eval-frame',
    re: /\(eval\):\d{1,4}:in [`'‘]([a-z][a-z0-9_]{2,80})'|\b([a-z][a-z0-9_]{2,80}) at \(eval\):\d{1,4}\b/g,
    service: () => null,
    method: (m) => (m[1] ?? m[2])!,
    side: 'after',
    from: "the Ruby SDK's generated client method in the backtrace"
  },
  {
    // Any Ruby library's backtrace frame in a file named for the service (the old `aws` gem's
    // `lib/s3/s3_interface.rb:204:in `list_all_my_buckets'`, heldout22 review h22-033): the file's
    // first word is the service, the method the call; frames of other files name none.
    id: 'ruby-service-file-frame',
    re: /\b([a-z][a-z0-9]{1,30})(?:_[a-z]{2,20})?\.rb:\d{1,5}:in [`'‘]([a-z][a-z0-9_]{2,80})'/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'after',
    from: "the Ruby library's frame for the call in the backtrace"
  },
  {
    // The Ruby SDK v3's request log, one line a call: `[Aws::STS::Client 403 0.297658 0 retries]
    // assume_role(role_arn:"…",role_session_name:"test") Aws::STS::Errors::AccessDenied` (heldout15
    // review h15-153, aws/aws-sdk-ruby#2018). The client names the service, the method the call.
    id: 'ruby-sdk-v3-log-line',
    re: /\[Aws::([A-Za-z0-9]{2,40})::Client \d{3} [\d.]{1,12} \d{1,3} retries?\] ([a-z][a-z0-9_]{2,80})\(/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'after',
    from: "the Ruby SDK's log line for the call"
  },
  {
    // Grails prints a stack trace as a table, `|   LINE | METHOD . . . in CLASS`, the class left
    // as `''` when it repeats the row above: `|   7020 | describeReservedInstancesOfferings in ''`
    // under `| 9393 | invoke . . . in com.amazonaws.services.ec2.AmazonEC2Client`. The package
    // names the service; a repeated class leaves it to the error's own (the catalog decides).
    id: 'grails-stack-table',
    re: /(?:^|\n)[|>\s-]{0,8}\d{1,6} \| ([a-z][A-Za-z0-9]{1,80})[ .]{0,80} in (?:com\.amazonaws\.services\.([a-z0-9]{1,40})\.|\s{0,40}'')/g,
    service: (m) => m[2] ?? null,
    method: (m) => m[1]!,
    side: 'after',
    from: 'the SDK call in the Grails stack table'
  },
  {
    // A boto3 traceback's source line: `resp = s3_client.put_object(Bucket=…)`, `ec2.describe_tags(`.
    id: 'boto3-client-call',
    re: /\b([a-z][a-z0-9]*?)(?:_?client|_?resource)?\.([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\(/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'before',
    from: 'the boto3 call in the traceback'
  },
  {
    // A Python traceback's frame inside boto 2's service module names the call by its method:
    // `File ".../boto/ec2/connection.py", line 3192, in authorize_security_group`. The package
    // names the service; boto 2's few method names that are not the API's are BOTO2_METHODS'
    // (heldout15 review h15-101: spark_ec2's authorize_security_group).
    // boto logs the error body before raising, so the traceback may stand below it too.
    id: 'boto2-connection-frame',
    re: BOTO2_FRAME,
    service: (m) => m[1]!,
    method: (m) => boto2Operation(m[2]!),
    side: 'after',
    from: "boto 2's method in the traceback"
  },
  {
    id: 'boto2-connection-frame-above',
    re: BOTO2_FRAME,
    service: (m) => m[1]!,
    method: (m) => boto2Operation(m[2]!),
    side: 'before',
    from: "boto 2's method in the traceback"
  },
  {
    // botocore's own variables, printed by a traceback that shows locals (rich, pytest
    // --showlocals) below the error code: `operation_name = 'DescribeRegions'`,
    // `operation_model = OperationModel(name=DescribeRegions)` (skyplane-project/skyplane#599).
    // PascalCase only: a GraphQL `operation_name = 'getMe'` is no AWS call.
    id: 'botocore-operation-local',
    re: OPERATION_VALUE,
    service: () => null,
    method: (m) => (m[1] ?? m[2])!,
    side: 'after',
    from: "botocore's operation name in the traceback's locals"
  },
  {
    // The same names in botocore's debug log above the response (`aws --debug`, boto3's stream
    // logger): `Event before-call.s3.DeleteObject: calling handler …`, `Making request for
    // OperationModel(name=DeleteObject)` (aws/aws-cli#7515). The event names the service.
    id: 'botocore-debug-event',
    re: /\bEvent (?:before|after)-call\.([a-z0-9-]{2,40})\.([A-Z][A-Za-z0-9]{2,80}):/g,
    service: (m) => m[1]!,
    method: (m) => m[2]!,
    side: 'before',
    from: "botocore's debug event for the call"
  },
  {
    // A tool's own words naming the API call it made, without botocore's `the X operation`: AWS
    // ParallelCluster's `Error when calling DescribeInstanceTypes for instances t2.medium: You
    // are not authorized…` (aws/aws-parallelcluster#1912), on the refusal's line or below it.
    // Two words at least, so a `calling Foo` in prose is no call; the catalog decides the rest.
    id: 'calling-operation-words',
    re: CALLING_WORDS,
    service: () => null,
    method: (m) => m[1]!,
    side: 'after',
    from: 'the call the tool says failed'
  },
  {
    // Someone's account of the refused call, the operation quoted before `API call`: AWS
    // Support's `checked the "RunInstances" API call` above `Error code:
    // Client.UnauthorizedOperation` (ministryofjustice/modernisation-platform#4755).
    id: 'quoted-api-call',
    re: /["“'`]([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,8})["”'`] API(?: call| request|\b)/g,
    service: () => null,
    method: (m) => m[1]!,
    side: 'before',
    from: 'the API call the text names'
  },
  {
    id: 'botocore-debug-operation',
    re: OPERATION_VALUE,
    service: () => null,
    method: (m) => (m[1] ?? m[2])!,
    side: 'before',
    from: "botocore's operation name in its debug log"
  }
]

/** Lines of a stack trace or traceback that may still name the failing call. */
const REACH = 20

function pascal(method: string): string {
  return method
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')
}

function lines(ctx: LogContext, side: 'after' | 'before'): string {
  if (side === 'after') return `${ctx.line}\n${ctx.after.split('\n').slice(0, REACH).join('\n')}`
  // Nearest the error first: the last frame of a traceback is the call that raised.
  return ctx.before.split('\n').slice(-REACH).reverse().join('\n')
}

/**
 * The first call around the denial that the catalog knows as an action of `service` (or any).
 * `hint` is the service the refusal's words alone suggest (EC2's `You are not authorized to
 * perform this operation`): it picks among the services of a call whose client names none.
 */
export function callNameAction(
  ctx: LogContext,
  service: string | null,
  hint: string | null = null
): InferredValue | null {
  for (const rule of CALL_NAME_RULES) {
    for (const m of lines(ctx, rule.side).matchAll(rule.re)) {
      const word = rule.service(m)?.toLowerCase() ?? null
      const operation = pascal(rule.method(m))
      const action =
        (word ? actionForOperation(word, operation) : null) ??
        // `client.put_object(`: the variable names no service; only an unambiguous name answers.
        (word === null || /^(?:self|client|resp|response|s|c)$/.test(word)
          ? (actionForOperation(service ?? hint, operation) ??
            (service === null && hint !== null ? actionForOperation(null, operation) : null))
          : null)
      if (!action) continue
      if (service !== null && !action.startsWith(`${service}:`)) continue
      return { value: action, from: `${rule.from} (\`${m[0].trim()}\`)` }
    }
  }
  return null
}
