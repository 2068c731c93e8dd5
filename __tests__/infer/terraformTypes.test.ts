// Issue 10/17: Terraform's resource address names the resource type, and the type the service and
// call, for any type the catalog knows (not a table of seven). The service word is not always the
// type's first word: `aws_launch_configuration` is Auto Scaling's, `aws_lb_*` Elastic Load
// Balancing's, `aws_db_*` RDS's (src/infer/terraformTypes.ts).
import {
  phraseAction,
  shapePhraseAction,
  terraformProgressAction
} from '../../src/infer/operationPhrases.js'
import { hasService } from '../../src/catalog/catalogData.js'
import { TERRAFORM_BARE_TYPES, TERRAFORM_TYPE_SERVICES } from '../../src/infer/terraformTypes.js'
import { findingsOf, only } from '../diagnose/analyze.js'
import { corpusText } from '../support/corpusRecords.js'

/** The shape of Terraform 0.11's `aws_TYPE.NAME: Error creating …`, read alone. */
const ERROR = 'terraform-address-error'

describe("Terraform's `aws_TYPE.NAME: Error creating …` names the type's call", () => {
  it.each([
    // hashicorp/terraform#7198 (heldout11 h11-025): Auto Scaling refuses with a ValidationError
    // that names no action; the type's first word (`launch`) is not its service.
    [
      'hashicorp/terraform#7198',
      corpusText('heldout11.jsonl', 'h11-025'),
      null,
      'autoscaling:CreateLaunchConfiguration'
    ],
    // GSA/devsecops-example#86 (dev d144): an `aws_lb*` type is Elastic Load Balancing's; the
    // words may qualify the resource (`Application Load Balancer`).
    [
      'GSA/devsecops-example#86',
      '* aws_lb_target_group.egress_proxy_nlb: Error creating LB Target Group: AccessDenied: User: arn:aws:iam::569330259623:user/circleci-deployer is not authorized to perform: elasticloadbalancing:CreateTargetGroup on resource: arn:aws:elasticloadbalancing:us-east-1:569330259623:targetgroup/tf-20180605124809855800000001/*',
      null,
      'elasticloadbalancing:CreateTargetGroup'
    ],
    [
      'GSA/devsecops-example#86',
      '* aws_lb.egress_proxy_nlb: Error creating Application Load Balancer: AccessDenied: User: arn:aws:iam::569330259623:user/circleci-deployer is not authorized to perform: elasticloadbalancing:CreateLoadBalancer on resource: arn:aws:elasticloadbalancing:us-east-1:569330259623:loadbalancer/net/tf-lb-20180605124810535700000003/*',
      null,
      'elasticloadbalancing:CreateLoadBalancer'
    ],
    // vmware-archive/terraforming-aws#94 (real-a a193): the user's name follows the words.
    [
      'vmware-archive/terraforming-aws#94',
      'aws_iam_user.ops_manager: Error creating IAM User bwce_om_user: AccessDenied: User: arn:aws:sts::XXXXXXXXXX:assumed-role/EC2Role/1547621556019946500 is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::XXXXXXXXXXXX:user/bwce_om_user with an explicit deny',
      null,
      'iam:CreateUser'
    ],
    // hashicorp/terraform#11797: an `aws_db_*` type is RDS's (this error is no refusal: see below).
    [
      'hashicorp/terraform#11797',
      '* aws_db_instance.database_replica: Error creating DB Instance: Missingdatabase: could not find database configuration',
      null,
      'rds:CreateDBInstance'
    ],
    // hashicorp/terraform#10577: Lambda's refusal, read for the denial's service.
    [
      'hashicorp/terraform#10577',
      '* aws_lambda_function.main: Error creating Lambda function: AccessDeniedException: Your access has been denied by EC2, please make sure your function execution role have permission to CreateNetworkInterface. EC2 Error Code: UnauthorizedOperation. EC2 Error Message: You are not authorized to perform this operation.',
      'lambda',
      'lambda:CreateFunction'
    ]
  ])('%s', (_source, text, service, action) => {
    expect(shapePhraseAction(ERROR, text, service)?.value).toBe(action)
  })

  it.each([
    // Own variants of the 0.11 wording: module addresses with an index, each verb, a type that
    // repeats its service, a bare service type, the words the provider prints for them.
    [
      '* module.asg.aws_launch_configuration.web[0]: Error creating launch configuration: ValidationError: You are not authorized to perform this operation.',
      'autoscaling:CreateLaunchConfiguration'
    ],
    [
      'aws_launch_configuration.web: Error deleting launch configuration: AccessDenied: not authorized',
      'autoscaling:DeleteLaunchConfiguration'
    ],
    [
      'aws_launch_configuration.web: Error reading launch configuration: AccessDenied: not authorized',
      'autoscaling:DescribeLaunchConfigurations'
    ],
    [
      '* aws_autoscaling_group.workers: Error creating AutoScaling Group: AccessDenied: not authorized',
      'autoscaling:CreateAutoScalingGroup'
    ],
    [
      '* aws_elb.web: Error creating ELB: AccessDenied: not authorized',
      'elasticloadbalancing:CreateLoadBalancer'
    ],
    [
      '* module.cache.aws_elasticache_cluster.redis: Error creating Elasticache: AccessDenied: not authorized',
      'elasticache:CreateCacheCluster'
    ],
    [
      '│ aws_db_instance.main: Error modifying DB Instance main-db: AccessDenied: not authorized',
      'rds:ModifyDBInstance'
    ],
    [
      '    `aws_iam_instance_profile.web: Error creating IAM instance profile web: AccessDenied: not authorized`',
      'iam:CreateInstanceProfile'
    ],
    [
      '* aws_ecs_service.api["blue"]: Error updating ECS service (api): AccessDeniedException: not authorized',
      'ecs:UpdateService'
    ]
  ])('%s → %s', (text, action) => {
    expect(shapePhraseAction(ERROR, text, null)?.value).toBe(action)
  })

  it.each([
    // heldout11 h11-023 (DataDog/datadog-lambda-python#39): the words name the function's
    // configuration, a call of its own, not the function the type names.
    ['the words name a part of the resource', corpusText('heldout11.jsonl', 'h11-023'), null],
    // hashicorp/terraform#14402: `putting` the bucket's ACL is no change of the bucket itself.
    [
      'another verb on a part of the resource',
      '* aws_s3_bucket.some_bucket: Error putting S3 ACL: AccessDenied: Access Denied',
      null
    ],
    [
      'a type of another service than the denial',
      'aws_launch_configuration.web: Error creating launch configuration: AccessDenied: not authorized',
      'ec2'
    ],
    [
      'a part named after the resource’s noun',
      '* aws_iam_role.deploy: Error creating IAM Role Policy: AccessDenied: not authorized',
      null
    ],
    [
      'the address run into another word',
      'xaws_launch_configuration.web: Error creating launch configuration: AccessDenied',
      null
    ],
    [
      'the error without its address',
      'Error creating launch configuration: ValidationError: You are not authorized to perform this operation.',
      null
    ],
    [
      'a capitalised name the words cannot tell from a resource word',
      '* aws_iam_policy.deploy: Error creating IAM policy Deploy: AccessDenied: not authorized',
      null
    ],
    [
      'a type the catalog has no action for',
      '* aws_route53_record.www: Error creating Route53 record: AccessDenied: not authorized',
      null
    ]
  ])('gives nothing for %s', (_why, text, service) => {
    expect(shapePhraseAction(ERROR, text, service)).toBeNull()
  })

  it('the newer `Error: creating X (name)` forms are read by the verb-phrase shapes, once', () => {
    // cloudposse/terraform-aws-lambda-function#30 (its title), elastic/apm-aws-lambda#526
    for (const text of [
      'Error: error creating Lambda Function (1): AccessDeniedException:',
      'Error: creating CloudWatch Logs Log Group (/aws/lambda/github-actions-smoke-testing-test): operation error CloudWatch Logs: CreateLogGroup'
    ]) {
      expect(shapePhraseAction(ERROR, text, null)).toBeNull()
      expect(phraseAction(text, null)?.value).toMatch(
        /^(lambda:CreateFunction|logs:CreateLogGroup)$/
      )
    }
  })

  it('end to end: the type names the call of a refusal that names none', () => {
    const f = only(
      '* aws_db_instance.main: Error creating DB Instance: AccessDenied: Access Denied\n\tstatus code: 403, request id: 6d0c1c4c-0f00-4d4e-9a37-0f1b2c3d4e5f\n'
    )
    expect(f.inferredAction).toBe('rds:CreateDBInstance')
    expect(f.inferred?.action?.from).toBe('the Terraform aws_db_instance resource the error names')
  })

  it('end to end: a Terraform error that is no refusal stays no finding (hashicorp/terraform#11797)', () => {
    const text =
      '2017/02/22 19:48:12 [ERROR] root: eval: *terraform.EvalApplyPost, err: 1 error(s) occurred:\n\n* aws_db_instance.database_replica: Error creating DB Instance: Missingdatabase: could not find database configuration\n'
    expect(findingsOf(text)).toEqual([])
  })

  it('an encoded message takes the progress line only, not the error line', () => {
    const error =
      '* aws_launch_template.lt: Error creating launch template: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: Ab3dEf9hIjKlMnOpQrStUvWxYz0123456789-_Ab3dEf9hIjKlMnOpQrStUv\n'
    expect(only(error).inferredAction).toBeNull()
    const f = only(`aws_launch_template.lt: Creating...\n${error}`)
    expect(f.inferredAction).toBe('ec2:CreateLaunchTemplate')
    expect(f.inferred?.action?.from).toMatch(/Creating\.\.\./)
  })
})

