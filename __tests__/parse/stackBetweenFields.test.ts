// A Node error inspected on one line (a Lambda's log flattens it): the message, its whole stack,
// then its fields (`{ code: 'AccessDenied', … }`). The code field is the same refusal, however
// long the stack between (getlift/lift#236, found trying the CLI on unseen logs: counted twice).
import { parseText } from './parseText.js'

const FRAMES = [
  'at Request.extractError (/opt/nodejs/node_modules/aws-sdk/lib/protocol/query.js:50:29)',
  'at Request.callListeners (/opt/nodejs/node_modules/aws-sdk/lib/sequential_executor.js:106:20)',
  'at Request.emit (/opt/nodejs/node_modules/aws-sdk/lib/sequential_executor.js:78:10)',
  'at Request.emit (/opt/nodejs/node_modules/aws-sdk/lib/request.js:686:14)',
  'at Request.transition (/opt/nodejs/node_modules/aws-sdk/lib/request.js:22:10)',
  'at AcceptorStateMachine.runTo (/opt/nodejs/node_modules/aws-sdk/lib/state_machine.js:14:12)',
  'at /opt/nodejs/node_modules/aws-sdk/lib/state_machine.js:26:10',
  'at Request.<anonymous> (/opt/nodejs/node_modules/aws-sdk/lib/request.js:38:9)'
].join(' ')

const MESSAGE =
  'AccessDenied: Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.'

describe("an error's fields after its stack on one line", () => {
  it('getlift/lift#236: the code field after eight frames is the same refusal', () => {
    const found = parseText(
      `{ value: { error: ${MESSAGE} ${FRAMES} { code: 'AccessDenied', time: 2022-06-28T16:37:44.889Z, statusCode: 403, retryable: false } } }`
    )
    expect(found.map((d) => [d.grammar, d.code, d.occurrences])).toEqual([
      ['sqs-access-to-resource', 'AccessDenied', 1]
    ])
  })

  it('own: text other than frames between them keeps both (a second error)', () => {
    const prose = 'the queue consumer then retried with a fallback client and reported '.repeat(8)
    const found = parseText(`${MESSAGE} ${prose} { code: 'AccessDenied', statusCode: 403 }`)
    expect(found).toHaveLength(2)
  })
})
