// A test's AWS mock (moto, LocalStack, the JS SDK mocks) in the log, and AWS itself refusing the
// made-up key the test set: the call escaped the mock and reached the real endpoint (heldout12
// third review, h12-117: boto 2 under moto's mock_s3, which patches boto3 only). The test's setup
// changes, not the job's secrets nor any policy (src/infer/contextSignals.ts finds both).
import type { Trap, TrapInput } from '../Trap.js'

const signal = ({ inferred }: TrapInput) => inferred?.signals?.['aws-mock']

/** What keeps a call inside each kind of mock, by the library the log names. */
function setupOf(library: string): string {
  const lib = library.toLowerCase()
  if (lib.startsWith('localstack'))
    return 'LocalStack answers only clients pointed at it: set the client\'s endpoint (`endpoint_url="http://localhost:4566"`, `AWS_ENDPOINT_URL`, or `awslocal`/`tflocal`) in this test too, since without it the SDK goes to AWS with the test keys.'
  if (lib.includes('mock') && !lib.startsWith('mock_'))
    return 'aws-sdk-client-mock and aws-sdk-mock replace only the clients or commands they were given: mock the client class the code really uses (the same @aws-sdk package version), before the code creates its client; a client made with other credentials or by another copy of the SDK is not mocked.'
  return "moto's decorators and context managers patch boto3/botocore clients made while they are active: create the client or resource inside the mock (not at import time or in a fixture that runs before it), use the mock for the version installed (`mock_aws` since moto 5), and note that the legacy boto 2 library is not patched by `mock_s3` (moto 1.x had `mock_s3_deprecated`; or run `moto_server` and point the client's endpoint at it). A presigned URL fetched with another HTTP client leaves the mock too."
}

export const awsMockNotIntercepting: Trap = {
  id: 'aws-mock-not-intercepting',
  lead: true,
  applies: (input) => input.d.kind === 'credentials' && signal(input) !== undefined,
  advice: (input) => {
    const v = signal(input)!
    const [library, ...rest] = v.value.split(' ')
    const key = rest.join(' ')
    return (
      `The log shows a test mocking AWS (${v.from.replace(/`/g, "'")}), yet AWS itself refused the made-up access key \`${key}\`: the call was not intercepted and went to the real endpoint, which knows no such key. ` +
      "This is the test's setup, not the job's secrets or any policy (real keys would only let the test touch a real account). " +
      setupOf(library!)
    )
  }
}
