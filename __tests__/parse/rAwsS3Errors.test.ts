// R's aws.s3 package (cloudyr), also under redshiftTools (issue 10, held-out h10-038, h10-039,
// h10-040): with verbose output it prints S3's parsed error body with str() (` $ Code : chr
// "AccessDenied"`), then stops with httr's status line, `Forbidden (HTTP 403).`, under
// `Error in parse_aws_s3_response(…)`. The body's code is the finding; without a body, the 403 of
// a request to S3 is a bare refusal, as other clients' statuses are (storageStatus403).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const fields = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service] as [string, string | null, string | null])

describe('aws.s3’s printed error body', () => {
  it('redshiftTools’ upload: one finding for the body and the status under it (sicarul/redshiftTools#13, held-out h10-038)', () => {
    expect(fields(corpusText('heldout10.jsonl', 'h10-038'))).toEqual([
      ['denial', 'AccessDenied', 's3']
    ])
  })

  it('s3HTTP with verbose output (cloudyr/aws.s3#122)', () => {
    const text = [
      'S3 Request URL: https://s3-ap-southeast-1.amazonaws.com/< hidden >/',
      'Executing request with AWS credentials',
      'Parsing AWS API response',
      'Client error: (403) Forbidden',
      'List of 4',
      ' $ Code     : chr "AccessDenied"',
      ' $ Message  : chr "Access Denied"',
      ' $ RequestId: chr "< hidden >"',
      ' $ HostId   : chr "< hidden >"',
      ' - attr(*, "headers")=List of 6'
    ].join('\n')
    expect(fields(text).map(([kind, code]) => [kind, code])).toEqual([['denial', 'AccessDenied']])
  })

  it('own: a reprex’s `#>` before each line', () => {
    expect(
      fields(
        '#> List of 4\n#>  $ Code     : chr "AccessDenied"\n#>  $ Message  : chr "Access Denied"'
      )
    ).toEqual([['denial', 'AccessDenied', null]])
  })

  it('a bucket that refuses ACLs is no refusal (cloudyr/aws.s3#435)', () => {
    const text = [
      '> List of 4',
      '>  $ Code     : chr "AccessControlListNotSupported"',
      '>  $ Message  : chr "The bucket does not allow ACLs"',
      '> ',
      '> Error in parse_aws_s3_response(r, Sig, verbose = verbose) : ',
      '>   Bad Request (HTTP 400).'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('own: a str() of an R list whose Code field is no error', () => {
    expect(
      parseText(
        'List of 2\n $ Code : chr "AccessDenied"\n $ Label: chr "shown when access was denied"'
      )
    ).toEqual([])
  })
})

describe('aws.s3’s bare `Forbidden (HTTP 403).`', () => {
  it('the upload to the bucket named above (sicarul/redshiftTools#39, held-out h10-039)', () => {
    expect(fields(corpusText('heldout10.jsonl', 'h10-039'))).toEqual([['denial', null, 's3']])
  })

  it('deleting the staged files: the S3 client’s own function names the service (sicarul/redshiftTools#45, held-out h10-040)', () => {
    expect(fields(corpusText('heldout10.jsonl', 'h10-040'))).toEqual([['denial', null, 's3']])
  })

  it.each([
    [
      'own: httr’s status from another API',
      'Error in stop_for_status(r) : \n  Forbidden (HTTP 403). Failed to GET https://api.github.com/repos/o/r.'
    ],
    ['own: prose about the status', 'The server answered forbidden (HTTP 403). Check the token.']
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
