// STS's answers to AssumeRoleWithWebIdentity, as printed in real threads, to causes.
import { classifyStsError, STS_ERROR_RULES } from '../../src/oidc/classifyStsError.js'

// [source, code as STS sent it (null: only the message was printed), message as printed, cause]
const REAL: [string, string | null, string, string][] = [
  [
    'aws-actions/configure-aws-credentials#280 (corpus d101)',
    null,
    'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    'no-oidc-provider'
  ],
  [
    'mozilla-iam/mozilla-aws-cli#127',
    'InvalidIdentityToken',
    'No OpenIDConnect provider found in your account for https://auth.mozilla.auth0.com/',
    'no-oidc-provider'
  ],
  [
    'awslabs/amazon-eks-irsa-cfn#18',
    'InvalidIdentityToken',
    'Incorrect token audience',
    'audience'
  ],
  [
    'aws/aws-cli#7194',
    'InvalidIdentityToken',
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    'thumbprint'
  ],
  [
    'aws-actions/configure-aws-credentials#357',
    null,
    "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
    'thumbprint'
  ],
  [
    'awslabs/aws-orbit-workbench#707',
    'ExpiredTokenException',
    'Token expired: current date/time 1624482533 must be before the expiration date/time1624482335',
    'clock-skew'
  ],
  [
    'mozilla-iam/mozilla-aws-cli#146',
    'ExpiredTokenException',
    'Token too old: 441398',
    'clock-skew'
  ],
  [
    'CircleCI-Public/aws-ecr-orb#211',
    'ValidationError',
    'Request ARN is invalid',
    'invalid-role-arn'
  ],
  [
    'kreuzwerker/awsu#27',
    'ValidationError',
    'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    'session-duration'
  ],
  [
    'aws-samples/aws-cdk-for-emr-on-eks#2 (corpus d082)',
    'AccessDenied',
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'trust-policy-mismatch'
  ],
  [
    'aws-actions/configure-aws-credentials#961 (corpus d025)',
    null,
    'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'trust-policy-mismatch'
  ]
]

describe('classifyStsError', () => {
  it.each(REAL)('%s', (_source, code, message, cause) => {
    expect(classifyStsError(code, message)).toBe(cause)
  })

  it.each([
    // The SDK's own parameter checks, as botocore prints them.
    [
      'ValidationError',
      "1 validation error detected: Value 'gha' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      'invalid-role-arn'
    ],
    [
      'ValidationError',
      "1 validation error detected: Value '90000' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
      'session-duration'
    ],
    ['IDPCommunicationError', 'The identity provider could not be reached', 'thumbprint'],
    ['AccessDeniedException', '', 'trust-policy-mismatch'],
    ['Throttling', 'Rate exceeded', 'unknown'],
    ['InternalFailure', 'An internal error occurred', 'unknown'],
    [null, null, 'unknown'],
    ['', 'connect ECONNREFUSED 127.0.0.1:1', 'unknown']
  ])('%s %j is %s', (code, message, cause) => {
    expect(classifyStsError(code, message)).toBe(cause)
  })

  it('has one rule per cause it can name', () => {
    const causes = STS_ERROR_RULES.map((r) => r.cause)
    expect(new Set(causes).size).toBe(causes.length)
  })
})
