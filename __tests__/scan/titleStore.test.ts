// A text whose title (its first line) names an S3-compatible store: the trace pasted under it is
// that store's, even where no line of the trace names it (issue 10, heldout h097). The title
// governs a note's length only: a long log keeps the AWS refusals it prints further down.
import { parseText } from '../parse/parseText.js'

/** The trace of Kuingsmile/PicList#473 (heldout h097), as the issue printed it. */
const PICLIST_TRACE = [
  'AccessDenied: Access Denied',
  '    at ProtocolLib.getErrorSchemaOrThrowBaseException (/Applications/PicList.app/Contents/Resources/app.asar/node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js:69:67)',
  '    at AwsRestXmlProtocol.handleError (/Applications/PicList.app/Contents/Resources/app.asar/node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js:1795:65)',
  '    at AwsRestXmlProtocol.deserializeResponse (/Applications/PicList.app/Contents/Resources/app.asar/node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js:304:24)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)'
]

/** Our own title and body lines around it: the stored thread kept no title. */
function note(title: string, gap: number): string {
  const body = Array.from({ length: gap }, (_, i) => `step ${i + 1}: configure the uploader`)
  return [title, '', ...body, '', ...PICLIST_TRACE].join('\n')
}

describe('a title naming an S3-compatible store', () => {
  it('the trace under a title naming R2, out of the record reach, gives no AWS finding', () => {
    expect(parseText(note('Upload to R2 fails after updating to 2.9', 6))).toEqual([])
  })

  it('without the title the same text is an AWS refusal (the trace alone says nothing else)', () => {
    expect(parseText(note('Upload fails after updating to 2.9', 6)).map((f) => f.code)).toEqual([
      'AccessDenied'
    ])
  })

  it('a title is only the first line: R2 named on a later line far above does not count', () => {
    const text = ['Upload fails after updating to 2.9', 'We also mirror to R2 nightly', note('', 6)]
    expect(parseText(text.join('\n')).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('a long log: the title does not reach a refusal printed past its bound', () => {
    expect(parseText(note('Sync to R2 and S3', 80)).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('a first line longer than a title is a log line, not a title', () => {
    const first = `2024-05-01T10:00:00Z ${'x'.repeat(200)} R2 mirror step skipped`
    expect(parseText(note(first, 6)).map((f) => f.code)).toEqual(['AccessDenied'])
  })
})
