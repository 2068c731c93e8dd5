// A service checked, when a trail, a load balancer or a build project was saved, that it may use
// the destination it was given (src/parse/grammars/deliveryDestinations.ts): the bucket policy,
// the key policy or the service's own role decides, never the deployer's identity. One entry per
// check, each with the statement its service's documentation gives.
import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan as code } from '../../common/tick.js'

const json = (value: unknown): string => code(JSON.stringify(value))

/** The bucket the message names, or a placeholder. */
const bucketOf = ({ d }: TrapInput): string => d.detail.deliveryBucket ?? 'BUCKET'

const TRAIL_ARN = 'arn:aws:cloudtrail:REGION:ACCOUNT_ID:trail/TRAIL_NAME'

function cloudTrailBucketStatements(bucket: string): string {
  const principal = { Service: 'cloudtrail.amazonaws.com' }
  const source = { 'aws:SourceArn': TRAIL_ARN }
  return (
    `${json({ Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: principal, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: { StringEquals: source } })} and ` +
    json({
      Sid: 'AWSCloudTrailWrite',
      Effect: 'Allow',
      Principal: principal,
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${bucket}/PREFIX/AWSLogs/ACCOUNT_ID/*`,
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', ...source } }
    })
  )
}

const CLOUDTRAIL_BUCKET_NOTES =
  ' Drop `PREFIX/` when the trail sets no S3 key prefix; an organization trail also writes under `AWSLogs/ORG_ID/*`. ' +
  'A bucket policy is one document: add the statements to the policy the bucket has. With Terraform or CloudFormation, make the trail depend on the bucket policy, since CloudTrail checks it when the trail is created.'

const ADVICE: Record<string, (input: TrapInput) => string> = {
  elasticloadbalancing: (input) => {
    const bucket = bucketOf(input)
    return (
      `Elastic Load Balancing checked, when access logs were turned on, that it may write to the bucket ${code(bucket)}: the bucket's policy decides, not the identity deploying the load balancer. ` +
      `Add to the bucket policy ${json({ Effect: 'Allow', Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/PREFIX/AWSLogs/ACCOUNT_ID/*` })} ` +
      '(drop `PREFIX/` when no prefix is set); in a Region opened before August 2022 the principal is that Region\'s Elastic Load Balancing account instead (`"AWS": "arn:aws:iam::ELB_ACCOUNT_ID:root"`, listed in the access-log documentation). ' +
      "The bucket must be in the load balancer's Region and encrypted with SSE-S3 (access logs do not support SSE-KMS), and the same message answers a bucket name that does not exist. " +
      "CDK's `logAccessLogs` adds the statement only to a bucket the app defines: an imported bucket gets none."
    )
  },
  'flow-logs': (input) => {
    const bucket = bucketOf(input)
    const source = {
      StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:logs:REGION:ACCOUNT_ID:*' }
    }
    return (
      `EC2 checked, when the flow log was created, its S3 destination ${code(bucket)}: the bucket must exist (the name is the last part of the destination ARN), and its policy must let the log delivery service write: ` +
      `${json({ Sid: 'AWSLogDeliveryWrite', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/AWSLogs/ACCOUNT_ID/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': 'ACCOUNT_ID' }, ArnLike: source.ArnLike } })} and ` +
      `${json({ Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: source })}. ` +
      'AWS adds that policy itself when the identity creating the flow log owns the bucket and may `s3:GetBucketPolicy` and `s3:PutBucketPolicy` on it; that identity also needs `logs:CreateLogDelivery` and `logs:DeleteLogDelivery`. A bucket encrypted with SSE-KMS also needs its key policy to let `delivery.logs.amazonaws.com` use the key.'
    )
  },
  cloudtrail: (input) =>
    `CloudTrail checked, when the trail was saved, that the policy of the bucket ${code(bucketOf(input))} lets it write: the bucket policy needs ` +
    `${cloudTrailBucketStatements(bucketOf(input))}.${CLOUDTRAIL_BUCKET_NOTES} The identity creating the trail is not what is missing.`,
  'cloudtrail-kms': (input) => {
    const key = input.d.detail.deliveryKey
    return (
      `CloudTrail checked, when the trail was saved, that it may encrypt with the KMS key${key ? ` ${code(key)}` : ''} and write to the bucket ${code(bucketOf(input))}: ` +
      `the key policy needs ${json({ Sid: 'AllowCloudTrailEncrypt', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:GenerateDataKey*', Resource: '*', Condition: { StringEquals: { 'aws:SourceArn': TRAIL_ARN }, StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': 'arn:aws:cloudtrail:*:ACCOUNT_ID:trail/*' } } })} ` +
      `and ${json({ Sid: 'AllowCloudTrailDescribeKey', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:DescribeKey', Resource: '*' })} ` +
      `(in a key policy, \`"Resource": "*"\` means this key), and the bucket policy ${cloudTrailBucketStatements(bucketOf(input))}. ` +
      "The key must be a symmetric customer managed key in the bucket's Region, named by its key ARN or alias."
    )
  },
  'ses-s3': (input) => {
    const bucket = bucketOf(input)
    return (
      `SES checked, when the receipt rule was saved, that it may write mail to the bucket ${code(bucket)}: the bucket's policy must allow ` +
      `${json({ Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/*`, Condition: { StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' }, ArnLike: { 'aws:SourceArn': 'arn:aws:ses:REGION:ACCOUNT_ID:receipt-rule-set/*' } } })}. ` +
      "A bucket encrypted with a customer managed KMS key also needs that key's policy to let `ses.amazonaws.com` use it (`kms:GenerateDataKey*`, `kms:Decrypt`). In CDK or CloudFormation, make the rule depend on the bucket policy: SES checks it when the rule is created."
    )
  },
  'ses-sns': (input) => {
    const topic = input.d.detail.deliveryTopic
    return (
      `SES checked, when the receipt rule was saved, that it may publish to the topic${topic ? ` ${code(topic)}` : ''}: the topic's policy must allow ` +
      `${json({ Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' }, Action: 'sns:Publish', Resource: topic ?? 'arn:aws:sns:REGION:ACCOUNT_ID:TOPIC', Condition: { StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' } } })}. ` +
      "An encrypted topic's KMS key must let `ses.amazonaws.com` use it too (`kms:GenerateDataKey*`, `kms:Decrypt`; an AWS managed key cannot be). A topic policy is one document: add the statement to the one the topic has."
    )
  },
  'ses-lambda': (input) => {
    const fn = input.d.detail.deliveryFunction ?? 'FUNCTION'
    return (
      `SES checked, when the receipt rule was saved, that it may invoke the function: its resource policy needs ${code(`aws lambda add-permission --function-name ${fn} --statement-id AllowSES --action lambda:InvokeFunction --principal ses.amazonaws.com --source-account ACCOUNT_ID`)}. ` +
      "In SAM or CloudFormation, make the receipt rule depend on that `AWS::Lambda::Permission` (SES checks at creation), and limit it with `SourceAccount`: a `SourceArn` naming the rule being created would be a cycle. The deployer's identity policy is not what is missing."
    )
  },
  'acm-pca-crl': (input) => {
    const bucket = bucketOf(input)
    return (
      `AWS Private CA checked, when the CA was saved, that it may write its revocation list to the bucket ${code(bucket)}: the bucket's policy must allow ` +
      `${json({ Effect: 'Allow', Principal: { Service: 'acm-pca.amazonaws.com' }, Action: ['s3:PutObject', 's3:PutObjectAcl', 's3:GetBucketAcl', 's3:GetBucketLocation'], Resource: [`arn:aws:s3:::${bucket}/*`, `arn:aws:s3:::${bucket}`], Condition: { StringEquals: { 'aws:SourceAccount': 'ACCOUNT_ID' } } })}. ` +
      "Private CA writes the list with a `public-read` ACL unless told otherwise, which S3 Block Public Access (on by default for new buckets) refuses: set the CRL configuration's `S3ObjectAcl` to `BUCKET_OWNER_FULL_CONTROL` (Terraform `s3_object_acl`) and serve the list through CloudFront, or allow public ACLs on that bucket. A bucket encrypted with SSE-KMS also needs its key policy to let `acm-pca.amazonaws.com` use the key."
    )
  },
  's3-inventory': () =>
    "S3 Inventory writes its reports as the S3 service, and could not write to the destination: the destination bucket's policy must allow " +
    `${json({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::DESTINATION_BUCKET/*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::SOURCE_BUCKET' }, StringEquals: { 'aws:SourceAccount': 'SOURCE_ACCOUNT_ID', 's3:x-amz-acl': 'bucket-owner-full-control' } } })}, ` +
    "and when the reports are encrypted with SSE-KMS, the key's policy must let `s3.amazonaws.com` call `kms:GenerateDataKey`. A destination in another account is changed by its owner, as the message says.",
  'ec2-kms': () =>
    "EC2 could not use the KMS key the request named (or the account's default EBS key). The principal EC2 acts for (the caller for a volume, snapshot or AMI copy; the `vmimport` service role for VM Import) needs " +
    `${json({ Effect: 'Allow', Action: ['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncrypt*'], Resource: 'arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID' })}, ` +
    "and the key's policy must allow that principal too (a key in another account needs both sides). Check first that the key exists, is enabled and is in the request's Region: an alias or ID from another Region is not found. For the default EBS key (`alias/aws/ebs`), retry without naming a key, as the message says.",
  cloudfront: (input) =>
    `CloudFront's standard logging writes to the bucket ${code(bucketOf(input))} through the bucket's ACL: when logging is set, CloudFront adds a grant for its log delivery account to that ACL, as the identity saving the distribution. ` +
    `That identity needs ${json({ Effect: 'Allow', Action: ['s3:GetBucketAcl', 's3:PutBucketAcl'], Resource: `arn:aws:s3:::${bucketOf(input)}` })} and FULL_CONTROL in the bucket's ACL (the owner has it), and the bucket's Object Ownership must accept ACLs: ` +
    "a bucket created since April 2023 defaults to `BucketOwnerEnforced`, which refuses them; set it to `BucketOwnerPreferred` (`aws s3api put-bucket-ownership-controls`), or deliver the logs with CloudWatch Logs' log delivery instead.",
  'codebuild-vpc': ({ d }) =>
    (d.detail.vpcClientError
      ? "CodeBuild could not set up the build's network interface in the project's VPC with the project's service role (its `serviceRole`, not the identity that started the build). "
      : "CodeBuild checked, for a project with a VPC configuration, that the project's service role (its `serviceRole`, not the identity deploying it) may use the VPC. ") +
    `That role needs ${json({ Effect: 'Allow', Action: ['ec2:CreateNetworkInterface', 'ec2:DescribeDhcpOptions', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVpcs'], Resource: '*' })} ` +
    `(the Describe actions take no resource type) and ${json({ Effect: 'Allow', Action: 'ec2:CreateNetworkInterfacePermission', Resource: 'arn:aws:ec2:REGION:ACCOUNT_ID:network-interface/*', Condition: { StringEquals: { 'ec2:Subnet': ['arn:aws:ec2:REGION:ACCOUNT_ID:subnet/SUBNET_ID'], 'ec2:AuthorizedService': 'codebuild.amazonaws.com' } } })}. ` +
    (d.detail.vpcClientError
      ? 'If the role has them, check the subnets: the same error comes from a project whose subnets are all public; CodeBuild needs private subnets that reach the internet through a NAT gateway.'
      : 'In a template, the project must depend on that policy, since CodeBuild checks it when the project is created.')
}

/** Which check the message is, as its grammar named it. */
const checkOf = ({ d }: TrapInput): string | null => d.detail.deliveringService ?? null

export const deliveryDestination: Trap = {
  id: 'delivery-destination-policy',
  lead: true,
  noPolicy: true,
  applies: (input) => {
    const check = checkOf(input)
    return check !== null && Object.hasOwn(ADVICE, check)
  },
  advice: (input) => ADVICE[checkOf(input)!]!(input)
}

/** Who holds what must change, for the checks whose fix is an identity's policy, not a bucket's or key's. */
const IDENTITY_SIDE: Record<string, string> = {
  'codebuild-vpc': "the build project's service role, not the deployer",
  'ec2-kms':
    'the principal EC2 acts for (the caller, or the vmimport role for VM Import) and the key policy',
  cloudfront:
    "the identity saving the distribution (s3:GetBucketAcl, s3:PutBucketAcl) and the bucket's Object Ownership setting"
}

/** Where the change goes, by check (src/diagnose/fixTarget.ts): null for a bucket or key policy. */
export function deliveryIdentitySide(input: TrapInput): string | null {
  const check = checkOf(input)
  return check !== null && Object.hasOwn(IDENTITY_SIDE, check) ? IDENTITY_SIDE[check]! : null
}
