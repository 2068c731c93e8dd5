// Actions the failing command needs besides the refused one, from what the command line and the
// log say: `aws s3 sync` lists the bucket, `--delete` deletes, SSE-KMS needs the key.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { isObjectAction } from './s3Arn.js'
import { ECR_MANIFEST_REFUSED, ECR_PUSH_LAYERS } from './contextActions.js'
import { joinedContext } from './joinedContext.js'
import { TERRAGRUNT_BOOTSTRAP } from '../model/terraformBackend.js'
import { stateBackendOf } from './stateBackend.js'
import { ATHENA, ATHENA_QUERY_SIDES, SPILL_ACTIONS, SPILLER } from '../model/athena.js'
import { lambdaPassRoleOf } from './lambdaRole.js'
import { instanceProfileLaunchOf, launchWithRoleOf } from './instanceProfileLaunch.js'
import { rotationKeyOf } from './secretRotation.js'
import { s3TransferOf, s3TransferSteps } from './s3Transfer.js'
import { scriptSyncCompanions } from './scriptSync.js'
import { cfnIamEntityStepsOf } from './cfnIamEntity.js'
import { terraformReadBackOf } from './terraformReadBack.js'
import { taggedCreateOf } from './taggedCreate.js'
import { sessionManagerCompanionsOf } from './sessionManager.js'
import { REPOSITORY_VERIFICATION } from './contextSignals.js'

const KMS_KEY = /\barn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]{36}\b/
const KMS_SAID =
  /\baws:kms\b|--sse-kms-key-id\b|\bSSE-KMS\b|\bkms:(?:Decrypt|GenerateDataKey)\b|\bKMS key\b/i

/** Deploy plugins whose uploads set a public-read ACL by default (their option `acl`). */
const ACL_DEPLOY_PLUGIN = /\bgatsby-plugin-s3\b|\bvue-cli-plugin-s3-deploy\b/

// Terraform's S3 backend reads and writes the state key, lists the bucket, and with use_lockfile
// creates and deletes `<key>.tflock`: a key named so, or the backend's words around, says so.
const STATE_KEY = /\.tf(?:state|lock)$/i
const LOCK_KEY = /\.tflock$/i

function backendOf(x: InferInput): string | null {
  if (STATE_KEY.test(x.d.resource ?? '')) return 'Terraform S3 backend'
  return stateBackendOf(x.ctx)?.value ?? null
}

interface BackendStep {
  action: string
  on: 'bucket' | 'object'
  from: string
  /** Only for these object ARNs (default: any). */
  when?: (objectArn: string) => boolean
}

const TERRAFORM_FROM =
  "Terraform's S3 backend (it lists the bucket, reads, writes and, with use_lockfile, deletes its keys)"

// The backend's calls on every run (Terraform's S3 backend documentation, "S3 Bucket Permissions").
const TERRAFORM_STEPS: BackendStep[] = [
  { action: 's3:ListBucket', on: 'bucket', from: "Terraform's S3 backend (it lists the bucket)" },
  { action: 's3:GetObject', on: 'object', from: TERRAFORM_FROM },
  { action: 's3:PutObject', on: 'object', from: TERRAFORM_FROM },
  { action: 's3:DeleteObject', on: 'object', from: TERRAFORM_FROM, when: (o) => LOCK_KEY.test(o) }
]

const BOOTSTRAP_FROM =
  "Terragrunt's bootstrap of the state bucket (it creates the bucket, then turns on versioning and encryption, blocks public access and sets its TLS-only policy and tags)"

// Terragrunt checks the bucket (exists? versioned?) and, when it creates it, configures it: one
// call each (gruntwork-io/terragrunt#1312 found s3:GetBucketVersioning missing).
const TERRAGRUNT_STEPS: BackendStep[] = [
  {
    action: 's3:ListBucket',
    on: 'bucket',
    from: "Terragrunt's check that the state bucket exists"
  },
  {
    action: 's3:GetBucketVersioning',
    on: 'bucket',
    from: "Terragrunt's check of the state bucket's versioning"
  },
  // Since v0.37 it compares the bucket's settings with remote_state's config and updates them
  // unless `disable_bucket_update = true` (v0.37.0 release notes; Terragrunt's AWS auth page
  // lists these reads in its minimal policy).
  ...['s3:GetEncryptionConfiguration', 's3:GetBucketPublicAccessBlock', 's3:GetBucketPolicy'].map(
    (action): BackendStep => ({
      action,
      on: 'bucket',
      from: "Terragrunt's check of the state bucket's settings (encryption, public access block, TLS-only policy) against remote_state's config"
    })
  ),
  ...[
    's3:PutBucketVersioning',
    's3:PutEncryptionConfiguration',
    's3:PutBucketPublicAccessBlock',
    's3:PutBucketPolicy',
    's3:PutBucketTagging'
  ].map((action): BackendStep => ({ action, on: 'bucket', from: BOOTSTRAP_FROM }))
]

