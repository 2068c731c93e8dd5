// A bare refusal takes its service from the call the tool announced a few lines above it: DVC's
// `Preparing to upload data to 's3://…'` (treeverse/dvc#6293, #5848: heldout9 h9-016, h9-020)
// and the EB CLI's debug `Making api call: (s3, list_multipart_uploads)`
// (aws/aws-elastic-beanstalk-cli#68: h9-040). Counter-cases: another service's operation, an
// S3-compatible endpoint, an announcement too far above.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const DVC_HEAD = (url: string) =>
  `2021-07-06 15:53:18,005 DEBUG: Preparing to upload data to '${url}'\n` +
  `2021-07-06 15:53:18,006 DEBUG: Preparing to collect status from ${url}\n` +
  '2021-07-06 15:53:18,016 DEBUG: Collecting information from local cache...\n'

describe('the request a tool announced above a bare refusal', () => {
  it.each(['h9-016', 'h9-020', 'h9-040'])('names S3 for %s', (id) => {
    const found = parseText(corpusText('heldout9.jsonl', id))
    expect(found[0]).toMatchObject({ kind: 'denial', service: 's3' })
  })

  it('leaves another service’s operation alone (h9-020 with STS AssumeRole refused instead)', () => {
    const text = corpusText('heldout9.jsonl', 'h9-020').replace(
      'calling the ListObjects operation',
      'calling the AssumeRole operation'
    )
    expect(text).toContain('AssumeRole')
    const [f] = parseText(text)
    expect(f).toMatchObject({ operation: 'AssumeRole' })
    expect(f!.service).not.toBe('s3')
  })

  it('names nothing when the announcement is many lines above', () => {
    const [f] = parseText(
      DVC_HEAD('s3://plumitifs-storage/datastore') +
        '2021-07-06 15:53:18,121 DEBUG: Collecting information from remote cache...\n'.repeat(12) +
        '2021-07-06 15:53:18,543 ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    )
    expect(f?.service ?? null).toBeNull()
  })

  it('reports nothing for an S3-compatible remote shown beside the URL (h9-017)', () => {
    expect(parseText(corpusText('heldout9.jsonl', 'h9-017'))).toEqual([])
  })

  it('does not take a URL scheme inside a word (`mys3://`) as an announcement', () => {
    const [f] = parseText(
      'DEBUG: Preparing to upload data to mys3://bucket/x\n' +
        'ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
    )
    expect(f?.service ?? null).toBeNull()
  })
})

// heldout12 review (issue 17): S3's own `Server: AmazonS3` response header, dumped above the error
// body by the client, names the service of the bare refusal below it.
describe('S3’s response header above a bare refusal', () => {
  it('heldout12 h12-100 (pgbackrest/pgbackrest#669): the journald lines of pgBackRest’s dump', () => {
    const [f] = parseText(corpusText('heldout12.jsonl', 'h12-100'))
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDenied', service: 's3' })
  })

  // Counter-cases built on the same dump: another store's Server header, and S3's too far above.
  it.each([
    ['a MinIO server header', (t: string) => t.replace('server: AmazonS3', 'server: MinIO')],
    [
      'S3’s header more than ten lines above',
      (t: string) =>
        t.replace(
          'transfer-encoding: chunked\n',
          'transfer-encoding: chunked\n' +
            'Feb 08 00:58:10 host postgresql[1]:        x-pad: 1\n'.repeat(11)
        )
    ]
  ])('names no service for %s', (_why, edit) => {
    const text = edit(corpusText('heldout12.jsonl', 'h12-100'))
    const [f] = parseText(text)
    expect(f?.service ?? null).toBeNull()
  })
})
