// WD5009 (heldout126 review, h126-100): a multipart upload refused only at its completion.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 's3-multipart-complete-kms'

describe(TRAP, () => {
  it("h126-100 (`aws s3 cp` between buckets): the key's kms:Decrypt, no s3:PutObject", () => {
    const { findings, statements } = analysed(corpusText('heldout126.jsonl', 'h126-100'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`kms:Decrypt`')
    expect(statements).toEqual([])
  })

  it.each([
    // own: the part upload itself refused is s3:PutObject's, not the completion's
    'An error occurred (AccessDenied) when calling the UploadPart operation: Access Denied',
    // own: the message names the policy that refused the completion
    'An error occurred (AccessDenied) when calling the CompleteMultipartUpload operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a resource-based policy'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
