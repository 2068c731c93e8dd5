// CloudFormation resource handlers relaying a refusal with less than the usual message: a stack
// event as the console or a Serverless/Amplify CLI prints it, often copied and cut by a reporter.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

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
    // A handler's `Access Denied` whose event a reporter cut after the message's first words
    // (serverless/examples#758: `Resource handler returned message: "Access Denied` / end).
    id: 'handler-access-denied-cut',
    rule: 'WD793',
    needs: ['Resource handler returned message: '],
    kind: 'denial',
    priority: PRIORITY.message - 2,
    re: /Resource handler returned message: "(?:Access Denied|Forbidden)\b/g
  }
]
