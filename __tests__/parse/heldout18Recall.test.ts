// heldout18's refusals the parse missed, half-read or read where there was none, on its unseen
// score (issue 10, session 20), each with its own cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h18 = (id: string) => corpusText('heldout18.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.detail.cause ?? null])

describe('codes in the slots of languages earlier rounds did not have', () => {
  it.each<[string, string, unknown[]]>([
    // Julia's AWS.jl prints its error value: the code is the constructor's first argument, the
    // module names the service.
    [
      'h18-054 (JuliaCloud/AWS.jl#82)',
      h18('h18-054'),
      ['credentials', 'SignatureDoesNotMatch', 's3', 'signature']
    ],
    [
      'own: the same value for another service',
      'obj: AWS.SQS.SQSError("AccessDenied","Access to the resource https://sqs.us-east-1.amazonaws.com/1/q is denied.")',
      ['denial', 'AccessDenied', 'sqs', null]
    ],
    // R's paws: the code, then the HTTP status in parentheses, then the message.
    [
      'h18-056 (paws-r/paws#790)',
      h18('h18-056'),
      ['credentials', 'InvalidAccessKeyId', null, 'invalid']
    ],
    [
      'own: paws refusing a call',
      'Error: AccessDenied (HTTP 403). Access Denied',
      ['denial', 'AccessDenied', null, null]
    ],
    // The Go SDK v1 names its own error before the token file it could not read.
    [
      'h18-061 (velero-io/velero#2981)',
      h18('h18-061'),
      ['credentials', 'WebIdentityErr', null, 'web-identity-token-file']
    ],
    // A wrapped Java SDK v1 suffix from STS, whose code no trigger held before.
    [
      'h18-121 (HADOOP-17476 on common-issues@hadoop.apache.org)',
      h18('h18-121'),
      ['credentials', 'IncompleteSignature', 'sts', null]
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
  })

  it.each([
    // Not a code: an error type with a sentence first, and an HTTP status with no code before it.
    'MyError("the bucket is private", "see the docs")',
    'Error: request failed (HTTP 403). Try again later.',
    // R's AzureStor prints the reason phrase in the same place (heldout9 h9-075's shape).
    'Error in process_storage_response(response) :\n  Forbidden (HTTP 403). Failed to complete Storage Services operation.'
  ])('own counter-case: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('credential failures in new words', () => {
  it.each<[string, string, unknown[]]>([
    // S3 refusing a request signed with Signature Version 2.
    [
      'h18-066 (mirego/MCAWSS3Client#11)',
      h18('h18-066'),
      ['credentials', 'InvalidRequest', null, 'signing-version']
    ],
    [
      'own: the CLI printing the same answer',
      'An error occurred (InvalidRequest) when calling the GetObject operation: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
      ['credentials', 'InvalidRequest', null, 'signing-version']
    ],
    // botocore found a key id and no secret.
    [
      'h18-115 (a Hugging Face Space)',
      h18('h18-115'),
      ['credentials', null, null, 'partial-credentials']
    ],
    [
      'own: the same error in a pytest run',
      'E   botocore.exceptions.PartialCredentialsError: Partial credentials found in shared-credentials-file, missing: aws_secret_access_key',
      ['credentials', null, null, 'partial-credentials']
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
  })

  it('own counter-case: another mechanism named in prose', () => {
    expect(parseText('The authorization mechanism you use is not supported by our proxy.')).toEqual(
      []
    )
  })
})

describe('registry and storage answers whose host says they are AWS', () => {
  it.each<[string, string, unknown[]]>([
    // skopeo's tags list refused, the ECR host on the command above it.
    ['h18-048 (containers/skopeo#726)', h18('h18-048'), ['denial', null, 'ecr', null]],
    // skopeo's 401, the reporter's word ECR where the host stands.
    [
      'h18-059 (containers/skopeo#2282)',
      h18('h18-059'),
      ['credentials', null, 'ecr', 'registry-login']
    ],
    // heroku/docker-registry-client's 401 against an ECR host.
    [
      'h18-060 (mdlavin/copy-docker-image#5)',
      h18('h18-060'),
      ['credentials', null, 'ecr', 'registry-login']
    ],
    // Excon's response dump, quoted from a JSON log: no body, S3's header and host below.
    ['h18-118 (gitlab-org/gitlab#292233)', h18('h18-118'), ['denial', null, 's3', null]],
    [
      'own: the same dump unescaped, the host only',
      'Excon::Error::Forbidden: Expected(200) <=> Actual(403 Forbidden)\nexcon.error.response\n  :body          => ""\n  :host          => "assets.s3.eu-west-1.amazonaws.com"\n  :status        => 403',
      ['denial', null, 's3', null]
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)[0]).toEqual(want)
  })

  it.each([
    // The same clients against registries and stores that are not AWS's.
    'skopeo inspect docker://quay.io/org/app:1\ntime="2019-09-19T20:46:48Z" level=fatal msg="Error determining repository tags: Invalid status code returned when fetching tags list 403 (Forbidden)"',
    '> FATA[0000] Error parsing image name "docker://GHCR/repo": reading manifest latest in GHCR/repo : unauthorized: authentication required',
    'Excon::Error::Forbidden: Expected(200) <=> Actual(403 Forbidden)\nexcon.error.response\n  :body          => ""\n  :host          => "storage.example.com"\n  :status        => 403'
  ])('own counter-case: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('what the parse read where the sentence or the service was cut', () => {
  it('h18-047 (doctorray117/minecraft-ondemand#12): the caller of a sentence cut after it', () => {
    const [f] = parseText(h18('h18-047'))
    expect([f?.code, f?.principal]).toEqual([
      'AccessDeniedException',
      'arn:aws:sts::zzzzzzzzzzzz:assumed-role/ecs.task.minecraft-server/123456a999ee4b919...'
    ])
  })

  it('own: a full stop ending the line is not part of the ARN', () => {
    const [f] = parseText('deploy failed: AccessDenied: User: arn:aws:iam::123456789012:user/ci.')
    expect(f?.principal).toBe('arn:aws:iam::123456789012:user/ci')
  })

  it('h18-041 (samoconnor/AWSLambda.jl#20): the response header names the outer call’s code', () => {
    // The second copy of the message, below the header; the first stands beyond its reach.
    const found = read(h18('h18-041'))
    expect(found).toContainEqual(['denial', 'AccessDeniedException', null, null])
  })
})

describe('look-alikes', () => {
  it('h18-068 (ibm-cloud-docs/cloud-object-storage#118): IBM Cloud Object Storage answers', () => {
    expect(parseText(h18('h18-068'))).toEqual([])
  })

  it('own: an IBM COS endpoint named above an S3-style refusal', () => {
    expect(
      parseText(
        'endpoint: https://s3.us-south.cloud-object-storage.appdomain.cloud\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      )
    ).toEqual([])
  })
})
