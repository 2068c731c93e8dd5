// Bucket policies a framework writes that grant nobody public access: Block Public Access cannot
// be what refused them, so a refused write of one is the caller's missing s3:PutBucketPolicy.
// Keyed on the logical ID the framework prints (src/infer/iacResource.ts).

export interface PrivateBucketPolicy {
  /** The IaC resource value (`LogicalId (AWS::S3::BucketPolicy)`). */
  iac: RegExp
  /** Who writes it, in words. */
  what: string
  /** What the policy does instead of granting public access. */
  does: string
  /** The bucket ARN pattern the framework names its bucket by. */
  bucketArn: string
  /** The bucket, in words. */
  bucket: string
}

export const PRIVATE_BUCKET_POLICIES: PrivateBucketPolicy[] = [
  {
    // Serverless Framework v1-v3: a Deny of every s3:* request whose aws:SecureTransport is false.
    iac: /^ServerlessDeploymentBucketPolicy\b/,
    what: "The Serverless Framework's `ServerlessDeploymentBucketPolicy`",
    does: 'only denies requests made without TLS (`aws:SecureTransport` false)',
    bucketArn: 'arn:aws:s3:::*-serverlessdeploymentbucket-*',
    bucket:
      'the deployment bucket (named `SERVICE-STAGE-serverlessdeploymentbucket-ID`, or the bucket `provider.deploymentBucket` names)'
  }
]

export function privateBucketPolicyOf(iac: string | undefined): PrivateBucketPolicy | null {
  if (!iac) return null
  return PRIVATE_BUCKET_POLICIES.find((p) => p.iac.test(iac)) ?? null
}
