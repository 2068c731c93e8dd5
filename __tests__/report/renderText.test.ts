/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
import { renderText } from '../../src/report/renderText.js'
import { makeFinding, makeRemedy, makeReport } from './makeReport.js'

describe('renderText', () => {
  const report = makeReport({ remedies: [makeRemedy()] })

  it('shows one block per finding: title, facts, explanation, where to fix', () => {
    const out = renderText(report, { color: false })
    expect(out).toContain(
      '✖ 1. No resource-based policy lets user hato call ecr:InitiateLayerUpload on hato-repository\n' +
        '  principal      arn:aws:iam::123456789012:user/hato\n' +
        '  action         ecr:InitiateLayerUpload\n' +
        '  resource       arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository\n' +
        '  policy layer   resource-based policy (on the resource)\n' +
        '  deny           implicit: no policy allows it\n' +
        '  where          build.log:42\n' +
        '  seen           3 times\n'
    )
    expect(out).toContain('\n  The repository policy of `hato-repository`')
    expect(out).toContain('  fix in         the repository policy of arn:aws:ecr:')
    expect(out).toContain('(who: the owner of the resource)')
    expect(out).toContain('  traps          ecr-repository-may-not-exist')
  })

  it('lists the remedies with their JSON statements', () => {
    const out = renderText(report, { color: false })
    expect(out).toContain('How to fix\n1. Add to the repository policy of')
    expect(out).toContain('(for finding 1)')
    expect(out).toContain('      "Sid": "AllowPushFromHato",')
    expect(out.trimEnd().endsWith('1 AWS authorization failure in 2,000 lines.')).toBe(true)
  })

  it('colours only when asked to', () => {
    expect(renderText(report, { color: false })).not.toContain('\x1b[')
    const coloured = renderText(report, { color: true })
    expect(coloured).toContain('\x1b[1m\x1b[31m✖ 1.')
  })

  it('strips terminal escapes and other controls coming from the log', () => {
    const hostile = makeReport({
      findings: [
        makeFinding({
          title: 'evil\x1b]0;pwned\x07\x1b[2J title',
          principal: 'arn\x1b[31m\r\nx',
          explanation: 'line\x9b1m\u202eend'
        })
      ]
    })
    const out = renderText(hostile, { color: false })
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/)
    expect(out).toContain('  principal      arn[31m x\n')
  })

  it('says so in one line when there is nothing to report', () => {
    const out = renderText(makeReport({ findings: [], stats: { lines: 3 } }), { color: false })
    expect(out).toBe('No AWS authorization failures found in 3 lines.\n')
  })

  it('adds scan notices', () => {
    const out = renderText(makeReport({ findings: [], stats: { lines: 1, longLines: 2 } }), {
      color: false
    })
    expect(out).toContain('note: 2 very long lines were only partly examined')
  })
})

describe('renderText wrapping', () => {
  it('wraps the explanation and notes to the width, indented, without losing a word', () => {
    const explanation = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const report = makeReport({ findings: [makeFinding({ explanation })] })
    const out = renderText(report, { color: false, width: 60 })
    const block = out.split('\n').filter((l) => /word\d/.test(l))
    expect(block.length).toBeGreaterThan(5)
    for (const l of block) {
      expect(l.length).toBeLessThanOrEqual(60)
      expect(l.startsWith('  ')).toBe(true)
    }
    expect(block.join(' ').split(/\s+/).filter(Boolean)).toEqual(explanation.split(' '))
  })
})
