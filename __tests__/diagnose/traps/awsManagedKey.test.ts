// WD5001 (heldout120 review, h120-003): a KMS refusal on an AWS managed key, whose key policy
// nobody can edit: no statement is drafted, the keys the job touches are what changes.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'aws-managed-key'

const SENTENCE =
  'api error AccessDeniedException: User: arn:aws:iam::123456789012:user/test is not authorized to perform: kms:ListResourceTags on resource: arn:aws:kms:us-east-1:123456789012:key/7b4b4b42-5df5-465c-3fd1-64ea534561bc because no resource-based policy allows the kms:ListResourceTags action.'

describe(TRAP, () => {
  it('h120-003 (turbot/steampipe-plugin-aws#1594): `aws/acm` named by the writer, no key-policy statement', () => {
    const f = only(corpusText('heldout120.jsonl', 'h120-003'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.inferred?.signals?.['aws-managed-key']?.value).toBe('aws/acm')
    expect(f.explanation).toMatch(/^The text names the AWS managed key `aws\/acm`/)
    expect(f.fixTarget.description).toContain('skip the AWS managed key')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })

  it('own: `alias/aws/ebs` in the text is an AWS managed key too', () => {
    const f = only(`Encrypting with alias/aws/ebs\n${SENTENCE}`)
    expect(f.traps).toContain(TRAP)
  })

  it('own: a repository path (`aws/aws-cli`) or no alias at all leaves the key policy to change', () => {
    for (const text of [`See aws/aws-cli#1 for the same error:\n${SENTENCE}`, SENTENCE]) {
      const f = only(text)
      expect(f.traps).not.toContain(TRAP)
      expect(buildRemedies([f]).flatMap((r) => r.statements).length).toBeGreaterThan(0)
    }
  })

  it('own: an explicit deny is the deny’s, whatever key it names', () => {
    const text = `Using \`aws/s3\`\n${SENTENCE.replace('because no resource-based policy allows', 'with an explicit deny in a resource-based policy')}`
    expect(only(text).traps).not.toContain(TRAP)
  })
})
