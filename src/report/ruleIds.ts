// Stable rule ids: one per kind of finding and policy layer (WD1xx-WD4xx), one per trap (WD5xx, then WD9xx),
// one per OIDC cause (WD6xx) and one per grammar (WD7xx, WD8xx, then WD7000 on: held on the grammar
// rule objects in src/parse/grammars and carried by each finding), each with an anchor in docs/rules.md (generated,
// checked by a test). The outputs name them; they never change once published and are never
// reused: a new trap, cause or grammar gets the next free number (__tests__/docs keeps the list).
import type { PolicyLayer } from '../model/Denial.js'
import type { Finding } from '../model/Finding.js'
import type { OidcCause } from '../model/Oidc.js'

export interface RuleInfo {
  id: string
  name: string
  summary: string
}

const rule = (id: string, name: string, summary: string): RuleInfo => ({ id, name, summary })

const RULES = {
  WD100: rule('WD100', 'identity-policy', 'No identity-based policy allows the action'),
  WD101: rule('WD101', 'resource-policy', 'The resource-based policy does not allow the caller'),
  WD102: rule('WD102', 'scp', 'A service control policy denies or does not allow the action'),
  WD103: rule('WD103', 'rcp', 'A resource control policy denies or does not allow the action'),
  WD104: rule(
    'WD104',
    'permissions-boundary',
    'The permissions boundary does not allow the action'
  ),
  WD105: rule('WD105', 'session-policy', 'The session policy does not allow the action'),
  WD106: rule('WD106', 'vpc-endpoint-policy', 'The VPC endpoint policy does not allow the action'),
  WD107: rule('WD107', 'trust-policy', 'The role trust policy refuses the caller'),
  WD108: rule('WD108', 'explicit-deny', 'An explicit Deny statement matches the request'),
  WD109: rule(
    'WD109',
    'denied-unknown-layer',
    'Access denied; the message does not say which policy'
  ),
  WD200: rule('WD200', 'encoded-message', 'Denied with an encoded authorization message'),
  WD300: rule('WD300', 'credentials', 'Missing, expired or invalid AWS credentials'),
  WD400: rule(
    'WD400',
    'not-found-may-be-denial',
    'Not found: the bucket or repository does not exist, no denial (S3, ECR)'
  )
} satisfies Record<string, RuleInfo>

// Every layer has its rule: the compiler checks the table is complete.
const BY_LAYER: Record<PolicyLayer, keyof typeof RULES> = {
  identity: 'WD100',
  resource: 'WD101',
  scp: 'WD102',
  rcp: 'WD103',
  'permissions-boundary': 'WD104',
  session: 'WD105',
  'vpc-endpoint': 'WD106',
  trust: 'WD107'
}

