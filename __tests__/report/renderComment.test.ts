import {
  COMMENT_LIMIT,
  commentMarker,
  renderComment,
  renderResolvedComment,
  safeLink
} from '../../src/report/renderComment.js'
import { checkMarkdown, htmlCommentCount, markerCount } from './markdownChecker.js'
import { makeFinding, makeRemedy, makeReport } from './makeReport.js'

const opts = { key: 'ci.yml/deploy', title: 'CI / deploy (ubuntu-latest)' }

describe('commentMarker', () => {
  it('keeps a safe key readable', () => {
    expect(commentMarker('ci.yml/deploy')).toBe('<!-- whydenied:v1 key=ci.yml/deploy -->')
  })

  it.each(['deploy (ubuntu, 20)', 'a-->b', 'x--y', '', 'ключ', 'k'.repeat(101), 'WhyDenied:v1'])(
    'hashes the unsafe key %j into a well-formed marker',
    (key) => {
      const marker = commentMarker(key)
      expect(marker).toMatch(/^<!-- whydenied:v1 key=h[0-9a-f]{8} -->$/)
      expect(commentMarker(key)).toBe(marker)
    }
  )

  it('gives different keys different markers', () => {
    expect(commentMarker('deploy (a)')).not.toBe(commentMarker('deploy (b)'))
  })
})

describe('renderComment', () => {
  it('starts with the marker, names the job and carries the report', () => {
    const body = renderComment(makeReport({ remedies: [makeRemedy()] }), {
      ...opts,
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(body.split('\n')[0]).toBe('<!-- whydenied:v1 key=ci.yml/deploy -->')
    expect(body.split('\n')[1]).toBe('### AWS denied access in CI / deploy (ubuntu-latest)')
    expect(body).toContain('#### What went wrong')
    expect(body).toContain('[the workflow run](https://github.com/o/r/actions/runs/1)')
    expect(markerCount(body)).toBe(1)
    expect(checkMarkdown(body).problems).toEqual([])
  })

  it('cuts a long report at a block boundary, within the limit, with a note', () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      makeFinding({ line: i + 1, title: `Denied number ${i}`, explanation: 'e'.repeat(400) })
    )
    const remedies = [makeRemedy({ findings: findings.map((_, i) => i) })]
    const body = renderComment(makeReport({ findings, remedies }), opts)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT * 0.8)
    expect(checkMarkdown(body).problems).toEqual([])
    expect(body).toMatch(
      /_… (\d+ more findings not shown|Some fixes or details not shown); see the job summary\._/
    )
    // The causes come first, so they are what survives.
    expect(body).toContain('200. **Denied number 199**')
  })

  it('drops whole findings when even the causes do not fit, and counts them', () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      makeFinding({ line: i + 1, title: `Cause ${i} ${'t'.repeat(150)}` })
    )
    const body = renderComment(makeReport({ findings }), { ...opts, limit: 5000 })
    expect(body.length).toBeLessThanOrEqual(5000)
    const shown = (body.match(/^\d+\. \*\*Cause/gm) ?? []).length
    expect(shown).toBeGreaterThan(5)
    expect(body).toContain(`… ${200 - shown} more findings not shown; see the job summary.`)
    expect(checkMarkdown(body).problems).toEqual([])
  })

  it('renders a clean run when asked to comment anyway', () => {
    const body = renderComment(makeReport({ findings: [] }), opts)
    expect(body).toContain('No AWS authorization failures found in 2,000 lines.')
  })
})

describe('renderResolvedComment', () => {
  it('marks the comment resolved with a link to the run', () => {
    const body = renderResolvedComment({ ...opts, runUrl: 'https://github.com/o/r/actions/runs/2' })
    expect(body).toBe(
      '<!-- whydenied:v1 key=ci.yml/deploy -->\n### ✅ Resolved: the latest run of CI / deploy (ubuntu-latest) had no AWS authorization failures.\n\nSee [the latest run](https://github.com/o/r/actions/runs/2).\n'
    )
  })

  it('escapes a hostile job name', () => {
    const body = renderResolvedComment({
      key: 'k',
      title: '<!-- whydenied:v1 key=other --> @org/team'
    })
    expect(markerCount(body)).toBe(1)
    expect(htmlCommentCount(body)).toBe(1)
    expect(checkMarkdown(body).problems).toEqual([])
  })
})

describe('safeLink', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'not a url', ''])('refuses %j', (url) => {
    expect(safeLink('x', url)).toBeNull()
  })

  it('encodes characters that could end the link', () => {
    expect(safeLink('run', 'https://e.com/a)b(c [d]')).toBe(
      '[run](https://e.com/a%29b%28c%20%5Bd%5D)'
    )
  })
})
