// The trust policy proposed for a refused AssumeRoleWithWebIdentity names the issuer the log shows,
// and claims GitHub only on GitHub evidence.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

// Source: crossplane/crossplane#5578, as printed there (the provider ID masked by the reporter).
const CROSSPLANE_5578 = `managed/s3.aws.upbound.io/v1beta1, kind=bucket  cannot initialize the Terraform plugin SDK async external client: cannot get terraform setup: failed to retrieve aws credentials from aws config: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 4a8524d5-fc0e-46ff-9000-fd823d1b8661, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity

I've checked policy and Trusted entities

            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
                "StringEquals": {
                    "oidc.eks.sa-east-1.amazonaws.com/id/145438BD.....:sub": "system:serviceaccount:crossplane-system:provider-aws-*",
                    "oidc.eks.sa-east-1.amazonaws.com/id/145438BD.....:aud": "sts.amazonaws.com"`

// Source: aws-samples/aws-cdk-for-emr-on-eks#2 (an EKS pod; nothing in the line says so).
const EMR_ON_EKS_2 =
  'ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity'

const trustOf = (text: string, oidc?: { repository: string; ref: string }) => {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings, oidc ? { oidc } : {})
  expect(validateRemedies(remedies, findings)).toEqual([])
  return { finding: findings[0]!, remedy: remedies.find((r) => r.target.kind === 'trust-policy')! }
}

test('crossplane#5578: an EKS service account gets its cluster provider and StringLike for the wildcard', () => {
  const { finding, remedy } = trustOf(CROSSPLANE_5578)
  expect(finding.title).toBe(
    'EKS service account token rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)'
  )
  expect(finding.explanation).toContain('`eks.amazonaws.com/role-arn`')
  const [s] = remedy.statements
  expect(s!.Principal).toEqual({
    Federated: 'arn:aws:iam::<ACCOUNT_ID>:oidc-provider/<EKS_OIDC_PROVIDER>'
  })
  expect(s!.Condition).toEqual({
    StringEquals: { '<EKS_OIDC_PROVIDER>:aud': 'sts.amazonaws.com' },
    StringLike: {
      '<EKS_OIDC_PROVIDER>:sub': 'system:serviceaccount:crossplane-system:provider-aws-*'
    }
  })
  expect(JSON.stringify(remedy)).not.toContain('githubusercontent')
  expect(remedy.notes.join('\n')).toContain('Replace <EKS_OIDC_PROVIDER>')
})

test('emr-on-eks#2: no evidence of an issuer, so none is claimed', () => {
  const { remedy } = trustOf(EMR_ON_EKS_2)
  expect(JSON.stringify(remedy.statements)).not.toContain('githubusercontent')
  expect(remedy.statements[0]!.Principal).toEqual({
    Federated: 'arn:aws:iam::<ACCOUNT_ID>:oidc-provider/<OIDC_PROVIDER_HOST>'
  })
  expect(remedy.notes.join('\n')).toMatch(/does not say which identity provider/)
})

test('inside a GitHub Actions run the workflow context is the GitHub evidence', () => {
  const { remedy } = trustOf(EMR_ON_EKS_2, {
    repository: 'octo-org/octo-repo',
    ref: 'refs/heads/main'
  })
  expect(remedy.statements[0]!.Condition).toEqual({
    StringEquals: {
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main'
    }
  })
})

test('a Cognito identity pool token gets the pool and amr conditions', () => {
  // Own case: the Cognito credential provider's session name beside the refusal.
  const { remedy } = trustOf(
    'CognitoIdentityCredentials: InvalidIdentityPoolConfigurationException?\nAccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity (GetCredentialsForIdentity)'
  )
  expect(remedy.statements[0]!.Principal).toEqual({ Federated: 'cognito-identity.amazonaws.com' })
  expect(remedy.statements[0]!.Condition).toMatchObject({
    'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' }
  })
})

test('evidence of two issuers names neither', () => {
  const { remedy } = trustOf(
    `Run aws-actions/configure-aws-credentials@v4\nsystem:serviceaccount:runners:arc\n${EMR_ON_EKS_2}`
  )
  expect(remedy.statements[0]!.Principal).toEqual({
    Federated: 'arn:aws:iam::<ACCOUNT_ID>:oidc-provider/<OIDC_PROVIDER_HOST>'
  })
})