const TERRAFORM_STATE_ACTIONS = new Set(TERRAFORM_STEPS.map((s) => s.action.toLowerCase()))

/**
 * The backend's other calls beside the refused one. The set is drafted even when the log names
 * neither bucket nor key (placeholders then): granting the one refused call fails the next run.
 */
function backendCompanionsOf(
  x: InferInput,
  bucket: string | null,
  object: string | null
): CompanionNeed[] {
  const backend = backendOf(x)
  const action = x.action?.toLowerCase() ?? ''
  if (!backend || !action.startsWith('s3:')) return []
  const terragrunt = backend === TERRAGRUNT_BOOTSTRAP
  // Terragrunt's creation of the bucket goes on to configure it; its check needs only the reads.
  const steps = terragrunt
    ? TERRAGRUNT_STEPS.filter((s) => action === 's3:createbucket' || !s.action.startsWith('s3:Put'))
    : TERRAFORM_STATE_ACTIONS.has(action)
      ? TERRAFORM_STEPS
      : []
  const out: CompanionNeed[] = []
  for (const step of steps) {
    if (step.action.toLowerCase() === action) continue
    const resource = step.on === 'bucket' ? bucket : object
    if (step.when && !(resource && step.when(resource))) continue
    out.push({ action: step.action, resource, from: step.from })
  }
  return out
}

interface CompanionRule {
  applies(x: InferInput, cmd: string): boolean
  need(x: InferInput, bucketArn: string, objectArn: string, cmd: string): CompanionNeed
  /** Only for these object ARNs (default: any). */
  when?: (objectArn: string) => boolean
}

// A sync between two buckets; one between a folder and a bucket is s3TransferCompanionsOf's.
const RULES: CompanionRule[] = [
  {
    applies: (x, cmd) =>
      /\baws\s+s3\s+sync\b/.test(cmd) &&
      x.action?.toLowerCase() !== 's3:listbucket' &&
      !s3TransferOf(x.ctx),
    need: (_x, bucket) => ({
      action: 's3:ListBucket',
      resource: bucket,
      from: 'aws s3 sync in the command (it lists the bucket to compare)'
    })
  },
  {
    applies: (x, cmd) =>
      /\baws\s+s3\s+sync\b[^\n]*\s--delete\b/.test(cmd) &&
      x.action?.toLowerCase() !== 's3:deleteobject' &&
      !s3TransferOf(x.ctx),
    need: (_x, _b, object) => ({
      action: 's3:DeleteObject',
      resource: object,
      from: '--delete in the command'
    })
  },
  {
    // `--acl public-read` sends each object's ACL with its upload: S3 checks s3:PutObjectAcl too
    // (S3 User Guide, "Access control list (ACL) overview": x-amz-acl on PutObject) (h28-035).
    applies: (x, cmd) =>
      // The step's command, or a shell trace of it above the refusal (`+ bash -c 'aws s3 sync …'`).
      /\baws\s+s3\s+(?:sync|cp|mv)\b[^\n]*\s--acl[= ]\S/.test(`${cmd}\n${x.ctx.before}`) &&
      x.action?.toLowerCase() !== 's3:putobjectacl',
    need: (_x, _b, object) => ({
      action: 's3:PutObjectAcl',
      resource: object,
      from: '--acl in the command (each upload sets its object ACL, which S3 checks as s3:PutObjectAcl; whatever the policy, a public ACL is refused where Block Public Access blocks public ACLs, and any ACL where Object Ownership is "bucket owner enforced")'
    })
  },
  {
    applies: (x, cmd) =>
      isObjectAction(x.action) && KMS_SAID.test(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`),
    need: (x, _b, _o, cmd) => ({
      action: /^s3:(?:Put|CreateMultipart|UploadPart|Copy)/i.test(x.action ?? '')
        ? 'kms:GenerateDataKey'
        : 'kms:Decrypt',
      resource: KMS_KEY.exec(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`)?.[0] ?? null,
      from: 'SSE-KMS named in the log'
    })
  }
]

