import type { Trap, TrapInput } from '../Trap.js'

// Elasticsearch and OpenSearch check a new snapshot repository by writing a test object
// (`tests-…`) under its base path and deleting it (`RepositoryVerificationException[[repo] path
// […] is not accessible on master node]; nested: IOException[Unable to upload object …]`,
// elastic/elasticsearch#35703's predecessor elastic/elasticsearch-cloud-aws#167 in heldout39). A
// bucket meant to be read from only (a restore of another cluster's backups) is registered
// read-only with the check skipped; a repository to write to needs the writes.

const READ_ONLY = 'read-only'

const verification = ({ inferred }: TrapInput) => inferred?.signals?.['repository-verification']

/** WD985: a snapshot repository's write check refused. */
export const snapshotRepositoryVerify: Trap = {
  id: 'snapshot-repository-verify',
  lead: true,
  // The writer gave the node read-only access on purpose: no Allow undoes that choice.
  noPolicyWhen: (x) => verification(x)?.value === READ_ONLY,
  applies: (x) =>
    (x.d.kind === 'denial' || x.d.kind === 'encoded') &&
    x.d.deny !== 'explicit' &&
    verification(x) !== undefined,
  advice: (x) => {
    const skip =
      'register the repository with `"readonly": true` in its settings and skip the check with `?verify=false` on the request (`PUT _snapshot/NAME?verify=false`: a query parameter, ignored inside `settings`)'
    return verification(x)!.value === READ_ONLY
      ? `Elasticsearch (or OpenSearch) checks a new snapshot repository by uploading and deleting a test object under its base path, and the text says this node's access to the bucket is read-only on purpose: no IAM change is needed. To restore from the bucket, ${skip}.`
      : `Elasticsearch (or OpenSearch) checks a new snapshot repository by uploading and deleting a test object under its base path (\`tests-…\`), so the node's credentials need \`s3:PutObject\` and \`s3:DeleteObject\` there, besides \`s3:ListBucket\` and \`s3:GetObject\`. If the cluster should only read the bucket (restoring another cluster's backups), ${skip} instead of granting writes.`
  }
}