/** Trap id (src/diagnose/traps) → its rule; a test checks every trap has one. */
const TRAP_RULES: Record<string, RuleInfo> = Object.fromEntries(
  (
    [
      ['WD501', 'compromised-key-quarantine', 'The access key was quarantined as exposed'],
      [
        'WD925',
        'deliberate-deny-policy',
        "The denying policy's name says it exists to deny such calls"
      ],
      [
        'WD502',
        'get-caller-identity-is-credentials',
        'sts:GetCallerIdentity failing means bad credentials, not a policy'
      ],
      [
        'WD503',
        'cognito-unauthenticated-role',
        'Cognito unauthenticated role: the identity pool role, not a user'
      ],
      [
        'WD504',
        'ecr-repository-may-not-exist',
        'ECR denial that may mean the repository does not exist'
      ],
      [
        'WD505',
        's3-missing-object-without-listbucket',
        'S3 403 for a missing object without s3:ListBucket'
      ],
      [
        'WD506',
        'resource-must-be-star',
        'The action supports no resource-level permissions: Resource must be *'
      ],
      ['WD507', 'kms-key-policy', 'The KMS key policy must allow the caller as well'],
      ['WD508', 'iam-passrole', 'iam:PassRole on the role handed to the service'],
      [
        'WD509',
        'assume-role-two-policies',
        'sts:AssumeRole needs both the caller policy and the trust policy'
      ],
      ['WD510', 'oidc-trust-conditions', 'The OIDC trust policy conditions do not match the job'],
      ['WD511', 'oidc-id-token-permission', 'The job lacks permissions: id-token: write'],
      [
        'WD512',
        'service-linked-role',
        'Creating a service-linked role needs iam:CreateServiceLinkedRole'
      ],
      [
        'WD513',
        'sso-permission-set',
        'An IAM Identity Center role: change the permission set, not the role'
      ],
      ['WD514', 'cdk-bootstrap-role', 'A CDK bootstrap role: change the bootstrap, not the role'],
      ['WD515', 's3-block-public-access', 'S3 Block Public Access refuses a public policy or ACL'],
      ['WD516', 'cfn-tagging', 'CloudFormation tagging needs the service tagging actions'],
      ['WD517', 'aws-owned-resource', 'The resource belongs to AWS, not to your account'],
      ['WD518', 'assume-role-target-not-role', 'The AssumeRole target is not a role ARN'],
      ['WD519', 'impossible-account-id', 'An ARN whose account field cannot be an AWS account ID'],
      ['WD520', 'ami-launch-permission', 'The AMI is not shared with the account launching it'],
      ['WD521', 'ssm-parameter-name', 'The SSM parameter name is missing or malformed'],
      ['WD522', 'role-self-assumption', 'A role assumes itself: its trust policy must allow it'],
      [
        'WD523',
        'organizations-management-account',
        'An Organizations call only the management account or a delegated administrator may make'
      ],
      [
        'WD524',
        'service-delivery-policy',
        "A service delivering to a queue, topic or function: the destination's resource policy decides"
      ],
      [
        'WD525',
        'terraform-state-backend',
        "Terraform's S3 backend: the state bucket and lock table need their whole set of actions"
      ],
      [
        'WD526',
        'kms-grant-for-aws-resource',
        'A KMS grant for an AWS resource: EKS secrets encryption, EBS volumes launched by Auto Scaling'
      ],
      [
        'WD527',
        'cdk-role-not-assumed',
        'CDK could not assume its bootstrap role: the assume is the failure, not the fallback call'
      ],
      [
        'WD528',
        'permissions-boundary-stated',
        'The log says a permissions boundary blocks the call: allow it in the boundary too'
      ],
      [
        'WD529',
        'hard-coded-account',
        "The log says the target's account is hard-coded: fix the URI, not a policy"
      ],
      [
        'WD530',
        'bedrock-model-access',
        'Bedrock refused the model or API: model ID, Region, Marketplace first use, Anthropic form'
      ],
      [
        'WD531',
        'lambda-role-trust',
        "Lambda cannot assume the function's role: its trust policy decides"
      ],
      [
        'WD532',
        'get-user-from-role-session',
        'iam:GetUser from a role session: the tool, not a policy'
      ],
      [
        'WD533',
        'guardrail-condition',
        'A condition guards the call (MFA, external ID, enclave attestation, required boundary, tags on create): meet it'
      ],
      [
        'WD534',
        'account-level-block',
        'The account itself is blocked for the service (billing, verification, subscription): not IAM'
      ],
      [
        'WD535',
        'runtime-credentials',
        "Code in a hosted runtime found no credentials: the runtime's role, not the CI job's"
      ],
      [
        'WD536',
        'managed-role',
        'A service-managed, vendor or service role: fix it the way its owner intends'
      ],
      [
        'WD537',
        'waf-web-acl-cross-account',
        'A WAF web ACL in another account: web ACLs cannot be shared, no policy helps'
      ],
      [
        'WD538',
        'iam-cross-account-read',
        "An IAM resource of another account: read it with that account's credentials"
      ],
      [
        'WD539',
        'cloud9-managed-credentials',
        "Cloud9's AWS managed temporary credentials refuse the call: use a role or keys of your own"
      ],
      [
        'WD545',
        'intended-denial',
        'The log marks the refusal as the intended outcome of a test or guardrail: nothing to allow'
      ],
      [
        'WD546',
        'cloudformation-transform',
        'A change set refused on the AWS-owned transform: allow it (CAPABILITY_AUTO_EXPAND only for macros and nested apps)'
      ],
      [
        'WD547',
        's3-sse-kms-key',
        "An S3 object call on an SSE-KMS bucket: the key's permissions, not the S3 action, are missing"
      ],
      [
        'WD548',
        'web-identity-token-expired',
        "The web-identity token (JWT) expired: fetch a fresh one, the role's session length is not the cause"
      ],
      [
        'WD549',
        'fork-pull-request-credentials',
        'A pull request from a fork gets no secrets and no OIDC token'
      ],
      [
        'WD550',
        'cdk-bootstrap-trust',
        "Another account's CDK bootstrap roles refuse the deploy: bootstrap it with --trust"
      ],
      [
        'WD551',
        'cdk-deploy-role-pass-role',
        'The CDK deploy role may pass only the bootstrap execution role: change the bootstrap'
      ],
      [
        'WD552',
        'lake-formation-permission',
        'Lake Formation refused: a Lake Formation grant, not IAM, is missing'
      ],
      [
        'WD553',
        'lake-formation-credential-vending',
        'Lake Formation credential vending is off by default: enable application integration'
      ],
      [
        'WD554',
        'codebuild-source-download',
        "CodeBuild's service role cannot read its source artifact"
      ],
      [
        'WD540',
        'allow-already-granted',
        'The log says an Allow is already attached: look for a Deny, a boundary, an SCP or other credentials'
      ],
      [
        'WD541',
        'scp-stated',
        'The log says a service control policy blocks the call: no Allow overrides it'
      ],
      [
        'WD542',
        's3-public-access-settings',
        'A bucket policy or ACL write refused: Block Public Access or Object Ownership first'
      ],
      [
        'WD543',
        's3-public-access-block-reserved',
        "Changing a bucket's Block Public Access settings is often reserved to the account level"
      ],
      [
        'WD544',
        's3-third-party-download',
        "An unsigned download from another party's bucket: nothing in your account fixes it"
      ],
      [
        'WD555',
        'configure-credentials-no-source',
        "configure-aws-credentials loaded nothing: the job's id-token permission or empty secrets"
      ],
      [
        'WD556',
        'oidc-trust-said-correct',
        'OIDC refused although the trust policy is said to be right: the job permission and the claims presented'
      ],
      [
        'WD557',
        'exposed-key-quarantine',
        "The text speaks of an exposed key: AWS's quarantine policy denies whatever the Allow"
      ],
      [
        'WD558',
        'unresolved-template-variable',
        'The ARN holds an unsubstituted ${AWS::...} or CDK token: fix the template or code, not a policy'
      ],
      [
        'WD559',
        'ecr-login-region-mismatch',
        "Docker logged in to another Region's ECR registry: log in to the repository's Region"
      ],
      [
        'WD570',
        'public-bucket-no-sign-request',
        'A public bucket read without credentials: --no-sign-request, not credentials'
      ],
      [
        'WD571',
        'ci-runner-image-pull',
        "The CI runner pulls the job's image from ECR: the runner's credential helper, not the job"
      ],
      [
        'WD572',
        'oidc-subject-presented',
        'The log shows the OIDC sub presented: the trust condition must match it'
      ],
      [
        'WD573',
        'assume-role-trust-side',
        "A bare AssumeRole refusal: the target role's trust policy and the caller's policy both decide"
      ],
      [
        'WD574',
        'sqs-endpoint-without-queue',
        'SQS refused a call that named no queue: a queue-less action or an empty QueueUrl'
      ],
      [
        'WD588',
        'role-chaining-second-call',
        'A second configure-aws-credentials call: role-chaining: true and the second role trusting the first'
      ],
      [
        'WD589',
        'ecr-public-stale-login',
        'ECR Public refused a stale login: docker logout public.ecr.aws, or ecr-public get-login-password in us-east-1'
      ],
      [
        'WD590',
        'aws-owned-registry-login',
        'The image is in an AWS-owned ECR registry: log in to that registry (amazon-ecr-login registries:)'
      ],
      [
        'WD591',
        'oidc-audience-typo',
        'The OIDC audience the log shows is a misspelling of sts.amazonaws.com'
      ],
      [
        'WD592',
        'app-permission-set',
        'An application with a documented permission set was refused: grant the set, not one call'
      ],
      [
        'WD593',
        'amazon-q-subscription',
        'Amazon Q Developer refused the signed-in identity: its subscription and login, not IAM'
      ],
      [
        'WD594',
        'ecr-public-auth',
        'ECR Public: us-east-1 only, ecr-public:GetAuthorizationToken with sts:GetServiceBearerToken'
      ],
      [
        'WD598',
        's3-private-policy-write',
        "A framework's private bucket policy refused (Serverless' TLS-only Deny): s3:PutBucketPolicy, not Block Public Access"
      ],
      [
        'WD595',
        'unsigned-request-refused',
        'An unsigned (--no-sign-request) request refused: the bucket owner decides, no identity policy'
      ],
      [
        'WD902',
        'kubernetes-cloud-provider',
        "The Kubernetes AWS cloud provider's own role (control plane, CCM) lacks its documented actions"
      ],
      [
        'WD903',
        'kubernetes-controller-policy',
        "A Kubernetes controller's role lacks its published IAM policy (for its version)"
      ],
      [
        'WD904',
        'kubernetes-controller-irsa',
        "A Kubernetes controller's IRSA trust: the cluster's OIDC provider, its service account, sts.amazonaws.com"
      ],
      [
        'WD905',
        'eks-signing-identity',
        'kubectl refused by EKS though said to use the cluster creator: confirm the identity it signs with'
      ],
      [
        'WD575',
        'lambda-stale-kms-grant',
        "Lambda's KMS grant names a recreated execution role: re-save the role, no policy change"
      ],
      [
        'WD576',
        'lambda-kms-grant-or-key',
        "Lambda could not decrypt its environment: a stale grant (recreated role) or the key's policy"
      ],
      [
        'WD577',
        'nested-arn-in-resource',
        'The resource holds a second ARN where a name belongs: fix the value the job passes'
      ],
      [
        'WD560',
        's3-all-access-disabled',
        'S3 AllAccessDisabled: AWS disabled the bucket or the account, no policy fixes it'
      ],
      [
        'WD561',
        'sts-region-disabled',
        'STS is not activated in the Region: an account setting, not a policy'
      ],
      [
        'WD562',
        's3-archived-object',
        'S3 InvalidObjectState: the object is archived and must be restored, not allowed'
      ],
      [
        'WD563',
        's3-account-problem',
        'S3 AccountProblem: the account itself needs AWS Support, not a policy'
      ],
      [
        'WD568',
        's3-object-lock-protected',
        'S3 Object Lock refused a delete or overwrite: a legal hold or retention, lifted or waited out, not allowed'
      ],
      [
        'WD5032',
        'sso-oidc-sign-in-refused',
        "IAM Identity Center's OIDC service refused a sign-in (`Service: SsoOidc`): approve the sign-in again, check the user's assignment, no Allow"
      ],
      [
        'WD5031',
        'service-owned-resource',
        'A resource another AWS service owns (a service-linked Config rule, an `aws/` backup vault): leave it out of the clean-up, no Allow'
      ],
      [
        'WD5030',
        'feature-not-in-region',
        'A service refused a feature its Region does not offer (`… is not supported in REGION`): leave it out there, no Allow'
      ],
      [
        'WD5029',
        'inspector-member-self-disable',
        "Amazon Inspector refused a member account its own Disable: the delegated administrator turns its members' scanning on and off"
      ],
      [
        'WD5028',
        'account-resource-restricted',
        'AWS held the account itself back from a resource ("contact customer support"): AWS Support or a quota, not IAM'
      ],
      [
        'WD5027',
        'firehose-delivery-error',
        "Firehose's own delivery error code: the stream's delivery role lacks what the code names, or Firehose could not assume it"
      ],
      [
        'WD5026',
        'kafka-esm-cluster-authorization',
        "A Kafka cluster refused a Lambda event source mapping's poller: the function's execution role or the mapping's Kafka user needs the cluster's, topic's and group's permissions"
      ],
      [
        'WD5025',
        'lattice-auth-policy',
        "A VPC Lattice call refused by a service's or service network's auth policy: that policy allows the caller, beside its identity policy"
      ],
      [
        'WD5024',
        'kms-key-metadata-read',
        "A KMS key's settings read refused by the key's own policy: an AWS managed key is skipped, a customer managed key's policy is changed"
      ],
      [
        'WD5023',
        'assume-service-linked-role',
        'A service-linked role was the target of AssumeRole: only its service assumes it; create it if it is missing'
      ],
      [
        'WD5022',
        'sdk-load-config',
        'The JavaScript SDK v2 found no credentials and says why: AWS_SDK_LOAD_CONFIG=1 for a profile kept in ~/.aws/config'
      ],
      [
        'WD5021',
        'opensearch-anonymous',
        "An OpenSearch domain refused an unsigned request: sign it, or let the client's addresses in through the domain access policy"
      ],
      [
        'WD5020',
        'ssm-agent-role',
        "The SSM Agent refused one of its own calls: AmazonSSMManagedInstanceCore on the instance profile's role, not one action for one instance"
      ],
      [
        'WD5019',
        'lambda-runtime-credentials',
        "A key refused inside a Lambda function: explicit keys replaced the execution role's credentials"
      ],
      [
        'WD5018',
        'sns-topic-kms-publish',
        "A service's publish to an SNS topic refused by the topic's KMS key: a customer managed key whose policy allows the service"
      ],
      [
        'WD5017',
        'session-token-iam-call',
        'A GetSessionToken session without MFA called IAM, which refuses it as an unknown token: call IAM with the long-term keys, MFA or a role'
      ],
      [
        'WD5016',
        'cdk-context-lookup',
        "CDK synth refused a construct's context lookup: commit cdk.context.json, or let the job assume the lookup role"
      ],
      [
        'WD5014',
        'managed-policy-deny',
        'An AWS managed policy denies the action itself: detach it or act as another identity'
      ],
      [
        'WD5013',
        'cdk-construct-role',
        'The caller is a role a CDK construct made for its handler: the app or aws-cdk-lib changes, not the role CloudFormation rewrites'
      ],
      [
        'WD5012',
        'organizations-call-unnamed',
        "AWS Organizations' own refusal with no call named: which account the step ran in first, an identity policy only in the management account"
      ],
      [
        'WD5011',
        'vault-dynamic-user',
        "The caller is an IAM user Vault's AWS secrets engine created for one lease: the Vault role's policy gets the statement, never the user Vault deletes"
      ],
      [
        'WD5010',
        'budgets-payer-not-enabled',
        "AWS Budgets in a member account before the payer turned budgets on: the management account's setting, not the member's IAM"
      ],
      [
        'WD5009',
        's3-multipart-complete-kms',
        "Only a multipart upload's completion was refused: its parts passed as s3:PutObject, so the SSE-KMS key's kms:Decrypt (or a bucket policy's condition) is what is missing"
      ],
      [
        'WD5008',
        'credential-endpoint-unreachable',
        'A credentials provider never reached its AWS endpoint (DNS, a refused or timed-out connection): the network, not a key or a policy'
      ],
      [
        'WD5007',
        'ecs-task-on-instance-role',
        "A container fell back to its ECS container instance's role: the task's own role (taskRoleArn) gets the Allow, never the instance role every container shares"
      ],
      [
        'WD5006',
        'vmimport-service-role',
        "VM Import's service role is missing, does not trust vmie.amazonaws.com, lacks the bucket's and EC2's permissions, or may not be passed: checked in that order"
      ],
      [
        'WD5005',
        'ami-snapshot-not-shared',
        "EC2 may not read an image's EBS snapshots: their owner shares them (create-volume permission, the KMS key when encrypted), not an IAM statement"
      ],
      [
        'WD5004',
        'serverlessrepo-bucket-read',
        "The Serverless Application Repository may not read a publication's artifacts: the bucket's policy must allow serverlessrepo.amazonaws.com, not the publisher's role"
      ],
      [
        'WD5003',
        's3-post-policy-refused',
        'S3 refused a POST upload whose form fields do not match its signed POST policy (a condition, an extra field, an expired policy): the form or the signing changes, not IAM'
      ],
      [
        'WD564',
        'codeartifact-bearer-token',
        'A CodeArtifact token needs codeartifact:GetAuthorizationToken and sts:GetServiceBearerToken together'
      ],
      [
        'WD565',
        'codeartifact-repository-access',
        'CodeArtifact accepted the token but its maker may not read or publish in the repository'
      ],
      [
        'WD566',
        'codepipeline-action-role',
        "CodePipeline's role cannot assume an action's role: its policy and the action role's trust"
      ],
      [
        'WD567',
        'serverless-deployment-bucket',
        "Serverless relays S3's bare Access Denied: most often its deployment bucket"
      ],
      [
        'WD581',
        'copilot-artifact-bucket',
        "Copilot's upload to its artifact bucket refused: the app StackSet's bucket and key policies (copilot app upgrade)"
      ],
      [
        'WD582',
        'velero-object-store',
        "Velero's backup storage location refused: the AWS plugin's documented S3 permission set"
      ],
      [
        'WD596',
        'restic-repository',
        "restic refused on its repository's bucket: its documented S3 set, ListBucket first"
      ],
      [
        'WD920',
        'tool-config-switch',
        "A tool's own default made the refused call (rclone's bucket check, Litestream's Region lookup, an uploader's public-read ACL): its config switch before the grant"
      ],
      [
        'WD597',
        'gradle-s3-build-cache',
        "Gradle's S3 build cache could not store an entry: s3:PutObject, or push = false"
      ],
      [
        'WD583',
        'cloudformation-template-url',
        'CloudFormation could not read TemplateURL: the URL, then s3:GetObject for the caller'
      ],
      [
        'WD584',
        's3-copy-two-buckets',
        'A bucket-to-bucket copy: the source read and the destination write, both bucket policies across accounts'
      ],
      [
        'WD585',
        'terraform-backend-denied-too',
        "Beside a credentials failure, Terraform's S3 backend answered AccessDenied: its permission set too"
      ],
      [
        'WD906',
        'signature-client-signer',
        'A signature mismatch where the same keys work elsewhere or the StringToSign shows the bucket: the client signer, not the key pair'
      ],
      [
        'WD907',
        'credential-client-refresh',
        'Expired or unrecognised credentials a known program held: refresh or repair them in that program (aws-vault, SDKs, Vault)'
      ],
      [
        'WD908',
        'ses-sending-identity',
        'An SES send refused on a verified identity: the sender’s identity in Resource, or a recipient the SES sandbox checks too'
      ],
      [
        'WD909',
        'operation-not-determined',
        'The endpoint could not tell which operation was asked: wrong endpoint or HTTP method, no policy evaluated'
      ],
      [
        'WD912',
        'server-storage-backend',
        "A server relayed its S3 storage backend's refusal: the server's own credentials need its documented S3 set"
      ],
      [
        'WD916',
        'arn-partition-mismatch',
        'The resource ARN is in another partition than the caller: the ARN is wrong, no policy can allow it'
      ],
      [
        'WD917',
        's3-china-unauthorized-access',
        "S3 China's UnauthorizedAccess: the account's ICP recordal or the request's signing, not a policy"
      ],
      [
        'WD910',
        'cross-account-pass-role',
        'A role of another account handed to a service: no policy allows it, pass a role of the calling account'
      ],
      [
        'WD911',
        'cdk-bootstrap-resource',
        'A CDK bootstrap resource (staging bucket, container-assets repository, version parameter) refused or missing: the bootstrap and its roles before any grant'
      ],
      [
        'WD921',
        'service-network-role',
        "A service could not create its VPC network interface: the resource's own role (notebook, function) needs the ENI set"
      ],
      [
        'WD919',
        'owner-side-resource',
        "Another party's published resource (a Launch Stack sample, a vendor's layer): its owner's side first"
      ],
      [
        'WD918',
        'aws-mock-not-intercepting',
        "A test's AWS mock did not intercept the call: AWS refused the test's made-up key, the test's setup changes"
      ],
      [
        'WD922',
        'iam-propagation',
        'A call passing a role or instance profile refused on some runs only: IAM propagation, wait and retry (depends_on), no policy change'
      ],
      [
        'WD923',
        'glue-catalog-another-account',
        "Another account's Glue Data Catalog refused: its owner's resource policy (or your own catalog), not your policy"
      ],
      [
        'WD929',
        'registry-login-tool',
        'An image tool (kaniko, buildah, crane) not logged in to ECR: its own config or credential helper, not docker login'
      ],
      [
        'WD924',
        's3-write-only-policy',
        'Writes to the bucket work, reads or listings refused with the same credentials: a write-only policy, s3:ListBucket and s3:GetObject missing'
      ],
      [
        'WD927',
        'oidc-chosen-over-runner-credentials',
        'configure-aws-credentials took the OIDC path (id-token: write) on a runner meant to use its instance profile: role-chaining: true, not a new OIDC provider'
      ],
      [
        'WD937',
        'ecs-image-pull-refused',
        "ECS relayed docker's 'pull access denied … may require docker login' for a task's ECR image: the image first, then the task execution role and its way to ECR"
      ],
      [
        'WD936',
        'configure-credentials-profile-not-used',
        'configure-aws-credentials wrote the keys to its aws-profile, then assumed the role without them: drop aws-profile or split the step, not new credentials'
      ],
      [
        'WD928',
        'bedrock-cross-region-inference',
        'A Region-deny SCP refused Bedrock inference through a cross-Region inference profile: allow its destination Regions or use an in-Region model ID'
      ],
      [
        'WD939',
        'iam-refuses-credential-type',
        'InvalidClientTokenId from IAM alone after the same credentials created other resources: a credential type IAM refuses (Cloud9 managed, GetSessionToken without MFA), not a bad key'
      ],
      [
        'WD938',
        'cdk-exec-role-passed-by-caller',
        "A caller refused iam:PassRole on CDK's execution role: CDK could not assume its deploy role; sts:AssumeRole on that, never PassRole on an admin role"
      ],
      [
        'WD943',
        'sfn-managed-rule',
        "Step Functions refused a state machine whose role may not manage its .sync integration's EventBridge rule: the role's events:PutRule, PutTargets, DescribeRule (or IAM propagation)"
      ],
      [
        'WD942',
        'unnamed-invoker',
        'An invoke refused with no caller named: the identity policy for an IAM caller, the resource policy for a service caller'
      ],
      [
        'WD935',
        'lambda-code-source-bucket',
        "A function's code zip refused by a distribution bucket that is not yours (or by no bucket): the zip is missing or private there"
      ],
      [
        'WD940',
        'custom-resource-handler-role',
        "A CloudFormation custom resource's failure: its handler Lambda's execution role was refused, not the deployer; a HeadBucket 403 there may be a bucket name taken in another account"
      ],
      [
        'WD913',
        'cli-listing-first',
        "The AWS CLI's s3 command refused its first call, the bucket's listing: the sync or copy's next steps go with it"
      ],
      [
        'WD914',
        'allowed-elsewhere',
        'An action with no resource-level permissions refused for some targets while the log shows it working for others: no Allow, the cause is elsewhere'
      ],
      [
        'WD926',
        'another-party-bucket',
        "An S3 refusal on someone else's bucket (AWS's, a public dataset's, a Launch Stack sample's): the key or the owner's side, not an identity Allow"
      ],
      [
        'WD930',
        'create-on-missing',
        'CreateBucket refused from a client that creates the bucket only when it finds none (rclone, Zappa, a backup job): the name, Region and existence first, s3:CreateBucket the alternative'
      ],
      [
        'WD931',
        's3-client-documented-set',
        "A known S3 client (Loki's compactor and table manager) refused with a bare Access Denied: its documented S3 permission set, the bucket listed first"
      ],
      [
        'WD932',
        'misnamed-probe-refusal',
        "A tool's own check refused with HTTP 403 and reported as invalid credentials (Vector's aws_s3 health check): the check's action, such as s3:ListBucket, or its switch"
      ],
      [
        'WD941',
        'profile-role-arn-not-role',
        "A profile's role_arn names a user, group or the root: only roles can be assumed; the user's own keys, or a role's ARN"
      ],
      [
        'WD934',
        'presigned-url-expired',
        "An S3 403 for a pre-signed link S3 answered after the link's expiry: a fresh link from its issuer, no policy"
      ],
      [
        'WD933',
        'malformed-role-arn',
        'The role ARN an assume asked for is malformed (no partition, a Region, sts for iam, no account): correct the setting that holds it, no policy'
      ],
      [
        'WD579',
        'location-api-key',
        "Amazon Location refused a call made with an API key: the key's restrictions, not IAM"
      ],
      [
        'WD578',
        'management-account-billing',
        "A member account refused billing data its organization keeps in the management account (Cost Explorer's cost allocation tags): call it there, no Allow"
      ],
      [
        'WD900',
        'shared-resource-owner',
        'A participant refused an operation on a resource another account shares through AWS RAM: only its owner makes that change, no Allow of yours'
      ],
      [
        'WD901',
        'service-setup-required',
        'A service that is not set up in the account and Region refused its API (Audit Manager): complete its setup, no policy'
      ],
      [
        'WD999',
        'account-not-allowed',
        'A service refused the account itself (`The account id … is not allowed to access the resources`): a feature not offered to the account or in the Region, no Allow'
      ],
      [
        'WD998',
        'sns-subscription-owner',
        "SNS's `Not authorized to access this subscription`: only the account that owns a subscription reads or changes it, no Allow of yours"
      ],
      [
        'WD996',
        'cognito-trigger-permission',
        "A Cognito user pool may not invoke its Lambda trigger: the function's resource-based policy for cognito-idp.amazonaws.com (add-permission), which only the console adds"
      ],
      [
        'WD995',
        'lambda-image-permission',
        "Lambda may not pull a container-image function's image: the ECR repository's policy for lambda.amazonaws.com (and the function's account across accounts), or an image a lifecycle rule removed"
      ],
      [
        'WD994',
        'organizations-trusted-access',
        "A call across the organization refused until the management account enables the service's trusted access (enable-aws-service-access), not an IAM policy"
      ],
      [
        'WD993',
        'config-rule-lambda-permission',
        "AWS Config may not invoke a custom rule's Lambda function: the function's resource-based policy for config.amazonaws.com (add-permission)"
      ],
      [
        'WD992',
        'identity-center-no-access',
        "IAM Identity Center's portal refused a role's credentials: the user's account assignment of that permission set, not an IAM policy"
      ],
      [
        'WD991',
        'apigateway-authorizer-deny',
        "API Gateway refused a request from the policy its Lambda authorizer returned: the token sent, the authorizer's decision or its cached policy, not IAM"
      ],
      [
        'WD990',
        'dms-vpc-role',
        'DMS could not use its own dms-vpc-role: the role by that name, trusting dms.amazonaws.com, with AmazonDMSVPCManagementRole attached, created before the subnet group'
      ],
      [
        'WD989',
        'sdk-sts-module-missing',
        'The Java SDK found a profile that assumes a role, or a web identity token, but was built without its STS module: add the module, no policy'
      ],
      [
        'WD988',
        'wrong-key-setting',
        "A key setting the log shows misspelled (AWS_SECERT_ACCESS_KEY) or set to an unset value's word (undefined): the program signed without the key meant"
      ],
      [
        'WD986',
        'apigateway-lambda-permission',
        "API Gateway may not invoke the integration's Lambda function: the function's resource policy for apigateway.amazonaws.com (add-permission), or the integration's credentials role"
      ],
      [
        'WD987',
        'pipes-execution-role',
        "EventBridge Pipes refused a pipe whose execution role may not call its source or target: the role's policy, attached before the pipe is created"
      ],
      [
        'WD985',
        'snapshot-repository-verify',
        'Elasticsearch or OpenSearch checking a snapshot repository with a test upload: the writes, or a read-only repository registered with verify=false'
      ],
      [
        'WD954',
        'tool-update-check',
        "An S3 refusal a tool's own update check printed: its vendor's bucket answered, no policy of yours decides it"
      ],
      [
        'WD953',
        'redshift-iam-role',
        "Redshift refused a database user the IAM role of a COPY or UNLOAD: the role's association with the cluster and its trust policy decide, not the user's IAM policies"
      ],
      [
        'WD952',
        'pod-role-broker',
        "kube2iam or kiam refused the AssumeRole of a pod's annotated role: the node's (kiam: the server's) role assumes it by design, so the pod role's trust policy and that role's identity policy decide"
      ],
      [
        'WD915',
        'pod-on-node-role',
        "A pod's call refused as the Kubernetes node's instance role: the pod fell back to the node's credentials, give it its own role (IRSA, Pod Identity)"
      ],
      [
        'WD955',
        's3-access-point-network-origin',
        "An S3 access point's explicit deny in a resource-based policy: a VPC network origin refusing a request from outside its VPC, before any Deny statement"
      ],
      [
        'WD966',
        'logs-kms-key-policy',
        "CloudWatch Logs refused a log group's KMS key: the key policy admits logs.REGION.amazonaws.com for that log group, nothing of the caller's"
      ],
      [
        'WD951',
        'checked-next',
        'A call checked again a step later against other actions and resources (BatchGetSecretValue then GetSecretValue per secret, a SecureString then kms:Decrypt)'
      ],
      [
        'WD950',
        'ecs-execution-role-pull',
        "ECS's registry token refused to a task execution role: the image pull needs BatchGetImage and GetDownloadUrlForLayer next (AmazonECSTaskExecutionRolePolicy)"
      ],
      [
        'WD949',
        'relayed-kms-refusal',
        "A service relayed KMS refusing the caller's use of the key that encrypts its data (DynamoDB, Kinesis): kms:Decrypt or kms:GenerateDataKey on that key, in IAM and the key policy"
      ],
      [
        'WD948',
        'unset-name-in-arn',
        "The resource's name is an unset value (undefined, null, None) or empty: the configuration or code that supplies it, no policy"
      ],
      [
        'WD947',
        'service-role-refused',
        "A service says its own role may not act on a resource (AWS Backup): that role's policy, the service's managed policy for it, and its trust; not the caller"
      ],
      [
        'WD946',
        'lakeformation-grantor-glue',
        "Lake Formation refused a grant for the grantor's missing Glue Data Catalog permissions: glue:Get* on the catalog, database and table, not lakeformation:GrantPermissions"
      ],
      [
        'WD945',
        'cognito-role-forbidden',
        "Cognito Identity refused the role a pool was handed: the role's ARN, the caller's iam:PassRole on it and its trust of the pool, not an Allow of the call"
      ],
      [
        'WD944',
        'logs-destination-policy',
        "A subscription filter refused on a CloudWatch Logs destination: the destination's access policy, in its owner's account, admits the sending account"
      ],
      [
        'WD969',
        'codebuild-connection',
        "CodeBuild refused a project's source connection (CodeConnections): the project's service role needs UseConnection on it, and the connection must be AVAILABLE"
      ],
      [
        'WD970',
        'securityhub-import',
        'Security Hub refused BatchImportFindings: a product integration not enabled in the Region, a finding of another account or Security Hub not enabled answer the same as a missing Allow'
      ],
      [
        'WD971',
        'service-linked-caller',
        "The caller is a service-linked role: AWS owns its policy and IAM refuses edits, so the service's setup, a guardrail or AWS Support comes first, and no statement is proposed"
      ],
      [
        'WD972',
        'lambda-layer-share',
        "Another account's Lambda layer: its publisher shares a version for lambda:GetLayerVersion alone (a layer-version permission, never a function policy), so the version's existence in the Region comes first and other actions cannot be allowed"
      ],
      [
        'WD973',
        'copilot-environment-role',
        "sts:AssumeRole refused on AWS Copilot's environment role: Copilot owns its trust policy, so the role's existence and the caller's own Allow come first, never a hand edit of the trust"
      ],
      [
        'WD974',
        'terraform-state-not-saved',
        'Terraform applied, then could not save its state: pushing the errored.tfstate it kept comes before any new apply or any fix of the refusal'
      ],
      [
        'WD975',
        'ssm-session-plugin',
        'ssm:TerminateSession refused: the AWS CLI ends the session it just opened when session-manager-plugin is missing, so the plugin is checked before the grant'
      ],
      [
        'WD977',
        'connect-generic-deny',
        'Amazon Connect answered `connect:*` on `*` with an explicit deny: its generic answer to a request naming an instance or resource it cannot match, checked before any policy'
      ],
      [
        'WD978',
        'cdk-pipeline-project-role',
        "The CDK CLI in a CodeBuild project (CDK Pipelines' self-mutation, or one running `cdk deploy`) refused CloudFormation as the project's own role: the CLI did not use the bootstrap's deploy role, so the app's synthesis and the bootstrap are the fix, not a grant"
      ],
      [
        'WD979',
        'sam-artifact-bucket',
        "SAM CLI's package step refused putting an artifact: the deployment bucket's account and Region first, then its objects (content-hashed names), never one key"
      ],
      [
        'WD980',
        'snowflake-storage-integration',
        "Snowflake could not assume a storage integration's role: the role's trust policy against `DESC INTEGRATION`'s user ARN and external ID, no grant to the caller"
      ],
      [
        'WD981',
        'resource-in-other-region',
        "The refused ARN is one the log names in another Region: the call went to the client's Region, so the Region is set before any policy"
      ],
      [
        'WD984',
        'aws-academy-lab',
        "A refusal in an AWS Academy lab (its key pair, shell or roles named in the log): the lab's policies are AWS Academy's and cannot change from inside it, so no statement; stay within what the lab allows"
      ],
      [
        'WD983',
        'own-permissions-edit',
        'A user or role refused an IAM call that changes its own permissions (its inline or attached policies, boundary, group or trust): no Allow, since that grant lets it grant itself anything; an administrator attaches the policy'
      ],
      [
        'WD982',
        'amplify-service-role',
        "A refusal in an Amplify Hosting build's backend step (`amplifyPush`): the app's service role and its use of the backend's deployment bucket first"
      ],
      [
        'WD976',
        'bare-http-403',
        'An HTTP client printed only a 403 from an AWS endpoint: the response body, which names the code, and the signing identity come before the Allow, since signature and credentials refusals answer 403 too'
      ],
      [
        'WD968',
        'resolved-later',
        "Terraform's provider refused the credentials, then planned further down the same log: the failing run had other credentials; compare the runs before rotating a key"
      ],
      [
        'WD599',
        'lambda-role-check',
        "Lambda checked the function's execution role when the function was created or updated and named the call it lacks (tracing, an event source, a dead-letter queue): the function's role, not the deployer's"
      ],
      [
        'WD5001',
        'aws-managed-key',
        "A KMS refusal on an AWS managed key (`aws/acm`, `alias/aws/ebs`): its key policy is AWS's and cannot be edited, so no statement is drafted; skip such keys or use a customer managed key"
      ],
      [
        'WD5002',
        's3-listbucket-names-missing-key',
        'S3 named s3:ListBucket under a call for one object: it checks the listing only for a key that does not exist, so the key comes first'
      ],
      [
        'WD587',
        'autoscaling-launch-template',
        "Auto Scaling's `You are not authorized to use launch template`: its own call was allowed, the caller's ec2:RunInstances from the template (with the instance profile's iam:PassRole and launch tags) was not"
      ],
      [
        'WD586',
        'kms-key-policy-decides',
        'A KMS refusal of a caller whose own side already allows it (an administrator role AWS creates), or whose key policy the writer says lacks the action: the key policy is the document to change'
      ],
      [
        'WD580',
        'ram-shared-subnet',
        "A launch refused where the writer says the subnets are shared from another account through AWS RAM: the subnet's ARN names its owner's account, not the caller's"
      ],
      [
        'WD569',
        'local-emulator-credentials',
        'A credentials failure of a client pointed at a local emulator (DynamoDB Local, ElasticMQ, LocalStack): static test keys and the endpoint, not AWS credentials or a policy'
      ],
      [
        'WD500',
        'service-caller-by-name',
        "A service refused by its product name (`AWS Firehose is not authorized…`): it acted as its service principal, so the target's resource policy admits it, not an identity policy"
      ],
      [
        'WD997',
        'delivery-destination-policy',
        "A service checked the destination it delivers to (an access-log or trail bucket, a trail's KMS key or log role, a build project's VPC): that bucket policy, key policy or service role, not the deployer"
      ],
      [
        'WD967',
        'sfn-log-delivery',
        'Step Functions refused a state machine\'s log destination: its execution role needs CloudWatch Logs\' log-delivery actions on "*", not the deployer'
      ],
      [
        'WD965',
        'person-to-automation-role',
        "A person's Identity Center session assuming a role named for automation: whether a person should assume it at all, before trusting the permission set"
      ],
      [
        'WD964',
        'cdk-assets-repository-missing',
        "CDK's bootstrap container-assets repository not found: bootstrap the environment, expand the variable in its name, or recreate it when deleted outside CloudFormation"
      ],
      [
        'WD963',
        'role-assumer-trust',
        "A service's role unable to assume another named role (Control Tower's StackSet role and AWSControlTowerExecution): the second role's trust policy, or its absence"
      ],
      [
        'WD962',
        'secretsmanager-rotation-invoke',
        "Secrets Manager could not invoke the rotation function: the function's resource policy must admit secretsmanager.amazonaws.com"
      ],
      [
        'WD961',
        'mlflow-artifact-proxy-bypassed',
        "An MLflow client meant to use the tracking server's artifact proxy, with an experiment whose artifact location is s3://: the client writes to S3 itself, so the location is the fix"
      ],
      [
        'WD960',
        'web-identity-env-unused',
        'No credentials found although the environment sets AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN: the client does not read them; session keys from configure-aws-credentials or a newer client'
      ],
      [
        'WD959',
        'named-profile-unread',
        'No credentials found while the command names its profile (AWS_PROFILE, --profile): that profile first, and AWS_SDK_LOAD_CONFIG for role profiles in older SDKs'
      ],
      [
        'WD958',
        'terraform-remote-run',
        "A credentials failure in a run on HCP Terraform or Terraform Enterprise: the workspace's own credentials (dynamic provider credentials or its variables), not the machine's"
      ],
      [
        'WD957',
        'appsync-data-source-role',
        "AppSync's `Unable to assume role`: the data source role's trust policy must let appsync.amazonaws.com assume it, or the role is gone"
      ],
      [
        'WD956',
        'route53-zone-not-owned',
        "Route 53's action-less `not authorized to access this resource`: a hosted zone ID outside the caller's account (another account's, an alias target's AWS-owned zone), checked before any Allow"
      ]
    ] as const
  ).map(([id, name, summary]) => [name, rule(id, name, summary)])
)

