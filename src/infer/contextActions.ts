// The action a denial most likely concerns when the message names neither an action nor an
// operation, but the tool's own words around it say what it was doing (`Error uploading object
// to S3 bucket`, `error creating Lambda Function`, Karpenter's `creating fleet`). One rule per
// tool phrasing; each answers only when the denial's service is unknown or its own.
import type { LogContext } from '../model/Inferred.js'
import { TERRAGRUNT_BARE } from './stateBackend.js'
import {
  phraseAction,
  shapePhraseAction,
  terraformProgressAction,
  type PhraseValue
} from './operationPhrases.js'
import { advisedGrantAction } from './advisedGrant.js'
import { callNameAction } from './callNames.js'
import { scriptSyncAction } from './scriptSync.js'
import { cloudTrailNamedAction } from './cloudTrailNamed.js'
import { ATHENA } from '../model/athena.js'
import { s3RestCallAction } from './s3RestCall.js'
import { steampipeTableAction } from './steampipeTable.js'

const ECR_HOST = '[\\w*<>-]{1,40}\\.dkr\\.ecr\\.[a-z0-9*-]{1,30}\\.amazonaws\\.com(?:\\.cn)?'

/** A manifest GET or HEAD to a private ECR registry refused with 403 (not 401: the token was sent). */
export const ECR_MANIFEST_REFUSED = new RegExp(
  `\\bpulling from host ${ECR_HOST} failed with status code \\[manifests [^\\]\\n]{1,128}\\]: 403 Forbidden|\\bhttps:\\/\\/${ECR_HOST}\\/v2\\/[^\\s]{1,300}\\/manifests\\/[^\\s:]{1,128}:?\\s{1,3}(?:unexpected status code )?403 Forbidden`
)

/** docker push's layer lines, then the empty-body refusal within three lines (see ecr-push-layers). */
export const ECR_PUSH_LAYERS =
  /^[0-9a-f]{12}: (?:Preparing|Waiting|Pushing|Image push failed)\b[^\n]*\n(?:[^\n]*\n){0,2}?[^\n]*\b(?:error parsing HTTP 403 response body|Error parsing HTTP response): unexpected end of JSON input\b/m

/**
 * A registry client's refused request to an ECR host: its method, then the path under
 * `/v2/REPOSITORY/` (containerd's and BuildKit's `unexpected status from METHOD request to URL:
 * 403 Forbidden`, go-containerregistry's `METHOD URL: unexpected status code 403 Forbidden`).
 */
function ECR_REGISTRY_403(method: string, path: string): RegExp {
  const url = String.raw`https:\/\/[\w*.-]{1,80}\.dkr\.ecr\.[\w.-]{1,40}\/v2\/[^\s:]{1,256}?\/${path}`
  return new RegExp(
    String.raw`\bunexpected status from ${method} request to ${url}: 403 Forbidden|\b${method} ${url}: unexpected status code 403 Forbidden`
  )
}

export interface ContextAction {
  id: string
  /** The service the phrase belongs to: a denial of another service is not its business. */
  service: string
  /** A service whose own words these are besides (Secrets Manager relaying KMS's refusal). */
  alsoService?: string
  action: string
  re: RegExp
  /** Where the value came from, in words (shown next to the inferred action). */
  from: string
  /**
   * Only a hint for an encoded message (which never gets an Allow before decoding): the phrase
   * names the resource, not the call that failed (a provider reads many things around it).
   */
  encodedOnly?: boolean
  /**
   * Only for a denial the log already ties to the rule's service: the phrase is the tool's for
   * every backend it has (BOSH blobstores are S3, DAV or GCS), so the words alone name none.
   */
  needsService?: boolean
  /**
   * Also when the scanner remembered a call of this service up to TARGET_LINES above (a client's
   * frame in a long traceback, src/parse/requestTarget.ts): farther up than the lines read here.
   */
  announced?: string
  /**
   * Also needed: the service's own name anywhere around the denial (before, on or after its
   * line), or a name of it the scanner remembered up to TARGET_LINES above (`announced`).
   */
  evidence?: { re: RegExp; announced?: string }
}

