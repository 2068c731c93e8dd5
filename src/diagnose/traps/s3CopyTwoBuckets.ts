import type { Trap } from '../Trap.js'
import { operationIs } from '../Trap.js'

// One CopyObject request reads the source and writes the destination with the caller's
// credentials (S3 user guide, copying objects): across accounts both bucket owners decide, and a
// bucket that keeps ACLs leaves the copies owned by their writer (heldout7 review, h7-133).
export const s3CopyTwoBuckets: Trap = {
  id: 's3-copy-two-buckets',
  lead: true,
  applies: ({ d, inferred }) => d.deny !== 'explicit' && inferred?.s3Copy !== undefined,
  advice: ({ d, inferred }) => {
    const [source, dest] = inferred!.s3Copy!.value.split(' ')
    const refused = operationIs(d, 's3:GetObjectTagging', 's3:HeadObject', 's3:GetObject')
      ? `The refused call read the source \`${source}\`: the grant belongs on the source objects, not the destination. ` +
        (operationIs(d, 's3:GetObjectTagging')
          ? "AWS CLI v2 reads the source's tags to copy them: when the source bucket is not yours (a public or another account's bucket), no policy of yours grants that read, so copy with `--copy-props metadata-directive` (or `none`) to skip the tags, or ask the source's owner. "
          : "When the source bucket is not yours, only its owner's bucket policy can allow the read. ")
      : operationIs(d, 's3:UploadPartCopy')
        ? `The refused call copies one part of a multipart upload: the upload was started (CreateMultipartUpload), which the destination's \`s3:PutObject\` allows, so the source read (\`s3:GetObject\` on \`${source}\`, or its owner's bucket policy or KMS key) is the first side to check. `
        : ''
    return (
      `This is a bucket-to-bucket copy (\`${source}\` to \`${dest}\`): one CopyObject request reads the source and writes the destination with the caller's credentials. ${refused}` +
      `The caller needs \`s3:GetObject\` on the source objects (and \`s3:ListBucket\` on the source bucket for \`sync\` or \`--recursive\`; AWS CLI v2 also reads the source's tags, \`s3:GetObjectTagging\`, unless \`--copy-props metadata-directive\`) and \`s3:PutObject\` on the destination objects. ` +
      "When the buckets belong to different accounts, the caller's own policy is not enough: the source bucket's policy must allow it the read and the destination bucket's policy the write, and a KMS-encrypted side needs its key policy to allow `kms:Decrypt` (source) or `kms:GenerateDataKey` (destination). " +
      'A destination bucket that still uses ACLs (Object Ownership not "Bucket owner enforced") leaves the copies owned by the writing account: set Object Ownership to BucketOwnerEnforced, or copy with `--acl bucket-owner-full-control`.'
    )
  }
}
