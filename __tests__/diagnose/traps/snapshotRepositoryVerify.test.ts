// Elasticsearch and OpenSearch verify a snapshot repository with a test upload: the writes, or a
// read-only repository registered with verify=false (WD985).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'snapshot-repository-verify'

describe(TRAP, () => {
  it('elastic/elasticsearch-cloud-aws#167 (h39-015): both ways, the statement kept', () => {
    const { f, statements } = analysedOne(corpusText('heldout39.jsonl', 'h39-015'))
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['repository-verification']?.value).toBe('verify')
    expect(f.explanation).toContain('`"readonly": true`')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('counter-case: an S3 refusal with no repository check is not this', () => {
    const { f } = analysedOne(
      'AmazonS3Exception[Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 7F3DE23BB617FFF4)]'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