// Every OIDC cause has its rule: the compiler checks the table is complete.
const CAUSE_RULES: Record<OidcCause, RuleInfo> = {
  'no-id-token-permission': rule(
    'WD601',
    'oidc-no-id-token-permission',
    'OIDC: the job has no ID token (id-token: write missing)'
  ),
  'fork-pull-request': rule(
    'WD602',
    'oidc-fork-pull-request',
    'OIDC: pull requests from forks get no ID token'
  ),
  'no-oidc-provider': rule(
    'WD603',
    'oidc-no-oidc-provider',
    'OIDC: the account has no GitHub OIDC identity provider'
  ),
  audience: rule(
    'WD604',
    'oidc-audience',
    'OIDC: the token audience is not the one the provider expects'
  ),
  thumbprint: rule('WD605', 'oidc-thumbprint', 'OIDC: the provider thumbprint does not match'),
  'invalid-role-arn': rule(
    'WD606',
    'oidc-invalid-role-arn',
    'OIDC: the role ARN is not a valid role ARN'
  ),
  'session-duration': rule(
    'WD607',
    'oidc-session-duration',
    "OIDC: the session duration exceeds the role's maximum"
  ),
  'clock-skew': rule(
    'WD608',
    'oidc-clock-skew',
    'OIDC: the token is not yet valid or expired (clock skew)'
  ),
  'trust-policy-mismatch': rule(
    'WD609',
    'oidc-trust-policy-mismatch',
    "OIDC: the trust policy's conditions reject this job's token"
  ),
  assumable: rule('WD610', 'oidc-assumable', 'OIDC: the role can be assumed now'),
  unknown: rule('WD611', 'oidc-unknown', 'OIDC: STS refused for a reason not recognised')
}

