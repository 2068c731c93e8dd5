// A bracketed word in an ARN field (GitLab's `[MASKED]`, a writer's `[ACCOUNT]`) is a mask: no ARN
// field or IAM name holds a bracket. heldout11 review h11-005: `repository/[MASKED]` stayed in the
// Resource while the note asked only for <ACCOUNT_ID>.
import { hasMask, newPlaceholders, unmaskArn } from '../../src/remedy/placeholders.js'
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

/** The `Replace <X> …` tokens of the notes, in order. */
const asked = (notes: string): string[] =>
  [...notes.matchAll(/Replace (<[A-Z_]+>)/g)].map((m) => m[1]!)

describe('bracketed masks', () => {
  it('h11-005 (GoogleContainerTools/kaniko#1455, GitLab CI): the repository becomes a named placeholder', () => {
    const { statements, notes } = analysedOne(corpusText('heldout11.jsonl', 'h11-005'))
    const resources = statements.map((s) => s.Resource)
    expect(resources).toEqual(['arn:aws:ecr:us-east-1:<ACCOUNT_ID>:repository/<REPOSITORY_NAME>'])
    expect(asked(notes).sort()).toEqual(['<ACCOUNT_ID>', '<REPOSITORY_NAME>'])
    expect(notes).toContain(
      'Replace <REPOSITORY_NAME> with the repository name (the log masked it)'
    )
  })

  it('h10-105 (aws/aws-cdk#9912): a role named with `[HASH]`/`[ACCOUNT]` is never pasted as a name', () => {
    expect(hasMask('cdk-[HASH]-deploy-role-[ACCOUNT]-[REGION]')).toBe(true)
    const { statements } = analysed(corpusText('heldout10.jsonl', 'h10-105'))
    expect(statements.length).toBeGreaterThan(0)
    expect(JSON.stringify(statements)).not.toMatch(/\[[A-Za-z]/)
  })

  it.each([
    ['arn:aws:s3:::[MASKED]/reports/*', 'arn:aws:s3:::<BUCKET_NAME>/reports/*'],
    ['arn:aws:iam::123456789012:role/[REDACTED]', 'arn:aws:iam::123456789012:role/<ROLE_NAME>'],
    [
      'arn:aws:lambda:eu-west-1:[MASKED]:function:[hidden]',
      'arn:aws:lambda:eu-west-1:<ACCOUNT_ID>:function:<FUNCTION_NAME>'
    ]
  ])('%s → %s', (printed, expected) => {
    expect(unmaskArn(newPlaceholders(), printed)).toBe(expected)
  })

  it.each([
    // counter-cases: a bracket outside a word, or no bracket at all, is no mask
    'deploy-role',
    'cdk-hnb659fds-deploy-role-123456789012-us-east-1',
    'role[0]',
    'a[]b'
  ])('%s is not masked', (name) => {
    expect(hasMask(name)).toBe(false)
  })
})
