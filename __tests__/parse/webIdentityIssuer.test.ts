// Who issued a refused web-identity token, from the words around the refusal (src/parse/
// webIdentityIssuer.ts). The Go SDK v1's `WebIdentityErr: failed to retrieve credentials` reads
// the token file EKS mounts into an IRSA pod: an EKS service account, never GitHub's action
// (heldout15 review h15-135). Counter-cases: GitHub's own words beside it name no single issuer.
import { webIdentityIssuer } from '../../src/parse/webIdentityIssuer.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('webIdentityIssuer', () => {
  it('h15-135 (the ALB ingress controller on EKS): IRSA trust first, the cluster provider and sts.amazonaws.com', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-135'))
    expect(f.detail.webIdentityIssuer).toBe('eks')
    expect(f.explanation).toContain('EKS service account token')
    expect(statements).toEqual([
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::<ACCOUNT_ID>:oidc-provider/<EKS_OIDC_PROVIDER>' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            '<EKS_OIDC_PROVIDER>:aud': 'sts.amazonaws.com',
            '<EKS_OIDC_PROVIDER>:sub': 'system:serviceaccount:<NAMESPACE>:<SERVICE_ACCOUNT>'
          }
        }
      }
    ])
  })

  it('own case: a Go operator refused, with its service account printed', () => {
    expect(
      webIdentityIssuer(
        'level=error msg="WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity" serviceaccount=system:serviceaccount:monitoring:thanos'
      )
    ).toEqual({
      issuer: 'eks',
      detail: { serviceAccountSubject: 'system:serviceaccount:monitoring:thanos' }
    })
  })

  it.each([
    // Own cases: a pod's log as kubectl shows it, the retyped error name (h19-060's words).
    'kubectl logs my-app-7d9f -c init-secrets\nWebIdentityErr: failed to retrieve credentials',
    'The init container fails with WebIdentityError: Failed to retrieve credentials.',
    'Pods start, but the init-container log says: InvalidIdentityToken: No OpenIDConnect provider found in account'
  ])("a pod's own words name the cluster's issuer: %s", (text) => {
    expect(webIdentityIssuer(text)?.issuer).toBe('eks')
  })

  it('own counter-case: a runner pod that names GitHub names two issuers, so none', () => {
    expect(
      webIdentityIssuer(
        'actions-runner pod, init container ok\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )
    ).toBeNull()
  })

  it("own counter-case: configure-aws-credentials' words beside it name two issuers, so none", () => {
    expect(
      webIdentityIssuer(
        'configure-aws-credentials: WebIdentityErr: failed to retrieve credentials\nAccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )
    ).toBeNull()
    expect(
      webIdentityIssuer(
        'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )?.issuer
    ).toBe('github')
  })
})
