// Roles the AWS CDK's own constructs create for their Lambda handlers: CloudFormation writes their
// policies from the construct on every deploy, so a hand edit in IAM is lost and the fix goes in
// the CDK app or its aws-cdk-lib version (heldout128 review: h128-055, h128-060, h128-074). Each
// is known by the logical ID CDK gives it, which CloudFormation keeps (possibly cut) in the role's
// name. One rule per construct.
export interface CdkConstructRole {
  construct: string
  /** The construct's logical-ID marker as it stands in the generated role name. */
  name: RegExp
  /** Where the change goes instead of the role's policy. */
  where: string
}

export const CDK_CONSTRUCT_ROLES: CdkConstructRole[] = [
  {
    construct: 'BucketDeployment (aws-s3-deployment)',
    name: /CustomCDKBucketDeploy/,
    where:
      'CDK grants its handler read of the sources and write to `destinationBucket` (and `decrypt`/`encrypt` on a key the bucket is given with): check for a destination imported from another account or without its `encryptionKey`, a bucket policy Deny, or a `destinationKeyPrefix` that starts with `/`; add anything else with `deployment.handlerRole.addToPrincipalPolicy(…)` in the app'
  },
  {
    construct: "Repository's autoDeleteImages (aws-ecr)",
    name: /CustomECRAutoDeleteImages/,
    where:
      "CDK lists the repositories this provider may empty in its own policy; a repository replaced or added since, or an older aws-cdk-lib, leaves one out: upgrade aws-cdk-lib, or use the Repository's `emptyOnDelete` that replaces `autoDeleteImages`, and deploy again"
  },
  {
    construct: "Bucket's autoDeleteObjects (aws-s3)",
    name: /CustomS3AutoDeleteObjects/,
    where:
      "CDK allows this provider in the bucket's policy, not in IAM: a bucket policy replaced outside CDK, or a Deny in it, removes that; restore the policy through the app and deploy again"
  },
  {
    construct: 'AwsCustomResource (custom-resources)',
    name: /AWS679f53fac002430cb0da5b7982bd2287/,
    where:
      "the construct's `policy` property is where the action goes (`AwsCustomResourcePolicy.fromSdkCalls({ resources: [...] })`, or `fromStatements`), or its `role`"
  },
  {
    construct: 'Provider framework (custom-resources)',
    name: /[Pp]roviderframework|[Ff]rameworkonEvent/,
    where:
      'the Provider invokes your `onEvent`/`isComplete` functions and waits on them with this role: grant on those functions in the app (the Provider does it for functions it is given; a function it only looks up needs `fn.grantInvoke(...)`), or upgrade aws-cdk-lib'
  },
  {
    construct: 'LogRetention (aws-logs)',
    name: /LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/,
    where:
      'CDK gives this singleton the log group retention actions itself: set `logRetentionRole` on the function for a role of your own, or upgrade aws-cdk-lib'
  },
  {
    construct: 'EKS Cluster (aws-eks)',
    name: /CreationRole[0-9A-F]{8}|ClusterResourceProvider/,
    where:
      "the Cluster construct writes this creation role's policy for the cluster it manages: a cluster it did not create, or one renamed or replaced, is outside it; change the Cluster in the app (or import the cluster with its own `kubectlRole`) rather than the role"
  }
]

/** The CDK construct whose handler role this is, or null. */
export function cdkConstructRole(roleName: string | null | undefined): CdkConstructRole | null {
  if (!roleName) return null
  return CDK_CONSTRUCT_ROLES.find((r) => r.name.test(roleName)) ?? null
}
