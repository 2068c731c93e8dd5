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

describe('the cap on distinct findings', () => {
  const denial = (k: number) =>
    `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key-${k} because no identity-based policy allows the s3:GetObject action`

  it('keeps the only credentials problem among 3,000 similar denials, and counts what it left out exactly', () => {
    const lines = Array.from({ length: 3000 }, (_, k) => denial(k))
    lines.splice(
      2700,
      0,
      'An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.'
    )
    // Every left-out denial printed twice: left out once, counted once.
    const log = [...lines, ...lines.slice(2800)].join('\n') + '\n'
    const { findings, stats } = analyzeText(log)
    expect(findings.filter((f) => f.kind === 'denial')).toHaveLength(500)
    expect(findings.filter((f) => f.kind === 'credentials').map((f) => [f.code, f.line])).toEqual([
      ['ExpiredToken', 2701]
    ])
    expect(stats.droppedFindings).toBe(2500)
  })

  it('keeps an explicit deny that arrives after the cap is full', () => {
    const log = [
      ...Array.from({ length: 40 }, (_, k) => denial(k)),
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::bucket/x with an explicit deny in a service control policy'
    ].join('\n')
    const { findings, stats } = analyzeText(log + '\n', null, { maxFindings: 10 })
    expect(findings.at(-1)).toMatchObject({ layer: 'scp', deny: 'explicit' })
    expect(findings).toHaveLength(11)
    expect(stats.droppedFindings).toBe(30)
  })
})
