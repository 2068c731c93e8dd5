// Amazon Redshift relays S3's refusal of a COPY or UNLOAD in its own field list (issue 10,
// held-out h10-036, h10-037, h10-042): `S3ServiceException:Access Denied,Status 403,Error
// AccessDenied,Rid …`, older clusters `…,StatusCode 403,ErrorCode AccessDenied,…`. The code is
// S3's, and so is the refusal, whatever client printed it (psql, JDBC, embulk).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const fields = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service] as [string, string | null, string | null])

describe('S3’s refusal relayed by Redshift', () => {
  it.each([
    // aws-samples/aws-redshift-spectrum-poc#3: SQL Workbench/J's JDBC error under the COPY.
    ['h10-036', 'JDBC [Amazon](500310) Invalid operation'],
    // embulk/embulk-output-jdbc#85: the error detail block with the S3 key being read.
    ['h10-037', 'embulk’s detail block in a JRuby stack'],
    // flydata/redshift-benchmark#1: psql, the older field names, cut by the author at `,R`.
    ['h10-042', 'the older StatusCode/ErrorCode wording, cut']
  ])('%s: %s', (id) => {
    expect(fields(corpusText('heldout10.jsonl', id))).toEqual([['denial', 'AccessDenied', 's3']])
  })

  it('the error as Redshift’s troubleshooting guide prints it (awsdocs/amazon-redshift-developer-guide, doc_source/s3serviceexception-error.md)', () => {
    expect(fields('ERROR: S3ServiceException:Access Denied,Status 403,Error AccessDenied')).toEqual(
      [['denial', 'AccessDenied', 's3']]
    )
  })

  it('own: a credentials code in the same fields is a credentials finding', () => {
    expect(
      fields(
        'ERROR:  S3ServiceException:The AWS Access Key Id you provided does not exist in our records.,Status 403,Error InvalidAccessKeyId,Rid 9F3E2A1B,ExtRid abc=,CanRetry 1'
      ).map(([kind]) => kind)
    ).toEqual(['credentials'])
  })

  it.each([
    [
      'own: S3 throttling relayed the same way',
      'ERROR:  S3ServiceException:Please reduce your request rate.,Status 503,Error SlowDown,Rid 9F3E2A1B,ExtRid abc=,CanRetry 1'
    ],
    [
      'own: a missing bucket relayed the same way',
      'ERROR:  S3ServiceException:The specified bucket does not exist,Status 404,Error NoSuchBucket,Rid 9F3E2A1B,ExtRid abc=,CanRetry 1'
    ],
    [
      'own: prose naming the fields, not a relayed error',
      'Redshift wraps S3 failures in S3ServiceException: look at its Status and Error fields (for example the Error ThrottlingException ones) before retrying.'
    ]
  ])('%s: no denial', (_, text) => {
    expect(parseText(text).filter((f) => f.kind === 'denial')).toEqual([])
  })
})
