// Services that say a refusal in a sentence of their own, not IAM's (heldout89): SimpleDB names
// the caller, the action in parentheses and the resource (`User <arn> does not have permission to
// perform (sdb:DomainMetadata) on resource <arn>. Contact account owner.`), as former2's scan
// printed it (iann0036/former2#274). The fields are read as printed, masks and all.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const serviceSentenceRules: PhraseRule[] = [
  {
    id: 'simpledb-no-permission',
    rule: 'WD7134',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Contact account owner'],
    re: /\bUser (\S[^\n]{0,300}?) does not have permission to perform \((sdb:\w{2,60})\) on resource (\S[^\n]{0,300}?)\.?[ \t]+Contact account owner\b/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.action = m[2]!
      d.resource = m[3]!
      d.service = 'sdb'
    }
  },
  {
    // Bedrock refusing a Marketplace model to a caller who may invoke it but not subscribe to it
    // (`Model access is denied due to IAM user or service role is not authorized to perform the
    // required AWS Marketplace actions (aws-marketplace:ViewSubscriptions,
    // aws-marketplace:Subscribe)`, aws-samples/anthropic-on-aws#252): the caller's Marketplace
    // actions, on the first call that enables the model for the account.
    id: 'bedrock-marketplace-actions',
    rule: 'WD7144',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['required AWS Marketplace actions'],
    re: /\bnot authorized to perform\s+the required AWS Marketplace actions \((aws-marketplace:\w{2,60})(?:,\s*aws-marketplace:\w{2,60}){0,4}\)/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = 'aws-marketplace'
    }
  },
  {
    // Parameter Store refusing a name it reserves for AWS (`AccessDeniedException: No access to
    // reserved parameter name: awslimitschecker.`, aws-solutions/quota-monitor-for-aws#30): a
    // name starting with `aws` or `ssm`, in any case, whatever the caller's policy.
    id: 'ssm-reserved-parameter-name',
    rule: 'WD7145',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['No access to reserved parameter name'],
    re: /(?:\b(AccessDeniedException):[ \t]+)?\bNo access to reserved parameter name: ([^\s]{1,2048}?)\.?(?=\s|$)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'ssm'
      d.detail.parameter = m[2]!
    }
  },
  {
    // IAM refusing a service-linked role for a name that is no service principal (`AccessDenied:
    // elasticsearch.amazonaws.com is not a valid AWS service name (Service Principal)`, Terraform,
    // hashicorp/terraform-provider-aws#7181): the name is the fault (OpenSearch's is
    // `opensearchservice.amazonaws.com`, formerly `es.amazonaws.com`), not a policy.
    id: 'slr-invalid-service-name',
    rule: 'WD7146',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not a valid AWS service name'],
    re: /(?:\b(AccessDenied):[ \t]+)?\b([a-z0-9.-]{3,100}\.amazonaws\.com(?:\.cn)?) is not a valid AWS service name\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'iam'
      d.action = 'iam:CreateServiceLinkedRole'
      d.detail.serviceName = m[2]!
    }
  },
  {
    // A service creating its service-linked role as the caller, who may not (`AccessDeniedException:
    // Caller does not have permissions to create a Service Linked Role.`, API Gateway's custom
    // domains through serverless-domain-manager, amplify-education/serverless-domain-manager#112).
    id: 'slr-create-refused',
    rule: 'WD7147',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have permissions to create a Service Linked Role'],
    re: /(?:\b(AccessDeniedException):[ \t]+)?\bCaller does not have permissions to create a Service Linked Role\b\.?/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.action = 'iam:CreateServiceLinkedRole'
    }
  }
]
