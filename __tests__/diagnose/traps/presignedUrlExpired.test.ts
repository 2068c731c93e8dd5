// WD934 (heldout20 review, h20-084): a pre-signed link S3 answered after its expiry.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'
import { analyzeText } from '../../../src/engine/Analysis.js'

const h20 = (id: string) => corpusText('heldout20.jsonl', id)

describe('a pre-signed link used after its expiry (review h20-084)', () => {
  it('h20-084 (a download manager resuming a GitHub release): the link expired before S3 answered', () => {
    const { f, statements } = analysedOne(h20('h20-084'))
    expect(f.traps).toEqual(['presigned-url-expired'])
    expect(f.title).toMatch(/the pre-signed link had expired$/)
    expect(f.explanation).toMatch(
      /^The request used a pre-signed link that expired at 2014-04-24T02:54:24Z; S3 answered at 2014-04-24T02:54:28Z/
    )
    expect(f.fixTarget.kind).toBe('credentials')
    expect(statements).toEqual([])
  })

  // h20-084's own session log with another link and answer time put in (own cases).
  const request = (query: string, answered: string) =>
    h20('h20-084')
      .replace(/\?response-content-disposition=[^ ]+/, `?${query}`)
      .replace('Thu, 24 Apr 2014 02:54:28 GMT', answered)

  it('signature version 4: X-Amz-Date plus X-Amz-Expires', () => {
    const q =
      'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20240301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240301T100000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=abc123'
    expect(analyzeText(request(q, 'Fri, 01 Mar 2024 10:06:00 GMT')).findings[0]!.traps).toContain(
      'presigned-url-expired'
    )
    // Own counter-case: answered inside the link's five minutes, the refusal is something else.
    expect(
      analyzeText(request(q, 'Fri, 01 Mar 2024 10:04:00 GMT')).findings[0]!.traps
    ).not.toContain('presigned-url-expired')
  })

  it('own counter-case: an unsigned URL with a late Date is no expired link', () => {
    expect(
      analyzeText(request('versionId=3', 'Fri, 01 Mar 2024 10:06:00 GMT')).findings[0]!.traps
    ).not.toContain('presigned-url-expired')
  })
})
