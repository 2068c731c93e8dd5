// A line is read only when it holds a trigger fragment (src/scan/triggers.ts): a rule whose match
// holds none is never run on a log, though its own tests (which call the grammar) pass. Each line
// below is one rule's wording alone on a line, as a tool prints it, read the whole way through
// the scanner.
import { analyzeText } from '../../src/engine/Analysis.js'

const ALONE: [rule: string, line: string][] = [
  // heldout114 h114-017 (crossplane/crossplane#2194): a Crossplane condition's message.
  [
    'no-credentials-sdk',
    'Message:               observe failed: cannot describe Cache Cluster: EC2RoleRequestError: no EC2 instance role found'
  ],
  ['no-credentials-sdk', 'Error: EC2RoleRequestError: no EC2 instance role found'],
  [
    'no-credentials-sdk',
    'software.amazon.awssdk.core.exception.SdkClientException: Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set.'
  ],
  ['web-identity-token-wordings', 'Error: Could not retrieve OIDC token'],
  ['web-identity-token-wordings', 'Error: failed to fetch OIDC token: 401 Unauthorized'],
  ['web-identity-token-wordings', 'Could not determine how to assume credentials'],
  // heldout116 (aws-actions/configure-aws-credentials#502).
  ['web-identity-token-wordings', 'Error: Missing a required claim: sub'],
  // heldout115 (getredash/website#54).
  [
    'athena-insufficient-permissions',
    'Error running query: Insufficient permissions to execute the query.'
  ],
  // heldout116 (aws-actions/configure-aws-credentials#930), quoted by the writer.
  [
    'oidc-id-token-permission',
    '> It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.'
  ],
  [
    'cross-account-pass-role',
    'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Cross-account pass role is not allowed.'
  ],
  [
    'ssm-activation-expired',
    'Registration failed due to error registering the instance with AWS SSM. InvalidActivation: Activation ID is not valid'
  ],
  [
    'bedrock-api-key-rejected',
    '{"Message":"Invalid API Key format: Must start with pre-defined prefix"}'
  ],
  [
    'go-shared-config-assume-role',
    'SharedConfigAssumeRoleError: failed to load assume role for arn:aws:iam::123456789012:role/x, source profile default has no shared credentials'
  ],
  [
    'saml-assertion',
    'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithSAML operation: Issuer not present in specified provider'
  ],
  [
    'cognito-login-token',
    'An error occurred (NotAuthorizedException) when calling the GetId operation: Token is not from a supported provider of this identity pool.'
  ]
]

describe('rule wordings alone on a line reach their rule', () => {
  it.each(ALONE)('%s: %s', (rule, line) => {
    const grammars = analyzeText(`${line}\n`).findings.map((f) => f.grammar)
    expect(grammars).toContain(rule)
  })
})
