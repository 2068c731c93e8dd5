// What stands after EC2's `Encoded authorization failure message:` marker (src/parse/blobCut.ts).
// A blob is the encrypted request context (principal, action, resource, conditions): hundreds of
// characters. One much shorter was cut by the log or its writer and cannot be decoded (heldout15
// review, h15-023: a README's 102-character blob the tool passed on as decodable).
import { truncatedBlob } from '../../src/parse/blobCut.js'
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const blobOf = (n: number): string => 'AbC-d_9'.repeat(Math.ceil(n / 7)).slice(0, n)

describe('a blob too short to be whole', () => {
  it('h15-023: 102 characters in a README is cut', () => {
    const found = parseText(corpusText('heldout15.jsonl', 'h15-023'))
    expect(found.map((d) => [d.kind, d.code, d.detail.encodedTruncated, d.encodedMessage])).toEqual(
      [['encoded', 'UnauthorizedOperation', 'cut', null]]
    )
  })

  it.each([
    [102, 'cut'],
    [235, 'cut'],
    [256, null],
    [640, null]
  ])('our own: %i characters → %s', (n, verdict) => {
    expect(truncatedBlob(blobOf(n), '\n')).toBe(verdict)
  })

  it('our own: a whole blob is kept for decoding', () => {
    const blob = blobOf(700)
    const found = parseText(
      `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}`
    )
    expect(found.map((d) => [d.kind, d.detail.encodedTruncated, d.encodedMessage])).toEqual([
      ['encoded', undefined, blob]
    ])
  })
})
