// Property (issue 16): reusing the parse of a line whose shape was seen changes nothing. For
// generated logs where every line (or most) is a refusal, the report with the repeat cache equals
// the report that parses every line: same findings, same fields, same occurrences.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { Analysis } from '../../src/engine/Analysis.js'
import type { Report } from '../../src/model/Report.js'

/**
 * `{k}` takes a generated key, `{a}` an account, `{x}` an action, `{h}` a hex and `{b}` a base64
 * id: parts that vary or feed fields.
 */
const SHAPES = [
  'upload failed: ./{k} to s3://b/{k} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
  'delete failed: s3://b-{a}/{k} An error occurred (AccessDenied) when calling the DeleteObject operation: Access Denied',
  'download failed: s3://b/{k} to ./{k} An error occurred (403) when calling the HeadObject operation: Forbidden',
  'User: arn:aws:iam::{a}:user/ci is not authorized to perform: {x} on resource: arn:aws:s3:::b/{k}',
  'User: arn:aws:iam::{a}:user/ci-{k} is not authorized to perform: {x} on resource: arn:aws:s3:::b because no identity-based policy allows the {x} action',
  'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: {k}; S3 Extended Request ID: {k}=), S3 Extended Request ID: {k}',
  'An error occurred (ExpiredToken) when calling the ListObjects operation: The provided token has expired.',
  '2026-11-23T10:00:{a}.1234567Z Error: AccessDenied: Access Denied\n\tstatus code: 403, request id: {k}',
  '{"__type":"AccessDeniedException","Message":"User: arn:aws:sts::{a}:assumed-role/r/{k} is not authorized to perform: {x} on resource: arn:aws:dynamodb:eu-west-1:{a}:table/t{k}"}',
  'processed {k} items in {a} ms',
  // S3's extended request id is base64: slashes, pieces without digits, `s3` inside (see lineShape).
  '2026-11-23 13:00:{a} ERROR c.e.Up - upload of r-{k}.csv failed: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: {h}; S3 Extended Request ID: {b}; Proxy: null), S3 Extended Request ID: {b}'
]

const ACTIONS = ['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'dynamodb:PutItem']

const line = fc
  .tuple(
    fc.integer({ min: 0, max: SHAPES.length - 1 }),
    fc.stringMatching(/^[a-z0-9.-]{1,10}$/),
    fc.constantFrom('111122223333', '444455556666', '12'),
    fc.constantFrom(...ACTIONS),
    fc.stringMatching(/^[0-9A-F]{16}$/),
    fc.stringMatching(/^[A-Za-z0-9+/]{20,56}={0,2}$/)
  )
  .map(([k, key, account, action, hex, base64]) =>
    SHAPES[k]!.replaceAll('{k}', key)
      .replaceAll('{a}', account)
      .replaceAll('{x}', action)
      .replaceAll('{h}', hex)
      .replaceAll('{b}', base64)
  )

function report(text: string, repeats: boolean): Report {
  const analysis = new Analysis({ maxFindings: 10_000, scanner: { repeats } })
  const source = analysis.source('x.log')
  source.write(text)
  source.end()
  return analysis.report()
}

describe('the repeat cache', () => {
  it('gives the report that parsing every line gives', () => {
    fc.assert(
      fc.property(
        // Long runs of one shape make the cache learn, check and reuse.
        fc.array(fc.tuple(line, fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 12 }),
        fc.array(line, { maxLength: 30 }),
        (runs, mixed) => {
          const lines = [...runs.flatMap(([l, n]) => Array<string>(n).fill(l)), ...mixed]
          // Vary the repeated lines' keys: a run of one shape, not of one text.
          const text = lines.map((l, i) => l.replace(/\/[a-z0-9.-]+$/, `/k${i}`)).join('\n') + '\n'
          expect(report(text, true)).toEqual(report(text, false))
        }
      ),
      { numRuns: 80 }
    )
  })

  it('counts every line of a generated sync log with distinct keys, in one finding', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 300 }),
        (keys) => {
          const text = keys.map((k) => SHAPES[0]!.replaceAll('{k}', `assets/${k}.js`)).join('\n')
          const { findings } = report(text + '\n', true)
          expect(findings.map((f) => [f.code, f.operation, f.occurrences])).toEqual([
            ['AccessDenied', 'PutObject', keys.length]
          ])
        }
      ),
      { numRuns: 40 }
    )
  })

  it('keeps distinct resources distinct when their lines share a shape', () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) =>
        `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/key-${i % 50}`
    )
    const { findings } = report(lines.join('\n') + '\n', true)
    expect(findings).toHaveLength(50)
    expect(findings.every((f) => f.occurrences === 4)).toBe(true)
    expect(new Set(findings.map((f) => f.resource)).size).toBe(50)
  })
})
