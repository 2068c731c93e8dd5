// Cross-account ECR drafts that work (heldout16 review h16-048, h16-049): two accounts masked
// after different digits are two accounts; an AdministratorAccess Identity Center caller needs no
// grant of its own; a listing of every repository has no one policy to change.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

describe('cross-account ECR', () => {
  it('h16-048: the repository policy alone, for an AdministratorAccess Identity Center caller', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-048'))
    expect(f.crossAccount).toBe(true)
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Principal).toBeDefined()
    expect(notes).toContain('allows every action, this one included: its side needs no change')
    // Two masked accounts, two placeholders (second review): the registry is not the caller's.
    expect(JSON.stringify(statements)).toContain('arn:aws:iam::<CALLER_ACCOUNT_ID>:root')
  })

  it("h16-048: the CLI's registry is the resource's account placeholder, not the caller's", () => {
    const text = corpusText('heldout16.jsonl', 'h16-048')
    const remedies = buildRemedies(analyzeText(text, 'ci.log').findings)
    expect(remedies[0]!.renderings.cli).toContain("--registry-id '<RESOURCE_ACCOUNT_ID>'")
  })

  it('h16-049: `repository/*` of another registry gets no repository policy, and no existence check', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-049'))
    expect(f.traps).not.toContain('ecr-repository-may-not-exist')
    expect(statements).toEqual([])
    expect(notes).toMatch(/a repository policy holds one repository only/)
    expect(notes).not.toContain('--repository-names *')
  })

  it('own: a named repository of another registry keeps both sides', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the DescribeImages operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ecr:DescribeImages on resource: arn:aws:ecr:us-east-1:444455556666:repository/app because no resource-based policy allows the ecr:DescribeImages action'
    )
    expect(statements.map((s) => (s.Principal ? 'resource' : 'identity'))).toEqual([
      'resource',
      'identity'
    ])
  })
})
