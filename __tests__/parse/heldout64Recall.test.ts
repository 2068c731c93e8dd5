// heldout64–65's refusals the engine missed or misread on their unseen score (issue 10, session
// 38): SimpleDB's own refusal, docker-machine's status in the code slot, the Rust SDK's chain that
// found no credentials, the object_store crate's PermissionDenied; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h64 = (id: string) => corpusText('heldout64.jsonl', id)
const h65 = (id: string) => corpusText('heldout65.jsonl', id)

describe('services’ and clients’ own words', () => {
  it('h64-001 (celery/kombu#108): SimpleDB’s action and resource in parentheses', () => {
    const [f] = parseText(h64('h64-001'))
    expect([f?.kind, f?.grammar, f?.code, f?.action, f?.resource]).toEqual([
      'denial',
      'sdb-authorization-failure',
      'AuthorizationFailure',
      'sdb:CreateDomain',
      'arn:aws:sdb:eu-west-1:461068518106:domain/kombu_'
    ])
  })

  it('own: the same words without an ARN are not read', () => {
    expect(
      parseText('Session does not have permission to perform (edit) on resource (page 4).\n')
    ).toEqual([])
  })

  it('h64-036 (rancher/rancher#372): docker-machine’s `code=401` is the code', () => {
    const [f] = parseText(h64('h64-036'))
    expect([f?.kind, f?.code]).toEqual(['credentials', '401'])
  })

  it.each(['h65-004', 'h65-005'])('%s: the Rust SDK’s chain found no credentials', (id) => {
    const [f] = parseText(h65(id))
    expect([f?.kind, f?.grammar, f?.detail.cause]).toEqual([
      'credentials',
      'rust-credentials-not-loaded',
      'missing'
    ])
  })

  it('h65-006 (lance-format/lance#3549): object_store’s PermissionDenied with its 403', () => {
    const [f] = parseText(h65('h65-006'))
    expect([f?.kind, f?.grammar]).toEqual(['denial', 'object-store-permission-denied'])
  })

  it('own: the same words where the record names Google Cloud Storage are not AWS’s', () => {
    expect(
      parseText(
        'reading gs://bucket/data.lance\nOSError: LanceError(IO): The operation lacked the necessary privileges to complete for path data.lance/x.txn: Client error with status 403 Forbidden\n'
      )
    ).toEqual([])
  })
})

describe('the service a request names above its answer', () => {
  it('h64-002 (boto/boto#3740): boto 2’s `SQSError` names SQS', () => {
    const [f] = parseText(h64('h64-002'))
    expect([f?.kind, f?.service, f?.code]).toEqual(['credentials', 'sqs', 'SignatureDoesNotMatch'])
  })

  it('own: the Go SDK’s debug heading a few lines above names the service', () => {
    const [f] = parseText(
      [
        '2018/03/21 19:06:17 DEBUG: Response dynamodb/Scan Details:',
        '---[ RESPONSE ]--------------------------------------',
        'HTTP/1.1 400 Bad Request',
        '2018/03/21 19:06:17 {"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}'
      ].join('\n') + '\n'
    )
    expect([f?.kind, f?.service]).toEqual(['credentials', 'dynamodb'])
  })

  it('own: a client of no AWS service in the same heading names none', () => {
    const [f] = parseText(
      'DEBUG: Response widgets/List Details:\n{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}\n'
    )
    expect(f?.service).toBeNull()
  })
})
