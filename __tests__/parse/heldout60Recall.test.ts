// heldout60–61's refusals the engine missed or misread on their unseen score (issue 10, session
// 37): a SaaS integration's `is not authorized to perform action`, Cyberduck's words for S3's 403,
// Elasticsearch's nested S3 exception, a backup plugin's `S3 Service API:` line, s3fs and S3 on
// empty keys, the JS SDK's error name before its message, a client's custom endpoint that is not
// AWS; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h60 = (id: string) => corpusText('heldout60.jsonl', id)
const h61 = (id: string) => corpusText('heldout61.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('tools’ and integrations’ own words', () => {
  it.each(['h61-028', 'h61-029'])('%s: Datadog relays its role’s sts:AssumeRole refusal', (id) => {
    const [f] = parseText(h61(id))
    expect([f?.grammar, f?.principal, f?.action]).toEqual([
      'integration-perform-action',
      'Datadog',
      'sts:AssumeRole'
    ])
  })

  it('h61-031 (DataDog/cloudformation-template#20): an action in lower case, as printed', () => {
    const [f] = parseText(h61('h61-031'))
    expect([f?.grammar, f?.action]).toEqual([
      'integration-perform-action',
      'logs:describeloggroups'
    ])
  })

  it.each(['h60-023', 'h60-024'])('%s: Cyberduck’s words for S3’s 403', (id) => {
    expect(read(h60(id)).map((f) => [f[0], f[1], f[3]])[0]).toEqual([
      'denial',
      'cyberduck-access-denied',
      's3'
    ])
  })

  it('own: Cyberduck’s sentence against an FTP server is not AWS', () => {
    expect(
      read(
        'Connecting to ftp.example.net…\nAccess Denied Please Contact Your Web Hosting Service Provider for Assistance'
      )
    ).toEqual([])
  })

  it('h61-022 (elastic/elasticsearch-cloud-aws#80): Elasticsearch’s nested `AmazonS3Exception[Access Denied]`', () => {
    expect(read(h61('h61-022')).map((f) => [f[0], f[1], f[3]])[0]).toEqual([
      'denial',
      's3-exception-access-denied',
      's3'
    ])
  })

  it('own: a WordPress backup plugin’s `S3 Service API: Access Denied` under its bucket line', () => {
    const text = [
      '[27-May-2015 20:00:10] Connected to S3 Bucket "site-backups" in us-west-2',
      '[27-May-2015 20:00:10] ERROR: S3 Service API: Access Denied'
    ].join('\n')
    expect(read(text).map((f) => [f[1], f[3]])).toEqual([['s3-named-access-denied', 's3']])
  })
})

describe('credentials in tools’ own words, fourth batch', () => {
  it('h60-026 (s3fs-fuse/s3fs-fuse#128): s3fs found no credentials', () => {
    expect(read(h60('h60-026'))[0]).toEqual([
      'credentials',
      'no-credentials-s3fs',
      null,
      null,
      'missing'
    ])
  })

  it('h60-004 (fourdotsix/tenant-buckets#8): S3 on a header with an empty key ID', () => {
    expect(read(h60('h60-004'))[0]?.slice(0, 2)).toEqual([
      'credentials',
      'authorization-header-empty-key'
    ])
  })

  it('h61-002 (Reggionick/s3-deploy#35): the JS SDK’s error name before its message is its code', () => {
    expect(read(h61('h61-002')).map((f) => f[2])[0]).toBe('CredentialsError')
  })
})

describe('a client’s own endpoint that is not AWS', () => {
  it('h60-028 (yandex-cloud/geesefs#112): Copernicus’ S3 endpoint answered, no AWS finding', () => {
    expect(read(h60('h60-028'))).toEqual([])
  })

  it('own: an AWS endpoint given the same way keeps its finding', () => {
    const text = [
      'goofys --endpoint https://s3.eu-west-1.amazonaws.com my-bucket /mnt/s3',
      'main.FATAL Mounting file system: Unable to access my-bucket: AccessDenied: Access Denied',
      '        status code: 403, request id: 0D2F3, host id: abc'
    ].join('\n')
    expect(read(text).length).toBeGreaterThan(0)
  })
})