/**
 * Actions a call always needs beside the refused one, whatever the log shows: a CodeArtifact token
 * is a service bearer token STS issues, so `aws codeartifact login` / GetAuthorizationToken also
 * needs sts:GetServiceBearerToken (IAM user guide, "Service bearer tokens"; Resource "*", limited
 * by sts:AWSServiceName in src/remedy/specialConditions.ts).
 */
/** An EC2 action EFS asks of the caller for a mount target's network interface. */
function efsEni(action: string, call: string): CompanionNeed {
  return {
    action,
    resource: null,
    from: `EFS's ${call} acts on the mount target's network interface with the caller's own EC2 permissions (the EFS API Reference)`
  }
}

const ALWAYS_WITH: Record<string, CompanionNeed[]> = {
  'codeartifact:getauthorizationtoken': [
    {
      action: 'sts:GetServiceBearerToken',
      resource: null,
      from: 'a CodeArtifact authorization token is a bearer token STS issues for the call'
    }
  ],
  // Calls that hand a role to a service in the same request (its ARN is rarely printed: a
  // placeholder; iam:PassedToService follows from the call, src/remedy/specialConditions.ts).
  // The EC2 User Guide's "Spot Fleet permissions" policy for users: the fleet launches (and tags)
  // its instances with the requester's ec2:RunInstances and ec2:CreateTags (heldout15 review
  // h15-020: RequestSpotFleet alone is refused again).
  'ec2:requestspotfleet': [
    {
      action: 'iam:PassRole',
      resource: null,
      from: "the Spot Fleet request hands over its IamFleetRole (and any instance profile's role)"
    },
    {
      action: 'ec2:RunInstances',
      resource: null,
      from: "Spot Fleet launches its instances with the requester's ec2:RunInstances on the image, subnet, security groups and key pair of each launch specification (the EC2 User Guide's Spot Fleet permissions)"
    },
    // Tags in the request go on the request and on its instances, the only two types it tags.
    ...['spot-fleet-request', 'instance'].map((type) => ({
      action: 'ec2:CreateTags',
      resource: `arn:aws:ec2:<REGION>:<ACCOUNT_ID>:${type}/*`,
      from: "Spot Fleet tags the request and the instances it launches (TagSpecifications) with the requester's ec2:CreateTags (the EC2 User Guide's Spot Fleet permissions)"
    }))
  ],
  // EFS checks the mount target's network interface with the caller's own EC2 permissions (the
  // EFS API Reference for each call; heldout56 review h56-023: DescribeMountTargetSecurityGroups
  // granted alone was refused again).
  'elasticfilesystem:describemounttargetsecuritygroups': [
    efsEni('ec2:DescribeNetworkInterfaceAttribute', 'DescribeMountTargetSecurityGroups')
  ],
  'elasticfilesystem:modifymounttargetsecuritygroups': [
    efsEni('ec2:DescribeNetworkInterfaceAttribute', 'ModifyMountTargetSecurityGroups'),
    efsEni('ec2:ModifyNetworkInterfaceAttribute', 'ModifyMountTargetSecurityGroups')
  ],
  'elasticfilesystem:deletemounttarget': [
    efsEni('ec2:DeleteNetworkInterface', 'DeleteMountTarget')
  ],
  'elasticfilesystem:createmounttarget': [
    efsEni('ec2:CreateNetworkInterface', 'CreateMountTarget'),
    efsEni('ec2:DescribeSubnets', 'CreateMountTarget'),
    efsEni('ec2:DescribeNetworkInterfaces', 'CreateMountTarget')
  ],
  // Polly writes the task's output to OutputS3BucketName with the caller's permissions (Service
  // Authorization Reference: s3:PutObject is StartSpeechSynthesisTask's dependent action).
  'polly:startspeechsynthesistask': [
    {
      action: 's3:PutObject',
      resource: null,
      from: 'StartSpeechSynthesisTask writes its output to the OutputS3BucketName bucket as the caller, under OutputS3KeyPrefix and a name Polly gives after the task ID'
    }
  ],
  // What a job suspends it resumes: a stop/start scheduler suspends the group's processes at
  // night and resumes them in the morning, and without ResumeProcesses the group stays suspended
  // (heldout15 review h15-019: the real failure hit both). Same for a group's standby.
  'autoscaling:suspendprocesses': [
    {
      action: 'autoscaling:ResumeProcesses',
      resource: null,
      from: 'the processes a job suspends stay suspended until it resumes them (a stop/start scheduler does both)'
    }
  ],
  'autoscaling:enterstandby': [
    {
      action: 'autoscaling:ExitStandby',
      resource: null,
      from: 'instances a job puts in standby stay out of service until it takes them out again'
    }
  ],
  'ecs:runtask': [
    {
      action: 'iam:PassRole',
      resource: null,
      from: "RunTask hands over the task definition's task role and execution role"
    }
  ],
  // Transcribe reads the media and writes a transcript to your bucket with the caller's own S3
  // permissions (the Transcribe guide's "Permissions required for IAM roles"; heldout152 review
  // h152-093: StartTranscriptionJob allowed alone fails next on the media file).
  'transcribe:starttranscriptionjob': [
    {
      action: 's3:GetObject',
      resource: null,
      from: "StartTranscriptionJob reads the media file (Media.MediaFileUri) with the caller's permissions; an OutputBucketName of yours is written with them too (s3:PutObject)"
    }
  ],
  'transcribe:startmedicaltranscriptionjob': [
    {
      action: 's3:GetObject',
      resource: null,
      from: "StartMedicalTranscriptionJob reads the media file (Media.MediaFileUri) with the caller's permissions"
    },
    {
      action: 's3:PutObject',
      resource: null,
      from: "StartMedicalTranscriptionJob writes the transcript to OutputBucketName with the caller's permissions"
    }
  ],
  // App Runner's service takes an access role (to pull a private ECR image) and an instance role
  // (what the code runs as): the caller passes both (App Runner's developer guide, "Roles";
  // heldout153 review h153-013).
  'apprunner:createservice': [
    {
      action: 'iam:PassRole',
      resource: null,
      from: 'CreateService hands over the access role (AuthenticationConfiguration.AccessRoleArn, for a private ECR image) and the instance role (InstanceConfiguration.InstanceRoleArn) it names'
    }
  ],
  'apprunner:updateservice': [
    {
      action: 'iam:PassRole',
      resource: null,
      from: 'UpdateService hands over the access role and the instance role it names'
    }
  ]
}

