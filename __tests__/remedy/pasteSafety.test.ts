// Issue 17 (class 10, heldout4 review part 2 class 7): every statement and rendering of every
// corpus record is safe to paste as printed. A log's elisions (`...`, `…`), redactions (`***`,
// `xxxx`, `█`, `REDACTED`) and its own placeholders (`<account-id>`) are never used as values; only
// whydenied's placeholders (`<UPPER_SNAKE>`, which match nothing) stand for what the log hid. Each
// record's `source` says where its text was published.
import { corpusPass } from '../support/corpusPass.js'

// Every record's findings and remedies (no OIDC context), from the pass the whole-corpus tests share.
const records = await corpusPass()

/** What a log hides a value with; none of it may stand as a value in what we print. */
const HIDDEN: [string, RegExp][] = [
  ['an elision', /\.{3}|…/],
  ['redaction stars', /\*{2,}/],
  ['an x-mask', /(?:^|[:/'"=\s-])[xX]{4,}(?=$|[:/'"\s-])/],
  ['a block mask', /[█▇■]/],
  ['a redaction word', /redacted/i],
  // GitLab's `[MASKED]` (heldout11 review h11-005: `repository/[MASKED]` kept in a Resource), a
  // writer's `[account id]`: no ARN field or IAM name holds a bracket.
  ['a bracketed mask', /\[(?:masked|hidden|secure|account(?: id)?|region|id|name)\]/i],
  // Our placeholders are upper snake case; a log's own (`<account-id>`, `<your bucket>`) is not ours.
  ['a foreign placeholder', /<(?![A-Z0-9_]+>)(?=[^<>\n]{1,60}>)[^<>\n=]*[A-Za-z][^<>\n]*>/]
]

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsOf(v, out)
  return out
}

/** Our own placeholders (`<ACCOUNT_ID>`, `<_REDACTED__NAME>`) match nothing: they may stand anywhere. */
const OURS = /<[A-Z0-9_]+>/g

/** A rendering's lines without its comments (which may quote the log for the reader). */
function codeLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !/^\s*(?:#|\/\/)/.test(l))
    .map((l) => l.replace(OURS, 'P'))
}

/** Unescaped single quotes of a shell command: an odd count leaves a quote open. */
function openQuotes(command: string): boolean {
  return (command.replace(/'\\''/g, '').match(/'/g) ?? []).length % 2 === 1
}

const problems: string[] = []
let statements = 0
let renderings = 0
for (const record of records) {
  const where = `${record.file}:${record.id}`
  for (const r of record.remedies) {
    for (const value of stringsOf(r.statements).map((v) => v.replace(OURS, 'P'))) {
      statements++
      for (const [what, re] of HIDDEN)
        if (re.test(value)) problems.push(`${where} statement value ${what}: ${value}`)
    }
    for (const [kind, text] of Object.entries(r.renderings ?? {})) {
      if (typeof text !== 'string') continue
      renderings++
      for (const line of codeLines(text))
        for (const [what, re] of HIDDEN.slice(0, 6))
          if (re.test(line)) problems.push(`${where} ${kind} ${what}: ${line.trim()}`)
      if (kind === 'cli' && openQuotes(codeLines(text).join('\n')))
        problems.push(`${where} cli leaves a quote open`)
    }
  }
}

test(`no statement or rendering of the ${records.length} corpus records uses a hidden value`, () => {
  expect(problems).toEqual([])
  // The property ran over real output, not over an empty set.
  expect(statements).toBeGreaterThan(500)
  expect(renderings).toBeGreaterThan(200)
})

// heldout11 review h11-005: the note asked for <ACCOUNT_ID> only while the Resource held a masked
// name too. The "before applying" notes name exactly the placeholders the statements hold.
const unlisted: string[] = []
for (const record of records)
  for (const r of record.remedies) {
    // A GitHub subject's slots (`repo:<OWNER>/<REPO>:…`) are explained by the subject's own note.
    const values = stringsOf(r.statements).filter((v) => !v.startsWith('repo:'))
    const shown = new Set(values.flatMap((v) => v.match(OURS) ?? []))
    const asked = new Set(
      r.notes.flatMap((n) => /^Replace (<[A-Z0-9_]+>) .* before applying\.$/s.exec(n)?.[1] ?? [])
    )
    for (const token of shown)
      if (!asked.has(token)) unlisted.push(`${record.file}:${record.id} no note for ${token}`)
    for (const token of asked)
      if (!shown.has(token)) unlisted.push(`${record.file}:${record.id} note for absent ${token}`)
    // h11-024: the caller's own slot never stands in a Resource (it would grant on the caller).
    for (const s of r.statements)
      if (/<CALLER_(?:ROLE|USER)_NAME>/.test(JSON.stringify(s.Resource ?? null)))
        unlisted.push(`${record.file}:${record.id} caller placeholder in a Resource`)
  }

test("every placeholder in a statement has its note, no note names one the statements lack, no Resource holds the caller's", () => {
  expect(unlisted).toEqual([])
})

// Notes must not contradict what they sit under (heldout11 review, h11-065: "No statement is
// proposed" beside CDK's drafted sts:AssumeRole) nor print our own words as a name in code
// ("the identity policy of `the caller`", where no caller is known).
test('no note says no statement is proposed above a drafted one, or names `the caller` as code', () => {
  const wrong: string[] = []
  for (const record of records)
    for (const r of record.remedies) {
      const notes = r.notes.join('\n')
      if (r.statements.length > 0 && /^No statement is proposed/m.test(notes))
        wrong.push(`${record.file}:${record.id} no-statement note beside ${r.statements.length}`)
      if (notes.includes('`the caller`')) wrong.push(`${record.file}:${record.id} \`the caller\``)
    }
  expect(wrong).toEqual([])
})
