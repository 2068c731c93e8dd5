// CodePipeline checking, when a pipeline is created or updated, that its role may assume each
// action's role: `<pipeline role> is not authorized to perform AssumeRole on [action ]role <action
// role> (Service: AWSCodePipeline; … Error Code: InvalidStructureException)`. Not the IAM sentence
// (no colon, no service prefix, `on role`), and a refusal all the same: the pipeline role's policy
// or the action role's trust policy (src/diagnose/traps/codePipelineActionRole.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'
import { VALUE_TOKEN, trimValue } from '../tokens.js'

const ROLE = String.raw`(${VALUE_TOKEN})`

export const pipelineRoleRules: PhraseRule[] = [
  {
    id: 'codepipeline-assume-role',
    rule: 'WD795',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['to perform AssumeRole on '],
    re: new RegExp(
      String.raw`${ROLE}[ \t]+is not authorized to perform AssumeRole on (?:action )?role[ \t]+${ROLE}`,
      'g'
    ),
    facts: (m, d) => {
      // A quote a reporter opened before the message is not part of the role.
      const caller = trimValue(m[1]!.replace(/^.*["'`“‘]/, '')) || null
      d.resource = trimValue(m[2]!) || null
      d.action = 'sts:AssumeRole'
      d.service = 'sts'
      // `CodePipeline is not authorized to perform AssumeRole on role …`: the service itself could
      // not assume the pipeline's own role (hashicorp/terraform#19264), whose trust must name
      // codepipeline.amazonaws.com; a role ARN there is the pipeline role assuming an action's.
      if (caller && /^CodePipeline$/i.test(caller)) {
        d.principal = 'codepipeline.amazonaws.com'
        d.layer = 'trust'
      } else {
        d.principal = caller
        d.detail.cause = 'codepipeline-action-role'
      }
    }
  }
]