/**
 * A manifest read the log shows refused (no action printed): the pull's token call stands in the
 * same statement set, on `*` (ECR's pull policy), though this token was granted.
 */
function ecrPullTokenOf(x: InferInput): CompanionNeed[] {
  if (x.d.action || x.action?.toLowerCase() !== 'ecr:batchgetimage') return []
  if (!ECR_MANIFEST_REFUSED.test(`${x.ctx.before}\n${x.ctx.line}`)) return []
  return [
    {
      action: 'ecr:GetAuthorizationToken',
      resource: '*',
      from: 'every ECR pull first asks for a registry token, which IAM checks on "*"'
    }
  ]
}

/** A push refused at its layers: the push set, and the registry token every push asks for first. */
function ecrPushSetOf(x: InferInput): CompanionNeed[] {
  if (x.d.action || x.action?.toLowerCase() !== 'ecr:initiatelayerupload') return []
  if (!ECR_PUSH_LAYERS.test(`${x.ctx.before}\n${x.ctx.line}`)) return []
  return [
    {
      action: 'ecr:GetAuthorizationToken',
      resource: '*',
      from: 'every ECR push first asks for a registry token, which IAM checks on "*"'
    }
  ]
}

/** What pulls images: a pull, a Dockerfile's FROM, a CI runner, a node's kubelet, a task's image. */
const ECR_PULL_WORDS =
  /\bpull(?:ing|ed|s)?\b|^\s*FROM\s|\brunners?\b|\bkubelet\b|\bunable to (?:pull secrets or registry auth|retrieve ecr registry auth)\b/im

/** A push in the log: its token is for the push set (see ecrPushSetOf), not for pulls. */
const ECR_PUSH_WORDS = /\bpush(?:ing|ed|es)?\b/i

/**
 * The registry token refused on its own: the token only opens the door, and the pull that follows
 * is checked on the repository (heldout96 review, h96-017: a runner role given GetAuthorizationToken
 * alone, then refused its first image). ECR's pull policy: its image reads and layer downloads.
 */
function ecrTokenThenPullOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'ecr:getauthorizationtoken') return []
  const around = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`
  // Only where the log shows what the token is for: pulls (a runner's, a node's, a task's image),
  // never a push, and not a bare login whose next step the log does not show.
  if (ECR_PUSH_WORDS.test(around) || !ECR_PULL_WORDS.test(around)) return []
  const from =
    "the registry token only lets the client sign in: each image it pulls next is checked on its repository (ECR's pull policy)"
  return ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'].map(
    (action) => ({ action, resource: null, from })
  )
}

/** The EBS CSI driver's own words, its provisioner name, or its controller's service account. */
const EBS_CSI = /\bcould not create volume in EC2\b|\bebs\.csi\.aws\.com\b|\bebs-csi-controller\b/

/**
 * The EBS CSI driver creates every volume with its tags in the request (TagSpecifications:
 * CSIVolumeName, ebs.csi.aws.com/cluster), which EC2 checks as ec2:CreateTags on the new volume too
 * (AmazonEBSCSIDriverPolicy grants it with ec2:CreateAction = CreateVolume).
 */
function ebsCsiVolumeTagsOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'ec2:createvolume') return []
  if (!EBS_CSI.test(`${x.ctx.before}\n${x.ctx.line}`)) return []
  return [
    {
      action: 'ec2:CreateTags',
      resource: 'arn:aws:ec2:*:*:volume/*',
      from: "the EBS CSI driver tags each volume it creates in the CreateVolume request (its controller's role needs ec2:CreateTags on it, with ec2:CreateAction = CreateVolume)"
    }
  ]
}

/**
 * Static-site deploy plugins upload every file with a public-read ACL unless their `acl` option
 * says otherwise (gatsby-plugin-s3, vue-cli-plugin-s3-deploy): S3 checks s3:PutObjectAcl on each
 * upload too (heldout35 review, h35-032 and h35-033, where `aws s3 cp` to the same bucket worked
 * and the plugin's upload did not). The plugin's name is printed once, when the deploy starts: the
 * step reader keeps its line (ctx.aclNote).
 */
function aclDeployPluginOf(x: InferInput, resource: string | null): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 's3:putobject') return []
  const seen = `${x.ctx.command ?? ''}\n${x.ctx.aclNote ?? ''}\n${joinedContext(x.ctx)}`
  if (!ACL_DEPLOY_PLUGIN.test(seen)) return []
  const bucket = resource ? /^arn:[\w-]+:s3:::[^/]+/.exec(resource)?.[0] : undefined
  return [
    {
      action: 's3:PutObjectAcl',
      resource: `${bucket ?? 'arn:aws:s3:::<BUCKET_NAME>'}/*`,
      from: 'the deploy plugin uploads each file with a public-read ACL unless its `acl` option is set otherwise, which S3 checks as s3:PutObjectAcl (where Block Public Access blocks public ACLs, or Object Ownership is "bucket owner enforced", no policy allows it: set the plugin\'s `acl` to none and serve the site through a bucket policy or CloudFront)'
    }
  ]
}

/** Rails' Active Storage purging a blob (ActiveStorage::PurgeJob, `purge_later`). */
const ACTIVE_STORAGE_PURGE = /\bActiveStorage::Purge\w{0,40}Job\b/

/**
 * Active Storage's S3 service deletes a blob's variants by listing their prefix (delete_prefixed),
 * so a purge needs s3:ListBucket beside s3:DeleteObject (the Rails guide's S3 set: ListBucket,
 * PutObject, GetObject, DeleteObject).
 */
function activeStoragePurgeOf(x: InferInput): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 's3:deleteobject') return []
  if (!ACTIVE_STORAGE_PURGE.test(`${x.ctx.before}\n${x.ctx.line}`)) return []
  return [
    {
      action: 's3:ListBucket',
      resource: null,
      from: "Active Storage deletes a blob's variants by listing their prefix in the bucket"
    }
  ]
}

/** Terraform's AWS provider reading an SQS queue (`error reading SQS Queue (URL)`). */
const TERRAFORM_READS_QUEUE = /\breading SQS Queue\b/

/**
 * The AWS provider reads an aws_sqs_queue's attributes, then its tags: both on the queue, or the
 * plan fails at the second call (heldout15 review h15-150).
 */
