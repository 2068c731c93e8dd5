// A note names only placeholders the reader will meet, and says where (heldout8 review: "Replace
// <CALLER_NAME>" / "Replace <ROLE_NAME>" although the JSON statement held neither, h8-011 … h8-162);
// a masked value is called masked, not absent (h8-013 `xxxx`, h8-014 `ACCOUNTID`, h8-039 `6****5`).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import {
  newPlaceholders,
  placeholder,
  placeholderNotes,
  unmaskAccount,
  unmaskArn
} from '../../src/remedy/placeholders.js'
import { corpusText } from '../support/corpusRecords.js'

const remediesOf = (id: string) =>
  buildRemedies(analyzeText(corpusText('heldout8.jsonl', id) + '\n', 'x.log').findings)

/** Every `<TOKEN>` a note asks the reader to replace "before applying" (in the statements). */
const statementNotes = (notes: string[]): string[] =>
  notes.flatMap((n) => /^Replace (<[A-Z_]+>) .* before applying\.$/.exec(n)?.[1] ?? [])

describe('placeholder notes name where the placeholder is', () => {
  it('asks for a statement placeholder before applying', () => {
    const p = newPlaceholders()
    placeholder(p, 'BUCKET_NAME', 'the bucket name')
    expect(placeholderNotes(p, '"arn:aws:s3:::<BUCKET_NAME>"', { cli: '<BUCKET_NAME>' })).toEqual([
      'Replace <BUCKET_NAME> with the bucket name before applying.'
    ])
  })

  it('names the forms when only the renderings hold it, and drops it when none does', () => {
    const p = newPlaceholders()
    placeholder(p, 'CALLER_NAME', 'the name of the caller')
    placeholder(p, 'ROLE_NAME', 'the name of the role')
    expect(
      placeholderNotes(p, '{"Action":"s3:GetObject"}', {
        terraform: 'role = "<CALLER_NAME>"',
        cli: "--role-name '<CALLER_NAME>'",
        // A sanitised identifier is no place to fill in.
        cdk: 'whydenied__ROLE_NAME'
      })
    ).toEqual([
      'In the Terraform and AWS CLI forms only (the JSON statement does not hold it), replace <CALLER_NAME> with the name of the caller.'
    ])
  })

  it.each([
    'h8-011',
    'h8-012',
    'h8-029',
    'h8-031',
    'h8-033',
    'h8-034',
    'h8-048',
    'h8-049',
    // h8-079 left: an unsigned request gets no statement since the unsigned-request trap (WD595).
    'h8-081',
    'h8-082',
    'h8-110',
    'h8-143',
    'h8-144',
    'h8-145',
    'h8-162'
  ])('%s: every "before applying" placeholder is in its statements', (id) => {
    const remedies = remediesOf(id)
    expect(remedies.some((r) => r.statements.length > 0)).toBe(true)
    for (const r of remedies) {
      const statements = JSON.stringify(r.statements)
      for (const token of statementNotes(r.notes)) expect(statements).toContain(token)
      // A name only the renderings use is announced as such, with the forms that use it.
      for (const note of r.notes.filter((n) => /forms? only/.test(n))) {
        const token = /replace (<[A-Z_]+>)/.exec(note)?.[1]
        expect(token).toBeDefined()
        expect(statements).not.toContain(token!)
        expect(
          [r.renderings.terraform, r.renderings.cdk, r.renderings.cli].some((t) =>
            t?.includes(token!)
          )
        ).toBe(true)
      }
    }
  })

  it('h8-011: the caller name is asked for in the renderings, not before applying the JSON', () => {
    const notes = remediesOf('h8-011').flatMap((r) => r.notes)
    expect(notes).toContain(
      'In the Terraform, CDK and AWS CLI forms only (the JSON statement does not hold it), replace <CALLER_NAME> with the name of the IAM role or user that made the call (the finding names none).'
    )
    expect(notes.join('\n')).not.toMatch(/^Replace <CALLER_NAME>/m)
  })
})

describe('a masked account is masked, not absent', () => {
  it.each([
    ['h8-013', 'xxxxxxxxxxxx'],
    ['h8-014', 'ACCOUNTID'],
    ['h8-039', '6**************5']
  ])('%s: the note quotes the mask %s', (id, mask) => {
    const notes = remediesOf(id).flatMap((r) => r.notes)
    expect(notes).toContain(
      `Replace <ACCOUNT_ID> with the 12-digit AWS account ID (the log masks it as \`${mask}\`) before applying.`
    )
    expect(notes.join('\n')).not.toContain('the finding names none')
  })

  it('an account the log leaves out is still "not shown"', () => {
    const p = newPlaceholders()
    expect(unmaskAccount(p, null)).toBe('<ACCOUNT_ID>')
    expect(placeholderNotes(p, '<ACCOUNT_ID>')).toEqual([
      'Replace <ACCOUNT_ID> with the 12-digit AWS account ID (the finding names none) before applying.'
    ])
  })

  it('a real account ID is kept, and a backtick in a mask cannot break the note', () => {
    const p = newPlaceholders()
    expect(unmaskAccount(p, '123456789012')).toBe('123456789012')
    expect(p.used.size).toBe(0)
    expect(unmaskArn(p, 'arn:aws:iam::`x`***:role/deploy')).toBe(
      'arn:aws:iam::<ACCOUNT_ID>:role/deploy'
    )
    expect(placeholderNotes(p, '<ACCOUNT_ID>')).toEqual([
      "Replace <ACCOUNT_ID> with the 12-digit AWS account ID (the log masks it as `'x'***`) before applying."
    ])
  })
})
