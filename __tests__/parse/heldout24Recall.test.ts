// heldout24's refusals the parse missed or half-read on its unseen score, and the unseen-logs
// check's (issue 10, session 26), each with its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h24 = (id: string) => corpusText('heldout24.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.grammarRule ?? null])

describe("s3fs-fuse's refused request", () => {
  it('h24-073 (s3fs-fuse/s3fs-fuse#2167): `failed a request(403: URL)` at an AWS S3 host, masked', () => {
    expect(read(h24('h24-073'))).toEqual([['denial', null, 's3', 'WD790']])
  })

  it('own: an unmasked virtual-hosted URL', () => {
    expect(
      read(
        's3fs[9]: curl_multi.cpp:MultiRead(221): failed a request(403: https://my-bucket.s3.eu-west-1.amazonaws.com/a/b.txt)'
      )
    ).toEqual([['denial', null, 's3', 'WD790']])
  })

  it.each([
    [
      'another host (a private gateway)',
      's3fs[9]: curl_multi.cpp:MultiRead(221): failed a request(403: http://10.0.0.5:7480/bucket/a.txt)'
    ],
    [
      'another status',
      's3fs[9]: curl_multi.cpp:MultiRead(221): failed a request(404: https://b.s3.amazonaws.com/a.txt)'
    ]
  ])('counter-case: %s', (_what, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('stores that are not AWS', () => {
  it("h24-075 (mastodon/mastodon#9273): S3's signature sentence naming Google's key", () => {
    expect(read(h24('h24-075'))).toEqual([])
  })

  it("counter-case: the same sentence with AWS's own words is AWS's", () => {
    expect(
      read(
        'Aws::S3::Errors::SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
      )
    ).toEqual([['credentials', 'SignatureDoesNotMatch', 's3', expect.any(String)]])
  })

  it('h24-048 (mishudark/s3-parallel-put#50): a private host on the command line, eleven lines above', () => {
    expect(read(h24('h24-048'))).toEqual([])
  })

  it.each([
    ['a public host', '--host=s3.eu-west-1.amazonaws.com'],
    ['no host option', '--hostname-check=10.0.0.1']
  ])('counter-case: %s stays AWS', (_what, option) => {
    const text = [
      `python s3-parallel-put --bucket=b ${option} .`,
      'Traceback (most recent call last):',
      '  File "/usr/lib/python2.7/dist-packages/boto/s3/connection.py", line 542, in head_bucket',
      '    raise err',
      'boto.exception.S3ResponseError: S3ResponseError: 403 Forbidden'
    ].join('\n')
    expect(read(text)).toEqual([['denial', null, 's3', 'WD790']])
  })
})

describe('an IAM sentence a report cut mid-word', () => {
  const sentence = (tail: string) =>
    `An error occurred (AccessDeniedException) when calling the ListRepositories operation: User: arn:aws:sts::893894210484:assumed-role/githubactions_role/Github_to_AWS_Federated${tail}`

  it.each([' is not authorized to per', ' is not author', ' is', ''])(
    'keeps the caller when the sentence stops at %j',
    (tail) => {
      const [f] = parseText(sentence(tail))
      expect([f!.code, f!.principal]).toEqual([
        'AccessDeniedException',
        'arn:aws:sts::893894210484:assumed-role/githubactions_role/Github_to_AWS_Federated'
      ])
    }
  )

  it('counter-case: words that are not the sentence leave the caller unread', () => {
    const [f] = parseText(sentence(' is the role we use'))
    expect(f!.principal).toBeNull()
  })
})
