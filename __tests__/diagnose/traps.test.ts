// The trap list itself: stable ids (part of the JSON contract), each with its own test file.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TRAPS } from '../../src/diagnose/traps/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))

// Test files are named after the rule objects; the ids are the contract names.
const FILE_OF: Record<string, string> = {
  'nested-arn-in-resource': 'nestedArnInResource',
  'compromised-key-quarantine': 'compromisedKeyQuarantine',
  'exposed-key-quarantine': 'statedCausesText',
  'configure-credentials-no-source': 'configureCredentialsNoSource',
  'oidc-trust-said-correct': 'oidcStatedEvidence',
  'oidc-subject-presented': 'oidcStatedEvidence',
  'ecr-login-region-mismatch': 'registryLoginPlace',
  'ci-runner-image-pull': 'registryLoginPlace',
  'public-bucket-no-sign-request': 'publicBucketUnsigned',
  'unsigned-request-refused': 'publicBucketUnsigned',
  'sqs-endpoint-without-queue': 'statedCausesText',
  'assume-role-trust-side': 'assumeRoleTrustSide',
  'unresolved-template-variable': 'unresolvedTemplateVariable',
  'get-caller-identity-is-credentials': 'getCallerIdentity',
  'ecr-repository-may-not-exist': 'ecrRepositoryMayNotExist',
  's3-missing-object-without-listbucket': 's3MissingObject',
  'resource-must-be-star': 'resourceMustBeStar',
  'kms-key-policy': 'kmsKeyPolicy',
  's3-sse-kms-key': 's3SseKmsKey',
  'web-identity-token-expired': 'webIdentityTokenExpired',
  'kubernetes-cloud-provider': 'kubernetesIntegration',
  'kubernetes-controller-policy': 'kubernetesIntegration',
  'kubernetes-controller-irsa': 'kubernetesIntegration',
  'eks-signing-identity': 'eksSigningIdentity',
  'fork-pull-request-credentials': 'forkPullRequest',
  'signature-client-signer': 'signatureClientSigner',
  'credential-client-refresh': 'credentialClientAdvice',
  'cdk-bootstrap-trust': 'cdkBootstrapTrust',
  'cdk-deploy-role-pass-role': 'cdkDeployRolePassRole',
  'lake-formation-permission': 'lakeFormationPermission',
  'lake-formation-credential-vending': 'lakeFormationCredentialVending',
  'codebuild-source-download': 'codebuildSourceDownload',
  'iam-passrole': 'iamPassRole',
  'assume-role-two-policies': 'assumeRoleTwoPolicies',
  'oidc-trust-conditions': 'oidcTrustConditions',
  'oidc-id-token-permission': 'oidcIdTokenPermission',
  'service-linked-role': 'serviceLinkedRole',
  'sso-permission-set': 'ssoPermissionSet',
  'cdk-bootstrap-role': 'cdkBootstrapRole',
  's3-block-public-access': 's3BlockPublicAccess',
  'cfn-tagging': 'cfnTagging',
  'aws-owned-resource': 'awsOwnedResource',
  'cognito-unauthenticated-role': 'cognitoUnauthenticatedRole',
  'assume-role-target-not-role': 'assumeRoleTargetNotRole',
  'impossible-account-id': 'impossibleAccountId',
  'arn-partition-mismatch': 'partitionMismatch',
  'ami-launch-permission': 'amiLaunchPermission',
  'bedrock-model-access': 'bedrockModelAccess',
  'lambda-role-trust': 'lambdaRoleTrust',
  'get-user-from-role-session': 'getUserFromRoleSession',
  'ssm-parameter-name': 'ssmParameterName',
  'ses-sending-identity': 'sesSendingIdentity',
  'role-self-assumption': 'roleSelfAssumption',
  'organizations-management-account': 'organizationsManagementAccount',
  'service-delivery-policy': 'serviceDeliveryPolicy',
  'terraform-state-backend': 'terraformStateBackend',
  'kms-grant-for-aws-resource': 'kmsGrantForAwsResource',
  'guardrail-condition': 'guardrailCondition',
  'cloudformation-transform': 'cloudformationTransform',
  'intended-denial': 'intendedDenial',
  'account-level-block': 'accountLevelBlock',
  'runtime-credentials': 'runtimeCredentials',
  'managed-role': 'managedRole',
  'waf-web-acl-cross-account': 'wafWebAclCrossAccount',
  'iam-cross-account-read': 'iamCrossAccountRead',
  'cdk-role-not-assumed': 'cdkRoleNotAssumed',
  'permissions-boundary-stated': 'statedCauses',
  'hard-coded-account': 'statedCauses',
  'cloud9-managed-credentials': 'statedCauses',
  'scp-stated': 'allowStated',
  'allow-already-granted': 'allowStated',
  's3-public-access-settings': 's3PublicAccess',
  's3-private-policy-write': 's3PublicAccess',
  's3-public-access-block-reserved': 's3PublicAccess',
  's3-third-party-download': 's3ThirdPartyDownload',
  'owner-side-resource': 'ownerSideResource',
  's3-all-access-disabled': 'nonIamRefusals',
  'sts-region-disabled': 'nonIamRefusals',
  's3-archived-object': 'nonIamRefusals',
  's3-account-problem': 'nonIamRefusals',
  'operation-not-determined': 'nonIamRefusals',
  's3-china-unauthorized-access': 'nonIamRefusals',
  'cross-account-pass-role': 'nonIamRefusals',
  'cdk-bootstrap-resource': 'cdkBootstrapResource',
  'codeartifact-bearer-token': 'codeArtifactAccess',
  'codeartifact-repository-access': 'codeArtifactAccess',
  'codepipeline-action-role': 'codePipelineActionRole',
  'lambda-stale-kms-grant': 'lambdaStaleKmsGrant',
  'lambda-kms-grant-or-key': 'lambdaStaleKmsGrant',
  'serverless-deployment-bucket': 'serverlessDeploymentBucket',
  'role-chaining-second-call': 'roleChaining',
  'ecr-public-stale-login': 'registryLogin',
  'aws-owned-registry-login': 'registryLogin',
  'oidc-audience-typo': 'oidcAudienceTypo',
  'app-permission-set': 'appPermissionSet',
  'server-storage-backend': 'serverStorageBackend',
  'amazon-q-subscription': 'amazonQSubscription',
  'ecr-public-auth': 'ecrPublicAuth',
  'copilot-artifact-bucket': 's3WrappedRefusals',
  'velero-object-store': 's3WrappedRefusals',
  'restic-repository': 's3WrappedRefusals',
  'gradle-s3-build-cache': 's3WrappedRefusals',
  'cloudformation-template-url': 's3WrappedRefusals',
  's3-copy-two-buckets': 's3CopyTwoBuckets',
  'terraform-backend-denied-too': 'terraformStateBackend'
}

describe('TRAPS', () => {
  it('has unique, kebab-case ids', () => {
    const ids = TRAPS.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it.each(TRAPS.map((t) => t.id))('%s has its own test file', (id) => {
    expect(FILE_OF[id]).toBeDefined()
    expect(fs.existsSync(path.join(here, 'traps', `${FILE_OF[id]}.test.ts`))).toBe(true)
  })
})