/** All rules, in id order (SARIF lists them in tool.driver.rules). */
export function allRules(): RuleInfo[] {
  return [
    ...Object.values(RULES),
    ...Object.values(TRAP_RULES),
    ...Object.values(CAUSE_RULES)
  ].sort(byRuleId) // by number (WD899 before WD5001): no locale collation (ICU data)
}

/** The traps and OIDC cause that also apply to a finding, as rules. */
export function relatedRules(finding: { traps?: readonly string[]; cause?: string }): RuleInfo[] {
  const related = (finding.traps ?? []).map((t) => trapRule(t))
  if (finding.cause) related.push(causeRule(finding.cause))
  return related.filter((r): r is RuleInfo => r !== undefined)
}

/**
 * A grammar's rule, from the id and grammar name a finding carries (the report cannot see the
 * grammar table; `grammarRules` in src/parse/grammars lists them all for the CLI).
 */
export function grammarRule(f: { grammar: string; grammarRule?: string }): RuleInfo | undefined {
  if (!f.grammarRule) return undefined
  return rule(f.grammarRule, f.grammar, grammarSummary(f.grammar))
}

export function grammarSummary(grammar: string): string {
  return `Recognised by the ${grammar} message grammar`
}

/** The rule of a trap id; undefined when it has none (a test forbids that). */
export function trapRule(trapId: string): RuleInfo | undefined {
  return Object.hasOwn(TRAP_RULES, trapId) ? TRAP_RULES[trapId] : undefined
}

