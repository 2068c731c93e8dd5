// Every grammar, in one table. Order does not matter: overlaps are settled by priority.
import type { Grammar } from '../Candidate.js'
import { phraseGrammar } from '../phraseRule.js'
import { accountRefusalRules } from './accountRefusals.js'
import { backupRepositoryRules } from './backupRepositories.js'
import { bareCode } from './bareCode.js'
import { cloudTrailEvent } from './cloudTrail.js'
import { credentialRules } from './credentials.js'
import { dataToolS3Rules } from './dataToolS3.js'
import { fileSystemMountRules } from './fileSystemMounts.js'
import { iotConnectionRules } from './iotConnections.js'
import { graphqlAuthorizationRules } from './graphqlAuthorization.js'
import { regionRefusalRules } from './regionRefusals.js'
import { deliveryDestinationRules } from './deliveryDestinations.js'
import { handlerRules } from './handlerMessages.js'
import { iamSentence } from './iamSentence.js'
import { imagePullRules } from './imagePulls.js'
import { loneRefusalCode } from './loneCode.js'
import { frameworkDenialRules } from './frameworkDenials.js'
import { federationRefusalRules } from './federationRefusals.js'
import { amplifyClientRules } from './amplifyClients.js'
import { warehouseRoleRules } from './warehouseRoles.js'
import { serviceIntegrationRules } from './serviceIntegrations.js'
import { managedRuleRules } from './managedRule.js'
import { mapDump } from './mapDump.js'
import { messageRules } from './messages.js'
import { mskIamSaslRules } from './mskIamSasl.js'
import { notFoundRules } from './notFound.js'
import { objectStoreChainRules } from './objectStoreChains.js'
import { codeArtifactStatus } from './packageRegistry.js'
import { pipelineRoleRules } from './pipelineRoles.js'
import { powershellCmdletRules } from './powershellCmdlets.js'
import { runtimeErrorJsonRules } from './runtimeErrorJson.js'
import { sdkWaiterRules } from './sdkWaiters.js'
import { storageStatus403 } from './storageStatus403.js'
import { toolReportRules } from './toolReports.js'
import { serviceMeshRules } from './serviceMesh.js'
import { serviceSentenceRules } from './serviceSentences.js'
import { emrClusterRules } from './emrClusters.js'
import { consoleBannerRules } from './consoleBanners.js'

export const GRAMMARS: Grammar[] = [
  iamSentence,
  cloudTrailEvent,
  ...phraseGrammar(messageRules),
  ...phraseGrammar(credentialRules),
  ...phraseGrammar(federationRefusalRules),
  ...phraseGrammar(amplifyClientRules),
  ...phraseGrammar(warehouseRoleRules),
  ...phraseGrammar(serviceIntegrationRules),
  ...phraseGrammar(deliveryDestinationRules),
  ...phraseGrammar(fileSystemMountRules),
  ...phraseGrammar(iotConnectionRules),
  ...phraseGrammar(regionRefusalRules),
  ...phraseGrammar(graphqlAuthorizationRules),
  ...phraseGrammar(notFoundRules),
  ...phraseGrammar(handlerRules),
  ...phraseGrammar(pipelineRoleRules),
  ...phraseGrammar(frameworkDenialRules),
  ...phraseGrammar(objectStoreChainRules),
  ...phraseGrammar(imagePullRules),
  ...phraseGrammar(toolReportRules),
  ...phraseGrammar(serviceMeshRules),
  ...phraseGrammar(serviceSentenceRules),
  ...phraseGrammar(emrClusterRules),
  ...phraseGrammar(consoleBannerRules),
  ...phraseGrammar(mskIamSaslRules),
  ...phraseGrammar(sdkWaiterRules),
  ...phraseGrammar(backupRepositoryRules),
  ...phraseGrammar(powershellCmdletRules),
  ...phraseGrammar(dataToolS3Rules),
  ...phraseGrammar(runtimeErrorJsonRules),
  ...phraseGrammar(managedRuleRules),
  ...phraseGrammar(accountRefusalRules),
  bareCode,
  mapDump,
  storageStatus403,
  codeArtifactStatus,
  loneRefusalCode
]

/** Every grammar name a finding can carry, with its stable rule id (variants included). */
export function grammarRules(): { id: string; rule: string }[] {
  return GRAMMARS.flatMap((g) => [{ id: g.id, rule: g.rule }, ...(g.variants ?? [])])
}