describe("Terraform's progress line reads the type's service the same way", () => {
  it.each([
    ['aws_launch_configuration.web: Creating...', 'autoscaling:CreateLaunchConfiguration'],
    ['aws_autoscaling_group.workers: Creating...', 'autoscaling:CreateAutoScalingGroup'],
    ['module.lb.aws_lb_listener.https: Creating...', 'elasticloadbalancing:CreateListener'],
    ['aws_cloudwatch_log_group.api: Creating...', 'logs:CreateLogGroup'],
    ['aws_db_subnet_group.main: Destroying... [id=main]', 'rds:DeleteDBSubnetGroup']
  ])('%s → %s (the denial’s service unknown)', (line, action) => {
    expect(
      terraformProgressAction(`${line}\nError: AccessDenied: Access Denied`, null)?.value
    ).toBe(action)
  })

  it('a type whose service differs from the denial’s gives nothing', () => {
    expect(
      terraformProgressAction('aws_launch_configuration.web: Creating...\nError: x', 'ec2')
    ).toBeNull()
  })
})

describe('the type data', () => {
  it('names services the catalog knows', () => {
    for (const [prefix, service] of Object.entries(TERRAFORM_TYPE_SERVICES)) {
      expect([prefix, hasService(service)]).toEqual([prefix, true])
    }
  })

  it('names a bare type only where its prefix names the service', () => {
    for (const type of Object.keys(TERRAFORM_BARE_TYPES)) {
      expect(TERRAFORM_TYPE_SERVICES[type]).toBeDefined()
    }
  })
})
