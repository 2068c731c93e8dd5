// heldout15 h15-050/h15-051: Arrow's S3 filesystem names the bucket and key of the refused call in
// its own words (`When getting information for key 'K' in bucket 'B': AWS Error ACCESS_DENIED
// during HeadObject operation`): the draft goes on that bucket (the key's folder for a read).
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

type Statement = { Action?: string | string[]; Resource?: string | string[] }
const grants = (s: Statement[]) =>
  s
    .flatMap((x) =>
      [x.Action ?? []].flat().flatMap((a) => [x.Resource ?? []].flat().map((r) => `${a} ${r}`))
    )
    .sort()

describe("Arrow's S3 filesystem names the bucket", () => {
  it('h15-051 (ray-project/ray#50820): the listing on the bucket', () => {
    expect(grants(analysed(corpusText('heldout15.jsonl', 'h15-051')).statements)).toEqual([
      's3:ListBucket arn:aws:s3:::air-example-data'
    ])
  })

  it('apache/arrow#38013: HeadBucket is the bucket’s listing permission', () => {
    const text =
      "OSError: When testing for existence of bucket 'my-s3-bucket': AWS Error ACCESS_DENIED during HeadBucket operation: No response body."
    expect(grants(analysed(text).statements)).toEqual(['s3:ListBucket arn:aws:s3:::my-s3-bucket'])
  })

  it("a file read: the object's folder, beside the listing the missing-key trap asks for", () => {
    const text =
      "OSError: When getting information for key 'data/2024/part-0.parquet' in bucket 'lake-raw': AWS Error ACCESS_DENIED during HeadObject operation: No response body."
    expect(grants(analysed(text).statements)).toContain(
      's3:GetObject arn:aws:s3:::lake-raw/data/2024/*'
    )
  })
})
