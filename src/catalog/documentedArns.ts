// ARN shapes AWS documents for an action that the Service Authorization Reference extract
// (iam-catalog.json) does not list for it. An ARN of one of these shapes is granted as printed,
// never called a typo nor swapped for another resource type. One entry per shape, with its source.
import type { ResourceTypeInfo } from './Catalog.js'

export interface DocumentedArn {
  /** Lower-case service prefix. */
  service: string
  /** Action names the shape applies to, as the catalog spells them. */
  actions: string[]
  /** Resource type word (Sid, notes). */
  type: string
  format: string
  /** Where AWS documents it. */
  source: string
}

const CFN_IAM_GUIDE =
  'AWS CloudFormation User Guide, "Controlling access with AWS Identity and Access Management" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-template.html)'
const EMR_SERVICE_POLICY =
  'AWS managed policy AmazonEMRServicePolicy_v2, statement CreateInTaggedNetwork (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonEMRServicePolicy_v2.html)'
const APIGW_ARNS =
  'API Gateway Developer Guide, "API Gateway Amazon Resource Name (ARN) reference", HTTP and WebSocket APIs (https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html)'

/** API Gateway's management actions are its HTTP verbs, for REST and HTTP/WebSocket APIs alike. */
const APIGW_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

export const DOCUMENTED_ARNS: DocumentedArn[] = [
  {
    // A fleet launches into the security groups its launch template names, and the request is
    // checked against them: the reference extract lists no security-group for CreateFleet.
    service: 'ec2',
    actions: ['CreateFleet'],
    type: 'security-group',
    format: 'arn:${Partition}:ec2:${Region}:${Account}:security-group/${SecurityGroupId}',
    source: EMR_SERVICE_POLICY
  },
  {
    // A change set for a template with a transform (SAM's AWS::Serverless-2016-10-31) is also
    // authorised against the AWS-owned transform.
    service: 'cloudformation',
    actions: ['CreateChangeSet'],
    type: 'transform',
    format: 'arn:${Partition}:cloudformation:${Region}:aws:transform/${TransformName}',
    source: CFN_IAM_GUIDE
  },
  {
    service: 'apigateway',
    actions: APIGW_VERBS,
    type: 'Apis',
    format: 'arn:${Partition}:apigateway:${Region}::/apis',
    source: APIGW_ARNS
  },
  {
    service: 'apigateway',
    actions: APIGW_VERBS,
    type: 'Api',
    format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}',
    source: APIGW_ARNS
  },
  {
    service: 'apigateway',
    actions: APIGW_VERBS,
    type: 'Routes',
    format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes',
    source: APIGW_ARNS
  },
  {
    service: 'apigateway',
    actions: APIGW_VERBS,
    type: 'Route',
    format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}',
    source: APIGW_ARNS
  },
  {
    service: 'apigateway',
    actions: APIGW_VERBS,
    type: 'Integrations',
    format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations',
    source: APIGW_ARNS
  }
]

/** The documented shapes of one action (`cloudformation:CreateChangeSet`), as resource types. */
export function documentedTypes(action: string): (ResourceTypeInfo & { source: string })[] {
  const colon = action.indexOf(':')
  const service = action.slice(0, colon).toLowerCase()
  const name = action.slice(colon + 1).toLowerCase()
  return DOCUMENTED_ARNS.filter(
    (d) => d.service === service && d.actions.some((a) => a.toLowerCase() === name)
  ).map((d) => ({ name: d.type, required: false, arnFormats: [d.format], source: d.source }))
}
