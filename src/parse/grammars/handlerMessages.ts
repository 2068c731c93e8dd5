// CloudFormation resource handlers relaying a refusal with less than the usual message: a stack
// event as the console or a Serverless/Amplify CLI prints it, often copied and cut by a reporter.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'
import { serviceOfLabel } from '../serviceHints.js'

/** The CLI's or botocore's message head right before the relayed sentence (same line or the one above). */
const OUTER_CALL =
  /An error occurred \((\w+)\) when calling the (\w+) operation:?[ \t]*\r?\n?[ \t]*$/
const OUTER_REACH = 300

/**
 * The outer answer's own error type, from its response headers dumped in the same record (Julia's
 * HTTP.jl printing the response, samoconnor/AWSLambda.jl#20: `x-amzn-ErrorType:
 * AccessDeniedException` between two copies of the message): that call's code, not S3's.
 */
const ERROR_TYPE_HEADER = /\bx-amzn-ErrorType:[ \t]*([A-Za-z]\w{2,80})\b/i

/** The SDK suffix Lambda's own answer carries: `(Service: Lambda, …` / `(Service: AWSLambdaInternal; …`. */
const LAMBDA_LABEL = /^\s*\(Service: (?:AWS)?Lambda/

export const handlerRules: PhraseRule[] = [
  {
    // The Java SDK v2 (which handlers run on) gives a 403 without a body the message `null`:
    // `Resource handler returned message: "null (Service: Lambda, Status Code: 403, …)"` (Amplify
    // CLI, aws-amplify/amplify-cli#10857). The label names the service; the status is no code.
    id: 'sdk-null-403',
    rule: 'WD792',
    needs: ['Status Code: 403'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bnull\s{0,40}\(Service: [^,;)\n]+[,;]\s*Status Code: 403\b/g
  },
  {
    // A failed stack event whose reason keeps only the SDK's label and a 403, however the tool or
    // reporter laid the columns out (`CREATE_FAILED | AWS::S3::BucketPolicy | (Service: S3, Status
    // Code: 403)`, `CREATE_FAILED - Access Denied (Service: s3, status code: 403)`). The label names
    // the service; the status is no code. Below every message reading (credentials included), so a
    // message on the line that says more wins.
    id: 'stack-event-sdk-403',
    rule: 'WD824',
    needs: ['_FAILED'],
    kind: 'denial',
    priority: PRIORITY.bareCode + 2,
    re: /\b[A-Z]+_FAILED\b[^\n]{0,300}?\(Service: [^,;)\n]+[,;]\s*[Ss]tatus [Cc]ode: 403\b/g
  },
  {
    // A registry resource's handler refused one of its calls and said only which type it was
    // handling (`Resource handler returned message: "Access denied for operation
    // 'AWS::QuickSight::Dashboard'."`, heldout27 h27-005): the type's namespace is the service.
    id: 'handler-type-denied',
    rule: 'WD810',
    needs: ["Access denied for operation 'AWS::"],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bAccess denied for operation '(AWS::(\w{2,40})::\w{2,60})'\.?/g,
    facts: (m, d) => {
      d.detail.cfnType = m[1]!
      d.service = serviceOfLabel(m[2]!) ?? m[2]!.toLowerCase()
    }
  },
  {
    // A handler's `Access Denied` whose event a reporter cut after the message's first words
    // (serverless/examples#758: `Resource handler returned message: "Access Denied` / end).
    id: 'handler-access-denied-cut',
    rule: 'WD793',
    needs: ['Resource handler returned message: '],
    kind: 'denial',
    priority: PRIORITY.message - 2,
    re: /Resource handler returned message: "(?:Access Denied|Forbidden)\b/g
  },
  {
    // Lambda acting with the caller's credentials in another service relays that service's refusal
    // (`Your access has been denied by EC2, please make sure your request credentials have
    // permission to DescribeSecurityGroups for sg-1. EC2 Error Code: UnauthorizedOperation. EC2
    // Error Message: You are not authorized to perform this operation.`). The refused call is
    // Lambda's: its code (`An error occurred (AccessDeniedException) when calling the
    // UpdateFunctionConfiguration operation:` just before) is the finding's; the inner service's
    // code and message belong to this one refusal, not to a second one (src/infer/delegatedDenial.ts
    // names the inner action).
    id: 'lambda-relayed-denial',
    rule: 'WD805',
    needs: ['Your access has been denied by '],
    kind: 'denial',
    priority: PRIORITY.message + 2,
    re: /\bYour access has been denied by (\w+), please make sure your request credentials have permission to (\w+) for (\S+?)\.?\s+\1 Error Code: (\w+)\.(?:[ \t]*\1 Error Message: [^\n"(]*[^\s"(])?/g,
    facts: (m, d) => {
      d.detail.relayedCode = m[4]!
      const outer = OUTER_CALL.exec(m.input.slice(Math.max(0, m.index - OUTER_REACH), m.index))
      const end = m.index + m[0].length
      // Lambda is the service only where the log names it (its call before, its SDK label after);
      // a stack event with neither (iann0036/amazon-connect-cfn#4) shows only the inner service's
      // answer (`S3 Error Code: AccessDenied`).
      d.service =
        outer || LAMBDA_LABEL.test(m.input.slice(end, end + 80)) ? 'lambda' : m[1]!.toLowerCase()
      if (outer) {
        d.code = outer[1]!
        d.operation = outer[2]!
        return
      }
      // The outer response shown without its service's name: its code; the service is not S3's.
      const header = ERROR_TYPE_HEADER.exec(m.input)
      if (header) {
        d.code = header[1]!
        if (d.service !== 'lambda') d.service = null
      }
    }
  }
]
