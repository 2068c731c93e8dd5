import { only } from './parseText.js'

describe('credential failures', () => {
  it.each([
    [
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
      'ExpiredToken',
      'AWS credentials expired'
    ],
    [
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
      'InvalidClientTokenId',
      'not recognised'
    ],
    [
      'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.',
      'UnrecognizedClientException',
      'not recognised'
    ],
    [
      'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.',
      'SignatureDoesNotMatch',
      'signature'
    ],
    [
      'An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
      'InvalidAccessKeyId',
      'not recognised'
    ],
    [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      null,
      'No AWS credentials'
    ],
    [
      'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers',
      null,
      'No AWS credentials'
    ],
    [
      'Error: NoCredentialProviders: no valid providers in chain. Deprecated.',
      'NoCredentialProviders',
      'No AWS credentials'
    ],
    [
      'Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      null,
      'OIDC provider'
    ],
    [
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
      'InvalidIdentityToken',
      'audience'
    ],
    ['no basic auth credentials', null, 'not logged in'],
    [
      "denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
      null,
      'not logged in'
    ],
    [
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.',
      'AccessDenied',
      'Root user'
    ]
  ])('%s', (text, code, title) => {
    const f = only(text)
    expect(f).toMatchObject({ kind: 'credentials', code, fixTarget: { kind: 'credentials' } })
    expect(f.title).toContain(title)
  })

  it('names the id-token permission when configure-aws-credentials hints at OIDC', () => {
    const f = only(
      'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.traps).toContain('oidc-id-token-permission')
    expect(f.explanation).toContain('id-token: write')
  })

  it('names ECR when docker mentioned the registry lines before', () => {
    const log = [
      'The push refers to repository [111122223333.dkr.ecr.eu-west-1.amazonaws.com/app]',
      ...Array.from({ length: 12 }, (_, i) => `${i}abc: Preparing`),
      'no basic auth credentials'
    ].join('\n')
    expect(only(log).service).toBe('ecr')
  })
})
