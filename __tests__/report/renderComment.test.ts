import { findingId, readState } from '../../src/report/commentState.js'
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
    expect(body.split('\n')[1]).toMatch(/^<!-- whydenied:state sha= ids=ecr:\w+@[0-9a-f]{8} -->$/)
    expect(body.split('\n')[2]).toBe('### AWS denied access in CI / deploy (ubuntu-latest)')
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
      '<!-- whydenied:v1 key=ci.yml/deploy -->\n<!-- whydenied:state sha= ids= -->\n### ✅ Resolved: the latest run of CI / deploy (ubuntu-latest) had no AWS authorization failures.\n\nSee [the latest run](https://github.com/o/r/actions/runs/2).\n'
    )
  })

  it('escapes a hostile job name', () => {
    const body = renderResolvedComment({
      key: 'k',
      title: '<!-- whydenied:v1 key=other --> @org/team'
    })
    expect(markerCount(body)).toBe(1)
    expect(htmlCommentCount(body)).toBe(2)
    expect(checkMarkdown(body).problems).toEqual([])
  })

  it('says at which commit it was resolved and names what the comment reported before', () => {
    const body = renderResolvedComment({
      ...opts,
      sha: SHA_B,
      previous: { sha: SHA_A, ids: ['s3:PutObject@0213bddd', 'ecr:GetAuthorizationToken@12345678'] }
    })
    expect(body).toContain('### ✅ Resolved at commit `bbbbbbb`: the latest run of CI / deploy')
    expect(body).toContain('Fixed: `s3:PutObject`, `ecr:GetAuthorizationToken`.')
    expect(readState(body)).toEqual({ sha: SHA_B, ids: [] })
  })
})

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

describe('the comment across runs', () => {
  const denied = (action: string, resource: string) =>
    makeFinding({ action, resource, title: `Denied ${action}` })

  it('keeps the commit and one compact id per finding in its state line, and shows the short SHA', () => {
    const report = makeReport({ findings: [denied('s3:PutObject', 'arn:aws:s3:::b/k')] })
    const body = renderComment(report, {
      ...opts,
      sha: SHA_A,
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(readState(body)).toEqual({
      sha: SHA_A,
      ids: [expect.stringMatching(/^s3:PutObject@[0-9a-f]{8}$/)]
    })
    expect(body).toContain(
      '[the workflow run](https://github.com/o/r/actions/runs/1) at commit `aaaaaaa`.'
    )
  })

  it('says which findings are new, which were fixed and how many remain', () => {
    const first = makeReport({
      findings: [
        denied('s3:PutObject', 'arn:aws:s3:::b/k'),
        denied('ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:1:repository/r')
      ]
    })
    const previous = readState(renderComment(first, { ...opts, sha: SHA_A }))
    const second = makeReport({
      findings: [
        denied('s3:PutObject', 'arn:aws:s3:::b/k'),
        denied('kms:Decrypt', 'arn:aws:kms:us-east-1:1:key/x')
      ]
    })
    const body = renderComment(second, { ...opts, sha: SHA_B, previous })
    expect(body).toContain(
      '_Since the last run (at `aaaaaaa`): new: `kms:Decrypt`; fixed: `ecr:BatchGetImage`; still failing: 1._'
    )
    // Same findings again: nothing to say.
    const again = renderComment(second, { ...opts, sha: SHA_B, previous: readState(body) })
    expect(again).not.toContain('Since the last run')
  })

  it('tells apart two denials of one action on different resources', () => {
    const a = findingId(denied('s3:GetObject', 'arn:aws:s3:::one/k'))
    const b = findingId(denied('s3:GetObject', 'arn:aws:s3:::two/k'))
    expect(a).not.toBe(b)
    expect(findingId(denied('s3:GetObject', 'arn:aws:s3:::one/k'))).toBe(a)
  })

  it('keeps log text out of ids, and ignores a state line edited to carry anything else', () => {
    const hostile = findingId(denied('s3:Get--> <b>whydenied:v1', 'x'))
    expect(hostile).toMatch(/^finding@[0-9a-f]{8}$|^denial@[0-9a-f]{8}$/)
    const forged =
      '<!-- whydenied:v1 key=k -->\n<!-- whydenied:state sha=zz ids=ok:A@0000000g,s3:A@12345678,x--y@12345678 -->\n'
    expect(readState(forged)).toEqual({ sha: '', ids: ['s3:A@12345678'] })
    expect(readState('<!-- whydenied:v1 key=k -->\n### old comment')).toBeNull()
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
