// heldout69–71's refusals the engine missed or misread on their unseen score (issue 10, session
// 39): services' checks of the destinations they deliver to, agents and old clients without keys,
// a service named as the caller, ECR's refusal cut after its caller, git's 403 from CodeCommit,
// an S3-compatible store by its endpoint; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h69 = (id: string) => corpusText('heldout69.jsonl', id)
const h70 = (id: string) => corpusText('heldout70.jsonl', id)
const h71 = (id: string) => corpusText('heldout71.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('services checking a destination they deliver to', () => {
  it.each([
    ['h69-021', 'elb-access-log-bucket', 'InvalidConfigurationRequest', 'elasticloadbalancing'],
    ['h69-028', 'elb-access-log-bucket', 'InvalidConfigurationRequest', 'elasticloadbalancing'],
    ['h69-022', 'cloudtrail-kms-policy', 'InsufficientEncryptionPolicyException', 'cloudtrail'],
    ['h69-024', 'cloudtrail-bucket-policy', 'InsufficientS3BucketPolicyException', 'cloudtrail'],
    ['h69-023', 'cloudtrail-logs-role', 'InvalidCloudWatchLogsLogGroupArnException', 'cloudtrail'],
    ['h69-025', 'flow-log-destination', null, 'ec2'],
    ['h69-015', 'codebuild-vpc-permission', 'InvalidInputException', 'codebuild']
  ])('%s: %s', (id, grammar, code, service) => {
    expect(read(h69(id))).toEqual([['denial', grammar, code, service, null]])
  })

  it('h69-028: a console table’s doubled spaces, the masked bucket kept whole', () => {
    const [f] = parseText(h69('h69-028'))
    expect(f?.detail.deliveryBucket).toBe('mw-mgm-elbaccesslogwrites3-****-bucket-****')
  })

  it('h70-031 (hashicorp/packer-plugin-amazon#225): EC2’s KMS key not accessible', () => {
    expect(read(h70('h70-031'))).toEqual([
      ['denial', 'ec2-kms-key-not-accessible', 'InvalidParameterValue', 'ec2', null]
    ])
  })

  it('h71-032 (hashicorp/terraform-provider-aws#3622): CloudFront’s log bucket, by its domain', () => {
    const [f] = parseText(h71('h71-032'))
    expect([f?.grammar, f?.code, f?.service, f?.detail.deliveryBucket]).toEqual([
      'cloudfront-log-bucket',
      'AccessDenied',
      'cloudfront',
      'my-bucket'
    ])
  })

  it('own: the same sentence from another service is not CloudTrail’s role check', () => {
    expect(
      read(
        'Access denied. Check the permissions for your role. (Service: AmazonKinesis; Status Code: 400)'
      )
    ).toEqual([])
  })

  it('own: CodeBuild’s words for another refusal are not its VPC check', () => {
    expect(
      read('Not authorized to perform sts:AssumeRole (Service: AWSCodeBuild; Status Code: 400)')
    ).not.toContainEqual(expect.arrayContaining(['codebuild-vpc-permission']))
  })
})

describe('clients and agents without keys', () => {
  it('h69-013 (go-furnace/go-furnace#57): the CodeDeploy agent with no instance profile', () => {
    expect(read(h69('h69-013'))).toEqual([
      ['credentials', 'codedeploy-agent-no-credentials', null, 'codedeploy', 'missing']
    ])
  })

  it('h70-036 (mitchellh/vagrant-aws#224): fog’s own check of its settings', () => {
    expect(read(h70('h70-036'))).toEqual([
      ['credentials', 'fog-missing-keys', null, null, 'missing']
    ])
  })

  it('own: fog missing another argument is not a credentials failure', () => {
    expect(read('Missing required arguments: region, flavor_id\n')).toEqual([])
  })

  it('h71-006 (aws-quickstart/quickstart-amazon-marketing-cloud#49): botocore’s missing profile', () => {
    // The helper ran for a CodeCommit remote: its URL names the service.
    expect(read(h71('h71-006'))).toEqual([
      ['credentials', 'profile-not-found', null, 'codecommit', 'missing']
    ])
  })

  it('h71-013 (aws-amplify/amplify-flutter#851): a token from a provider the pool does not list', () => {
    expect(read(h71('h71-013'))).toEqual([
      [
        'credentials',
        'cognito-login-token',
        'NotAuthorizedException',
        'cognito-identity',
        'cognito-login-token'
      ]
    ])
  })
})

