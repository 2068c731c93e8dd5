import type { Trap } from '../Trap.js'

// The Serverless Framework prints S3's bare `Access Denied` with no call named. During a deploy
// the calls are its deployment bucket's (locate it, upload the package, write its policy), and the
// bucket named in `provider.deploymentBucket` may be another account's or Region's.
export const serverlessDeploymentBucket: Trap = {
  id: 'serverless-deployment-bucket',
  lead: true,
  applies: ({ d }) => d.detail.cause === 'serverless-deployment-bucket',
  advice: ({ d }) =>
    d.operation === 'GetBucketLocation'
      ? // Its existsDeploymentBucket step: the call is known (heldout30 review h30-022).
        "The Serverless Framework's check of the deployment bucket named in `serverless.yml` (`provider.deploymentBucket`) was refused: it asks S3 for the bucket's Region (`s3:GetBucketLocation`) before it uploads anything. " +
        'First check that this bucket exists in your own account and in the Region you deploy to: a bucket name taken by another account answers Access Denied (bucket names are global), and creating your own or leaving `deploymentBucket` out (the stack then makes one) fixes it. ' +
        'Then the deploying identity needs `s3:GetBucketLocation` and `s3:ListBucket` on the bucket, and `s3:PutObject`/`s3:GetObject` on its objects for the upload that follows.'
      : "The Serverless Framework relayed S3's bare `Access Denied` without naming the call. During `serverless deploy` it is most often the deployment bucket: " +
        'the deploying identity needs `s3:ListBucket` and `s3:GetBucketLocation` on the bucket and `s3:PutObject`/`s3:GetObject` on its objects ' +
        "(`provider.deploymentBucket`, or the stack's `ServerlessDeploymentBucket`), and a bucket named in `serverless.yml` must exist in the account and Region you deploy to " +
        '(a name taken by another account answers Access Denied too). Run again with `SLS_DEBUG=*` (v1/v2) or `--verbose`/`--debug` (v3) to see the S3 call that failed.'
}
