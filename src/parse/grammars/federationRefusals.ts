// Federation and role-assumption failures in the words of the clients and platforms that hit
// them, outside the AWS SDKs' common wordings (heldout20): STS refusing session tags or a
// session's length, an empty web identity token, other CI platforms' OIDC brokers, EKS Pod
// Identity's agent, the EFS CSI driver's refusal. One rule per wording.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const federationRefusalRules: PhraseRule[] = [
  {
    // STS refusing the session tags an assume-role call passes (`Could not assume role with web
    // identity token file: Unable to validate tags`, configure-aws-credentials, aws-actions/
    // configure-aws-credentials#1257): a tag value holds a character tags may not (a GitHub App
    // actor's `name[bot]`), or the trust policy lacks sts:TagSession.
    id: 'sts-session-tags-rejected',
    rule: 'WD887',
    kind: 'credentials',
    priority: PRIORITY.credentials + 1,
    needs: ['Unable to validate tags'],
    re: /\b(?:Could not assume role with [\w -]{1,40}: )?Unable to validate tags\b/g,
    // Only beside a role assumption: a resource's own tags are validated in the same words.
    accept: (m) =>
      m[0].startsWith('Could') ||
      /assume[ -]?role|AssumeRole|session tag/i.test(
        m.input.slice(Math.max(0, m.index - 400), m.index + 400)
      ),
    facts: (m, d) => {
      d.detail.cause = 'session-tags'
      // STS's own code just before, perhaps across a Terraform box's gutter (`api` / `│ error
      // ValidationError: Unable to validate tags`, hashicorp/terraform-provider-aws#44712).
      const code = /\b(ValidationError|InvalidParameterValue\w{0,20}):[ \t]*$/.exec(
        m.input.slice(Math.max(0, m.index - 60), m.index)
      )
      if (code) d.code = code[1]!
    }
  },
  {
    // STS refusing the session's length: one hour at most for a role assumed with a role's
    // credentials (`The requested DurationSeconds exceeds the 1 hour session limit for roles
    // assumed by role chaining.`, aws-vault, 99designs/aws-vault#263), else the role's
    // MaxSessionDuration.
    id: 'sts-session-duration',
    rule: 'WD888',
    kind: 'credentials',
    priority: PRIORITY.credentials + 1,
    needs: ['The requested DurationSeconds exceeds the '],
    re: /\b(?:(ValidationError): )?The requested DurationSeconds exceeds the (?:1 hour session limit for roles assumed by role chaining|MaxSessionDuration set for this role)\.?/g,
    facts: (m, d) => {
      // STS's code, printed before the message by the Go SDK (`ValidationError: The requested …`).
      if (m[1]) d.code = m[1]
      d.detail.cause = m[0].includes('chaining') ? 'session-duration-chained' : 'session-duration'
    }
  },
  {
    // STS refusing the session name an assume-role call passes (`1 validation error detected:
    // Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint: Member must
    // satisfy regular expression pattern: [\w+=,.@-]*`, configure-aws-credentials with a GitHub
    // App actor, aws-actions/configure-aws-credentials#1306; Leapp's `truster-on-xxx/yyy/role`,
    // Noovolari/leapp#45): a character a session name may not hold, or more than 64 of them.
    id: 'sts-session-name-invalid',
    rule: 'WD7127',
    kind: 'credentials',
    priority: PRIORITY.credentials + 1,
    needs: ["at 'roleSessionName' failed to satisfy constraint"],
    re: /(?:\b(ValidationError):?[ \t]+)?(?:\b1 validation error detected: )?\bValue '[^'\n]{0,256}' at 'roleSessionName' failed to satisfy constraint: Member must (?:satisfy regular expression pattern: [^\s`'"]{1,40}|have length (?:less|greater) than or equal to \d{1,3})/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.detail.cause = 'session-name-invalid'
    }
  },
  {
    // An empty web identity token handed to STS: botocore's own validation of the call
    // (`Invalid length for parameter WebIdentityToken, value: 0`, CircleCI's aws-cli orb,
    // CircleCI-Public/aws-cli-orb#227). The CI platform minted no token for the job.
    id: 'web-identity-token-empty',
    rule: 'WD889',
    kind: 'credentials',
    priority: PRIORITY.credentials + 1,
    needs: ['Invalid length for parameter WebIdentityToken'],
    re: /\bInvalid length for parameter WebIdentityToken, value: 0\b/g,
    facts: (_m, d) => {
      d.detail.cause = 'oidc-token-empty'
    }
  },
  {
    // Other platforms' OIDC brokers into AWS: the AWS Toolkit for Azure DevOps (`Failed to assume
    // role with OIDC: Error: System.AccessToken is undefined`, aws/aws-toolkit-azure-devops#565)
    // and Microsoft Sentinel's S3 connector (`Failed to fetch authentication token for arn:aws:iam::…
    // Please make sure that the OpenIDConnect provider and Assume role trust relationship are
    // configured correctly`, Azure/Azure-Sentinel#11980).
    id: 'oidc-broker-failed',
    rule: 'WD890',
    kind: 'credentials',
    priority: PRIORITY.credentials + 1,
    needs: ['Failed to assume role with OIDC', 'Failed to fetch authentication token for arn:'],
    re: /\bFailed to assume role with OIDC: [^\n]{0,200}|\bFailed to fetch authentication token for arn:[\w-]{1,20}:iam::[^\s:]{0,40}:role\/[^\s."']{1,128}\.?(?:\s{0,4}Please make sure that the OpenIDConnect provider and Assume role trust relationship are configured correctly[^\n"]{0,120})?/g,
    facts: (m, d) => {
      // The platform gave no token (a variable unset): no request reached STS.
      d.detail.cause = /AccessToken is u|token is (?:empty|undefined|null)|no token/i.test(m[0])
        ? 'oidc-token-empty'
        : 'oidc-token-invalid'
    }
  },
  {
    // EKS Pod Identity's agent refused by EKS Auth (`Unauthorized Exception! EKS does not have
    // permissions to assume the associated role.`, aws/eks-pod-identity-agent#139): the role's
    // trust policy must let pods.eks.amazonaws.com assume and tag it.
    id: 'eks-pod-identity-refused',
    rule: 'WD891',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['EKS does not have permissions to assume the associated role'],
    re: /\b(?:Unauthorized Exception! )?EKS does not have permissions to assume the associated role\.?/g
  },
  {
    // The EFS CSI driver's own refusal (`Access Denied. Please ensure you have the right AWS
    // permissions: Access denied`, kubernetes-sigs/aws-efs-csi-driver#1722): its controller's role
    // was refused an EFS call (access points, often a tag condition of the example policy). An S3
    // CSI driver prints the same words for a bucket: EFS only where the text names it.
    id: 'efs-csi-access-denied',
    rule: 'WD892',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Please ensure you have the right AWS permissions'],
    re: /\bAccess Denied\. Please ensure you have the right AWS permissions(?:: Access denied)?/g,
    facts: (m, d) => {
      if (/\befs\b|elasticfilesystem|\bStorageClass "efs|FileSystemId/i.test(m.input)) {
        d.service = 'elasticfilesystem'
      }
    }
  }
]
