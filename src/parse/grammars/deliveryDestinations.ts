// A service checking, when a trail, a load balancer or a build project is saved, that it may
// deliver to the destination it was given (a bucket, a KMS key, a log group's role, a VPC): S3,
// KMS or IAM refused the service, not the caller. Each service words the check its own way, with
// a code that names no refusal (`InvalidConfigurationRequest`, `InsufficientS3BucketPolicyException`);
// one rule per wording. The destination's policy is the fix: written with the names the message
// prints (`detail.deliveringService`, src/diagnose/traps/deliveryDestination.ts), or in a service's
// own words where it prints none (src/model/ownWordsRefusals.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** Any whitespace between words: a console table keeps a cell's wrapping as runs of spaces. */
const W = String.raw`\s+`

export const deliveryDestinationRules: PhraseRule[] = [
  {
    // Elastic Load Balancing checking the access-log bucket (`Access Denied for bucket: NAME.
    // Please check S3bucket permission (Service: AmazonElasticLoadBalancing; …; Error Code:
    // InvalidConfigurationRequest`, aws/aws-cdk#21947, widdix/aws-cf-templates#349): the bucket's
    // policy must let ELB's log delivery write.
    id: 'elb-access-log-bucket',
    rule: 'WD7072',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['S3bucket permission'],
    re: new RegExp(
      String.raw`\bAccess${W}Denied${W}for${W}bucket:\s*(\S+?)\.${W}Please${W}check S3bucket permission\b`,
      'g'
    ),
    facts: (m, d) => {
      d.service = 'elasticloadbalancing'
      d.detail.deliveryBucket = m[1]!
      d.detail.deliveringService = 'elasticloadbalancing'
    }
  },
  {
    // EC2 checking a flow log's S3 destination (`Error creating Flow Log for (vpc-X), error: Access
    // Denied for LogDestination: does-not-exist. Please check LogDestination permission`, Terraform's
    // aws_flow_log in a pull request's plan output).
    id: 'flow-log-destination',
    rule: 'WD7080',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['LogDestination permission'],
    re: new RegExp(
      String.raw`\bAccess${W}Denied${W}for${W}LogDestination:\s*(\S+?)\.${W}Please${W}check LogDestination permission\b`,
      'g'
    ),
    facts: (m, d) => {
      d.service = 'ec2'
      d.detail.deliveringService = 'flow-logs'
      d.detail.deliveryBucket = m[1]!.replace(/^arn:aws[\w-]*:s3:::/, '').replace(/\/.*$/, '')
    }
  },
  {
    // CloudTrail checking the trail's bucket policy (`InsufficientS3BucketPolicyException: Incorrect
    // S3 bucket policy is detected for bucket: NAME`, boto/boto3#1766, hashicorp/terraform#29991).
    id: 'cloudtrail-bucket-policy',
    rule: 'WD7073',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Incorrect S3 bucket policy is detected'],
    re: /\bIncorrect S3 bucket policy is detected for bucket\b(?::?[ \t]*([\w.-]{3,63}\b(?<!\.)))?/g,
    facts: (m, d) => {
      d.code = 'InsufficientS3BucketPolicyException'
      d.service = 'cloudtrail'
      d.detail.deliveringService = 'cloudtrail'
      if (m[1]) d.detail.deliveryBucket = m[1]
    }
  },
  {
    // CloudTrail checking the trail's bucket and KMS key together (`InsufficientEncryptionPolicyException
    // … Insufficient permissions to access S3 bucket NAME or KMS key ARN.`, Azure/Azure-Sentinel#12242;
    // both masked `***`, trussworks/terraform-aws-cloudtrail#186).
    id: 'cloudtrail-kms-policy',
    rule: 'WD7074',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Insufficient permissions to access S3 bucket'],
    re: new RegExp(
      String.raw`\bInsufficient permissions to access S3 bucket ([\w.-]{3,63}|\*{3,40})${W}or${W}KMS${W}key${W}(arn:aws[\w-]*:kms:\S+?|[\w/-]+?|\*{3,40})\.?(?=[\s"',]|$)`,
      'g'
    ),
    facts: (m, d) => {
      // The code only where printed: under CloudFormation's handler the printed code is
      // `HandlerErrorCode: InvalidRequest` (aws/aws-cdk#23391, heldout134 h134-007).
      if (
        /\bInsufficientEncryptionPolicyException\b/.test(m.input) ||
        !/\bHandlerErrorCode: ?\w/.test(m.input)
      )
        d.code = 'InsufficientEncryptionPolicyException'
      d.service = 'cloudtrail'
      d.detail.deliveringService = 'cloudtrail-kms'
      d.detail.deliveryBucket = m[1]!
      d.detail.deliveryKey = m[2]!
    }
  },
  {
    // EC2 unable to use the KMS key an import, a copy or a volume named (`InvalidParameterValue: The
    // specified KMS key is not accessible. If this is a default EBS CMK, please retry your request
    // without specifying the key explicitly`, Packer's amazon-import, hashicorp/packer-plugin-amazon#225).
    id: 'ec2-kms-key-not-accessible',
    rule: 'WD7071',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['The specified KMS key is not accessible'],
    re: /(?:\b(InvalidParameterValue|InvalidKMSKey\.\w{1,30}|KMSKeyNotAccessibleFault):[ \t]{0,3})?\bThe specified KMS key is not accessible\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      // EC2's answer, whatever bucket an import named above it.
      d.service = 'ec2'
      d.detail.deliveringService = 'ec2-kms'
    }
  },
  {
    // CloudFront checking, when standard logging is set, that it may grant its log delivery an ACL
    // on the bucket (`AccessDenied: You don't have permission to access the S3 bucket for CloudFront
    // logs: my-bucket.s3.amazonaws.com If you're using IAM, you need s3:GetBucketAcl and
    // s3:PutBucketAcl …`, hashicorp/terraform-provider-aws#3622).
    id: 'cloudfront-log-bucket',
    rule: 'WD7078',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['S3 bucket for CloudFront logs'],
    re: /\bYou don't have permission to access the S3 bucket for CloudFront logs:?[ \t]*([\w.-]{3,120}\w)/g,
    facts: (m, d) => {
      d.service = 'cloudfront'
      d.detail.deliveringService = 'cloudfront'
      // CloudFront names the bucket by its domain (`my-bucket.s3.amazonaws.com`).
      d.detail.deliveryBucket = m[1]!.replace(/\.s3(?:[.-][\w-]+)?\.amazonaws\.com(?:\.cn)?$/, '')
    }
  },
  {
    // CodeBuild checking, for a project in a VPC, that its service role may describe and use the
    // network (`Not authorized to perform DescribeSecurityGroups (Service: AWSCodeBuild; …; Error
    // Code: InvalidInputException`, aws/aws-cdk#2335): EC2's actions on the project's role.
    id: 'codebuild-vpc-permission',
    rule: 'WD7076',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['(Service: AWSCodeBuild'],
    re: /\bNot authorized to perform (Describe\w{1,60}|CreateNetworkInterface\w{0,20}|DeleteNetworkInterface) \(Service: AWSCodeBuild\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
      d.service = 'codebuild'
      d.detail.deliveringService = 'codebuild-vpc'
    }
  },
  {
    // The same role refused when a build starts in the VPC (`VPC_CLIENT_ERROR: Unexpected EC2 error:
    // UnauthorizedOperation`, the build's PROVISIONING phase, aws/aws-cdk#12705): EC2 names no
    // action, and the same words come from a project whose subnets are all public.
    id: 'codebuild-vpc-client-error',
    rule: 'WD7173',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['VPC_CLIENT_ERROR'],
    re: /\bVPC_CLIENT_ERROR:?[ \t]+Unexpected EC2 error:[ \t]*(UnauthorizedOperation|AccessDenied)\b/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'ec2'
      d.detail.deliveringService = 'codebuild-vpc'
      d.detail.vpcClientError = m[1]!
    }
  },
  {
    // Route 53 checking the CloudWatch Logs resource policy for query logging (`The resource policy
    // that you're using for Route 53 query logging doesn't grant Route 53 sufficient permission to
    // create a log stream in the specified log group.`, aws-samples/aws-secure-environment-accelerator#916).
    id: 'route53-query-log-policy',
    rule: 'WD7081',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Route 53 query logging'],
    re: /\bThe resource policy that you're using for Route 53 query logging doesn't grant Route 53 sufficient permission to create a log stream in the specified log group\b/g,
    facts: (_m, d) => {
      d.service = 'route53'
    }
  },
  {
    // Route 53 Resolver checking the vended-logs permissions for a query log configuration
    // (`AccessDeniedException: [RSLVR-01605] Missing permission to log:*`, aws/aws-sdk-js#4346).
    id: 'resolver-query-log-permission',
    rule: 'WD7082',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['[RSLVR-01605]'],
    re: /\[RSLVR-01605\] Missing permission to [^\s"\\]{1,80}/g,
    facts: (_m, d) => {
      d.service = 'route53resolver'
    }
  },
  {
    // WAF checking the destination of a web ACL's logging (`WAFLogDestinationPermissionIssueException:
    // Unable to deliver logs to the configured destination. …`, navapbc/template-infra#926).
    id: 'waf-log-destination',
    rule: 'WD7083',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['WAFLogDestinationPermissionIssueException'],
    re: /\b(WAFLogDestinationPermissionIssueException)\b(?::?[ \t]*Unable to deliver logs to the configured destination\.?)?/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'wafv2'
    }
  },
  {
    // RDS unable to use the KMS key of a snapshot it copies or restores (`An error occurred
    // (KMSKeyNotAccessibleFault) when calling the CopyDBClusterSnapshot operation: The source
    // snapshot KMS key [arn:…] does not exist, is not enabled or you do not have permissions to
    // access it.`, awslabs/aurora-snapshot-tool#29).
    id: 'rds-kms-key-not-accessible',
    rule: 'WD7084',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not enabled or you do not have permissions to access it'],
    // In brackets the key may be a writer's words (`[arn:aws:kms:(source account arn)]`,
    // awslabs/aurora-snapshot-tool#26): kept only when it is a key's ARN.
    re: /\bKMS key (?:(?:\[([^\]\n]{3,300}?)\]|([^\]\s]{3,300}?)) )?does not exist, is not enabled or you do not have permissions to access it\b/g,
    facts: (m, d) => {
      const code = /\b(KMSKeyNotAccessibleFault)\b/.exec(
        m.input.slice(Math.max(0, m.index - 300), m.index)
      )
      if (code) d.code = code[1]!
      d.service = 'rds'
      // The key is not always printed (`The source snapshot KMS key does not exist, …`, pbudzon/aws-maintenance#13).
      const key = m[1] ?? m[2]
      if (key && !/\s/.test(key)) d.detail.deliveryKey = key
    }
  },
  {
    // AWS Backup refusing a cross-account copy (`Access denied: Copy job failed. Both source and
    // destination account must be a member of the same organization`,
    // aws-solutions-library-samples/account-assessment-for-aws-organizations#57).
    id: 'backup-copy-organization',
    rule: 'WD7085',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['must be a member of the same organization'],
    re: /\bCopy job failed\. Both source and destination account must be a member of the same organization\b/g,
    facts: (_m, d) => {
      d.service = 'backup'
    }
  },
  {
    // SES checking, when a receipt rule is saved, that it may write mail to the bucket (`Could not
    // write to bucket: NAME (Service: null; …; Error Code: InvalidS3Configuration`, a CDK stack,
    // Fraudmarc/fraudmarc-ce#79).
    id: 'ses-receipt-bucket',
    rule: 'WD7093',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Could not write to bucket'],
    re: /\bCould not write to bucket:?[ \t]*([\w.-]{3,63}\w)/g,
    when: (text) =>
      /\bInvalidS3Configuration\b|\bReceiptRule\b|\bSES\b|SimpleEmailService/.test(text),
    facts: (m, d) => {
      d.service = 'ses'
      d.detail.deliveringService = 'ses-s3'
      d.detail.deliveryBucket = m[1]!
    }
  },
  {
    // SES checking it may publish to a receipt rule's topic (`InvalidSnsTopic: Could not publish to
    // SNS topic: arn:aws:sns:…`, hashicorp/terraform-provider-aws#14773).
    id: 'ses-receipt-topic',
    rule: 'WD7094',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Could not publish to SNS topic'],
    re: /(?:\b(InvalidSnsTopic):[ \t]{0,3})?\bCould not publish to SNS topic:?[ \t]*(arn:aws[\w-]*:sns:[^\s*`'"]+)?/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'ses'
      d.detail.deliveringService = 'ses-sns'
      if (m[2]) d.detail.deliveryTopic = m[2]
    }
  },
  {
    // SES checking it may invoke a receipt rule's function (`Error Code: InvalidLambdaFunction` under
    // `Service: AmazonSimpleEmailService`, a SAM ReceiptRule, aws/serverless-application-model#1021;
    // `Could not invoke Lambda function: arn:…`).
    id: 'ses-receipt-function',
    rule: 'WD7095',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Could not invoke Lambda function', 'Error Code: InvalidLambdaFunction'],
    re: /\bCould not invoke Lambda function:?[ \t]*(arn:aws[\w-]*:lambda:[^\s`'"]+)?|\bError Code: InvalidLambdaFunction\b/g,
    when: (text) => /SimpleEmailService|\bSES\b|\bReceiptRule\b|receipt rule/i.test(text),
    facts: (m, d) => {
      d.service = 'ses'
      if (m[0].startsWith('Error Code:')) d.code = 'InvalidLambdaFunction'
      d.detail.deliveringService = 'ses-lambda'
      if (m[1]) d.detail.deliveryFunction = m[1]
    }
  },
  {
    // AWS Private CA checking the bucket of a CA's revocation list (`ValidationException: Permission
    // error with your S3 bucket 'NAME'. Check that your bucket policy, encryption settings, S3 Block
    // Public Access settings, and global account permissions are configured correctly.`,
    // Terraform's aws_acmpca_certificate_authority, hashicorp/terraform-provider-aws#33306).
    id: 'acm-pca-crl-bucket',
    rule: 'WD7102',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Permission error with your S3 bucket'],
    re: /\bPermission error with your S3 bucket '([^'\s]{1,63})'/g,
    facts: (m, d) => {
      d.service = 'acm-pca'
      d.detail.deliveringService = 'acm-pca-crl'
      d.detail.deliveryBucket = m[1]!
    }
  },
  {
    // S3 Inventory unable to write a report (`Inventory export for 2024-05-10 failed because S3
    // doesn't have access to the destination bucket or KMS key.`, the console's notice, aws/aws-sdk#720).
    id: 's3-inventory-destination',
    rule: 'WD7103',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['have access to the destination bucket or KMS key'],
    re: /\bInventory export for [\w-]{1,30} failed because S3 doesn[’']t have access to the destination bucket or KMS key\b/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.detail.deliveringService = 's3-inventory'
    }
  }
]
