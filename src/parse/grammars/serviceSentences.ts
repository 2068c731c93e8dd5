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
  },
  {
    // Bedrock AgentCore checking, when a runtime is created, that its execution role may pull the
    // image (`ValidationException … Access denied while validating ECR URI '….dkr.ecr.…/repo:tag'.
    // The execution role requires permissions for ecr:GetAuthorizationToken, ecr:BatchGetImage,
    // and ecr:GetDownloadUrlForLayer operations.`, awslabs/agentcore-samples#154).
    id: 'agentcore-ecr-validation',
    rule: 'WD7156',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied while validating ECR URI'],
    re: /\bAccess denied while validating ECR URI\s{1,4}'([^'\s]{1,512})'/g,
    facts: (m, d) => {
      d.code ??=
        /\b(ValidationException)\b/.exec(m.input.slice(Math.max(0, m.index - 200), m.index))?.[1] ??
        null
      d.service = 'ecr'
      d.detail.url = m[1]!
    }
  },
  {
    // Bedrock validating the role it is given to deliver model invocation logs (`ValidationException:
    // Failed to validate permissions for log group: /aws/bedrock, with role: arn:…:role/NAME.`,
    // alphagov/govuk-infrastructure#2440): that role's trust and its CloudWatch Logs permissions.
    id: 'bedrock-logging-role',
    rule: 'WD7157',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Failed to validate permissions for log group'],
    re: /(?:\b(ValidationException):[ \t]+)?\bFailed to validate permissions for log group: ([^,\s]{1,512}), with role: (arn:aws[\w-]*:iam::[^:\s]{0,40}:role\/[\w+=,.@/-]{1,512}?)\.?(?=\s|$)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'bedrock'
      d.detail.role = m[3]!
      d.detail.logGroup = m[2]!
    }
  }
]
