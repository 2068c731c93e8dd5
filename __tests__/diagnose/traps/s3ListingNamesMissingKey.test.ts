import { only } from '../analyze.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 's3-listbucket-names-missing-key'

const refusal = (
  operation: string,
  action: string,
  tail = `because no identity-based policy allows the ${action} action`
): string =>
  `An error occurred (AccessDenied) when calling the ${operation} operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ${action} on resource: "arn:aws:s3:::assets" ${tail}`

describe(TRAP, () => {
  it('leads on a tag read S3 answered with s3:ListBucket (h118-002, trendmicro/cloudone-filestorage-deployment-templates#144)', () => {
    const f = only(corpusText('heldout118.jsonl', 'h118-002'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('The call was GetObjectTagging, on one object')).toBe(true)
    // The listing is still what the statement grants: it turns the 403 into a 404.
    expect(buildRemedies([f])[0]!.statements.map((s) => s.Action)).toEqual(['s3:ListBucket'])
  })

  it.each(['GetObject', 'HeadObject', 'GetObjectAcl', 'GetObjectAttributes', 'CopyObject'])(
    'applies under %s',
    (operation) => {
      expect(only(refusal(operation, 's3:ListBucket')).traps).toContain(TRAP)
    }
  )

  it('does not apply to a listing call, another action, or an explicit deny', () => {
    expect(only(refusal('ListObjectsV2', 's3:ListBucket')).traps).not.toContain(TRAP)
    expect(only(refusal('GetObject', 's3:GetObject')).traps).not.toContain(TRAP)
    expect(only(refusal('PutObject', 's3:ListBucket')).traps).not.toContain(TRAP)
    expect(
      only(
        refusal('GetObject', 's3:ListBucket', 'with an explicit deny in a resource-based policy')
      ).traps
    ).not.toContain(TRAP)
  })
})