export const CONTEXT_ACTIONS: ContextAction[] = [
  {
    // Harbor replicating to ECR: its adapter's prepare step creates the target repositories before
    // the push (`failed to do the prepare work for pushing/uploading resources`, goharbor/harbor
    // #13268, #14069; heldout21 review h21-063, h21-068).
    id: 'harbor-ecr-prepare',
    service: 'ecr',
    action: 'ecr:CreateRepository',
    re: /\bfailed to do the prepare work for pushing\/uploading resources\b/,
    from: "Harbor's replication to ECR, whose prepare step creates the target repository"
  },
  {
    // CodeBuild using a project's source connection as the project's service role (aws/aws-cdk
    // #31726; codebuild-connection, WD969): the prefix follows the connection ARN's.
    id: 'codebuild-use-connection',
    service: 'codebuild',
    action: 'codeconnections:UseConnection',
    re: /\bAccess denied to connection arn:[\w-]{1,20}:codeconnections:/,
    from: "CodeBuild's use of the project's source connection"
  },
  {
    id: 'codebuild-use-codestar-connection',
    service: 'codebuild',
    action: 'codestar-connections:UseConnection',
    re: /\bAccess denied to connection arn:[\w-]{1,20}:codestar-connections:/,
    from: "CodeBuild's use of the project's source connection"
  },
  {
    // Terraform's `data "aws_availability_zones"` (`Error fetching Availability Zones:
    // UnauthorizedOperation`, encoredev/encore#1 in the unseen-logs check u28-001).
    id: 'terraform-fetch-availability-zones',
    service: 'ec2',
    action: 'ec2:DescribeAvailabilityZones',
    re: /\b(?:Error fetching|reading|listing) Availability Zones\b/i,
    from: "Terraform's availability-zones data source (`fetching Availability Zones`)"
  },
  {
    // Terraform's AWS provider removing a new security group's default egress rule (`Error
    // revoking default egress rule for Security Group (sg-…)`, heldout19 review h19-012).
    id: 'terraform-revoke-default-egress',
    service: 'ec2',
    action: 'ec2:RevokeSecurityGroupEgress',
    re: /\bError revoking default egress rule for Security Group\b/,
    from: "Terraform's removal of the security group's default egress rule"
  },
  {
    // ClickHouse's S3 table function or engine reading (`…</Error>: While executing S3.`, the
    // processor that reads the objects; heldout19 review h19-041).
    id: 'clickhouse-s3-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bWhile executing S3(?:Source)?\b/,
    from: "ClickHouse's S3 source reading the objects (`While executing S3`)"
  },
  {
    // Cluster API Provider AWS looking up the machine's AMI (`failed to find ami: "ami-…"`,
    // heldout19 review h19-042).
    id: 'capa-find-ami',
    service: 'ec2',
    action: 'ec2:DescribeImages',
    re: /\bfailed to find ami\b/i,
    from: "the controller's AMI lookup (`failed to find ami`)"
  },
  {
    // The EBS CSI driver choosing a zone for a claim with no topology before it creates anything
    // (`Could not create volume "pvc-…": failed to get availability zone UnauthorizedOperation`,
    // heldout60 review h60-016, kubernetes-sigs/aws-ebs-csi-driver 0.5.0's example policy).
    id: 'ebs-csi-availability-zone',
    service: 'ec2',
    action: 'ec2:DescribeAvailabilityZones',
    re: /\bfailed to get availability zone\b/i,
    from: 'the EBS CSI driver choosing a zone for the volume (`failed to get availability zone`)'
  },
  {
    // A dynamic volume for a PersistentVolumeClaim (the EBS CSI driver, the in-tree provisioner:
    // `failed to provision volume with StorageClass "gp2"`, heldout19 review h19-020, h19-062):
    // EC2 creates the volume for the controller's role.
    id: 'ebs-provision-volume',
    service: 'ec2',
    action: 'ec2:CreateVolume',
    re: /\bfailed to provision volume with StorageClass\b/i,
    from: 'the volume provisioner creating an EBS volume for the claim'
  },
  {
    // ECS's awslogs driver creating the task's log stream before the container starts
    // (`ResourceInitializationError: failed to validate logger args: … failed to create Cloudwatch
    // log stream: AccessDeniedException`, heldout18 review h18-047): the task execution role's call.
    id: 'ecs-awslogs-create-stream',
    service: 'logs',
    action: 'logs:CreateLogStream',
    re: /\bfailed to create Cloudwatch log stream\b/i,
    from: "ECS's awslogs driver creating the task's log stream (the task execution role)"
  },
  {
    // ECS's agent reading a task's `secrets` before the container starts (`ResourceInitializationError:
    // unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve
    // secrets from ssm: … AccessDeniedException`, a Copilot service, aws/copilot-cli#3240): the task
    // execution role's GetParameters, in one call for all of them.
    id: 'ecs-secrets-ssm',
    service: 'ssm',
    action: 'ssm:GetParameters',
    re: /\bunable to retrieve secrets? from ssm\b/i,
    from: "ECS reading the task's secrets from Parameter Store (the task execution role; a SecureString under a customer managed key needs kms:Decrypt too)"
  },
  {
    // The same for Secrets Manager (`unable to retrieve secret from asm`).
    id: 'ecs-secrets-asm',
    service: 'secretsmanager',
    action: 'secretsmanager:GetSecretValue',
    re: /\bunable to retrieve secrets? from asm\b/i,
    from: "ECS reading the task's secrets from Secrets Manager (the task execution role; a customer managed key needs kms:Decrypt too)"
  },
  {
    // containers/image (skopeo, podman) reading a repository's tags, ECR's `ecr:ListImages`
    // (heldout18 review h18-048; `skopeo inspect --no-tags` skips it).
    id: 'registry-tags-list',
    service: 'ecr',
    action: 'ecr:ListImages',
    re: /\bwhen fetching tags list\b/,
    from: "skopeo's tags list of the repository (`--no-tags` skips it)"
  },
  {
    // A tool announcing its upload's key, then the JavaScript SDK's S3 refusal (Webiny's `Creating
    // archive … and uploading to 'KEY'`, heldout28 h28-039): only where the log ties the refusal to S3.
    id: 'uploading-to-key',
    service: 's3',
    action: 's3:PutObject',
    re: /\buploading to '[^'\n]{1,300}'/,
    needsService: true,
    from: "the tool's words for the upload just above"
  },
  {
    // Secrets Manager answers `Access to KMS is not allowed` when the caller may not use the
    // secret's KMS key: storing a value (CreateSecret, PutSecretValue, UpdateSecret, a
    // CloudFormation AWS::SecretsManager::Secret) asks KMS for a data key...
    id: 'secretsmanager-kms-write',
    service: 'kms',
    alsoService: 'secretsmanager',
    action: 'kms:GenerateDataKey',
    re: /\b(?:CreateSecret|PutSecretValue|UpdateSecret|AWS::SecretsManager::Secret)\b[^\n]{0,200}\bAccess to KMS is not allowed\b/,
    from: 'Secrets Manager storing a secret value under its KMS key (a new data key)'
  },
  {
    // ...and reading one (GetSecretValue, an operator syncing it, a rotation function) decrypts
    // the secret's data key with it.
    id: 'secretsmanager-kms-read',
    service: 'kms',
    alsoService: 'secretsmanager',
    action: 'kms:Decrypt',
    re: /\bAccess to KMS is not allowed\b/,
    from: "Secrets Manager's `Access to KMS is not allowed` (reading a secret decrypts it with the secret's KMS key)"
  },
  {
    // DuckDB's httpfs reading a file by its URL (read_parquet, dbt-duckdb's external sources):
    // `Unable to connect to URL "s3://BUCKET/KEY": 403 (Forbidden)`, `HTTP GET error on
    // 's3://…' (HTTP 403)`. A GET or HEAD of an object is authorised as s3:GetObject (heldout15
    // review h15-057: dbt-duckdb#14).
    id: 'duckdb-httpfs-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bUnable to connect to URL "s3:\/\/[^"\s]+": 403\b|\bHTTP (?:GET|HEAD) error on '(?:s3|https?):\/\/[^'\s]+' \(HTTP 403\)/,
    from: "DuckDB's httpfs read of the URL (a GET or HEAD of the object)"
  },
  {
    // Athena Query Federation connectors write blocks too big for the Lambda response to the
    // spill location (S3BlockSpiller's `write`); Athena then reads them back.
    id: 'athena-connector-spill',
    service: 's3',
    action: 's3:PutObject',
    re: /\bS3BlockSpiller\b[^\n]*\bwrit(?:e|ing)\b/,
    from: "the Athena connector's spill write (S3BlockSpiller)"
  },
  {
    // The Kubernetes cluster-autoscaler's AWS provider listing the instance types at start
    // (`aws_cloud_provider.go:369] Failed to generate AWS EC2 Instance Types`, kubernetes/
    // autoscaler#4625): DescribeInstanceTypes, which has no resource type (Resource "*").
    id: 'cluster-autoscaler-instance-types',
    service: 'ec2',
    action: 'ec2:DescribeInstanceTypes',
    re: /\bFailed to generate AWS EC2 Instance Types\b/,
    from: "cluster-autoscaler's `Failed to generate AWS EC2 Instance Types`"
  },
  {
    // Pulumi and Terraform's S3 object resources, s3-deploy's `Upload error`, Jets' asset
    // uploader (`assets/upload.rb`), the JS SDK's managed upload.
    id: 's3-object-upload',
    service: 's3',
    action: 's3:PutObject',
    // gatsby-plugin-s3's `Upload failure for object chunk-map.json` (gatsby-uc/gatsby-plugin-s3#38).
    re: /\bError uploading object to S3 bucket\b|^Upload error: |\/assets\/upload\.rb:|\bManagedUpload\b|\bActiveStorage::[\w:]*(?:Upload|Analyze)\w*|\bUpload failure for object\b/m,
    from: 'the upload the log names'
  },
  {
    // An uploader's own words with S3's message on the same line: an application's `upload
    // exception = Access Denied`, the Android transfer utility's `Failed to upload: 6 due to
    // Access Denied`, `Error uploading $IMAGE to S3: Access Denied`.
    id: 's3-object-upload-words',
    service: 's3',
    action: 's3:PutObject',
    // Also `Unable to upload: AccessDenied: Access Denied` (brave/https-everywhere-builder#16), and
    // a longer phrase that names S3 (`Uploading of the new distribution to S3 failed: AccessDenied`,
    // the runner-binaries syncer Lambda; the unseen-logs check u32-010), and an object's whole
    // `s3://` URL between (`error uploading "s3://BUCKET/binaries/…/kops.sha256": AccessDenied`,
    // kubernetes/k8s.io#4913).
    re: /\bupload(?:ing)?\b[^\n]{0,12}?\b(?:exception|error|failed)\b[^\n]{0,80}?\bAccess ?Denied\b|\b(?:failed to|error|unable to|could not|couldn't|cannot) upload(?:ing)?\b[^\n]{0,400}?\bAccess ?Denied\b|\bupload(?:ing)?\b[^\n]{0,80}?\bto S3\b[^\n]{0,12}?\b(?:failed|error)\b[^\n]{0,80}?\bAccess ?Denied\b/i,
    from: 'the upload the log names'
  },
  {
    id: 's3-object-download-words',
    service: 's3',
    action: 's3:GetObject',
    re: /\bdownload(?:ing)?\b[^\n]{0,12}?\b(?:exception|error|failed)\b[^\n]{0,80}?\bAccess ?Denied\b|\b(?:failed to|error) download(?:ing)?\b[^\n]{0,80}?\bAccess ?Denied\b/i,
    from: 'the download the log names'
  },
  {
    // Rails deletes the blob's object when a record goes (ActiveStorage::PurgeJob).
    id: 's3-object-purge',
    service: 's3',
    action: 's3:DeleteObject',
    re: /\bActiveStorage::Purge\w*Job\b/,
    from: 'ActiveStorage::PurgeJob (deletes the object)'
  },
  {
    // Rails serving a variant or blob: the redirect controller reads (and presigns) the object.
    id: 's3-activestorage-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bactive_storage\/(?:representations|blobs)\/(?:redirect|proxy)#show\b/,
    from: 'the ActiveStorage redirect that reads the object'
  },
  {
    // OpenDAL (sccache's storage layer) names the operation that failed: `at read => S3Error`.
    id: 's3-opendal-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bat (?:read|stat)\b[^\n]{0,80}=> S3Error\b/,
    from: "OpenDAL's `at read` on S3"
  },
  {
    id: 's3-opendal-write',
    service: 's3',
    action: 's3:PutObject',
    re: /\bat write\b[^\n]{0,80}=> S3Error\b/,
    from: "OpenDAL's `at write` on S3"
  },
  {
    // BOSH fetching a release blob from its blobstore (an S3 bucket, whose host id the 403 carries).
    id: 's3-bosh-blob-download',
    service: 's3',
    action: 's3:GetObject',
    re: /\bGetting blob from inner blobstore\b|\bBlob download '[^'\n]+'[^\n]* failed\b/,
    from: "BOSH's blob download from the blobstore bucket",
    needsService: true
  },
  {
    // The Terraform AWS provider's older wording for aws_s3_bucket_acl.
    id: 's3-terraform-bucket-acl',
    service: 's3',
    action: 's3:PutBucketAcl',
    re: /\berror (?:creating|updating|putting) S3 bucket ACL\b/i,
    from: "Terraform's `creating S3 bucket ACL`"
  },
  {
    // aws_s3_bucket_public_access_block: `error creating public access block policy for S3 bucket`.
    id: 's3-terraform-public-access-block',
    service: 's3',
    action: 's3:PutBucketPublicAccessBlock',
    re: /\berror (?:creating|updating|putting) (?:S3 bucket )?public access block\b/i,
    from: "Terraform's `creating public access block`"
  },
  {
    // aws_s3_bucket_policy in provider 2.x/3.x: `Error putting S3 policy: AccessDenied`.
    id: 's3-terraform-bucket-policy',
    service: 's3',
    action: 's3:PutBucketPolicy',
    re: /\berror (?:putting|creating|updating) S3 (?:bucket )?policy\b/i,
    from: "Terraform's `putting S3 policy`"
  },
  {
    // A service reading the object the caller named for it (Elastic Beanstalk's source bundle).
    id: 's3-bucket-key-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bAccess Denied: S3Bucket=[^,\s]+,\s*S3Key=/,
    from: 'the S3Bucket/S3Key object the service read'
  },
  {
    // Pulumi's S3 state backend reading its checkpoint.
    id: 's3-pulumi-checkpoint',
    service: 's3',
    action: 's3:GetObject',
    re: /\bfailed to load checkpoint: blob \(key /,
    from: "Pulumi's checkpoint read"
  },
  {
    // Pulumi's self-managed S3 backend writes a lock object before it creates or updates a stack.
    id: 's3-pulumi-lock',
    service: 's3',
    action: 's3:PutObject',
    re: /\b(?:could not create stack|failed to acquire lock|error (?:acquiring|creating) (?:the )?lock)\b[^\n]*\bblob \(key "\.pulumi\/locks\//i,
    from: "Pulumi's lock object write"
  },
  {
    id: 'terraform-lambda-create',
    service: 'lambda',
    action: 'lambda:CreateFunction',
    re: /\berror creating Lambda Function\b/i,
    from: "Terraform's `creating Lambda Function`"
  },
  {
    id: 'cloudformation-create-stack',
    service: 'cloudformation',
    action: 'cloudformation:CreateStack',
    re: /\bFailed to create the CloudFormation stack\b/,
    from: 'the failed CloudFormation stack creation'
  },
  {
    // Packer's AMI data source and builders.
    id: 'packer-query-ami',
    service: 'ec2',
    action: 'ec2:DescribeImages',
    re: /\bError querying AMI\b/,
    from: "Packer's AMI query"
  },
  {
    id: 'aws-nuke-list-instances',
    service: 'ec2',
    action: 'ec2:DescribeInstances',
    re: /\bListing EC2Instance failed\b/,
    from: "aws-nuke's EC2Instance listing"
  },
  {
    // Terraform's old list format names the resource first: `* aws_instance.web: ...`.
    id: 'terraform-aws-instance',
    service: 'ec2',
    action: 'ec2:RunInstances',
    re: /(?:^|[\s*│|])aws_instance\.[\w-]+(?:\[[^\]\s]+\])?[:,]/m,
    from: 'the Terraform aws_instance resource',
    encodedOnly: true
  },
  {
    id: 'terraform-launch-instance',
    service: 'ec2',
    action: 'ec2:RunInstances',
    re: /\bError launching source instance\b/,
    from: "Terraform's `launching source instance`"
  },
  {
    // Excon (fog-aws, GitLab's object storage) names the status it expected: S3 answers 204 only to
    // a delete, so `Expected(204) <=> Actual(403 Forbidden)` is a refused DeleteObject (heldout16
    // review h16-103: GitLab removing its temporary direct-upload object).
    id: 'excon-expected-204',
    service: 's3',
    action: 's3:DeleteObject',
    re: /\bExpected\(204\) <=> Actual\(403\b/,
    from: 'Excon expecting 204, the status S3 answers only to a delete'
  },
  {
    // Vault's AWS auth method resolving a bound role to its unique ID (`failed updating the
    // unique ID of ARN "arn:aws:iam::…:role/…"`, hashicorp/vault#2852): an iam:GetRole by Vault's
    // own AWS credentials.
    id: 'vault-role-unique-id',
    service: 'iam',
    action: 'iam:GetRole',
    re: /\bfailed updating the unique ID of ARN "arn:[\w-]+:iam::[^"\s]*:role\//,
    from: "Vault's look-up of the bound role's unique ID (its own AWS credentials read the role)"
  },
  {
    // ClickHouse's table function writing to S3 (`INSERT INTO FUNCTION s3('https://…', …)`): each
    // insert uploads an object (heldout15 review h15-052).
    id: 'clickhouse-s3-insert',
    service: 's3',
    action: 's3:PutObject',
    re: /\bINSERT\s+INTO\s+(?:TABLE\s+)?FUNCTION\s+s3(?:Cluster)?\s*\(/i,
    from: "ClickHouse's `INSERT INTO FUNCTION s3(…)` (an upload)"
  },
  {
    // ClickHouse reading through its S3 source: an input format's rows come from an object's GET
    // (`While executing CSVRowInputFormat: While executing S3.`, heldout15 review h15-055).
    id: 'clickhouse-s3-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bWhile executing \w{1,40}InputFormat: While executing S3(?:Source)?\b/,
    from: "ClickHouse's S3 source reading rows (`While executing …InputFormat: While executing S3`)"
  },
  {
    // `with fleet error(s)`: CreateFleet itself answered, and its per-launch errors came back. An
    // instant fleet launches with RunInstances' authorization (its image, subnet, key, the
    // instance profile passed, tags), and that is what UnauthorizedOperation refused there
    // (heldout15 review h15-096).
    id: 'karpenter-fleet-launch',
    service: 'ec2',
    action: 'ec2:RunInstances',
    re: /\bwith fleet error\(s\)/,
    from: "the launch Karpenter's fleet made (`with fleet error(s)`: CreateFleet answered, a launch was refused)"
  },
  {
    // Karpenter launches nodes with one CreateFleet call.
    id: 'karpenter-create-fleet',
    service: 'ec2',
    action: 'ec2:CreateFleet',
    re: /\bcreating fleet\b/,
    from: "Karpenter's fleet request"
  },
  {
    // Terraform's aws_spot_fleet_request and tools built on it (npk): the fleet request itself.
    id: 'ec2-spot-fleet-request',
    service: 'ec2',
    action: 'ec2:RequestSpotFleet',
    re: /\b(?:Error requesting|Failed to request) spot fleet\b/i,
    from: 'the spot fleet request the log names'
  },
  // Terraform's S3 backend names the step that failed, the code on its line or the next (0.12+
  // prints `Error: Error loading state:` above an indented `AccessDenied`). Each step is one call.
  {
    // init lists the bucket's `env:/` workspaces first; a backend migration inspects them too.
    id: 'terraform-s3-backend-workspaces',
    service: 's3',
    action: 's3:ListBucket',
    re: /\b(?:Failed to get existing workspaces|Error inspecting states in the "s3" backend):?\s*(?:AccessDenied|Forbidden)\b/,
    from: "Terraform's S3 backend listing the bucket's workspaces"
  },
  {
    // The older wrapper of init's backend set-up, whose first S3 call is that same listing.
    id: 'terraform-s3-backend-configure',
    service: 's3',
    action: 's3:ListBucket',
    re: /\bError configuring the backend "s3":\s*(?:AccessDenied|Forbidden)\b/,
    from: "Terraform's S3 backend set-up in init (its first S3 call lists the bucket's workspaces)"
  },
  {
    // Loading a workspace's state lists the bucket's workspaces first (the backend's StateMgr calls
    // Workspaces, a ListObjects, before it reads the object): the first refusal is the listing's
    // (heldout23's unseen-logs review, u25-001, u25-004; hashicorp/terraform#18053).
    id: 'terraform-s3-backend-state-load',
    service: 's3',
    action: 's3:ListBucket',
    // Terraform 1.x's state commands say `Failed to load state:` around the same StateMgr
    // (gruntwork-io/terragrunt#1976, u29-007).
    re: /\b(?:Error loading (?:the )?state|Failed to load state):?\s*(?:AccessDenied|Forbidden)\b/i,
    from: "Terraform's S3 backend loading the state (it lists the bucket's workspaces, then reads the object)"
  },
  {
    // plan's refresh and terraform_remote_state read the state object.
    id: 'terraform-s3-backend-state-read',
    service: 's3',
    action: 's3:GetObject',
    // Terraform 0.8 and older: `Error reloading remote state` (`terraform remote config`).
    re: /\b(?:Error (?:refreshing|reading) (?:the )?state|error accessing remote state|Error reloading remote state):?\s*(?:AccessDenied|Forbidden)\b/i,
    from: "Terraform's S3 backend reading the state"
  },
  {
    id: 'terraform-s3-backend-state-write',
    service: 's3',
    action: 's3:PutObject',
    re: /\bFailed to (?:save|persist) state\b[^\n]{0,80}?:?\s*(?:AccessDenied|Forbidden)\b/,
    from: "Terraform's S3 backend writing the state"
  },
  // Terragrunt prepares the backend before Terraform runs: its own words come after Terraform's
  // (a Terraform step printed on the denial's line names the call better).
  {
    // The retrying create of the state bucket it did not find (or could not see).
    id: 'terragrunt-s3-bucket-create',
    service: 's3',
    action: 's3:CreateBucket',
    re: /\bCreate S3 bucket (?:with retry )?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9] returned an error:?\s*(?:AccessDenied|Forbidden)\b/,
    from: 'Terragrunt creating the state bucket'
  },
  {
    // Its first call checks that the bucket exists (HeadBucket, authorised as s3:ListBucket).
    id: 'terragrunt-s3-remote-state-init',
    service: 's3',
    action: 's3:ListBucket',
    re: /\bInitializing remote state for the s3 backend\b/,
    from: 'Terragrunt checking the state bucket (`Initializing remote state for the s3 backend`)'
  },
  {
    // A bare refusal on Terragrunt's own log line: its first call on the state bucket checks it
    // exists (HeadBucket, authorised as s3:ListBucket); its reads of the bucket's settings follow
    // as companions (src/infer/companions.ts).
    id: 'terragrunt-s3-state-bucket-check',
    service: 's3',
    action: 's3:ListBucket',
    re: TERRAGRUNT_BARE,
    from: "Terragrunt checking the state bucket before Terraform runs (S3's bare refusal on Terragrunt's own log line)"
  },
  {
    // terragrunt creating its remote-state bucket (it retries: `Create S3 bucket with retry NAME`).
    id: 'terragrunt-create-state-bucket',
    service: 's3',
    action: 's3:CreateBucket',
    re: /\bCreate S3 bucket (?:with retry )?\S+ returned an error\b/,
    from: "terragrunt's `Create S3 bucket … returned an error` (it creates the remote-state bucket)"
  },
  {
    // Last: a text that only says Athena ran the query. Athena reads the table's data with the
    // caller's credentials; what else it needs comes as companions (src/infer/companions.ts).
    id: 'athena-query',
    service: 's3',
    action: 's3:GetObject',
    re: ATHENA,
    announced: 'athena',
    from: "the Athena query the text names (with the caller's credentials Athena reads the table's data and writes the query-results location: where those are two buckets, give each its own statements)"
  },
  {
    // A registry client's request to ECR refused with 403, its path on the line (BuildKit's
    // `unexpected status from HEAD request to https://….dkr.ecr.…/v2/NAME/blobs/sha256:…: 403
    // Forbidden`, h33-003): ECR authorises each registry path as one of its calls. A blob's HEAD
    // is BatchCheckLayerAvailability (a push's first probe; ecrPush.ts tells push from pull), an
    // upload's POST InitiateLayerUpload, a manifest's PUT PutImage (its read, BatchGetImage, has the
    // rule of its own below).
    id: 'ecr-registry-blob-head',
    service: 'ecr',
    action: 'ecr:BatchCheckLayerAvailability',
    re: ECR_REGISTRY_403('HEAD', 'blobs/sha256:[0-9a-f]{6,64}'),
    from: 'a registry HEAD of a layer blob on ECR (ECR checks it as BatchCheckLayerAvailability)'
  },
  {
    id: 'ecr-registry-upload',
    service: 'ecr',
    action: 'ecr:InitiateLayerUpload',
    re: ECR_REGISTRY_403('POST', 'blobs/uploads/?'),
    from: 'a registry POST starting a layer upload to ECR (ECR checks it as InitiateLayerUpload)'
  },
  {
    id: 'ecr-registry-manifest-put',
    service: 'ecr',
    action: 'ecr:PutImage',
    re: ECR_REGISTRY_403('PUT', 'manifests/[\\w.:-]{1,128}'),
    from: 'a registry PUT of an image manifest to ECR (ECR checks it as PutImage)'
  },
  {
    // A registry client's manifest request to a private ECR registry answered 403: the client got
    // a token (a missing or stale one answers 401 or `no basic auth credentials`), so the image
    // read itself was refused: a manifest is read with BatchGetImage (ECR's pull policy). Flux,
    // Helm and containerd print `pulling from host HOST failed with status code [manifests TAG]`
    // (fluxcd/source-controller#1011); ECR Public (`public.ecr.aws`) is another service.
    id: 'ecr-manifest-read',
    service: 'ecr',
    action: 'ecr:BatchGetImage',
    re: ECR_MANIFEST_REFUSED,
    // An expired token (ECR's last 12 hours) is answered 403 too, and a HEAD carries no body to
    // tell them apart (heldout14 review, h14-125): the note says to log in again first.
    from: 'the registry client reading the image manifest from ECR (403 after authenticating: a manifest is read with BatchGetImage; a login token older than 12 hours, the life of an ECR token, is refused with the same 403, so run `aws ecr get-login-password` and `docker login` again before changing a policy)'
  },
  {
    // Terraform writing its state to the S3 backend: `Error saving state to "s3://B/K":` names the
    // object (heldout14 review, h14-095); `Failed to save state` alone may be another backend's.
    id: 'terraform-state-save-s3',
    service: 's3',
    action: 's3:PutObject',
    re: /\bError saving state to "s3:\/\//,
    from: 'Terraform writing its state to the S3 backend (`Error saving state to "s3://…"`)'
  },
  {
    id: 'terraform-state-save',
    service: 's3',
    action: 's3:PutObject',
    re: /\bError saving state\b|\bFailed to save state\b/,
    from: 'Terraform writing its state to the backend (`Error saving state`)',
    needsService: true
  },
  {
    // `data.terraform_remote_state.X: error loading the remote state`: reading another
    // configuration's state object from its S3 backend (heldout14 review, h14-010).
    id: 'terraform-remote-state-read',
    service: 's3',
    action: 's3:GetObject',
    re: /\bterraform_remote_state\.[\w-]{1,100}\b[^\n]{0,200}?\berror loading the remote state\b/,
    from: "Terraform's `terraform_remote_state` data source reading another configuration's state object",
    needsService: true
  },
  {
    // Karpenter lists its launch templates at start-up (heldout14 review, h14-068).
    id: 'karpenter-launch-template-cache',
    service: 'ec2',
    action: 'ec2:DescribeLaunchTemplates',
    re: /\bUnable to hydrate the AWS launch template cache\b/,
    from: "Karpenter's launch template cache (it lists its launch templates at start-up)"
  },
  {
    // The EKS credential plugin (aws-iam-authenticator, `aws eks get-token`) prints `could not get
    // token`; its only AWS call is assuming the role the kubeconfig names (`-r`, `--role-arn`):
    // the token itself is a presigned GetCallerIdentity, sent to no one (heldout14 review, h14-082).
    id: 'eks-token-assume-role',
    service: 'sts',
    action: 'sts:AssumeRole',
    re: /\bcould not get token: AccessDenied\b/,
    from: "the EKS credential plugin assuming the kubeconfig's role (`could not get token`)"
  },
  {
    // docker push's layer lines (`4832fdfc801b: Waiting`, old Docker's `Image push failed`) right
    // above the empty-body 403 docker prints for ECR (aws/aws-dotnet-deploy#474, moby/moby#19010):
    // the push's layer calls were refused after login worked (a token problem answers 401). The
    // push needs its whole set (ECR's push policy); the registry must be ECR by name somewhere.
    id: 'ecr-push-layers',
    service: 'ecr',
    action: 'ecr:InitiateLayerUpload',
    re: ECR_PUSH_LAYERS,
    evidence: {
      re: new RegExp(
        `${ECR_HOST}|\\b(?:BatchCheckLayerAvailability|InitiateLayerUpload|UploadLayerPart|CompleteLayerUpload)\\b|\\bAmazon ECR\\b`
      ),
      announced: 'ecr'
    },
    from: "docker push refused while sending its layers to ECR (a push needs ECR's whole push set: BatchCheckLayerAvailability, InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload, PutImage)"
  },
  {
    // YACE's own lister for API Gateway (yace-tagged-lister, WD849) reads the REST APIs with API
    // Gateway's `GET /restapis`, authorised as apigateway:GET on that path; on the refusal's line.
    id: 'yace-apigateway-lister',
    service: 'apigateway',
    action: 'apigateway:GET',
    re: /\btagsInterface\.get: apigateway: getTaggedApiGateway: [^\n]*$/,
    from: "YACE's API Gateway lister (getTaggedApiGateway lists the REST APIs: GET /restapis)"
  },
  {
    // YACE's discovery for a Region (yace-describe-resources, WD850) is the Resource Groups
    // Tagging API's GetResources, which IAM checks on "*"; on the refusal's line.
    id: 'yace-tagging-api',
    service: 'tag',
    action: 'tag:GetResources',
    re: /\bCouldn't describe resources for region [a-z0-9-]{4,30}: [^\n]*$/,
    from: "YACE's resource discovery through the Resource Groups Tagging API (tag:GetResources)"
  },
  {
    // Tools whose refused call on S3 is a listing of the bucket (heldout22 review): Salt's S3
    // fileserver refreshing its bucket cache (`'Access Denied' response for bucket 'NAME'`,
    // h22-034), s3fs-fuse's check at mount (`CheckBucket(…): Check bucket failed`, a GET of the
    // bucket, h22-051), Backstage's S3 entity provider listing the catalog's objects (h22-050).
    id: 's3-tool-lists-bucket',
    service: 's3',
    action: 's3:ListBucket',
    re: /' response for bucket '|\bCheckBucket\(\d{1,6}\): Check bucket failed\b|\bclass=AwsS3EntityProvider\b/,
    from: "the tool's listing of the bucket (Salt's S3 fileserver, s3fs-fuse's bucket check, Backstage's S3 provider)"
  },
  {
    // A tool looking up the bucket's Region before it uploads (`Error determining region for bucket
    // NAME: … Access Denied`, heldout24 review 1, h24-021): GetBucketLocation.
    id: 's3-bucket-region-lookup',
    service: 's3',
    action: 's3:GetBucketLocation',
    re: /\bError determining region for bucket [a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\b/,
    from: "the tool's look-up of the bucket's Region (GetBucketLocation)"
  },
  {
    // The Terraform AWS provider (and Pulumi's bridge of it) reading a VPC's EC2-Classic link
    // attribute (`error reading EC2 VPC (…) ClassicLinkEnabled: UnauthorizedOperation`, webiny/
    // webiny-js#2953 in the unseen-logs check): DescribeVpcClassicLink, a call provider versions
    // after EC2-Classic's retirement no longer make.
    id: 'terraform-vpc-classiclink-read',
    service: 'ec2',
    action: 'ec2:DescribeVpcClassicLink',
    re: /\breading EC2 VPC\b[^\n]{0,80}\bClassicLink(?:Enabled|DnsSupport)\b/,
    from: "the Terraform provider's read of the VPC's ClassicLink attribute (upgrading the provider drops this call)"
  },
  {
    // The Terraform AWS provider refreshing a target group (`aws_alb_target_group.x: Error retrieving
    // Target Group: AccessDenied…`, heldout22 review h22-045).
    id: 'terraform-target-group-read',
    service: 'elasticloadbalancing',
    action: 'elasticloadbalancing:DescribeTargetGroups',
    re: /\bError retrieving Target Group\b/,
    from: "the Terraform provider's read of the target group"
  },
  {
    id: 'cloudformation-layer-version',
    service: 'lambda',
    action: 'lambda:PublishLayerVersion',
    re: /\bAWS::Lambda::LayerVersion\b/,
    from: 'the AWS::Lambda::LayerVersion resource'
  }
]

/** Lines above the denial's that still belong to its error (an event row, a thread's header). */
const ABOVE = 3
/** Lines below it a wrapping error's own words may stand on (after the status line). */
const BELOW = 2

function evidenceShown(e: NonNullable<ContextAction['evidence']>, ctx: LogContext): boolean {
  if (e.announced && ctx.announced?.some((a) => a.service === e.announced)) return true
  return e.re.test(`${ctx.before}\n${ctx.line}\n${ctx.after}`)
}

/** The first rule whose phrase the denial's line (or the lines just above) shows, for `service`. */
export function contextAction(
  ctx: LogContext,
  service: string | null,
  encoded: boolean,
  hint: string | null = null
): PhraseValue | null {
  // The request the failing line printed names its call exactly: before any phrase around it.
  const request = encoded ? null : s3RestCallAction(ctx, service)
  if (request) return request
  const text = `${ctx.before.split('\n').slice(-ABOVE).join('\n')}\n${ctx.line}`
  // The tool's own advice names the one call it made (Greengrass: `a policy granting s3:GetObject`).
  const advised = advisedGrantAction(`${text}\n${ctx.after.split('\n', 1)[0] ?? ''}`, service)
  if (advised) return advised
  for (const rule of CONTEXT_ACTIONS) {
    const theirs = rule.service === service || rule.alsoService === service
    if ((service !== null && !theirs) || (rule.encodedOnly && !encoded)) continue
    if (rule.needsService && service === null) continue
    const announced = rule.announced && ctx.announced?.some((a) => a.service === rule.announced)
    if (rule.evidence && !evidenceShown(rule.evidence, ctx)) continue
    if (rule.re.test(text) || announced) {
      return { value: rule.action, from: rule.from }
    }
  }
  // The phrase names what was changed, which an encoded message's hidden check may not be: only
  // Terraform's progress line, which names the resource type being created, and the SDK call in
  // the stack (boto 2's `in authorize_security_group`, heldout15 review h15-101) stand as hints.
  if (encoded) return terraformProgressAction(text, service) ?? callNameAction(ctx, service, hint)
  return (
    steampipeTableAction(text, service) ??
    callNameAction(ctx, service, hint) ??
    scriptSyncAction(ctx, service) ??
    cloudTrailNamedAction(ctx, service) ??
    phraseAction(text, service) ??
    // A Go error printed with its stack (`%+v`) puts the cause first, the tool's words below it:
    // WAL-G's `AccessDenied: Access Denied`, then `failed to list s3 folder: '…'` (wal-g/wal-g#1402).
    shapePhraseAction('failed-to-verb', ctx.after.split('\n').slice(0, BELOW).join('\n'), service)
  )
}
