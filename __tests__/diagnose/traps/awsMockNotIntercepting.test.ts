// heldout12 third review, h12-117: a test mocking AWS, and AWS itself refusing the made-up key the
// test set. The call escaped the mock: the test's setup changes, not the job's secrets.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'aws-mock-not-intercepting'
const LEAD = 'The log shows a test mocking AWS'

// getmoto/moto#1170 (a comment): a presigned URL fetched outside moto reached S3 with moto's key.
const MOTO_1170 = `just trying to get presigned URLs to work over here and running into this:

\`\`\`
<Error>
<Code>InvalidAccessKeyId</Code>
<Message>The AWS Access Key Id you provided does not exist in our records.</Message>
<AWSAccessKeyId>foobar_key</AWSAccessKeyId>
<RequestId>MX998MFRH00WCM17</RequestId><HostId>KvPKbs092+e24tbCIeZMyrZwC5KQUmt10oKOIFfnanJaWHjk2HMZREh/kbf3aoC5I7m3FKZzQPc=</HostId>
</Error>
\`\`\`

any tips on where to debug?  what does moto expect to use as its AWS Access Key Id?`

const CLIENT_TOKEN =
  'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'

describe(TRAP, () => {
  it.each([
    [
      'review h12-117 (getmoto/moto#1033, boto 2 under mock_s3)',
      reviewed('h12-117'),
      'bucket_access_key',
      'boto 2'
    ],
    ['getmoto/moto#1170', MOTO_1170, 'foobar_key', 'mock_aws'],
    [
      'own: the JS SDK mock, the key set by the test',
      `import { mockClient } from 'aws-sdk-client-mock'\nprocess.env.AWS_ACCESS_KEY_ID = 'fake'\nInvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.`,
      'fake',
      'mock the client class the code really uses'
    ],
    [
      "own: moto's decorator twenty lines above, AWS's documentation key",
      `@mock_aws\ndef test_identity():\n${'    ...\n'.repeat(20)}    os.environ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE"\n${CLIENT_TOKEN}`,
      'AKIAIOSFODNN7EXAMPLE',
      'mock_aws'
    ]
  ])('%s: the call escaped the mock', (_source, text, key, setup) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith(LEAD)).toBe(true)
    expect(f.explanation).toContain(`\`${key}\``)
    expect(f.explanation).toContain(setup)
    // Not the job's secrets: the generic checklist is what the review called noise.
    expect(f.explanation).not.toContain('Check the secrets this job uses')
    expect(notes).not.toContain('Check where the failing program gets its credentials')
    expect(notes).toContain("the test's mock did not intercept the call")
    expect(statements).toEqual([])
  })

  it.each([
    [
      'own: a mock, but a real-looking key (a real key that AWS does not know)',
      `from moto import mock_s3\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIA2OGYBAH6QEXLH3KM</AWSAccessKeyId><RequestId>B04B70FEBB10B9B7</RequestId></Error>`
    ],
    [
      'own: a placeholder key, no mock (a job using the documentation example)',
      `export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n${CLIENT_TOKEN}`
    ],
    [
      'own: a Moto phone is no mock',
      `Tested from my Moto G7 with AWS_ACCESS_KEY_ID=fake\n${CLIENT_TOKEN}`
    ]
  ])('counter-case: %s', (_t, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).not.toContain(LEAD)
  })
})
