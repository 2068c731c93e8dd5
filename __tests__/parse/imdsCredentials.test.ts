// Issue 10 (heldout12 review, h12-107): SDKs saying the instance metadata service gave them no
// credentials (no instance role, or not on EC2): a credential failure, no code.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('no credentials from the instance metadata service', () => {
  it('h12-107 (pterodactyl/panel#4124, PHP SDK): `CredentialsException` is the SDK’s class, no code', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-107'))
    expect([f.kind, f.code, f.grammar]).toEqual(['credentials', null, 'no-credentials-sdk'])
  })

  it.each([
    [
      'aws/aws-sdk-php#866 (PHP SDK 3.12: `metadata server.`)',
      "`PHP Fatal error:  Uncaught exception 'Aws\\Exception\\CredentialsException' with message 'Error retrieving credentials from the instance profile metadata server. (cURL error 7: Failed to connect to 169.254.169.254 port 80: Connection refused (see http://curl.haxx.se/libcurl/c/libcurl-errors.html))' in libraries/aws-sdk-php-3.12.0/Aws/Credentials/InstanceProfileProvider.php:79`"
    ],
    [
      'github-file:find_string#30192458219 (.NET SDK)',
      'Amazon.Runtime.AmazonServiceException : Unable to get IAM security credentials from EC2 Instance Metadata Service.'
    ],
    [
      'github-file:find_string#17031152929 (Java SDK v2 provider chain)',
      'Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:130)'
    ]
  ])('%s', (_title, text) => {
    const f = only(text)
    expect([f.kind, f.code, f.grammar]).toEqual(['credentials', null, 'no-credentials-sdk'])
  })

  it('silent: a cache, not the metadata service', () => {
    expect(
      parseText(
        'WARN: Error retrieving credentials from the instance profile metadata cache, refreshing'
      )
    ).toEqual([])
  })
})
