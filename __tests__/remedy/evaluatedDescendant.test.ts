// Issue 17 (heldout7 review, h7-072/073, wrong): when an AWS authorization message prints an ARN
// of a deeper resource type than the catalog lists for the action, IAM matched that string: the
// statement names it beside the catalog's type, or the pasted fix would not clear the refusal.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

const resourcesOf = (text: string, action: string): string[] => {
  const s = analysed(text).statements.find((x) => [x.Action].flat().includes(action))
  if (!s) throw new Error(`no statement for ${action}`)
  return [s.Resource].flat() as string[]
}

describe('a printed ARN deeper than the catalog type', () => {
  it('Amplify ListJobs on a branch’s jobs (h7-072, aws-amplify/amplify-cli): both ARNs', () => {
    const resources = resourcesOf(corpusText('heldout7.jsonl', 'h7-072'), 'amplify:ListJobs')
    expect(resources).toEqual([
      'arn:aws:amplify:us-east-2:774999615831:apps/d1u96gye6vvuo9/branches/dev',
      'arn:aws:amplify:us-east-2:774999615831:apps/d1u96gye6vvuo9/branches/dev/jobs/*'
    ])
    expect(analysed(corpusText('heldout7.jsonl', 'h7-072')).notes.join('\n')).toMatch(
      /AWS evaluated the call against the jobs ARN/
    )
  })

  it('counter-case (own): an ARN of the listed type stays alone', () => {
    const text =
      'User: arn:aws:sts::123456789012:assumed-role/ci/s is not authorized to perform: amplify:ListJobs on resource: arn:aws:amplify:us-east-1:123456789012:apps/abc/branches/main'
    expect(resourcesOf(text, 'amplify:ListJobs')).toEqual([
      'arn:aws:amplify:us-east-1:123456789012:apps/abc/branches/main'
    ])
  })
})
