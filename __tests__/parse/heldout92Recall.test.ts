// heldout92–93's refusals the engine missed on their unseen score (issue 10, session 41): newer
// services in their own words (AgentCore validating its execution role, Bedrock's logging role),
// S3 Tables' REST endpoint unsigned, the EKS Pod Identity agent, SSM hybrid activations, Maven
// Surefire's summary; each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, 3)}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('heldout92–93: real excerpts, read', () => {
  it.each([
    [
      'h92-003',
      'credentials',
      'missing-authentication-token-body',
      'MissingAuthenticationTokenException',
      null,
      'missing'
    ],
    ['h92-006', 'denial', 'surefire-access-denied', null, 's3', null],
    ['h92-013', 'denial', 'agentcore-ecr-validation', 'ValidationException', 'ecr', null],
    ['h92-015', 'denial', 'bedrock-logging-role', 'ValidationException', 'bedrock', null],
    ['h92-033', 'credentials', 'pod-identity-token-malformed', null, null, 'container-credentials'],
    [
      'h92-034',
      'credentials',
      'ssm-activation-expired',
      'ActivationExpired',
      'ssm',
      'ssm-activation-expired'
    ],
    ['h93-011', 'credentials', 'profile-not-found', null, null, 'missing'],
    ['h93-012', 'credentials', 'profile-not-found', 'CredentialsProviderError', null, 'missing'],
    ['h93-020', 'denial', 'gof3r-access-denied', '403', 's3', null],
    ['h93-022', 'credentials', 'ecr-client-unauthorized', null, 'ecr', 'registry-login'],
    [
      'h93-032',
      'denial',
      'codebuild-connection-not-authorized',
      'OAuthProviderException',
      'codestar-connections',
      null
    ]
  ])('%s: %s by %s', (id, kind, grammar, code, service, cause) => {
    expect(read(h(id))[0]).toEqual([kind, grammar, code, service, cause])
  })
})

describe('their counter-cases', () => {
  it.each([
    // Surefire's summary of another exception that starts the same way is no refusal.
    '[ERROR]   ITestFoo.testBar:12 » AccessDeniedHandlerMissing',
    // An API's own 403 body in other words is no AWS credentials failure.
    'RESTError 403: Received unexpected JSON Payload: {"message":"Forbidden by the catalog"}',
    // The SSM agent registering fine, its activation's words in a how-to heading.
    'How to renew an SSM activation before ActivationExpired happens',
    // Docker Hub's answer under an old Docker's pull of a Docker Hub image.
    'Pulling repository docker.io/library/nginx\nunauthorized: authentication required'
  ])('no finding: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})