function terraformQueueReadOf(x: InferInput, resource: string | null): CompanionNeed[] {
  if (x.action?.toLowerCase() !== 'sqs:getqueueattributes') return []
  if (!TERRAFORM_READS_QUEUE.test(x.ctx.line)) return []
  return [
    {
      action: 'sqs:ListQueueTags',
      resource,
      from: "Terraform's AWS provider reads an aws_sqs_queue's tags right after its attributes"
    }
  ]
}

/** Elastic Beanstalk's log streaming: the groups it makes, keeps and removes under `/aws/elasticbeanstalk/`. */
const EB_LOG_GROUP = /:log-group:\/aws\/elasticbeanstalk\//
const EB_LOG_STREAMING = ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:DeleteLogGroup']

/**
 * A deploy that turns on Elastic Beanstalk's log streaming creates a group per log file, sets its
 * retention, and deletes them when streaming is turned off with deletion (heldout28 review h28-005):
 * the set on the same groups, and the listing it checks them with.
 */
function ebLogStreamingOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action ?? ''
  if (!resource || !EB_LOG_GROUP.test(resource)) return []
  if (!EB_LOG_STREAMING.some((a) => a.toLowerCase() === action.toLowerCase())) return []
  const from =
    "Elastic Beanstalk's log streaming (it creates a log group per instance log file under the environment's prefix, sets its retention, and deletes the groups when streaming is turned off with deletion)"
  return [
    ...EB_LOG_STREAMING.filter((a) => a.toLowerCase() !== action.toLowerCase()).map((a) => ({
      action: a,
      resource,
      from
    })),
    { action: 'logs:DescribeLogGroups', resource: null, from }
  ]
}

/**
 * The Serverless Framework's deploy after its bucket check (WD813): it lists the deployment
 * bucket, uploads the package and templates, reads them back and prunes old deployments
 * (heldout30 re-review, h30-022: the check's own grant alone fails at the next call).
 */
function serverlessDeploySteps(x: InferInput, resource: string | null): CompanionNeed[] {
  if (x.d.grammar !== 'serverless-deployment-bucket-location') return []
  const bucket = resource && /^arn:[\w-]+:s3:::[^/]+$/.test(resource) ? resource : null
  const objects = `${bucket ?? 'arn:aws:s3:::<BUCKET_NAME>'}/*`
  const from = 'serverless deploy uses the deployment bucket next'
  return [
    { action: 's3:ListBucket', resource: bucket, from: `${from} (lists its deployments)` },
    ...['s3:PutObject', 's3:GetObject', 's3:DeleteObject'].map((action) => ({
      action,
      resource: objects,
      from: `${from} (uploads the package, reads it back, prunes old deployments)`
    }))
  ]
}

/** Companions of the refused action: the fixed sets, and an S3 call's from its resource and command. */
export function companionsOf(
  x: InferInput,
  resource: string | null,
  /** The cause the words around state (src/infer/statedCause.ts), if any. */
  stated: string | null = null
): CompanionNeed[] {
  const fixed = ALWAYS_WITH[x.action?.toLowerCase() ?? ''] ?? []
  return [
    ...fixed,
    ...serverlessDeploySteps(x, resource),
    ...lambdaPassRoleOf(x),
    ...instanceProfileLaunchOf(x),
    ...launchWithRoleOf(x),
    ...rotationKeyOf(x),
    ...ecrPullTokenOf(x),
    ...ecrPushSetOf(x),
    // An Allow said to be in place already: the refused token is not a missing Allow to extend.
    ...(stated === 'allow-exists' || stated === 'allow-named' ? [] : ecrTokenThenPullOf(x)),
    ...(x.d.action ? [] : scriptSyncCompanions(x.ctx, x.action)),
    ...ebsCsiVolumeTagsOf(x),
    ...activeStoragePurgeOf(x),
    ...aclDeployPluginOf(x, resource),
    ...tagOnCreateOf(x, resource),
    ...cfnIamEntityStepsOf(x, resource),
    ...terraformQueueReadOf(x, resource),
    ...terraformReadBackOf(x),
    ...taggedCreateOf(x, resource),
    ...sessionManagerCompanionsOf(x),
    ...ebLogStreamingOf(x, resource),
    ...athenaCompanionsOf(x, resource),
    ...s3TransferCompanionsOf(x, resource),
    ...s3CompanionsOf(x, resource),
    ...snapshotRepositoryOf(x, resource)
  ]
}

