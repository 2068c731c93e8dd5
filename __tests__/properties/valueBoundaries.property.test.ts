// Property (issue 10): principals and resources are read exactly as printed, masks and
// placeholders included, and end where something that cannot be part of them begins: whitespace
// before the next word of the sentence, a quote (plain or JSON-escaped), the end of the line.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { analyzeText } from '../../src/engine/Analysis.js'

/** Account ids as users paste them: real, masked, placeholders, empty. */
const account = fc.constantFrom(
  '123456789012',
  '***',
  '<REDACTED>',
  'XXXX',
  '1454YYYYYYYY',
  '[accnt id]',
  '<ID>',
  'ACCOUNT_ID',
  '',
  '<Log Archive Account>'
)
// A name ending in `.` or `,` cannot be told from sentence punctuation: names end alphanumeric.
const name = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{0,19}[A-Za-z0-9]$/)

const principal = fc
  .tuple(account, fc.constantFrom('user', 'role'), name)
  .map(([a, type, n]) => `arn:aws:iam::${a}:${type}/${n}`)
const resource = fc.oneof(
  fc.tuple(account, name).map(([a, n]) => `arn:aws:dynamodb:us-east-1:${a}:table/${n}`),
  fc
    .tuple(account, name)
    .map(([a, n]) => `arn:aws:logs:eu-west-1:${a}:log-group:/aws/${n}:log-stream:`),
  fc.tuple(account, name).map(([a, n]) => `arn:aws:iam::${a}:role/${n}`),
  fc.constant('*'),
  fc.stringMatching(/^\+[0-9]{8,12}$/)
)

/** How the sentence ends: a reason, a JSON string closing (plain or escaped), the line's end. */
const ending = fc.constantFrom(
  ' because no identity-based policy allows the dynamodb:PutItem action',
  '","errorType":"AccessDeniedException"}',
  '\\",\\"errorStack\\":\\"x\\"}',
  '',
  ' with an explicit deny in a service control policy'
)

describe('value boundaries', () => {
  it('principal and resource come back exactly as printed', () => {
    fc.assert(
      fc.property(principal, resource, ending, (p, r, end) => {
        const open = end.startsWith('"')
          ? '{"errorMessage":"'
          : end.startsWith('\\')
            ? '{\\"errorMessage\\":\\"'
            : ''
        const text = `${open}User: ${p} is not authorized to perform: dynamodb:PutItem on resource: ${r}${end}\n`
        const [f] = analyzeText(text).findings
        expect({ principal: f?.principal, resource: f?.resource }).toEqual({
          principal: p,
          resource: r
        })
      }),
      { numRuns: 150 }
    )
  })
})
