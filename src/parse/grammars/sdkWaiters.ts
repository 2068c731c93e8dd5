// Waiters of the JavaScript SDK v2 that gave up on an error: when the polled call answers with an
// error no acceptor expects, the waiter fails with that answer's code and its own message
// `Resource is not in the state <waiter>`. With a refusal code, the refusal is the polled call's.
import { PRIORITY } from '../Candidate.js'
import { classifyCode } from '../codes.js'
import type { PhraseRule } from '../phraseRule.js'

/** Lambda's waiters and the call each one polls (the SDK's waiter definitions). */
const LAMBDA_WAITERS: Record<string, string> = {
  functionExists: 'GetFunction',
  functionActive: 'GetFunctionConfiguration',
  functionUpdated: 'GetFunctionConfiguration',
  functionActiveV2: 'GetFunction',
  functionUpdatedV2: 'GetFunction',
  publishedVersionActive: 'GetFunctionConfiguration'
}

export const sdkWaiterRules: PhraseRule[] = [
  {
    // `AccessDeniedException: Resource is not in the state functionUpdated` (aws/aws-toolkit-azure-
    // devops#445; a CDK custom resource in aws-samples/one-observability-demo#223, #238, where the
    // reporter wrapped the line after the code). `ResourceNotReady` is the waiter's own timeout and
    // a not-found code is no refusal: only a refusal code makes this a denial.
    id: 'sdk-waiter-refused',
    rule: 'WD807',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Resource is not in the state '],
    re: /\b([A-Z][\w.]{2,80}):[ \t]*(?:\r?\n[ \t]*)?Resource is not in the state (\w+)/g,
    accept: (m) => classifyCode(m[1]!) === 'authz',
    facts: (m, d) => {
      d.code = m[1]!
      d.detail.waiter = m[2]!
      const polled = LAMBDA_WAITERS[m[2]!]
      if (polled) {
        d.service = 'lambda'
        d.operation = polled
      }
    }
  }
]