/**
 * What the check does, and every snapshot after it: list the bucket, write, read and delete under
 * the base path (Elastic's and OpenSearch's documented repository policy; heldout55 review h55-024:
 * PutObject alone, and the verification failed again on the next step).
 */
const REPOSITORY_STEPS: readonly { action: string; on: 'bucket' | 'object' }[] = [
  { action: 's3:ListBucket', on: 'bucket' },
  { action: 's3:PutObject', on: 'object' },
  { action: 's3:GetObject', on: 'object' },
  { action: 's3:DeleteObject', on: 'object' }
]

function snapshotRepositoryOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  if (!action.startsWith('s3:') || !REPOSITORY_VERIFICATION.test(joinedContext(x.ctx))) return []
  const m = resource ? /^arn:([\w-]+):s3:::([^/]+)(?:\/(.*))?$/.exec(resource) : null
  const bucket = m ? `arn:${m[1]}:s3:::${m[2]}` : null
  const object = m && m[3] !== undefined ? resource : null
  return REPOSITORY_STEPS.filter((s) => s.action.toLowerCase() !== action).map((s) => ({
    action: s.action,
    resource: s.on === 'bucket' ? bucket : object,
    from: "the snapshot repository's check (Elasticsearch and OpenSearch list the bucket, and write, read and delete under the base path)"
  }))
}

/**
 * The rest of a sync or recursive copy between a folder and a bucket: the bucket's listing and the
 * objects' put or get, whichever step was refused (aws/aws-cli#2408: ListBucket alone, then the
 * uploads fail). Only for a refusal in the command's bucket, or one that names no resource.
 */
function s3TransferCompanionsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  if (!action.startsWith('s3:')) return []
  const transfer = s3TransferOf(x.ctx)
  if (!transfer) return []
  const steps = s3TransferSteps(transfer)
  const bucketOf = (arn: string | null) => /^arn:[\w-]+:s3:::([^/]+)/.exec(arn ?? '')?.[1]
  const own = bucketOf(steps[0]?.resource ?? null)
  if (resource && own && bucketOf(resource) !== own) return []
  return steps.filter((s) => s.action.toLowerCase() !== action)
}

/** The IAM create call per CloudFormation type, and the tag action its `Tags` property takes. */
const IAM_TAGGED: Record<string, { create: string; tag: string }> = {
  User: { create: 'iam:createuser', tag: 'iam:TagUser' },
  Role: { create: 'iam:createrole', tag: 'iam:TagRole' },
  InstanceProfile: { create: 'iam:createinstanceprofile', tag: 'iam:TagInstanceProfile' },
  ManagedPolicy: { create: 'iam:createpolicy', tag: 'iam:TagPolicy' }
}

/** CloudFormation's event when the caller may create the entity but not tag it. */
const PROCESS_TAGS =
  /Did not have IAM permissions to process tags on AWS::IAM::(\w{1,20}) resource/g
const TAGGING_HANDLER = /\bEncountered a permissions error performing a tagging operation\b/

/**
 * CloudFormation creates a tagged IAM user or role with its tags in the create call, which IAM
 * authorizes as the tag action too: its "process tags" event beside a refused create asks for
 * both (f5devcentral/xcmcndemoguide#8, alexcasalboni/aws-lambda-power-tuning#154).
 */
function tagOnCreateOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  const joined = joinedContext(x.ctx)
  const types = [...joined.matchAll(PROCESS_TAGS)].map((m) => m[1]!)
  // The resource handler's own words and code for the same (`Encountered a permissions error
  // performing a tagging operation`, `HandlerErrorCode: UnauthorizedTaggingOperation`, heldout19
  // review h19-018): the type is the create call's own.
  if (x.d.code === 'UnauthorizedTaggingOperation' || TAGGING_HANDLER.test(joined)) {
    const own = Object.entries(IAM_TAGGED).find(([, t]) => t.create === action)?.[0]
    if (own) types.push(own)
  }
  return [...new Set(types)]
    .map((t) => IAM_TAGGED[t])
    .filter((t) => t?.create === action)
    .map((t) => ({
      action: t!.tag,
      resource,
      from: `CloudFormation's "process tags" event says the template tags the entity it creates, which IAM checks as ${t!.tag}`
    }))
}

