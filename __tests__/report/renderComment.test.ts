import { findingId, readState } from '../../src/report/commentState.js'
import { COLLAPSE_TABLE_OVER } from '../../src/report/commentSections.js'
import {
  COMMENT_LIMIT,
  commentMarker,
  renderComment,
  renderResolvedComment,
  safeLink
} from '../../src/report/renderComment.js'
import { checkMarkdown, htmlCommentCount, markerCount } from './markdownChecker.js'
import { makeFinding, makeFixTarget, makeRemedy, makeReport } from './makeReport.js'

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
    expect(body).toContain('#### What was denied')
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
    // The fix leads, and the one-table findings survive the cut before any detail.
    expect(body.indexOf('#### The fix')).toBeLessThan(body.indexOf('#### What was denied'))
    expect(body).toContain('<details><summary>200 findings</summary>')
    expect(body).toMatch(/^\| 100 \| `ecr:InitiateLayerUpload` \|/m)
  })

  it('drops the findings table when it does not fit after the fix, and counts the findings', () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      makeFinding({ line: i + 1, file: `${'logs/'.repeat(30)}leg-${i}.log` })
    )
    const remedies = [makeRemedy({ findings: findings.map((_, i) => i) })]
    const body = renderComment(makeReport({ findings, remedies }), { ...opts, limit: 5000 })
    expect(body.length).toBeLessThanOrEqual(5000)
    expect(body).toContain('#### The fix')
    expect(body).not.toContain('#### What was denied')
    expect(body).toContain('… 200 more findings not shown; see the job summary.')
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

  it('says what changed on an OIDC-only comment too (it keeps the per-cause layout)', () => {
    const oidc = (action: string) => ({
      ...denied(action, 'arn:aws:iam::1:role/gha'),
      kind: 'oidc' as const
    })
    const first = makeReport({ findings: [oidc('sts:AssumeRoleWithWebIdentity')] })
    const previous = readState(renderComment(first, { ...opts, sha: SHA_A }))
    const second = makeReport({ findings: [oidc('sts:TagSession')] })
    const body = renderComment(second, { ...opts, sha: SHA_B, previous })
    expect(body).toContain('Why configure-aws-credentials could not assume the role')
    // The per-cause layout (markdownSections), not the table of denials.
    expect(body).toContain('#### What went wrong')
    expect(body).not.toContain('#### What was denied')
    expect(body).toContain(
      '_Since the last run (at `aaaaaaa`): new: `sts:TagSession`; fixed: `sts:AssumeRoleWithWebIdentity`._'
    )
  })

  it('ends with the footer, then the run link after one blank line when there is one', () => {
    const report = makeReport({ findings: [denied('s3:PutObject', 'arn:aws:s3:::b/k')] })
    const bare = renderComment(report, opts)
    expect(bare).toMatch(/\._\n?$/)
    const linked = renderComment(report, {
      ...opts,
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(linked).toMatch(/\._\n\nDetails and logs: \[the workflow run\]/)
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

describe('renderComment layout', () => {
  // Three S3 denials of one job: the same identity policy fixes all three (one shared sentence).
  const s3 = (action: string, key: string, line: number) =>
    makeFinding({
      action,
      line,
      occurrences: 1,
      layer: 'identity',
      resource: `arn:aws:s3:::artifacts/${key}`,
      title: `User hato may not call ${action}`,
      fixTarget: makeFixTarget({
        kind: 'identity-policy',
        owner: 'you',
        description: 'the identity policies of user hato'
      })
    })
  const three = [
    s3('s3:PutObject', 'a.zip', 10),
    s3('s3:GetObject', 'b.zip', 20),
    s3('s3:DeleteObject', 'c.zip', 30)
  ]

  it('leads with the fix, then one table of findings, then the details', () => {
    const body = renderComment(
      makeReport({ findings: three, remedies: [makeRemedy({ findings: [0, 1, 2] })] }),
      opts
    )
    const order = [
      'This change fixes them:',
      '#### The fix',
      '#### What was denied',
      '#### Details'
    ]
    const at = order.map((s) => body.indexOf(s))
    expect(at.every((n) => n > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(body).toContain(
      '| # | Action | Resource | Policy layer | Where |\n| --- | --- | --- | --- | --- |'
    )
    expect(body).toContain(
      '| 2 | `s3:GetObject` | `arn:aws:s3:::artifacts/b.zip` | identity policy | build.log:20 |'
    )
    // The shared sentence once, not once per finding; the table is open at three rows.
    const lead = body.slice(0, body.indexOf('#### Details'))
    expect(lead.match(/the identity policies of user hato/g)).toHaveLength(1)
    expect(body).toContain('All 3 fix in: the identity policies of user hato')
    expect(body).not.toContain('<details><summary>3 findings')
    expect(checkMarkdown(body).problems).toEqual([])
  })

  it(`collapses the table above ${COLLAPSE_TABLE_OVER} rows`, () => {
    const many = (n: number) =>
      renderComment(
        makeReport({
          findings: Array.from({ length: n }, (_, i) => s3('s3:GetObject', `k${i}`, i + 1))
        }),
        opts
      )
    expect(many(COLLAPSE_TABLE_OVER)).not.toContain('findings</summary>')
    expect(many(COLLAPSE_TABLE_OVER + 1)).toContain(
      `<details><summary>${COLLAPSE_TABLE_OVER + 1} findings</summary>\n\n| # | Action |`
    )
  })

  it('names the fix of each row and the IaC address when they differ', () => {
    const tf = makeFinding({
      line: 7,
      inferred: { iacResource: { value: 'aws_s3_bucket.logs', from: 'terraform `with` line' } }
    })
    const findings = [tf, three[0]!]
    const remedies = [makeRemedy({ findings: [0] }), makeRemedy({ id: 'b', findings: [1] })]
    const body = renderComment(makeReport({ findings, remedies }), opts)
    expect(body).toContain('| # | Action | Resource | Policy layer | Where | IaC resource | Fix |')
    expect(body).toMatch(/^\| 1 \| .* \| `aws_s3_bucket\.logs` \| 1 \|$/m)
    expect(body).toMatch(/^\| 2 \| `s3:PutObject` .* \| — \| 2 \|$/m)
    expect(body).not.toContain('fix in:')
  })

  it('links "Where" to the job, and to the log line when the step is known', () => {
    const job = 'https://github.com/o/r/actions/runs/11/job/22'
    const plain = renderComment(makeReport({ findings: three }), { ...opts, runUrl: job })
    expect(plain).toContain(`| [build.log:20](${job}) |`)
    const stepped = renderComment(makeReport({ findings: three }), {
      ...opts,
      runUrl: job,
      stepOf: (f) => ({ step: 4, line: f.line - 5 })
    })
    expect(stepped).toContain(`| [build.log:20](${job}#step:4:15) |`)
    // A run page has no line anchors: the step is not appended to it.
    const run = 'https://github.com/o/r/actions/runs/11'
    const onRun = renderComment(makeReport({ findings: three }), {
      ...opts,
      runUrl: run,
      stepOf: () => ({ step: 4, line: 1 })
    })
    expect(onRun).toContain(`| [build.log:10](${run}) |`)
  })

  it('escapes log text in the table cells', () => {
    const hostile = makeFinding({
      action: 's3:Get|Object',
      resource: 'arn:aws:s3:::b/<img src=x>|@admin `x`',
      file: 'a|b<script>.log'
    })
    const body = renderComment(makeReport({ findings: [hostile, three[0]!] }), opts)
    const row = body.split('\n').find((l) => l.startsWith('| 1 |'))!
    // Outside code spans nothing is raw HTML; inside them `<img` is shown, not rendered.
    expect(row).not.toMatch(/<script/)
    expect(row).toContain('a\\|b&lt;script&gt;.log:42')
    expect(row.split(/(?<!\\)\|/).length).toBe(7)
    expect(checkMarkdown(body).problems).toEqual([])
  })
})
