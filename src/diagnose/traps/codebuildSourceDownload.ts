import type { Trap } from '../Trap.js'

// CodeBuild's DOWNLOAD_SOURCE phase runs as the project's service role: a bare S3 Access Denied
// there is that role reading the source artifact CodePipeline wrote (or the artifact key).
export const codebuildSourceDownload: Trap = {
  id: 'codebuild-source-download',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    inferred?.codebuildSource !== undefined &&
    (d.service === 's3' || d.service === null),
  advice: ({ inferred }) => {
    const artifact = inferred!.codebuildSource!.value
    return (
      `CodeBuild could not download its source (DOWNLOAD_SOURCE)${artifact ? `, \`${artifact}\`` : ''}: the build's service role (the project's \`serviceRole\`, not the job's credentials) needs ` +
      "`s3:GetObject` and `s3:GetObjectVersion` on the artifact bucket's pipeline prefix. " +
      'If the pipeline encrypts artifacts with a customer managed KMS key (its artifact store `encryptionKey`), the role also needs `kms:Decrypt` on that key and the key policy must allow it; ' +
      "across accounts the artifact bucket's policy must allow the role as well."
    )
  }
}