describe('callers and targets as printed', () => {
  it('h69-027 (hashicorp/terraform-provider-aws#48946): a service named as the caller', () => {
    const [f] = parseText(h69('h69-027'))
    expect([f?.principal, f?.action]).toEqual(['AWS Firehose', 'kafka:CreateVpcConnection'])
  })

  it('h69-016 (awslabs/aws-codebuild-jenkins-plugin#106): ECR’s refusal cut after its caller', () => {
    const [f] = parseText(h69('h69-016'))
    expect([f?.kind, f?.grammar, f?.service, f?.principal]).toEqual([
      'denial',
      'ecr-denied-caller-cut',
      'ecr',
      'arn:aws:sts::131992011433'
    ])
  })

  it('own: the same words with no ECR host in the record are not ECR’s', () => {
    expect(read('push refused: denied: User: arn:aws:sts::123456789012\n')).toEqual([])
  })

  it.each([
    ['h71-002', 'treeverse/dvc#9416: dulwich’s status before the URL'],
    ['h71-004', 'codemagic-ci-cd/codemagic-docs#1426: git’s status with emphasis glued to it']
  ])('%s (%s): git’s 403 from CodeCommit', (id) => {
    expect(read(h71(id))).toEqual([['denial', 'http-403-storage-target', null, 'codecommit', null]])
  })

  it('h71-037: Lambda@Edge’s permission sentence cut before its resource', () => {
    const [f] = parseText(h71('h71-037'))
    expect([f?.grammar, f?.action, f?.resource]).toEqual([
      'lambda-edge-replication',
      'lambda:GetFunction',
      null
    ])
  })
})

describe('services named around the refusal', () => {
  it.each([
    ['h70-003', 'sqs', 'SQS’s XML namespace (apache/airflow#492)'],
    ['h70-016', 'ssm', 'Amplify’s SSMCredentialsError (aws-amplify/amplify-backend#2308)'],
    ['h70-025', 's3', 'a boto3 call CloudMapper lists (duo-labs/cloudmapper#536)']
  ])('%s: %s, from %s', (id, service) => {
    expect(parseText(h70(id)).map((f) => f.service)).toEqual([service])
  })
})

describe('stores that are not AWS', () => {
  it('h69-008 (benbjohnson/litestream#1059): Hetzner’s object storage named above the error', () => {
    expect(read(h69('h69-008'))).toEqual([])
  })

  it('own: a Hetzner server beside a real AWS refusal keeps the refusal', () => {
    expect(
      read(
        'deploying to our Hetzner box\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n'
      )
    ).toHaveLength(1)
  })
})

const h72 = (id: string) => corpusText('heldout72.jsonl', id)
const h73 = (id: string) => corpusText('heldout73.jsonl', id)

describe('heldout72–73: services’ own words about what they deliver to or mount', () => {
  it.each([
    ['h72-008', 'rds-kms-key-not-accessible', 'KMSKeyNotAccessibleFault', 'rds'],
    ['h72-012', 'backup-copy-organization', null, 'backup'],
    ['h72-019', 'resolver-query-log-permission', 'AccessDeniedException', 'route53resolver'],
    ['h72-022', 'route53-query-log-policy', 'GeneralServiceException', 'route53'],
    ['h72-023', 'waf-log-destination', 'WAFLogDestinationPermissionIssueException', 'wafv2'],
    ['h73-003', 'chime-legacy-namespace', 'ForbiddenException', 'chime'],
    ['h73-004', 'chime-legacy-namespace', null, 'chime'],
    ['h73-012', 'efs-mount-access-denied', null, 'elasticfilesystem'],
    ['h73-015', 'efs-mount-access-denied', null, 'elasticfilesystem'],
    ['h73-017', 'efs-mount-access-denied', null, 'elasticfilesystem']
  ])('%s: %s', (id, grammar, code, service) => {
    expect(read(id.startsWith('h72') ? h72(id) : h73(id))).toEqual([
      ['denial', grammar, code, service, null]
    ])
  })

  it('their explanations say whose setting decides, never the caller’s identity policy first', () => {
    const [efs] = parseText(h73('h73-012'))
    expect(efs?.explanation).toMatch(/^EFS refused the NFS mount itself/)
    expect(efs?.explanation).toContain('elasticfilesystem:ClientMount')
    const [chime] = parseText(h73('h73-003'))
    expect(chime?.title).toMatch(/chime-sdk-\* endpoints/)
    const [backup] = parseText(h72('h72-012'))
    expect(backup?.fixTarget.owner).toBe('org-admin')
  })

  it('h73-020 (wl500g/wl500g#212): the same NFS words from a home router are not AWS’s', () => {
    expect(read(h73('h73-020'))).toEqual([])
  })

  it.each([
    ['h73-013', 'efs-utils-no-credentials', 'aws/efs-utils#109: the mount helper’s named profile'],
    ['h73-027', 'dotnet-missing-authentication-token', 'the .NET SDK after an unsigned call'],
    ['h73-038', 'hadoop-s3-keys-unset', 'Hadoop’s s3n file system with no keys']
  ])('%s: %s (%s)', (id, grammar) => {
    expect(parseText(h73(id)).map((f) => [f.kind, f.grammar])).toEqual([['credentials', grammar]])
  })

  it('h73-033 (snowplow/snowplow#1647): the Java SDK’s old field list with `AWS Error Code: null`', () => {
    expect(read(h73('h73-033'))).toEqual([['denial', 'http-403-storage-target', null, 's3', null]])
  })

  it('h73-025: the .NET client’s exception class names Cognito user pools', () => {
    expect(parseText(h73('h73-025')).map((f) => f.service)).toEqual(['cognito-idp'])
  })
})

