// Every occurrence counted, every distinct failure kept: logs where each line is a refusal.
import { analyzeText } from '../../src/engine/Analysis.js'

const SYNC =
  'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

describe('every-line logs', () => {
  it('counts three identical sync lines as three occurrences of one finding', () => {
    const { findings } = analyzeText(`${SYNC}\n${SYNC}\n${SYNC}\n`)
    expect(findings.map((f) => [f.code, f.service, f.occurrences])).toEqual([
      ['AccessDenied', 's3', 3]
    ])
  })

  it('counts 3,000 sync lines exactly', () => {
    const { findings } = analyzeText(`${SYNC}\n`.repeat(3000))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.occurrences).toBe(3000)
  })

  it('keeps an ExpiredToken line printed right after two denials of the same length', () => {
    const log = [
      'An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied',
      'An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied',
      'An error occurred (ExpiredToken) when calling the ListObjects operation: The provided token has expired.'
    ].join('\n')
    const { findings } = analyzeText(log + '\n')
    expect(findings.map((f) => [f.kind, f.code, f.occurrences, f.line])).toEqual([
      ['denial', 'AccessDenied', 2, 1],
      ['credentials', 'ExpiredToken', 1, 3]
    ])
  })

  it('still joins the lines a terminal hard-wrapped at its width', () => {
    const sentence =
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::artifacts/app.zip because no identity-based policy allows the s3:PutObject action'
    const width = 80
    const wrapped = sentence.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n')
    const [f] = analyzeText(wrapped + '\n').findings
    expect(f).toMatchObject({
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::artifacts/app.zip',
      layer: 'identity'
    })
  })
})

describe('a 100,000-line sync log', () => {
  it('gives one finding with occurrences 100000', () => {
    const { findings, stats } = analyzeText(`${SYNC}\n`.repeat(100_000))
    expect(findings.map((f) => f.occurrences)).toEqual([100_000])
    expect(stats.droppedFindings).toBe(0)
  })
})
