// Reading GitHub's ID token without verifying it: only the claims, never a crash.
import { audiences, claimsFrom, decodeClaims } from '../../src/oidc/claims.js'
import { fakeJwt } from '../support/oidcServers.js'

// Modelled on the example payload in GitHub's OIDC reference (docs.github.com/en/actions/reference/security/oidc).
const DOCS_EXAMPLE = {
  jti: 'example-id',
  sub: 'repo:octo-org/octo-repo:environment:prod',
  environment: 'prod',
  aud: 'https://github.com/octo-org',
  ref: 'refs/heads/main',
  sha: 'example-sha',
  repository: 'octo-org/octo-repo',
  repository_owner: 'octo-org',
  actor_id: '12',
  repository_visibility: 'private',
  repository_id: '74',
  repository_owner_id: '65',
  run_id: 'example-run-id',
  run_number: '10',
  run_attempt: '2',
  runner_environment: 'github-hosted',
  actor: 'octocat',
  workflow: 'example-workflow',
  head_ref: '',
  base_ref: '',
  event_name: 'workflow_dispatch',
  ref_type: 'branch',
  job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
  iss: 'https://token.actions.githubusercontent.com',
  nbf: 1632492967,
  exp: 1632493867,
  iat: 1632493567
}

describe('decodeClaims', () => {
  it('keeps the claims that matter and drops the rest', () => {
    const claims = decodeClaims(fakeJwt(DOCS_EXAMPLE))
    expect(claims).toEqual({
      sub: 'repo:octo-org/octo-repo:environment:prod',
      aud: 'https://github.com/octo-org',
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      repository_id: '74',
      repository_owner_id: '65',
      ref: 'refs/heads/main',
      environment: 'prod',
      event_name: 'workflow_dispatch',
      job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
      exp: 1632493867,
      iat: 1632493567,
      nbf: 1632492967
    })
  })

  it('returns null for anything that is not a compact JWS with a JSON object payload', () => {
    for (const token of [
      '',
      'abc',
      'a.b',
      'a.b.c.d',
      'e30.!!!.sig',
      `h.${Buffer.from('[1,2]').toString('base64url')}.s`,
      `h.${Buffer.from('not json').toString('base64url')}.s`
    ]) {
      expect(decodeClaims(token)).toBeNull()
    }
  })

  it('ignores claims of the wrong type and accepts numeric ids and a list audience', () => {
    const claims = claimsFrom({ sub: 42, aud: ['a', 3, 'b'], repository_id: 123, exp: 'soon' })
    expect(claims.sub).toBe('42')
    expect(audiences(claims)).toEqual(['a', 'b'])
    expect(claims.repository_id).toBe('123')
    expect(claims.exp).toBeNull()
  })
})