/**
 * An S3 refusal of an Athena query's own reads and writes: the text names Athena, or a query
 * client's frame stands farther up the traceback (PyAthena's, src/parse/requestTarget.ts). A
 * message that names its action and resource is answered as printed; a connector's spill is its own.
 */
export function isAthenaQuery(x: InferInput): boolean {
  if (x.d.action || !x.action?.toLowerCase().startsWith('s3:')) return false
  const text = `${x.ctx.before.split('\n').slice(-3).join('\n')}\n${x.ctx.line}`
  if (SPILLER.test(text)) return false
  return ATHENA.test(text) || (x.ctx.announced ?? []).some((a) => a.service === 'athena')
}

/**
 * An S3 refusal inside an Athena query or a connector's spill: the rest of what the query needs,
 * side by side. The log rarely names the buckets, so they stay placeholders to fill per side.
 */
function athenaCompanionsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action ?? ''
  if (!action.toLowerCase().startsWith('s3:')) return []
  const text = `${x.ctx.before.split('\n').slice(-3).join('\n')}\n${x.ctx.line}`
  const others = (actions: readonly string[]) =>
    actions.filter((a) => a.toLowerCase() !== action.toLowerCase())
  if (SPILLER.test(text)) {
    return others(SPILL_ACTIONS).map((a) => ({
      action: a,
      resource,
      from: "the Athena connector's Lambda role writes its spill location and reads it back"
    }))
  }
  if (!isAthenaQuery(x)) return []
  // The log named the table's data that was refused: the results' writes go on the workgroup's
  // output location, a bucket the log does not name (heldout136 review h137-030), never on the
  // data's prefix.
  if (resource !== null && !RESULTS_ONLY.has(action.toLowerCase())) {
    const [data, results] = ATHENA_QUERY_SIDES
    const bucket = /^arn:[\w-]+:s3:::[^/]+/.exec(resource)?.[0] ?? null
    // Athena's own `Permission denied on S3 path` names its data side already (s3Wrappers.ts).
    const dataSide = /\bPermission denied on S3 path: /.test(x.ctx.line)
      ? []
      : others(data!.actions)
    return [
      ...dataSide.map((a) => ({
        action: a,
        resource: isObjectAction(a) ? resource : bucket,
        from: `an Athena query needs it on ${data!.side}`
      })),
      ...results!.actions.map((a) => ({
        action: a,
        resource: isObjectAction(a) ? `${QUERY_RESULTS}/*` : QUERY_RESULTS,
        from: `an Athena query needs it on ${results!.side} (the workgroup's output location)`
      }))
    ]
  }
  const sidesOf = (a: string) => ATHENA_QUERY_SIDES.filter((s) => s.actions.includes(a))
  const actions = [...new Set(ATHENA_QUERY_SIDES.flatMap((s) => others(s.actions)))]
  return actions.map((a) => ({
    action: a,
    resource: null,
    from: `an Athena query needs it on ${sidesOf(a)
      .map((s) => s.side)
      .join(' and on ')}`
  }))
}

/** The query-results side's own writes: a refusal of one of them names that side, not the data. */
const RESULTS_ONLY = new Set([
  's3:putobject',
  's3:abortmultipartupload',
  's3:listbucketmultipartuploads'
])

/** The workgroup's output location, which the log does not name. */
const QUERY_RESULTS = 'arn:aws:s3:::<BUCKET_NAME>'

/** Companions of an S3 object or bucket action whose resource is known. */
function s3CompanionsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  if (!x.action?.toLowerCase().startsWith('s3:')) return []
  const m = resource ? /^arn:([\w-]+):s3:::([^/]+)(?:\/(.*))?$/.exec(resource) : null
  // A backend whose bucket the log does not show still gets its set, on placeholders.
  if (!m) return resource ? [] : backendCompanionsOf(x, null, null)
  const bucket = `arn:${m[1]}:s3:::${m[2]}`
  const object = isObjectAction(x.action) ? resource! : `${bucket}/*`
  const cmd = x.ctx.command ?? ''
  // The state key is not the bucket's every object: a bucket-level refusal keeps it a placeholder.
  const stateKey = isObjectAction(x.action) ? resource! : `${bucket}/<STATE_KEY>`
  return [
    ...backendCompanionsOf(x, bucket, stateKey),
    ...RULES.filter((r) => r.applies(x, cmd) && (r.when?.(object) ?? true)).map((r) =>
      r.need(x, bucket, object, cmd)
    )
  ]
}
