// Every trap, in the order their advice is shown.
import type { Trap } from '../Trap.js'
import { accountLevelBlock } from './accountLevelBlock.js'
import { amiLaunchPermission } from './amiLaunchPermission.js'
import { bedrockModelAccess } from './bedrockModelAccess.js'
import { lambdaRoleTrust } from './lambdaRoleTrust.js'
import { lambdaKmsGrantOrKey, lambdaStaleKmsGrant } from './lambdaStaleKmsGrant.js'
import { relayedKmsRefusal } from './relayedKmsRefusal.js'
import { ecsExecutionRolePull } from './ecsExecutionRolePull.js'
import { checkedNext } from './checkedNext.js'
import { getUserFromRoleSession } from './getUserFromRoleSession.js'
import { assumeRoleTargetNotRole } from './assumeRoleTargetNotRole.js'
import { assumeServiceLinkedRole } from './assumeServiceLinkedRole.js'
import { assumeRoleTwoPolicies } from './assumeRoleTwoPolicies.js'
import { cdkRoleNotAssumed } from './cdkRoleNotAssumed.js'
import { cdkPipelineProjectRole } from './cdkPipelineProjectRole.js'
import { snowflakeStorageIntegration } from './snowflakeStorageIntegration.js'
import { resourceInOtherRegion } from './resourceInOtherRegion.js'
import { amplifyServiceRole } from './amplifyServiceRole.js'
import { cdkExecRolePassed } from './cdkExecRolePassed.js'
import { iamPropagation } from './iamPropagation.js'
import {
  allowAlreadyGranted,
  cloud9ManagedCredentials,
  iamRefusesCredentialType,
  hardCodedAccount,
  permissionsBoundaryStated,
  scpStated
} from './statedCauses.js'
import { cloudformationTransform } from './cloudformationTransform.js'
import { cognitoUnauthenticatedRole } from './cognitoUnauthenticatedRole.js'
import { compromisedKeyQuarantine, exposedKeyQuarantine } from './compromisedKeyQuarantine.js'
import { deliberateDenyPolicy } from './deliberateDenyPolicy.js'
import { configureCredentialsNoSource } from './configureCredentialsNoSource.js'
import { configureCredentialsProfile } from './configureCredentialsProfile.js'
import { oidcSubjectPresented, oidcTrustSaidCorrect } from './oidcStatedEvidence.js'
import { ecrLoginRegionMismatch, registryLoginTool, runnerImagePull } from './registryLoginPlace.js'
import { awsOwnedRegistryLogin, ecrPublicStaleLogin } from './registryLogin.js'
import { roleChaining } from './roleChaining.js'
import { oidcChosenOverRunner } from './oidcChosenOverRunner.js'
import { bedrockCrossRegionInference } from './bedrockCrossRegionInference.js'
import { oidcAudienceTypo } from './oidcAudienceTypo.js'
import { appPermissionSetTrap } from './appPermissionSet.js'
import { serverStorageBackend } from './serverStorageBackend.js'
import { amazonQSubscription } from './amazonQSubscription.js'
import { ecrPublicAuth } from './ecrPublicAuth.js'
import { publicBucketUnsigned, unsignedRequestRefused } from './publicBucketUnsigned.js'
import { unresolvedTemplateVariable } from './unresolvedTemplateVariable.js'
import { sqsEndpointWithoutQueue } from './sqsEndpointWithoutQueue.js'
import { assumeRoleTrustSide } from './assumeRoleTrustSide.js'
import { ecrRepositoryMayNotExist } from './ecrRepositoryMayNotExist.js'
import { ecsImagePull } from './ecsImagePull.js'
import { getCallerIdentity } from './getCallerIdentity.js'
import { impossibleAccountId } from './impossibleAccountId.js'
import { malformedRoleArn } from './malformedRoleArn.js'
import { profileRoleArnNotRole } from './profileRoleArnNotRole.js'
import { partitionMismatch } from './partitionMismatch.js'
import { nestedArnInResource } from './nestedArnInResource.js'
import { intendedDenial } from './intendedDenial.js'
import { guardrailCondition } from './guardrailCondition.js'
import { iamPassRole } from './iamPassRole.js'
import { iamCrossAccountRead } from './iamCrossAccountRead.js'
import { kmsGrantForAwsResource } from './kmsGrantForAwsResource.js'
import { kmsKeyPolicy } from './kmsKeyPolicy.js'
import { awsManagedKey } from './awsManagedKey.js'
import { kmsKeyPolicyDecides } from './kmsKeyPolicyDecides.js'
import { kmsKeyMetadataRead } from './kmsKeyMetadataRead.js'
import { latticeAuthPolicy } from './latticeAuthPolicy.js'
import { kafkaEsmClusterAuthorization } from './kafkaEsmClusterAuthorization.js'
import { firehoseDeliveryErrorTrap } from './firehoseDeliveryError.js'
import { lambdaRoleCheck } from './lambdaRoleCheck.js'
import { autoScalingLaunchTemplate } from './autoScalingLaunchTemplate.js'
import { managedRole } from './managedRole.js'
import { awsAcademyLab } from './awsAcademyLab.js'
import {
  awsOwnedResource,
  cdkBootstrapRole,
  cfnTagging,
  oidcIdTokenPermission,
  s3BlockPublicAccess,
  serviceLinkedRole,
  ssoPermissionSet
} from './misc.js'
import { NON_IAM_REFUSAL_TRAPS } from './nonIamRefusals.js'
import { oidcTrustConditions } from './oidcTrustConditions.js'
import { organizationsManagementAccount } from './organizationsManagementAccount.js'
import { organizationsCallUnnamed } from './organizationsCallUnnamed.js'
import { cdkConstructRoleTrap } from './cdkConstructRole.js'
import { managedPolicyDeny } from './managedPolicyDeny.js'
import { ssmAgentRole } from './ssmAgentRole.js'
import { openSearchAnonymous } from './openSearchAnonymous.js'
import { sdkLoadConfig } from './sdkLoadConfig.js'
import { cdkContextLookup } from './cdkContextLookup.js'
import { resourceMustBeStar } from './resourceMustBeStar.js'
import { roleSelfAssumption } from './roleSelfAssumption.js'
import { podRoleBroker } from './podRoleBroker.js'
import { redshiftIamRole } from './redshiftIamRole.js'
import { dmsVpcRole } from './dmsVpcRole.js'
import { cognitoTriggerPermission } from './cognitoTriggerPermission.js'
import { lambdaImagePermission } from './lambdaImagePermission.js'
import { organizationsTrustedAccess } from './organizationsTrustedAccess.js'
import { configRuleLambdaPermission } from './configRuleLambdaPermission.js'
import { identityCenterNoAccess } from './identityCenterNoAccess.js'
import { apigatewayAuthorizerDeny } from './apigatewayAuthorizerDeny.js'
import { toolUpdateCheck } from './toolUpdateCheck.js'
import { snapshotRepositoryVerify } from './snapshotRepositoryVerify.js'
import { apigatewayLambdaPermission } from './apigatewayLambdaPermission.js'
import { pipesExecutionRole } from './pipesExecutionRole.js'
import { wrongKeySetting } from './wrongKeySetting.js'
import { sdkStsModuleMissing } from './sdkStsModuleMissing.js'
import { ownPermissionsEdit } from './ownPermissionsEdit.js'
import { runtimeCredentials } from './runtimeCredentials.js'
import { serviceNetworkRole } from './serviceNetworkRole.js'
import { cliListingFirst } from './cliListingFirst.js'
import { serviceDeliveryPolicy } from './serviceDeliveryPolicy.js'
import { deliveryDestination } from './deliveryDestination.js'
import { serviceCallerByName } from './serviceCallerByName.js'
import { localEmulatorCredentials } from './localEmulatorCredentials.js'
import { ramSharedSubnet } from './ramSharedSubnet.js'
import { unnamedInvoker } from './unnamedInvoker.js'
import { sfnManagedRule } from './sfnManagedRule.js'
import { ssmParameterName } from './ssmParameterName.js'
import { sesSendingIdentity } from './sesSendingIdentity.js'
import { s3MissingObject } from './s3MissingObject.js'
import { serverlessRepoBucketRead } from './serverlessRepoBucketRead.js'
import { vmImportRole } from './vmImportRole.js'
import { s3ListingNamesMissingKey } from './s3ListingNamesMissingKey.js'
import { s3WriteOnlyPolicy } from './s3WriteOnlyPolicy.js'
import {
  s3PrivatePolicyWrite,
  s3PublicAccessBlockReserved,
  s3PublicAccessSettings
} from './s3PublicAccess.js'
import { s3ThirdPartyDownload } from './s3ThirdPartyDownload.js'
import { presignedUrlExpired } from './presignedUrlExpired.js'
import { lambdaCodeSourceBucket } from './lambdaCodeSourceBucket.js'
import { customResourceHandler } from './customResourceHandler.js'
import { ownerSideResource } from './ownerSideResource.js'
import { anotherPartyBucket } from './anotherPartyBucket.js'
import { createOnMissing } from './createOnMissing.js'
import { glueCatalogAcrossTrap } from './glueCatalogAcross.js'
import { terraformBackendDeniedToo, terraformStateBackend } from './terraformStateBackend.js'
import { wafWebAclCrossAccount } from './wafWebAclCrossAccount.js'
import { s3SseKmsKey } from './s3SseKmsKey.js'
import { webIdentityTokenExpired } from './webIdentityTokenExpired.js'
import { forkPullRequest } from './forkPullRequest.js'
import { signatureClientSigner } from './signatureClientSigner.js'
import { credentialClientAdvice } from './credentialClientAdvice.js'
import { sessionTokenIamCall } from './sessionTokenIamCall.js'
import { snsTopicKmsPublish } from './snsTopicKmsPublish.js'
import { lambdaRuntimeCredentials } from './lambdaRuntimeCredentials.js'
import { resolvedLater } from './resolvedLater.js'
import { codebuildConnection } from './codebuildConnection.js'
import { securityHubImport } from './securityHubImport.js'
import { serviceLinkedCaller } from './serviceLinkedCaller.js'
import { lambdaLayerShare } from './lambdaLayerShare.js'
import { copilotEnvironmentRole } from './copilotEnvironmentRole.js'
import { terraformStateNotSaved } from './terraformStateNotSaved.js'
import { ssmSessionPlugin } from './ssmSessionPlugin.js'
import { bareHttp403 } from './bareHttp403.js'
import { misnamedProbeRefusal } from './misnamedProbeRefusal.js'
import { awsMockNotIntercepting } from './awsMockNotIntercepting.js'
import { cdkBootstrapTrust } from './cdkBootstrapTrust.js'
import { cdkBootstrapResource } from './cdkBootstrapResource.js'
import { cdkDeployRolePassRole } from './cdkDeployRolePassRole.js'
import { lakeFormationPermission } from './lakeFormationPermission.js'
import { lakeFormationCredentialVending } from './lakeFormationCredentialVending.js'
import { codebuildSourceDownload } from './codebuildSourceDownload.js'
import { eksSigningIdentity } from './eksSigningIdentity.js'
import {
  kubernetesCloudProvider,
  kubernetesControllerIrsa,
  kubernetesControllerPolicy
} from './kubernetesIntegration.js'
import { codeArtifactBearerToken, codeArtifactRepositoryAccess } from './codeArtifactAccess.js'
import { codePipelineActionRole } from './codePipelineActionRole.js'
import { podOnNodeRole } from './podOnNodeRole.js'
import { ecsTaskOnInstanceRole } from './ecsTaskOnInstanceRole.js'
import { credentialEndpointUnreachable } from './credentialEndpointUnreachable.js'
import { s3MultipartCompleteKms } from './s3MultipartCompleteKms.js'
import { vaultDynamicUserTrap } from './vaultDynamicUser.js'
import { s3AccessPointNetworkOrigin } from './s3AccessPointNetworkOrigin.js'
import { route53ZoneNotOwned } from './route53ZoneNotOwned.js'
import { appsyncDataSourceRole } from './appsyncDataSourceRole.js'
import { terraformRemoteRun } from './terraformRemoteRun.js'
import { namedProfileUnread } from './namedProfileUnread.js'
import { webIdentityEnvUnused } from './webIdentityEnvUnused.js'
import { mlflowArtifactProxy } from './mlflowArtifactProxy.js'
import { secretsManagerRotationInvoke } from './secretsManagerRotationInvoke.js'
import { roleAssumerTrust } from './roleAssumerTrust.js'
import { cdkAssetsRepositoryMissing } from './cdkAssetsRepositoryMissing.js'
import { personToAutomationRole } from './personToAutomationRole.js'
import { logsKmsKeyPolicy } from './logsKmsKeyPolicy.js'
import { logsDestinationPolicy } from './logsDestinationPolicy.js'
import { cognitoRoleForbidden } from './cognitoRoleForbidden.js'
import { lakeFormationGrantorGlue } from './lakeFormationGrantorGlue.js'
import { serviceRoleRefused } from './serviceRoleRefused.js'
import { unsetNameInArn } from './unsetNameInArn.js'
import { sfnLogDelivery } from './sfnLogDelivery.js'
import { allowedElsewhere } from './allowedElsewhere.js'
import { serverlessDeploymentBucket } from './serverlessDeploymentBucket.js'
import { s3CopyTwoBuckets } from './s3CopyTwoBuckets.js'
import {
  cloudformationTemplateUrl,
  copilotArtifactBucket,
  gradleS3BuildCache,
  resticRepository,
  s3ClientDocumentedSet,
  samArtifactBucket,
  toolConfigSwitch,
  veleroObjectStore
} from './s3WrappedRefusals.js'

