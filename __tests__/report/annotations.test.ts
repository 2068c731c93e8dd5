/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
import { annotations } from '../../src/report/annotations.js'
import { makeFinding, makeReport } from './makeReport.js'

describe('annotations', () => {
  it('gives one annotation per finding: the cause as title, a short message, file and line', () => {
    const { items, omitted } = annotations(makeReport())
    expect(omitted).toBe(0)
    expect(items).toEqual([
      {
        title:
          'No resource-based policy lets user hato call ecr:InitiateLayerUpload on hato-repository',
        message:
          'The repository policy of `hato-repository` does not allow `ecr:InitiateLayerUpload` for this user. Fix in: the repository policy of arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository.',
        file: 'build.log',
        line: 42
      }
    ])
  })

  it('leaves out file and line when the finding came from a wrapped command', () => {
    const { items } = annotations(makeReport({ findings: [makeFinding({ file: null, line: 9 })] }))
    expect(items[0]).not.toHaveProperty('file')
    expect(items[0]).not.toHaveProperty('line')
  })

  it('keeps at most max annotations and counts the rest', () => {
    const findings = Array.from({ length: 14 }, (_, i) =>
      makeFinding({ title: `Cause ${i}`, line: i })
    )
    const { items, omitted } = annotations(makeReport({ findings }))
    expect(items.map((a) => a.title)).toEqual(findings.slice(0, 10).map((f) => f.title))
    expect(omitted).toBe(4)
    expect(annotations(makeReport({ findings }), 3).omitted).toBe(11)
  })

  it('merges findings that would give the same annotation', () => {
    const same = makeFinding({ file: null })
    const { items, omitted } = annotations(makeReport({ findings: [same, { ...same, line: 99 }] }))
    expect(items).toHaveLength(1)
    expect(omitted).toBe(0)
  })

  it('keeps titles and messages on one line, short, and free of control characters', () => {
    const f = makeFinding({
      title: 'a\r\nb\x1b[1m' + 'x'.repeat(500),
      explanation: 'm\n'.repeat(2000)
    })
    const [item] = annotations(makeReport({ findings: [f] })).items
    expect(item!.title).not.toMatch(/[\r\n\x1b]/)
    expect(item!.title.length).toBeLessThanOrEqual(200)
    expect(item!.message.length).toBeLessThanOrEqual(1000)
  })
})