const h74 = (id: string) => corpusText('heldout74.jsonl', id)
const h75 = (id: string) => corpusText('heldout75.jsonl', id)

describe('heldout74–75: services checking what they deliver to or read, SMTP and SDK chains', () => {
  it.each([
    ['h75-002', 'ses-receipt-bucket', 'InvalidS3Configuration', 'ses'],
    ['h75-003', 'ses-receipt-topic', 'InvalidSnsTopic', 'ses'],
    ['h75-004', 'ses-receipt-function', 'InvalidLambdaFunction', 'ses'],
    ['h74-014', 'lambda-event-source-role', 'InvalidParameterValueException', 'lambda'],
    ['h74-035', 'spot-service-linked-role', 'Ec2.Ec2Exception', 'ec2']
  ])('%s: %s', (id, grammar, code, service) => {
    expect(read(id.startsWith('h74') ? h74(id) : h75(id))).toEqual([
      ['denial', grammar, code, service, null]
    ])
  })

  it('h75-002: SES’s bucket check leads with the bucket policy for ses.amazonaws.com', () => {
    const [f] = parseText(h75('h75-002'))
    expect(f?.traps).toContain('delivery-destination-policy')
    expect(f?.explanation).toContain('"Principal":{"Service":"ses.amazonaws.com"}')
    expect(f?.explanation).toContain('arn:aws:s3:::fraudmarc-ce-app-ruad173f6f7-vns0tzccogsd/*')
  })

  it('own: `Could not write to bucket` from a tool that names no SES is not this check', () => {
    expect(read('backup failed: Could not write to bucket: my-backups (disk full)\n')).toEqual([])
  })

  it.each([
    ['h75-007', 'sandstorm-io/sandstorm#2734: 535 with SES named in the writer’s words'],
    ['h75-008', 'Billionmail/BillionMail#156: SES’s 530 from its SMTP host']
  ])('%s (%s): SES SMTP credentials', (id) => {
    expect(read(h75(id))).toEqual([
      ['credentials', 'ses-smtp-credentials', null, 'ses', 'ses-smtp']
    ])
  })

  it('own: a 530 from another mail server is not SES’s', () => {
    expect(read('host mail.example.org[10.0.0.1] said: 530 Authentication required\n')).toEqual([])
  })

  it.each([
    ['h75-015', 'resolved-credentials-invalid', 'missing'],
    ['h75-026', 'container-credentials-refused', 'container-credentials']
  ])('%s: %s', (id, grammar, cause) => {
    expect(parseText(h75(id)).map((f) => [f.kind, f.grammar, f.detail.cause])).toEqual([
      ['credentials', grammar, cause]
    ])
  })

  it('h75-019 (kayac/ecspresso#850): the policy type wrapped after its hyphen', () => {
    const [f] = parseText(h75('h75-019'))
    expect([f?.layer, f?.deny]).toEqual(['identity', 'implicit'])
  })

  it('h71-034 (aws/aws-sdk-js-v3#5576): KeyValueStore wants SigV4a', () => {
    const [f] = parseText(h71('h71-034'))
    expect([f?.grammar, f?.detail.cause]).toEqual(['sigv4a-required', 'sigv4a-required'])
    expect(f?.explanation).toContain('@aws-sdk/signature-v4-crt')
  })

  it('own: the same words elsewhere are the signing scope’s Region', () => {
    const [f] = parseText(
      'InvalidSignatureException: The credential must be scoped to a valid region.\n'
    )
    expect(f?.detail.cause).toBe('scope-region')
  })

  it('h71-027: QuickSight’s identity Region, not a policy', () => {
    const [f] = parseText(h71('h71-027'))
    expect([f?.grammar, f?.service, f?.fixTarget.kind]).toEqual([
      'quicksight-identity-region',
      'quicksight',
      'workflow'
    ])
    expect(f?.title).toMatch(/identity Region/)
  })

  it('h71-003 (rkt/rkt#3749): the CodeCommit helper’s broken interpreter, then the 403', () => {
    expect(read(h71('h71-003'))).toEqual([
      ['credentials', 'http-403-storage-target', null, 'codecommit', 'git-credential-helper']
    ])
  })
})

