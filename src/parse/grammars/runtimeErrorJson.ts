// A Lambda function's error as its runtime reports it: a JSON object whose `errorType` is the
// exception the handler let through and whose `errorMessage` is its message. When the exception is
// an AWS SDK's refusal, S3's bare `Access Denied` is all the message holds: the .NET runtime names
// the SDK's class (`"errorType": "AmazonS3Exception"`, often as the `cause` of an
// `AggregateException`), the Node.js runtime the JS SDK's code (`"errorType": "AccessDenied"`).
// A message with the IAM sentence in it is the iam-sentence grammar's.
import { PRIORITY } from '../Candidate.js'
import { classifyCode } from '../codes.js'
import type { PhraseRule } from '../phraseRule.js'
import { serviceOfLabel } from '../serviceHints.js'

/** The SDK's refusal as `errorType`: a .NET service exception class, or a refusal code. */
// s3fs (fsspec) turns S3's refusal into Python's `PermissionError` (fsspec/s3fs#218): the Python
// runtime reports it as the errorType.
const SDK_TYPE = String.raw`(?:Amazon\.[\w.]{1,80}\.)?Amazon(\w{2,40})Exception|AccessDenied(?:Exception)?|PermissionError`

/** S3's message for a refusal, all the runtime's `errorMessage` holds. */
const DENIED_MESSAGE = String.raw`Access Denied\.?`

/**
 * One field to the next: a comma and a line break, with what a paste puts at a line's start (a
 * list mark: the pastebin copy of heldout15 h15-109 shows each line as `- …`).
 */
const NEXT_FIELD = String.raw`"\s{0,40},\s{0,40}(?:-[ \t]{1,4})?"`

export const runtimeErrorJsonRules: PhraseRule[] = [
  {
    id: 'lambda-error-json-denied',
    rule: 'WD856',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['"errorType"'],
    re: new RegExp(
      String.raw`"errorType"\s{0,8}:\s{0,8}"(${SDK_TYPE})${NEXT_FIELD}errorMessage"\s{0,8}:\s{0,8}"${DENIED_MESSAGE}"` +
        String.raw`|"errorMessage"\s{0,8}:\s{0,8}"${DENIED_MESSAGE}${NEXT_FIELD}errorType"\s{0,8}:\s{0,8}"(${SDK_TYPE})"`,
      'g'
    ),
    // A string literal in source code that holds such an object (`var body = "{ \"errorType\": …`,
    // unescaped by the scanner) is a test's canned answer, not a run's error. An object that goes
    // on with the SDK error's own fields (`"Code": "AccessDenied"`, the JS SDK v3's dump,
    // aws/aws-sdk-js-v3#2778) is the map-dump grammar's: one refusal, one reading.
    accept: (m) => {
      const lineStart = m.input.lastIndexOf('\n', m.index - 1) + 1
      const end = m.index + m[0].length
      return (
        !/["'`][ \t]*\{[^\n]*$|\b\w+[ \t]*=[ \t]*["'`]/.test(m.input.slice(lineStart, m.index)) &&
        !/^[^{}]{0,300}?"[Cc]ode"\s{0,8}:/.test(m.input.slice(end, end + 400))
      )
    },
    facts: (m, d) => {
      const type = (m[1] ?? m[3])!
      const label = m[2] ?? m[4]
      // The .NET class names the service (`AmazonS3Exception` → S3) and prints no code; the JS
      // SDK's errorType is the wire code itself.
      if (label) d.service = serviceOfLabel(label)
      else if (classifyCode(type) === 'authz') d.code = type
    }
  }
]
