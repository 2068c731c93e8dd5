// Which denials fold together. Expectations are written out by hand, never computed with the
// collector's own key: a field dropped from the key must make two distinct failures one.
import { FindingCollector } from '../../src/engine/FindingCollector.js'
import { emptyDenial, type Denial } from '../../src/model/Denial.js'

function denial(fields: Partial<Denial> = {}): Denial {
  return {
    ...emptyDenial('denial', 'iam-sentence'),
    code: 'AccessDenied',
    action: 's3:GetObject',
    service: 's3',
    principal: 'arn:aws:sts::111122223333:assumed-role/deploy/gha',
    resource: 'arn:aws:s3:::bucket/a.txt',
    layer: 'identity',
    deny: 'implicit',
    ...fields
  }
}

const summary = (c: FindingCollector) =>
  c.collected().map((x) => ({ resource: x.denial.resource, occurrences: x.occurrences }))

describe('FindingCollector', () => {
  it('folds the same denial printed twice into one finding seen twice, at its first line', () => {
    const c = new FindingCollector(10)
    c.add(denial(), 'ci.log', 4)
    c.add(denial(), 'ci.log', 9)
    expect(c.collected()).toHaveLength(1)
    expect(c.collected()[0]).toMatchObject({ occurrences: 2, denial: { file: 'ci.log', line: 4 } })
  })

  it('keeps two denials that differ only by resource apart', () => {
    const c = new FindingCollector(10)
    c.add(denial({ resource: 'arn:aws:s3:::bucket/a.txt' }), null, 1)
    c.add(denial({ resource: 'arn:aws:s3:::bucket/b.txt' }), null, 2)
    c.add(denial({ resource: 'arn:aws:s3:::bucket/a.txt' }), null, 3)
    expect(summary(c)).toEqual([
      { resource: 'arn:aws:s3:::bucket/a.txt', occurrences: 2 },
      { resource: 'arn:aws:s3:::bucket/b.txt', occurrences: 1 }
    ])
  })

  it('keeps a denial with a resource apart from the same one without', () => {
    const c = new FindingCollector(10)
    c.add(denial({ resource: null }), null, 1)
    c.add(denial({ resource: 'arn:aws:s3:::bucket/a.txt' }), null, 2)
    expect(summary(c)).toEqual([
      { resource: null, occurrences: 1 },
      { resource: 'arn:aws:s3:::bucket/a.txt', occurrences: 1 }
    ])
  })

  // One row per field of the key: changing only that field gives a second finding.
  it.each<[string, Partial<Denial>]>([
    ['kind', { kind: 'encoded' }],
    ['action', { action: 's3:PutObject' }],
    ['principal', { principal: 'arn:aws:iam::111122223333:user/ci' }],
    ['resource', { resource: 'arn:aws:s3:::other/a.txt' }],
    ['layer', { layer: 'scp' }],
    ['deny', { deny: 'explicit' }],
    [
      'policyArn',
      { policyArn: 'arn:aws:organizations::111122223333:policy/o-1/service_control_policy/p-1' }
    ],
    ['encodedMessage', { encodedMessage: 'Zm9vYmFy' }]
  ])('a different %s is a different finding', (_field, change) => {
    const c = new FindingCollector(10)
    c.add(denial(), null, 1)
    c.add(denial(change), null, 2)
    expect(c.collected().map((x) => x.occurrences)).toEqual([1, 1])
  })

  it('the same named denial with another code, or none, is the same failure', () => {
    // gravitational/teleport#30226 (corpus d042): the Go SDK prints the sentence with its code,
    // then again alone in its struct dump.
    const c = new FindingCollector(10)
    c.add(denial({ code: null }), null, 1)
    c.add(denial({ code: 'AccessDeniedException' }), null, 7)
    c.add(denial({ code: 'AccessDenied' }), null, 9)
    expect(c.collected().map((x) => [x.denial.code, x.denial.line, x.occurrences])).toEqual([
      ['AccessDeniedException', 1, 3]
    ])
  })

  it('a different code tells apart denials that name no action', () => {
    const c = new FindingCollector(10)
    c.add(denial({ action: null, code: 'AccessDenied' }), null, 1)
    c.add(denial({ action: null, code: 'AccessDeniedException' }), null, 2)
    // Without a code it is the same message as the first one seen.
    c.add(denial({ action: null, code: null }), null, 3)
    expect(c.collected().map((x) => [x.denial.code, x.occurrences])).toEqual([
      ['AccessDenied', 2],
      ['AccessDeniedException', 1]
    ])
  })

  it('folds a phrase printed once without its code and once with it (unbounce/iidy#18)', () => {
    // "error: The security token included in the request is invalid." then
    // "error:  InvalidClientTokenId: The security token included in the request is invalid."
    const token = (code: string | null) =>
      denial({
        kind: 'credentials',
        grammar: 'security-token-invalid',
        action: null,
        resource: null,
        code
      })
    const first = new FindingCollector(10)
    first.add(token(null), null, 2)
    first.add(token('InvalidClientTokenId'), null, 3)
    expect(first.collected().map((x) => [x.denial.code, x.denial.line, x.occurrences])).toEqual([
      ['InvalidClientTokenId', 2, 2]
    ])
    // The other way round, and a third code that is another failure.
    const second = new FindingCollector(10)
    second.add(token('InvalidClientTokenId'), null, 1)
    second.add(token(null), null, 2)
    second.add(token('UnrecognizedClientException'), null, 3)
    second.add(token('InvalidClientTokenId'), null, 4)
    expect(second.collected().map((x) => [x.denial.code, x.occurrences])).toEqual([
      ['InvalidClientTokenId', 3],
      ['UnrecognizedClientException', 1]
    ])
    // Once the code-less one has learnt its code, a later other code stays apart.
    const third = new FindingCollector(10)
    third.add(token(null), null, 1)
    third.add(token('A'), null, 2)
    third.add(token('B'), null, 3)
    third.add(token('A'), null, 4)
    expect(third.collected().map((x) => [x.denial.code, x.occurrences])).toEqual([
      ['A', 3],
      ['B', 1]
    ])
  })

  it('a different file is a different finding', () => {
    const c = new FindingCollector(10)
    c.add(denial(), 'a.log', 1)
    c.add(denial(), 'b.log', 1)
    c.add(denial(), null, 1)
    expect(c.collected().map((x) => x.denial.file)).toEqual(['a.log', 'b.log', null])
  })

  it('ignores the case of the action (IAM actions are case-insensitive)', () => {
    const c = new FindingCollector(10)
    c.add(denial({ action: 'SNS:Publish' }), null, 1)
    c.add(denial({ action: 'sns:publish' }), null, 2)
    expect(c.collected().map((x) => [x.denial.action, x.occurrences])).toEqual([['SNS:Publish', 2]])
  })

  it('tells bare codes apart by operation, and other grammars not', () => {
    const bare = (operation: string) =>
      denial({ grammar: 'bare-code', action: null, resource: null, operation })
    const c = new FindingCollector(10)
    c.add(bare('GetObject'), null, 1)
    c.add(bare('PutObject'), null, 2)
    expect(c.collected()).toHaveLength(2)

    // A sentence that names its action: the operation adds nothing (the tool's label may vary).
    const d = new FindingCollector(10)
    d.add(denial({ operation: 'GetObject' }), null, 1)
    d.add(denial({ operation: 'getObject' }), null, 2)
    expect(d.collected().map((x) => x.occurrences)).toEqual([2])
  })

  it('tells apart denials that name no action by their phrase, service and operation', () => {
    // An API Gateway refusal and a CloudWatch Logs one state no code, action or resource: they
    // are still two failures.
    const unnamed = (grammar: string, service: string | null, operation: string | null) =>
      denial({
        grammar,
        service,
        operation,
        action: null,
        resource: null,
        principal: null,
        code: null,
        layer: null,
        deny: null
      })
    const c = new FindingCollector(10)
    c.add(unnamed('apigw-authorizer', null, null), null, 1)
    c.add(unnamed('logs-additional-permission', 'logs', 'CreateLogStream'), null, 2)
    c.add(unnamed('logs-additional-permission', 'logs', 'CreateLogGroup'), null, 3)
    c.add(unnamed('kms-ciphertext', 'kms', null), null, 4)
    c.add(unnamed('kms-ciphertext', 'secretsmanager', null), null, 5)
    c.add(unnamed('logs-additional-permission', 'logs', 'CreateLogStream'), null, 6)
    expect(c.collected().map((x) => [x.denial.grammar, x.occurrences])).toEqual([
      ['apigw-authorizer', 1],
      ['logs-additional-permission', 2],
      ['logs-additional-permission', 1],
      ['kms-ciphertext', 1],
      ['kms-ciphertext', 1]
    ])
  })

  it('a named action folds across phrases: the same denial printed by two tools is one', () => {
    const c = new FindingCollector(10)
    c.add(denial({ grammar: 'iam-sentence', service: 's3' }), null, 1)
    c.add(denial({ grammar: 'docker-denied', service: null }), null, 2)
    expect(c.collected().map((x) => x.occurrences)).toEqual([2])
  })

  it('does not fold on fields outside the key (policy name, detail)', () => {
    const c = new FindingCollector(10)
    c.add(denial({ detail: { bucket: 'a' } }), null, 1)
    c.add(denial({ detail: { bucket: 'b' }, policyName: 'x' }), null, 2)
    expect(c.collected().map((x) => x.occurrences)).toEqual([2])
  })

  it('is not fooled by a field whose text holds the separator', () => {
    // Naive joining with `|` would make these two keys equal.
    const c = new FindingCollector(10)
    c.add(denial({ principal: 'a|b', resource: 'c' }), null, 1)
    c.add(denial({ principal: 'a', resource: 'b|c' }), null, 2)
    expect(c.collected()).toHaveLength(2)
  })

  it('tells a missing field from an empty one, whichever field it is', () => {
    // Without a mark for null, (principal "a", resource none) and (none, "a") would share a key.
    const c = new FindingCollector(10)
    c.add(denial({ principal: 'a', resource: null }), null, 1)
    c.add(denial({ principal: null, resource: 'a' }), null, 2)
    c.add(denial({ principal: '', resource: null }), null, 3)
    c.add(denial({ principal: null, resource: null }), null, 4)
    expect(c.collected()).toHaveLength(4)
  })

  it('keeps at most max distinct findings, counts the rest, and still counts repeats', () => {
    const c = new FindingCollector(2)
    for (const r of ['a', 'b', 'c', 'a', 'd']) c.add(denial({ resource: r }), null, 1)
    expect(summary(c)).toEqual([
      { resource: 'a', occurrences: 2 },
      { resource: 'b', occurrences: 1 }
    ])
    expect(c.dropped).toBe(2)
  })

  it('merges another collector as if its denials had been added here', () => {
    const worker = new FindingCollector(10)
    worker.add(denial({ resource: 'a' }), 'w.log', 3)
    worker.add(denial({ resource: 'b' }), 'w.log', 5)
    worker.add(denial({ resource: 'b' }), 'w.log', 6)
    const main = new FindingCollector(3)
    main.add(denial({ resource: 'b' }), 'w.log', 1)
    main.add(denial({ resource: 'z' }), 'x.log', 1)
    main.merge(worker.collected(), 4)
    expect(main.collected().map((x) => [x.denial.file, x.denial.resource, x.occurrences])).toEqual([
      ['w.log', 'b', 3],
      ['x.log', 'z', 1],
      ['w.log', 'a', 1]
    ])
    expect(main.dropped).toBe(4)
    main.merge(
      [{ denial: { ...denial({ resource: 'q' }), file: null, line: 1 }, occurrences: 1 }],
      0
    )
    expect(main.dropped).toBe(5)
  })

  it('folds a named refusal printed without its reason and again with it, keeping the reason', () => {
    const c = new FindingCollector(10)
    c.add(denial({ layer: null, deny: null }), 'ci.log', 3)
    c.add(denial({ layer: 'scp', deny: 'explicit' }), 'ci.log', 12)
    expect(c.collected()).toHaveLength(1)
    expect(c.collected()[0]).toMatchObject({
      occurrences: 2,
      denial: { line: 3, layer: 'scp', deny: 'explicit' }
    })
  })

  it('keeps two reasons for one action apart, and a reasonless print of another grammar', () => {
    const c = new FindingCollector(10)
    c.add(denial({ layer: 'scp', deny: 'explicit' }), null, 1)
    c.add(denial({ layer: 'identity', deny: 'implicit' }), null, 2)
    c.add(denial({ layer: null, deny: null, grammar: 'permission-to-call' }), null, 3)
    expect(c.collected()).toHaveLength(3)
  })
})
