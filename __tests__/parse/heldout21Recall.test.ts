// heldout21's refusals the parse missed, half-read or read where there was none, on its unseen
// score (issue 10, session 23), each with its own cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'

const h21 = (id: string) => corpusText('heldout21.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.detail.cause ?? null])

describe("S3's bare refusal and credential codes in new clients' words", () => {
  it.each<[string, string, unknown[][]]>([
    [
      "h21-005 (aws/aws-sdk-cpp#234): a sample printing the C++ SDK's exception name and message",
      h21('h21-005'),
      [['denial', 'AccessDenied', 's3', null]]
    ],
    [
      "h21-008 (dagster-io/dagster#26312): Rust object_store's `Generic S3 error` behind Polars",
      h21('h21-008'),
      [['denial', null, 's3', null]]
    ],
    [
      'own: object_store in DataFusion, the request named',
      'Error: ObjectStore(Generic { store: "S3", source: Generic S3 error: Error performing get request data/x.parquet: response error "No Body", after 0 retries: HTTP status client error (403 Forbidden) for url (https://b.s3.us-east-1.amazonaws.com/data/x.parquet) })',
      [['denial', null, 's3', null]]
    ],
    [
      "h21-022 (treeverse/dvc#6325): S3's InvalidToken, the session token refused",
      h21('h21-022'),
      // The cause is the code's (src/model/credentialCauses.ts), not the grammar's.
      [['credentials', 'InvalidToken', null, null]]
    ],
    [
      "h21-028 (logstash-plugins/logstash-input-s3#28): the Ruby SDK v1's `Unable to find AWS credentials.`",
      h21('h21-028'),
      [['credentials', null, null, 'missing']]
    ],
    [
      'h21-020 (hashicorp/vault#2277): a credential scope of six parts, the keys swapped',
      h21('h21-020'),
      // The scope it printed ends `…/us-east-1/iam/aws4_request`: the request was signed for IAM.
      [['credentials', 'IncompleteSignature', 'iam', 'key-id-slash']]
    ],
    [
      // mitchellh/vagrant-aws#372 (the session's unseen-logs check), as printed.
      "fog's `CODE => message` (vagrant-aws): the code before the arrow",
      'An unexpected error occurred when executing the action on the\n<my machine> machine. Please report this as a bug:\n\nAuthFailure => AWS was not able to validate the provided access credentials\n',
      [['credentials', 'AuthFailure', null, 'invalid']]
    ],
    [
      'own: a five-part scope with a bad part is a malformed signature, not a swapped key',
      "IncompleteSignature: Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIAEXAMPLE/20170117/us-east-1/iam'",
      [['credentials', 'IncompleteSignature', null, null]]
    ]
  ])('%s', (_what, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('the headlines say which credential problem it is', () => {
    expect(analyzeText(h21('h21-022')).findings[0]!.title).toBe(
      'AWS session token malformed or mismatched (InvalidToken)'
    )
    expect(analyzeText(h21('h21-020')).findings[0]!.title).toBe(
      'The access key ID holds a slash: the keys are swapped (IncompleteSignature)'
    )
  })

  it('own counter-cases: the words without the code, a code word inside prose', () => {
    expect(parseText('Access Denied Access Denied')).toEqual([])
    expect(parseText('The InvalidTokenHandler class logs a warning')).toEqual([])
  })
})

describe('a Markdown table flattened into the lines (h21-055)', () => {
  it('h21-055 (an SST gist): the empty cells at each line end do not hide the resource and the reason', () => {
    const [f] = parseText(h21('h21-055'))
    expect(f).toMatchObject({
      action: 'cloudformation:DescribeStacks',
      resource:
        'arn:aws:cloudformation:us-east-1:<AWS_ACOUNT_ID>:stack/<MY_USERNAME_PROFILE>-local-app-Site/*',
      layer: 'identity',
      deny: 'implicit'
    })
  })

  it('own counter-case: a shell pipe inside a line is kept', () => {
    const text =
      'aws s3 ls s3://b | grep x\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    expect(parseText(text)).toHaveLength(1)
  })
})

describe('S3-compatible stores named in new ways are not AWS (h21-061, h21-073, h21-088, h21-090)', () => {
  it.each(['h21-061', 'h21-073', 'h21-088', 'h21-090'])('%s', (id) => {
    expect(analyzeText(h21(id)).findings).toEqual([])
  })

  it('own counter-case: the word garage in prose, with AWS answering, stays AWS', () => {
    const text =
      'The garage door app uploads photos.\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(analyzeText(text).findings).toHaveLength(1)
  })
})
