import type { Trap } from '../Trap.js'

// The Serverless Application Repository copies a published application's template and code from
// the publisher's bucket with its own service principal, so the bucket's policy must let
// `serverlessrepo.amazonaws.com` read them (Serverless Application Repository developer guide,
// publishing applications; awsdocs/aws-serverlessrepo-developer-guide#5). No statement of the
// publisher's role helps.

/** WD5004: the repository may not read a publication's artifacts from the publisher's bucket. */
export const serverlessRepoBucketRead: Trap = {
  id: 'serverlessrepo-bucket-read',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'serverlessrepo-bucket-read',
  advice: ({ d }) => {
    const bucket = d.detail.artifactBucket ?? 'BUCKET'
    return (
      `The Serverless Application Repository reads the application's template and code from \`${bucket}\` itself, as the service, and the bucket's policy does not let it. ` +
      `Add to the bucket policy of \`${bucket}\` a statement allowing \`"Principal": {"Service": "serverlessrepo.amazonaws.com"}\` the action \`s3:GetObject\` on \`arn:aws:s3:::${bucket}/*\`, ` +
      'with a `"Condition": {"StringEquals": {"aws:SourceAccount": "ACCOUNT_ID"}}` naming the publishing account so that no other account\'s application can read the bucket through the service. ' +
      "If the bucket encrypts with a customer managed KMS key, the key's policy must let the service `kms:Decrypt` as well. The publisher's own role needs nothing more for this step."
    )
  }
}