export const TRAPS: Trap[] = [
  compromisedKeyQuarantine,
  exposedKeyQuarantine,
  deliberateDenyPolicy,
  getCallerIdentity,
  partitionMismatch,
  ...NON_IAM_REFUSAL_TRAPS,
  presignedUrlExpired,
  s3ThirdPartyDownload,
  lambdaCodeSourceBucket,
  customResourceHandler,
  // Before the template-URL trap: a sample's owner answers, not the caller's Allow.
  ownerSideResource,
  anotherPartyBucket,
  createOnMissing,
  glueCatalogAcrossTrap,
  cognitoUnauthenticatedRole,
  accountLevelBlock,
  runtimeCredentials,
  lambdaRoleCheck,
  autoScalingLaunchTemplate,
  serviceNetworkRole,
  cliListingFirst,
  forkPullRequest,
  configureCredentialsProfile,
  namedProfileUnread,
  webIdentityEnvUnused,
  mlflowArtifactProxy,
  resolvedLater,
  codebuildConnection,
  securityHubImport,
  serviceLinkedCaller,
  lambdaLayerShare,
  copilotEnvironmentRole,
  terraformStateNotSaved,
  ssmSessionPlugin,
  bareHttp403,
  configureCredentialsNoSource,
  signatureClientSigner,
  // Before the credential client: a mocked test's key is no program's to refresh.
  awsMockNotIntercepting,
  sessionTokenIamCall,
  snsTopicKmsPublish,
  lambdaRuntimeCredentials,
  credentialClientAdvice,
  misnamedProbeRefusal,
  publicBucketUnsigned,
  unsignedRequestRefused,
  ecrLoginRegionMismatch,
  runnerImagePull,
  registryLoginTool,
  ecrPublicStaleLogin,
  awsOwnedRegistryLogin,
  oidcAudienceTypo,
  roleChaining,
  oidcChosenOverRunner,
  amazonQSubscription,
  appPermissionSetTrap,
  serverStorageBackend,
  oidcTrustSaidCorrect,
  oidcSubjectPresented,
  unresolvedTemplateVariable,
  sqsEndpointWithoutQueue,
  webIdentityTokenExpired,
  eksSigningIdentity,
  cloud9ManagedCredentials,
  iamRefusesCredentialType,
  hardCodedAccount,
  scpStated,
  permissionsBoundaryStated,
  // Before the stated Allow: with BPA on, an admin's policy write is refused all the same.
  s3PublicAccessSettings,
  s3PrivatePolicyWrite,
  s3PublicAccessBlockReserved,
  allowAlreadyGranted,
  awsManagedKey,
  kmsKeyMetadataRead,
  kmsKeyPolicyDecides,
  latticeAuthPolicy,
  kafkaEsmClusterAuthorization,
  firehoseDeliveryErrorTrap,
  allowedElsewhere,
  // Before the assume: a bootstrap that is not there explains the role CDK could not assume.
  cdkBootstrapResource,
  cdkRoleNotAssumed,
  cdkPipelineProjectRole,
  snowflakeStorageIntegration,
  resourceInOtherRegion,
  amplifyServiceRole,
  cdkExecRolePassed,
  cdkBootstrapTrust,
  cdkDeployRolePassRole,
  lakeFormationPermission,
  codebuildSourceDownload,
  kubernetesCloudProvider,
  kubernetesControllerPolicy,
  kubernetesControllerIrsa,
  podOnNodeRole,
  ecsTaskOnInstanceRole,
  credentialEndpointUnreachable,
  s3MultipartCompleteKms,
  vaultDynamicUserTrap,
  cdkConstructRoleTrap,
  managedPolicyDeny,
  ssmAgentRole,
  openSearchAnonymous,
  cdkContextLookup,
  podRoleBroker,
  redshiftIamRole,
  dmsVpcRole,
  cognitoTriggerPermission,
  lambdaImagePermission,
  organizationsTrustedAccess,
  configRuleLambdaPermission,
  identityCenterNoAccess,
  apigatewayAuthorizerDeny,
  toolUpdateCheck,
  snapshotRepositoryVerify,
  apigatewayLambdaPermission,
  pipesExecutionRole,
  wrongKeySetting,
  sdkStsModuleMissing,
  codeArtifactRepositoryAccess,
  codePipelineActionRole,
  serverlessDeploymentBucket,
  copilotArtifactBucket,
  veleroObjectStore,
  resticRepository,
  samArtifactBucket,
  s3ClientDocumentedSet,
  toolConfigSwitch,
  gradleS3BuildCache,
  cloudformationTemplateUrl,
  s3CopyTwoBuckets,
  codeArtifactBearerToken,
  ecrPublicAuth,
  s3SseKmsKey,
  // Before the guard: an access point's VPC origin is no Deny statement with a condition to meet.
  s3AccessPointNetworkOrigin,
  route53ZoneNotOwned,
  appsyncDataSourceRole,
  secretsManagerRotationInvoke,
  logsKmsKeyPolicy,
  logsDestinationPolicy,
  cognitoRoleForbidden,
  lakeFormationGrantorGlue,
  serviceRoleRefused,
  unsetNameInArn,
  sfnLogDelivery,
  roleAssumerTrust,
  cdkAssetsRepositoryMissing,
  personToAutomationRole,
  terraformRemoteRun,
  guardrailCondition,
  // After the guard: meeting MFA or an external ID is the more precise word for h3-148.
  intendedDenial,
  managedRole,
  awsAcademyLab,
  assumeRoleTargetNotRole,
  assumeServiceLinkedRole,
  nestedArnInResource,
  impossibleAccountId,
  // Before the malformed ARN: the caller is already the role it names, so the assume goes, typo and all.
  roleSelfAssumption,
  malformedRoleArn,
  ownPermissionsEdit,
  profileRoleArnNotRole,
  amiLaunchPermission,
  wafWebAclCrossAccount,
  iamCrossAccountRead,
  organizationsManagementAccount,
  organizationsCallUnnamed,
  bedrockModelAccess,
  bedrockCrossRegionInference,
  lambdaRoleTrust,
  lambdaStaleKmsGrant,
  lambdaKmsGrantOrKey,
  relayedKmsRefusal,
  getUserFromRoleSession,
  ssmParameterName,
  sesSendingIdentity,
  ecrRepositoryMayNotExist,
  ecsImagePull,
  ecsExecutionRolePull,
  checkedNext,
  s3WriteOnlyPolicy,
  s3MissingObject,
  serverlessRepoBucketRead,
  vmImportRole,
  s3ListingNamesMissingKey,
  resourceMustBeStar,
  kmsGrantForAwsResource,
  kmsKeyPolicy,
  sfnManagedRule,
  // Before the passed role: a refusal on some runs only is its propagation, not its Allow.
  iamPropagation,
  iamPassRole,
  lakeFormationCredentialVending,
  serviceDeliveryPolicy,
  deliveryDestination,
  serviceCallerByName,
  localEmulatorCredentials,
  ramSharedSubnet,
  unnamedInvoker,
  terraformStateBackend,
  terraformBackendDeniedToo,
  assumeRoleTwoPolicies,
  assumeRoleTrustSide,
  oidcTrustConditions,
  oidcIdTokenPermission,
  serviceLinkedRole,
  ssoPermissionSet,
  cdkBootstrapRole,
  s3BlockPublicAccess,
  cfnTagging,
  cloudformationTransform,
  awsOwnedResource,
  // Last of the leads: a runtime's own lead (a task's connection, a web identity offered) names
  // where the credentials come from before the SDK's setting.
  sdkLoadConfig
]
