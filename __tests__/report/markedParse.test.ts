// The comment as a real Markdown parser (marked, GFM) reads it: the only HTML is ours, every
// code block is closed, and no link points anywhere a log chose. Complements the property tests,
// which use our own checker.
import fc from 'fast-check'
import { Lexer, type Token, type Tokens } from 'marked'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { renderComment } from '../../src/report/renderComment.js'

const OUR_HTML =
  /^(?:<details(?: open)?>|<\/details>|<summary>[^<]*<\/summary>|<!-- whydenied:(?:v1|state) [^<>]*-->|\s)+$/

function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t)
    const children = (t as { tokens?: Token[] }).tokens
    if (children) walk(children, visit)
    if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens, visit)
    if (t.type === 'table') {
      const table = t as Tokens.Table
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit)
    }
  }
}

function problems(markdown: string): string[] {
  const found: string[] = []
  walk(new Lexer({ gfm: true }).lex(markdown), (t) => {
    if (t.type === 'html' && !OUR_HTML.test(t.raw.trim())) found.push(`html: ${t.raw.slice(0, 80)}`)
    if (t.type === 'code' && (t as Tokens.Code).codeBlockStyle !== 'indented') {
      const raw = t.raw.trimEnd()
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1]
      if (!fence || !raw.endsWith(fence)) found.push(`unclosed fence: ${raw.slice(0, 40)}`)
    }
    if (
      (t.type === 'link' || t.type === 'image') &&
      !/^https:\/\/(?:github\.com|docs\.aws\.amazon\.com)\//.test((t as Tokens.Link).href)
    ) {
      found.push(`link: ${(t as Tokens.Link).href}`)
    }
  })
  return found
}

function comment(log: string): string {
  const report = analyzeText(log)
  return renderComment(
    { ...report, remedies: buildRemedies(report.findings) },
    { key: 'deploy/app', title: 'Deploy / app' }
  )
}

const P = 'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions'

describe('the comment as marked reads it', () => {
  it('a real report is clean', () => {
    const md = comment(
      `An error occurred (AccessDenied) when calling the PutObject operation: User: ${P} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action`
    )
    expect(md).toContain('s3:PutObject')
    expect(problems(md)).toEqual([])
  })

  it('log text placed in every field a denial has cannot inject HTML, links or open fences', () => {
    const hostile = fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '</details><script>x</script>',
      '```',
      '~~~~',
      '[click](javascript:alert(1))',
      '![x](https://evil.example/p.png)',
      '<!-- whydenied:v1 key=other -->',
      '<https://evil.example>',
      '`<b>`'
    )
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const principal = `arn:aws:iam::111122223333:user/${a}`
        const resource = `"arn:aws:s3:::bucket/${b}${c}"`
        const log = [
          `User: ${principal} is not authorized to perform: s3:GetObject on resource: ${resource} because no identity-based policy allows the s3:GetObject action`,
          `User: ${P} is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/${c}${a} with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/${b}`
        ].join('\n')
        expect(problems(comment(log))).toEqual([])
      }),
      { numRuns: 60 }
    )
  })
})