const h76 = (id: string) => corpusText('heldout76.jsonl', id)
const h77 = (id: string) => corpusText('heldout77.jsonl', id)

describe('heldout76–77: GraphQL and search access, CA and inventory destinations, OIDC words', () => {
  it.each([
    ['h76-022', 'appsync-field-unauthorized', 'Unauthorized', 'appsync'],
    ['h76-024', 'appsync-field-unauthorized', 'Unauthorized', 'appsync'],
    ['h76-023', 'appsync-subscription-unauthorized', 'UnauthorizedException', 'appsync'],
    ['h76-006', 'acm-pca-crl-bucket', 'ValidationException', 'acm-pca'],
    ['h76-015', 'bedrock-kb-storage-authorization', 'ValidationException', 'bedrock'],
    ['h76-017', 'opensearch-data-access', null, 'aoss'],
    ['h77-010', 's3-inventory-destination', null, 's3']
  ])('%s: %s', (id, grammar, code, service) => {
    const text = id.startsWith('h76') ? h76(id) : h77(id)
    expect(read(text).map((f) => f.slice(0, 4))).toEqual([['denial', grammar, code, service]])
  })

  it('h76-022: AppSync’s field and type, and the schema’s rules first', () => {
    const [f] = parseText(h76('h76-022'))
    expect([f?.detail.graphqlField, f?.detail.graphqlType]).toEqual([
      'syncReviews',
      'ModelReviewConnection'
    ])
    expect(f?.explanation).toMatch(/^AppSync checked the request against the authorization rules/)
  })

  it('own: a GraphQL server that is not AppSync names no AppSync field rule in prose', () => {
    expect(read('GraphQL error: Not authorized\n')).toEqual([])
  })

  it('h76-016 (awslabs/generative-ai-cdk-constructs#322): opensearch-py’s 403 at an aoss host', () => {
    expect(read(h76('h76-016'))).toEqual([
      ['denial', 'http-403-storage-target', null, 'aoss', null]
    ])
  })

  it('own: OpenSearch’s words with no OpenSearch named are left alone', () => {
    expect(
      read('Error 403 (Forbidden): User does not have permissions for the requested resource\n')
    ).toEqual([])
  })

  it('h76-006: Private CA’s CRL bucket leads with the ACL Block Public Access refuses', () => {
    const [f] = parseText(h76('h76-006'))
    expect(f?.explanation).toContain('BUCKET_OWNER_FULL_CONTROL')
    expect(f?.explanation).toContain('acm-pca.amazonaws.com')
  })

  it.each([
    ['h77-003', 'oidc-verification-key-words', 'oidc-verification-key'],
    ['h77-005', 'octopus-aws-login-error', 'missing']
  ])('%s: %s', (id, grammar, cause) => {
    expect(parseText(h77(id)).map((f) => [f.kind, f.grammar, f.detail.cause])).toEqual([
      ['credentials', grammar, cause]
    ])
  })

  it('h76-033 (learn-terraform-dynamic-credentials): the thumbprint STS names after the chain line', () => {
    const [f] = parseText(h76('h76-033'))
    expect([f?.grammar, f?.detail.cause]).toEqual(['refresh-cached-credentials', 'oidc-thumbprint'])
  })
})

describe('the Java chain and its last provider, one failure (heldout74 review h74-003)', () => {
  it('h74-003 (jenkinsci/aws-secrets-manager-credentials-provider-plugin#85): one finding, IMDS as its cause', () => {
    expect(parseText(h74('h74-003')).map((f) => [f.grammar, f.detail.cause])).toEqual([
      ['no-credentials-java', 'imds-error']
    ])
  })

  it('own: the IMDS path alone is still its own reading', () => {
    expect(
      parseText(
        'The requested metadata is not found at http://169.254.169.254/latest/meta-data/iam/security-credentials/\n'
      ).map((f) => [f.grammar, f.detail.cause])
    ).toEqual([['no-credentials-java-imds-path', 'imds-error']])
  })

  it('own: a chain without the IMDS answer stays `missing`', () => {
    expect(
      parseText(
        'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables]\n'
      ).map((f) => [f.grammar, f.detail.cause])
    ).toEqual([['no-credentials-java', 'missing']])
  })
})