export function causeRule(cause: string): RuleInfo | undefined {
  return Object.hasOwn(CAUSE_RULES, cause) ? CAUSE_RULES[cause as OidcCause] : undefined
}

/** Where the rules are documented (docs/rules.md, generated from these tables). */
export const RULES_DOC_URL = 'https://github.com/whydenied/whydenied/blob/main/docs/rules.md'

export function ruleFor(finding: Pick<Finding, 'kind' | 'layer' | 'deny'>): RuleInfo {
  if (finding.kind === 'encoded') return RULES.WD200
  if (finding.kind === 'credentials') return RULES.WD300
  if (finding.kind === 'not-found') return RULES.WD400
  if (finding.layer) return RULES[BY_LAYER[finding.layer]]
  if (finding.deny === 'explicit') return RULES.WD108
  return RULES.WD109
}

/**
 * Rules in id order: `WD` and three or four digits, by number (length, then code units), with no
 * `localeCompare`, whose first call loaded ICU's collator: ~3 MiB and ~5 ms for a sort.
 */
export function byRuleId(a: RuleInfo, b: RuleInfo): number {
  // `WD` and digits: the shorter number first (WD899 before WD7000), then code-unit order.
  const byLength = a.id.length - b.id.length
  return byLength !== 0 ? byLength : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The docs/rules.md anchor of a rule (an explicit `<a id>` there). */
export function ruleAnchor(rule: RuleInfo): string {
  return `#${rule.id.toLowerCase()}-${rule.name}`
}

export function ruleUrl(rule: RuleInfo): string {
  return RULES_DOC_URL + ruleAnchor(rule)
}
