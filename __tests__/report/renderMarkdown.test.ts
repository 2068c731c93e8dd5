import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { checkMarkdown, htmlCommentCount } from './markdownChecker.js'
import { makeFinding, makeRemedy, makeReport } from './makeReport.js'

function utf8(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

describe('renderMarkdown', () => {
  const report = makeReport({
    findings: [
      makeFinding(),
      makeFinding({
        title: 'Role deploy may not call `s3:PutObject`',
        file: null,
        line: 7,
        occurrences: 1,
        layer: 'identity',
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::assets/site/index.html',
        traps: []
      })
    ],
    remedies: [makeRemedy()]
  })
  const md = renderMarkdown(report)

  it('leads with the cause of each finding, then the fix, then details', () => {
    const cause = md.indexOf('#### What went wrong')
    const fix = md.indexOf('#### How to fix it')
    const details = md.indexOf('#### Details')
    expect(cause).toBeGreaterThan(0)
    expect(fix).toBeGreaterThan(cause)
    expect(details).toBeGreaterThan(fix)
    expect(md.slice(cause, fix)).toContain(
      '1. **No resource-based policy lets user hato call ecr:InitiateLayerUpload on hato-repository**'
    )
    expect(md.slice(cause, fix)).toContain('2. **Role deploy may not call `s3:PutObject`**')
    expect(md.slice(cause, fix)).toContain('Where: build.log:42, seen 3 times')
    expect(md.slice(cause, fix)).toContain('Where: line 7 of the output')
    // The one remedy answers finding 1 only: the intro does not claim it fixes both.
    expect(md).toContain(
      '**2 AWS authorization failures** found. One change below fixes 1 of them. For the other one, no policy change is proposed.'
    )
  })

  it('points each cause at its fix and shows every rendering in a collapsible section', () => {
    expect(md).toContain('— the owner of the resource can change it (fix 1 below)')
    expect(md).toContain('<details open><summary>Policy change (JSON)</summary>\n\n```diff\n+ {')
    for (const label of ['Terraform', 'AWS CDK (TypeScript)', 'AWS CLI']) {
      expect(md).toContain(`<details><summary>${label}</summary>`)
    }
    expect(md).toContain('Who can change it: the owner of the resource. Fixes finding 1.')
  })

  it('renders a fields table, the explanation and the traps per finding', () => {
    expect(md).toContain('| Principal | `arn:aws:iam::123456789012:user/hato` |')
    expect(md).toContain('| Policy layer | resource-based policy (on the resource) |')
    expect(md).toContain('The repository policy of `hato-repository` does not allow')
    expect(md).toContain('Known traps that apply: `ecr-repository-may-not-exist`')
  })

  it('is well-formed and contains no HTML of its own beyond details/summary', () => {
    expect(checkMarkdown(md).problems).toEqual([])
    expect(htmlCommentCount(md)).toBe(0)
  })

  it('shows the statements as JSON when a remedy has no diff rendering', () => {
    const out = renderMarkdown(makeReport({ remedies: [makeRemedy({ renderings: {} })] }))
    expect(out).toContain(
      '<summary>Policy statements (JSON)</summary>\n\n```json\n[\n  {\n    "Sid": "AllowPushFromHato"'
    )
  })

  it('says when a remedy is already present and lists guidance-only remedies without code', () => {
    const out = renderMarkdown(
      makeReport({
        remedies: [
          makeRemedy({ alreadyPresent: true }),
          makeRemedy({ id: 'scp', statements: [], renderings: {}, notes: ['Ask the org admin.'] })
        ]
      })
    )
    expect(out).toContain('**Already in the current policy:**')
    expect(out).toContain('**2. The repository policy of')
    expect(out).toContain('- Ask the org admin.')
  })

  it('keeps a long note whole up to 1,000 characters, and cuts a longer one (heldout15 review, h15-080)', () => {
    // The guardrail note lists every Condition to meet: at 600 its last ones were cut ("call f…").
    const whole = `Guardrail Denies usually apply on a Condition: ${'`aws:SourceVpce`: call from the network the policy allows; '.repeat(14)}end.`
    const long = 'x'.repeat(1200)
    const out = renderMarkdown(
      makeReport({
        remedies: [makeRemedy({ id: 'g', statements: [], renderings: {}, notes: [whole, long] })]
      })
    )
    expect(whole.length).toBeGreaterThan(600)
    expect(whole.length).toBeLessThan(1000)
    expect(out).toContain('end.')
    expect(out).toContain(`- ${'x'.repeat(999)}…`)
    expect(out).not.toContain('x'.repeat(1000))
  })

  it('gives a one-line summary when there are no findings', () => {
    const out = renderMarkdown(makeReport({ findings: [], stats: { lines: 1234 } }))
    expect(out).toContain('No AWS authorization failures found in 1,234 lines.')
    expect(out).not.toContain('What went wrong')
  })

  it('reports scan notices (dropped findings, long lines, binary bytes)', () => {
    const out = renderMarkdown(
      makeReport({ stats: { droppedFindings: 2, longLines: 1, binaryBytes: 10 } })
    )
    expect(out).toContain('2 more distinct failures beyond the limit were counted but not kept.')
    expect(out).toContain('1 very long line were only partly examined')
    expect(out).toContain('10 bytes did not look like text')
  })

  it('says when text dense with refusal phrases was read in part, and not otherwise', () => {
    const limited = renderMarkdown(makeReport({ stats: { budgetLimited: 3 } }))
    expect(limited).toContain('3 stretches of text dense with refusal phrases were read in part')
    expect(renderMarkdown(makeReport())).not.toContain('read in part')
  })

  it('uses the given heading, escaped', () => {
    expect(renderMarkdown(makeReport(), { heading: '<b>Deploy</b> @team' })).toMatch(
      /^### &lt;b&gt;Deploy&lt;\/b&gt; @\u200bteam\n/
    )
  })

  it('keeps the job summary well under 1 MiB and says how many findings it left out', () => {
    const big = 'x'.repeat(3000)
    const findings = Array.from({ length: 500 }, (_, i) =>
      makeFinding({ title: `Finding ${i} ${big}`, explanation: big, resource: big, line: i + 1 })
    )
    const out = renderMarkdown(makeReport({ findings }), { maxBytes: 200_000 })
    expect(utf8(out)).toBeLessThanOrEqual(200_000)
    expect(checkMarkdown(out).problems).toEqual([])
    expect(out).toMatch(/… \d+ more findings not shown/)
    // The default budget holds too, with multi-byte text.
    const wide = findings.map((f) => ({ ...f, explanation: '漢'.repeat(3000) }))
    const def = renderMarkdown(makeReport({ findings: wide }))
    expect(utf8(def)).toBeLessThanOrEqual(512 * 1024)
  })
})
