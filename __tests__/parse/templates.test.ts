// Templates of an error (issue 10, heldout4): a section headed by a placeholder operation that
// describes the message without a value of its own gives no finding; real errors quoted under
// such a heading, and a placeholder operation outside a heading, still do.
import { isTemplate } from '../../src/parse/templates.js'
import { emptyDenial } from '../../src/model/Denial.js'
import { parseText } from './parseText.js'

describe('templates', () => {
  it('github-file:find_string#53902745374 (h4-190): a cheat sheet with `X` and <long blob>', () => {
    const text = [
      '### `An error occurred (UnauthorizedOperation) when calling the X operation`',
      '',
      'EC2-flavored "you can\'t do that." The IAM policy attached to your principal does not allow the action. Check the policy. Often appears as `UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: <long blob>`. Decode the blob with:'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('keeps real errors an explainer quotes under a placeholder heading', () => {
    const text = [
      '# An error occurred (AccessDenied) when calling the XXX operation',
      '',
      '> An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/myuser is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::987654321098:role/MyRole'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['sts:AssumeRole'])
  })

  it('prowler-cloud/prowler#243 (real-a a046): a placeholder operation outside a heading stays', () => {
    // The user describes the errors a run gave them, values replaced by names.
    const text = [
      "So I dug through the code and looked for random CLI commands and picked a few to spot check.  Some work, most don't.  The error looks like:",
      '"An error occurred (AccessDenied) when calling the <name> operation:  User:  arn:aws:sts::<accountnumber>:assumed-role/<rolename>/**botocore-session-<number>** is not authorized to perform: <policyname> on resource: <resourcename>"'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('reads the heading of the section, not an earlier one', () => {
    const d = emptyDenial('denial', 'bare-code')
    const text = '## when calling the X operation\n\n## Deploy\nAccessDenied'
    expect(isTemplate(text, text.indexOf('AccessDenied'), d)).toBe(false)
    const under = '## when calling the X operation\ntext\nAccessDenied'
    expect(isTemplate(under, under.indexOf('AccessDenied'), d)).toBe(true)
    expect(
      isTemplate(under, under.indexOf('AccessDenied'), {
        ...d,
        principal: 'arn:aws:iam::123456789012:user/u'
      })
    ).toBe(false)
  })
})
