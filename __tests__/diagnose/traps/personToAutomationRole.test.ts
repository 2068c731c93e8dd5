// A person's Identity Center session assuming a role named for automation: whether a person should
// at all comes first (heldout17 reviews, h17-004).
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'person-to-automation-role'

describe(TRAP, () => {
  it('h17-004 (ministryofjustice/analytical-platform#5658): a data engineer’s session and GlobalGitHubActionAdmin', () => {
    const { findings } = analysed(corpusText('heldout17.jsonl', 'h17-004'))
    const f = findings.find((x) => x.action === 'sts:AssumeRole')!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^A person's IAM Identity Center session is assuming `GlobalGitHubActionAdmin`, a role named for automation/
    )
    expect(f.explanation).toContain('privilege escalation')
  })

  it.each([
    // A CI session assuming a deploy role: no person involved.
    'User: arn:aws:sts::111122223333:assumed-role/github-oidc/gh-run is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy-admin',
    // A person assuming a role meant for people.
    'User: arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Developers_0123456789abcdef/ana@example.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/ReadOnlyAnalyst'
  ])('counter-case: %s', (text) => {
    const { findings } = analysed(text)
    expect(findings[0]!.traps).not.toContain(TRAP)
  })
})
