// Issue 10 (h3-082, h3-085, h3-086, h085, h158): the Java SDK's `(Service: X; …)` / `(Service: X, …)`
// label names the service that answered even when the label table does not list it: most SDK
// ids are the IAM prefix itself, cased (`Amplify`, `LakeFormation`, `AWSKinesisVideo`). And KMS's
// "ciphertext refers to" words answered by S3 (h2-112, h3-027) are S3's refusal.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string): [string, string | null, string | null][] {
  return parseText(text).map((f) => [f.kind, f.code, f.service])
}

describe('an SDK service label the table does not list', () => {
  it.each([
    ['heldout3 h3-082 (Amplify, behind `> `)', corpusText('heldout3.jsonl', 'h3-082'), 'amplify'],
    [
      'heldout3 h3-085 (LakeFormation, CDK handler message)',
      corpusText('heldout3.jsonl', 'h3-085'),
      'lakeformation'
    ],
    [
      'heldout3 h3-086 (CloudFront, label wrapped in a blockquote)',
      corpusText('heldout3.jsonl', 'h3-086'),
      'cloudfront'
    ],
    [
      'heldout h158 (ApplicationInsights)',
      corpusText('heldout.jsonl', 'h158'),
      'applicationinsights'
    ],
    [
      // github-file:find_string#26931449872 (a Korean blog's CloudFront error, request ID masked by its writer)
      'the v1 label `AmazonCloudFront;`',
      'AccessDeniedException: Your account must be verified before you can add new CloudFront resources. To verify your account, please contact AWS Support (https://console.aws.amazon.com/support/home#/ ) and include this error message. (Service: AmazonCloudFront; Status Code: 403; Error Code: AccessDenied; Request ID: ~~~)',
      'cloudfront'
    ]
  ])('%s', (_name, text, service) => {
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.service])).toEqual([[expect.any(String), service]])
  })

  it('heldout h085: the Android SDK label `AWSKinesisVideo` on an expired token', () => {
    expect(fields(corpusText('heldout.jsonl', 'h085'))).toEqual([
      ['credentials', 'ExpiredTokenException', 'kinesisvideo']
    ])
  })

  it.each([
    [
      'own: a label that is no IAM prefix',
      'An error occurred (AccessDenied) when calling the Frob operation: Access Denied (Service: Frobnicator; Status Code: 403; Error Code: AccessDenied; Request ID: 1)'
    ],
    [
      // `Support` is an IAM prefix; two words of prose are no SDK id.
      'own: words of prose in the label slot',
      'An error occurred (AccessDenied) when calling the Frob operation: Access Denied (Service: Customer Support, Status Code: 403)'
    ]
  ])('counter-case, %s: no service', (_name, text) => {
    expect(fields(text)).toEqual([['denial', 'AccessDenied', null]])
  })
})

describe("KMS's ciphertext words, and who answered them", () => {
  it.each([
    ['heldout2 h2-112 (EMR shaded S3 client)', corpusText('heldout2.jsonl', 'h2-112')],
    ['heldout3 h3-027 (the same page, revised)', corpusText('heldout3.jsonl', 'h3-027')],
    [
      // chadgeary/nifi#13: the browser shows S3's XML body, extended request ID and all.
      "S3's XML body",
      '<Error>\n<Code>AccessDenied</Code>\n<Message>The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.</Message>\n<RequestId>ZRZ47BQH6ENT1WB6</RequestId>\n<HostId>XhatbJKMqo9F31Zzt2M/B6pyESgrBx86BPH9nGAUZH/G7O8cmJMl2olhhzhERkm/SX7MXJD48R0=</HostId>\n</Error>'
    ]
  ])('%s: S3 answered', (_name, text) => {
    expect(fields(text)).toEqual([['denial', 'AccessDenied', 's3']])
  })

  it.each([
    [
      'Droplr/aws-env#29',
      'panic: AccessDeniedException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: xxx)'
    ],
    [
      'aceew/aws-lambda-env-vars#7',
      'Caught an error: AccessDeniedException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.'
    ]
  ])('counter-case %s: KMS answered', (_name, text) => {
    expect(fields(text)).toEqual([['denial', 'AccessDeniedException', 'kms']])
  })
})
