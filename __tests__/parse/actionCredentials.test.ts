// configure-aws-credentials' own wordings, EKS refusals as notes wrap them, and the Go SDK's
// `InvalidSignatureException` line (issue 10, heldout4). The action's messages are read from its
// source (aws-actions/configure-aws-credentials, src/CredentialsClient.ts and src/helpers.ts).
import { parseText } from './parseText.js'

const causes = (text: string) => parseText(text).map((f) => [f.kind, f.detail.cause ?? null])

describe('configure-aws-credentials wordings', () => {
  it.each([
    [
      // github-file:find_string#1059084165 (heldout4 h4-045): the wording quoted in a heading
      '### Erro: "Credentials could not be loaded, please check your action inputs"\n\nEste erro indica que as credenciais AWS não estão configuradas corretamente no GitHub.',
      'missing'
    ],
    [
      // github-file:find_string#61843579861 (heldout4 h4-046): the reason wrapped onto the next line
      '```\nCredentials could not be loaded, please check your action inputs: Could not load credentials\nfrom any providers\n```',
      'missing'
    ],
    [
      // aws-actions/configure-aws-credentials src/CredentialsClient.ts
      'Error: Credentials loaded by the SDK do not match the expected access key ID configured by the action',
      'shadowed'
    ],
    [
      // aws-actions/configure-aws-credentials src/helpers.ts
      'Error: Could not get Account ID or ARN from STS. Did you set credentials?',
      'missing'
    ],
    [
      // aws-actions/configure-aws-credentials __tests__ (the message its test expects setFailed with)
      'Error: The account ID of the provided credentials (111111111111) does not match any of the expected account IDs: 999999999999',
      'wrong-account'
    ]
  ])('%s', (text, cause) => {
    expect(causes(text)).toEqual([['credentials', cause]])
  })

  it('reads a failed OIDC token request as the missing id-token permission', () => {
    // configure-aws-credentials src/index.ts around @actions/core's reason (as nektos/act#2500
    // quotes it)
    const text =
      'Error: getIDToken call failed: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'
    expect(causes(text)).toEqual([['credentials', 'oidc-id-token-permission']])
  })

  it("google-github-actions/auth#62: @actions/core's reason in another cloud's action is no finding", () => {
    const text =
      'Error: Action failed with error: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'
    expect(parseText(text)).toEqual([])
  })

  it.each([
    [
      // github-file:find_string#18972251768 (a workflow failure analysis): the action's reason
      // wrapped after its colon onto the next line
      '```\n##[error]Credentials could not be loaded, please check your action inputs: \nCould not load credentials from any providers\n```',
      ['no-credentials-sdk']
    ],
    [
      // own: the wrapped reason is another cause; it speaks for the error
      'Error: Credentials could not be loaded, please check your action inputs:\nThe security token included in the request is invalid.',
      ['security-token-invalid']
    ],
    [
      // CloudSmith-Delivery-Troubleshooting/backend-infra-cdk#3: the JS SDK v2's prefix, then
      // the chain's reason on the same line
      'Error: Could not load credentials from ChainableTemporaryCredentials2: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1: Could not load credentials from ChainableTemporaryCredentials2: The security token included in the request is expired',
      ['security-token-expired']
    ]
  ])('reads a wrapper and its reason as one error: %s', (text, grammars) => {
    expect(parseText(text).map((f) => f.grammar)).toEqual(grammars)
  })

  it.each([
    [
      // own: no colon ends the line: the next line is another error
      'Error: Credentials could not be loaded, please check your action inputs\nThe security token included in the request is invalid.',
      ['action-credentials-not-loaded', 'security-token-invalid']
    ],
    [
      // own: a blank line after the colon ends the error block
      'Error: Credentials could not be loaded, please check your action inputs:\n\nThe security token included in the request is invalid.',
      ['action-credentials-not-loaded', 'security-token-invalid']
    ]
  ])('counter-case: %s', (text, grammars) => {
    expect(parseText(text).map((f) => f.grammar)).toEqual(grammars)
  })

  it('lets a more precise reason after the wording speak for the line (one finding)', () => {
    const text =
      'Error: Credentials could not be loaded, please check your action inputs: The security token included in the request is invalid.'
    expect(causes(text)).toEqual([['credentials', 'invalid']])
  })

  it.each([
    ['own: a different action input error', 'Error: Input required and not supplied: aws-region'],
    [
      'own: a log line naming the input, not a failure',
      'Credentials could not be validated yet; retrying with your action inputs'
    ]
  ])('%s gives no finding', (_name, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('EKS credential refusals in notes', () => {
  it('reads the sentence wrapped between words, EKS named on the next line (h4-156)', () => {
    // github-file:find_string#66346413540
    const text = [
      '- **"Unauthorized" despite AWS admin permissions**: see "Cluster access" above.',
      '- **`terraform apply` fails with "Kubernetes cluster unreachable: the server has asked for the',
      '  client to provide credentials"**: the EKS auth token in a saved plan (`-out=...`) expired —'
    ].join('\n')
    expect(causes(text)).toEqual([['credentials', 'eks-not-mapped']])
  })

  it('remembers an EKS cluster named lines above the error (h4-155)', () => {
    // github-file:find_string#55941985810
    const text = [
      'If the EKS cluster has already been partially destroyed (e.g. by a previous',
      'failed run or manual intervention), `kubectl` and `helm` commands will fail',
      'with:',
      '',
      '```',
      'error: kubernetes cluster unreachable: the server has asked for the client to provide credentials',
      '```'
    ].join('\n')
    expect(causes(text)).toEqual([['credentials', 'eks-not-mapped']])
  })

  it('takes `aws sts get-caller-identity` as a sign the cluster knows IAM identities (h4-158)', () => {
    // github-file:find_string#53462661539
    const text = [
      '### `error: You must be logged in to the server (Unauthorized)`',
      '',
      'Your IAM identity is not in `admin_iam_principals`. Follow the temporary access steps above.',
      '',
      '```bash',
      'aws sts get-caller-identity',
      '```'
    ].join('\n')
    expect(causes(text)).toEqual([['credentials', 'eks-not-mapped']])
  })

  it('own: the same refusal with nothing placing the cluster on EKS is no finding', () => {
    const text = [
      'The cluster on our lab VM rejected the token:',
      '',
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})

describe('Go SDK v1 signature refusals', () => {
  it('reads `InvalidSignatureException:` as a credentials failure (h4-093)', () => {
    // github-file:find_string#9938503034 (the X-Ray daemon's segment upload)
    const text = [
      '### then the issue was ',
      '',
      '2023-03-07T03:49:38Z [Error] Sending segment batch failed with: InvalidSignatureException: ',
      '        status code: 403, request id: e62d2d6c-5d34-42c7-a9af-bcb3aac990ad'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'InvalidSignatureException']
    ])
  })
})
