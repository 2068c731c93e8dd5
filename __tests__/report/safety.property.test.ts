/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
// Property tests (issue 6): whatever a log puts in a finding's fields, the Markdown we publish
// has no raw HTML but our details/summary, no unclosed fence, no @mention or #ref, and no
// hidden marker but our own single one at the top; a cut comment stays within the limit.
import fc from 'fast-check'
import type { Finding } from '../../src/model/Finding.js'
import type { Remedy } from '../../src/model/Remedy.js'
import { escapeText, codeBlock, codeSpan } from '../../src/report/markdown.js'
import { renderComment, renderResolvedComment } from '../../src/report/renderComment.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { renderText } from '../../src/report/renderText.js'
import { STATE_LINE, checkMarkdown, htmlCommentCount, markerCount } from './markdownChecker.js'
import { makeFinding, makeFixTarget, makeRemedy, makeReport } from './makeReport.js'

const NASTY = [
  '`',
  '``',
  '```',
  '````',
  '~~~',
  '\n```\n',
  '\n  `````\n',
  '\n~~~\n',
  '<script>alert(1)</script>',
  '</details>',
  '<details open>',
  '<summary>',
  '</summary>',
  '-->',
  '<!--',
  '<!-- whydenied:v1 key=other -->',
  'WhyDenied:V1',
  '@user',
  '@org/team',
  'a@b.c',
  '#123',
  'GH-42',
  'owner/repo#7',
  '\r\n',
  '\n',
  '\r',
  '\n\n',
  '\u2028',
  '|',
  '\\',
  '\\`',
  '&lt;',
  '&#64;',
  '<',
  '>',
  '&',
  '*',
  '_',
  '[x](javascript:alert(1))',
  '![i](http://x)',
  '<img src=x onerror=alert(1)>',
  '<http://evil>',
  '    ',
  '\t',
  '# ',
  '- ',
  '1. ',
  '> ',
  '$x$',
  '\u0000',
  '\u001b[31m',
  '\u202e',
  '\ud800',
  '😀',
  'é',
  '\ufeff',
  '=== ',
  '<![CDATA[',
  '<?php',
  '</',
  '<a',
  '`<b>`'
]

const nastyString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) }
    ),
    { maxLength: 12 }
  )
  .map((parts) => parts.join(''))

const nullable = fc.option(nastyString, { nil: null })

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    title: nastyString,
    explanation: nastyString,
    principal: nullable,
    resource: nullable,
    action: nullable,
    code: nullable,
    operation: nullable,
    policyArn: nullable,
    policyName: nullable,
    authorizationId: nullable,
    file: nullable,
    description: nastyString,
    traps: fc.array(nastyString, { maxLength: 3 })
  })
  .map(({ description, ...f }) => makeFinding({ ...f, fixTarget: makeFixTarget({ description }) }))

const remedyArb = (n: number): fc.Arbitrary<Remedy> =>
  fc
    .record({
      description: nastyString,
      notes: fc.array(nastyString, { maxLength: 3 }),
      diff: fc.option(nastyString, { nil: undefined }),
      terraform: fc.option(nastyString, { nil: undefined }),
      cdk: fc.option(nastyString, { nil: undefined }),
      cli: fc.option(nastyString, { nil: undefined }),
      resource: nastyString,
      id: nastyString
    })
    .map((r) => {
      const base = makeRemedy()
      return {
        ...base,
        id: r.id,
        findings: Array.from({ length: n }, (_, i) => i),
        target: makeFixTarget({ description: r.description }),
        notes: r.notes,
        statements: [{ ...base.statements[0]!, Resource: r.resource }],
        renderings: { diff: r.diff, terraform: r.terraform, cdk: r.cdk, cli: r.cli }
      }
    })

const reportArb = fc
  .array(findingArb, { minLength: 1, maxLength: 4 })
  .chain((findings) =>
    fc
      .array(remedyArb(findings.length), { maxLength: 2 })
      .map((remedies) => makeReport({ findings, remedies }))
  )

const RUNS = { numRuns: 200, endOnFailure: true }

function expectSafe(md: string): void {
  const { problems } = checkMarkdown(md)
  if (problems.length > 0) throw new Error(problems.join('\n') + '\n---\n' + md)
}

describe('renderer safety with arbitrary field values', () => {
  it('escapeText, codeSpan and codeBlock are safe on their own', () => {
    fc.assert(
      fc.property(nastyString, (s) => {
        expectSafe(`${escapeText(s)} ${codeSpan(s)}\n\n${codeBlock(s, s)}\n\nafter`)
        expect(escapeText(s)).not.toMatch(/[\r\n<>]/)
        expect(markerCount(escapeText(s) + codeSpan(s) + codeBlock(s))).toBe(0)
        expect(htmlCommentCount(codeSpan(s) + codeBlock(s))).toBe(0)
      }),
      RUNS
    )
  })

  it('renderMarkdown emits only our HTML, closed fences, no mentions, no marker', () => {
    fc.assert(
      fc.property(reportArb, nastyString, (report, heading) => {
        const md = renderMarkdown(report, { heading })
        expectSafe(md)
        expect(markerCount(md)).toBe(0)
        expect(htmlCommentCount(md)).toBe(0)
      }),
      RUNS
    )
  })

  it('renderComment carries exactly one marker, at the top, and stays within the limit', () => {
    fc.assert(
      fc.property(
        reportArb,
        nastyString,
        nastyString,
        fc.integer({ min: 1024, max: 70000 }),
        (report, key, title, limit) => {
          const body = renderComment(report, {
            key,
            title,
            limit,
            runUrl: 'https://x.test/run?a=1&b=<c>'
          })
          expect(body.length).toBeLessThanOrEqual(limit)
          expect(body.startsWith('<!-- whydenied:v1 key=')).toBe(true)
          expect(markerCount(body)).toBe(1)
          // The marker and its state line, nothing else.
          expect(htmlCommentCount(body)).toBe(2)
          expect(body.split('\n')[1]).toMatch(STATE_LINE)
          expectSafe(body)
        }
      ),
      RUNS
    )
  })

  it('a comment cut to a small limit is still well-formed', () => {
    const many = fc
      .array(findingArb, { minLength: 5, maxLength: 30 })
      .chain((findings) =>
        fc
          .array(remedyArb(findings.length), { minLength: 1, maxLength: 3 })
          .map((remedies) => makeReport({ findings, remedies }))
      )
    fc.assert(
      fc.property(many, fc.integer({ min: 1024, max: 6000 }), (report, limit) => {
        const body = renderComment(report, { key: 'k', title: 'job', limit })
        expect(body.length).toBeLessThanOrEqual(limit)
        expectSafe(body)
        expect(markerCount(body)).toBe(1)
      }),
      { numRuns: 100, endOnFailure: true }
    )
  })

  it('renderResolvedComment is safe for any job name', () => {
    fc.assert(
      fc.property(nastyString, nastyString, (key, title) => {
        const body = renderResolvedComment({ key, title, runUrl: title })
        expectSafe(body)
        expect(markerCount(body)).toBe(1)
      }),
      RUNS
    )
  })

  it('renderText never passes control characters through', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const out = renderText(report, { color: false })
        expect(out).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
        )
      }),
      RUNS
    )
  })
})
