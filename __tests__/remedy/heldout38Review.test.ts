// heldout38's expert review (issue 17, session 34): a class it found wrong that this round fixed,
// from its real excerpt, with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe("a traceback's source line naming the bucket by a variable", () => {
  it('h38-018 (CivicTechTO/ttc_subway_times#55): `paginate(Bucket=bucket, …)` is no bucket called "bucket"', () => {
    const { statements } = analysedOne(corpusText('heldout38.jsonl', 'h38-018'))
    expect(JSON.stringify(statements)).not.toContain('arn:aws:s3:::bucket')
  })

  it("own: a boto3 repr's quoted value is the bucket's name", () => {
    const quoted = analysedOne(
      "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\nparams: {'Bucket': 'ttc-data', 'Prefix': '2019/'}"
    )
    expect(JSON.stringify(quoted.statements)).toContain('arn:aws:s3:::ttc-data')
  })
})
