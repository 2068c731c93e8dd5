// Bugs the property tests found (issue 6), each pinned by the smallest input that showed it.
import { Analysis, analyzeText } from '../../src/engine/Analysis.js'
import type { AnalysisOptions } from '../../src/engine/Analysis.js'
import { triggerPattern } from '../../src/scan/triggers.js'

function stats(chunks: (Uint8Array | string)[], options?: AnalysisOptions) {
  const analysis = new Analysis(options)
  const source = analysis.source(null)
  for (const chunk of chunks) source.write(chunk)
  source.end()
  return analysis.report().stats
}

describe('scanner statistics do not depend on chunking', () => {
  it('counts a NUL in a line read in segments once, however the line arrives', () => {
    // Found by chunking.property: NULs were counted per block of complete lines only.
    const line = Buffer.from(`\0${'x'.repeat(100)}\n`, 'latin1')
    const whole = stats([line], { scanner: { maxLineBytes: 64 } })
    const split = stats([line.subarray(0, 10), line.subarray(10)], {
      scanner: { maxLineBytes: 64 }
    })
    expect(whole.binaryBytes).toBe(1)
    expect(split.binaryBytes).toBe(1)
  })

  it('counts a long line without a trigger as long, whether or not it arrives in one chunk', () => {
    // Found by chunking.property: the bulk skip of trigger-free lines did not see long lines.
    const line = Buffer.from(`${'x'.repeat(70)}\r\n`, 'latin1')
    const whole = stats([line], { scanner: { maxLineBytes: 64 } })
    const split = stats([line.subarray(0, 66), line.subarray(66)], {
      scanner: { maxLineBytes: 64 }
    })
    expect(whole.longLines).toBe(1)
    expect(split.longLines).toBe(1)
  })
})

describe('lines read in segments give the same findings however they arrive', () => {
  const findings = (chunks: Uint8Array[]) => {
    const analysis = new Analysis({ scanner: { maxLineBytes: 64 } })
    const source = analysis.source(null)
    for (const chunk of chunks) source.write(chunk)
    source.end()
    return analysis.report().findings.map((f) => `${f.line}:${f.kind}:${f.grammar}`)
  }

  it('a line exactly one segment long leaves no empty segment behind', () => {
    // Found by chunking.property: fed byte by byte, the newline after a 64-byte line became an
    // empty continuation segment, so the window (and the wrap heuristic) differed from one write.
    const log = Buffer.from(
      `${'\0'.repeat(7)}2026-11-23T13:45:01.1234567Z Unable to locate credentials\nUser: arn:aws:sts::111122223333:assumed-role/deploy/gha is not authorized to perform: s3:GetObject\n`,
      'latin1'
    )
    const whole = findings([log])
    expect(findings([...log].map((b) => Uint8Array.of(b)))).toEqual(whole)
    expect(findings([log.subarray(0, 64), log.subarray(64)])).toEqual(whole)
  })

  it('a trigger cut by the boundary of the last segment is found in any chunking', () => {
    // 'redential' starts at byte 60 and ends at 69: the 64-byte segment boundary cuts it.
    const line = `${'x'.repeat(42)}Unable to locate credentials`
    const log = Buffer.from(`${line}\n`, 'latin1')
    const cut = log.indexOf('credentials') + 3
    const whole = findings([log])
    expect(whole).toEqual(['1:credentials:no-credentials-cli'])
    expect(findings([log.subarray(0, cut), log.subarray(cut)])).toEqual(whole)
    expect(findings([log.subarray(0, 64), log.subarray(64)])).toEqual(whole)
  })
})

describe('grammar edge cases', () => {
  it('reads a bare principal that opens a JSON string value', () => {
    // Found by denialGrammar.property: the subject token kept the `"msg":"` in front of the ARN.
    const [f] = analyzeText(
      '{"level":"error","msg":"arn:aws:iam::111122223333:user/aa- is not authorized to perform: s3:GetObject on resource: arn:aws:ecr:eu-west-1:111122223333:repository/a-a"}\n'
    ).findings
    expect(f?.principal).toBe('arn:aws:iam::111122223333:user/aa-')
    expect(f?.resource).toBe('arn:aws:ecr:eu-west-1:111122223333:repository/a-a')
  })

  it('keeps a code and its message together when a hard wrap falls on a space', () => {
    // Found by denialGrammar.property: a 60-column wrap ending in a space split the code from
    // the sentence, giving two findings (a bare AccessDenied and the sentence without its code).
    const text =
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/aaa is not authorized to perform: s3:GetObject on resource: * with an explicit deny in an identity-based policy'
    const wrapped = text.match(/.{1,60}/g)!.join('\n') + '\n'
    expect(wrapped.split('\n')[0]).toMatch(/ $/)
    const findings = analyzeText(wrapped).findings
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      code: 'AccessDenied',
      principal: 'arn:aws:iam::111122223333:user/aaa',
      action: 's3:GetObject',
      layer: 'identity',
      deny: 'explicit'
    })
  })

  it('does not glue padded lines (progress bars) as if a terminal had wrapped them', () => {
    const pad = (s: string) => s.padEnd(80, ' ')
    const log = [
      pad('layer 1/3: pulling'),
      pad('layer 2/3: pulling'),
      'denied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:111122223333:repository/app because no resource-based policy allows the ecr:InitiateLayerUpload action',
      ''
    ].join('\n')
    const [f] = analyzeText(log).findings
    expect(f).toMatchObject({
      principal: 'arn:aws:iam::111122223333:user/ci',
      layer: 'resource',
      line: 3
    })
  })
})

describe('signed request headers in SDK debug logs', () => {
  it('are not triggers, but the phrases real failures print still are', () => {
    const re = triggerPattern()
    expect(
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261123/us-east-1/s3/aws4_request'
    ).not.toMatch(re)
    expect(
      'http.request.header.authorization="AWS4-HMAC-SHA256 Credential=ASIA****/20261123"'
    ).not.toMatch(triggerPattern())
    expect("Authorization header requires 'Credential' parameter.").toMatch(triggerPattern())
    expect('Unable to locate credentials').toMatch(triggerPattern())
    expect('AuthorizationErrorException').toMatch(triggerPattern())
  })

  it('do not hide a denial printed next to them', () => {
    const log = [
      '[DEBUG] Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261123/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
      '[DEBUG] <ErrorResponse><Error><Code>AccessDenied</Code><Message>User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy</Message></Error></ErrorResponse>',
      ''
    ].join('\n')
    const findings = analyzeText(log).findings
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ code: 'AccessDenied', action: 'sts:AssumeRole', line: 2 })
  })
})
