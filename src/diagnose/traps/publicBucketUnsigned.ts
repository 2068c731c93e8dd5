// A public bucket read from a machine without credentials (heldout6 review: h6-065): the AWS CLI
// signs every request and stops when it has nothing to sign with; a public dataset needs no
// credentials at all, only `--no-sign-request`.
import type { Trap, TrapInput } from '../Trap.js'

const read = ({ inferred }: TrapInput) => inferred?.signals?.['public-bucket-read']

export const publicBucketUnsigned: Trap = {
  id: 'public-bucket-no-sign-request',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' &&
    input.d.detail.cause === 'missing' &&
    read(input) !== undefined,
  advice: (input) => {
    const bucket = read(input)!.value.replace(/`/g, '')
    return (
      `The command reads s3://${bucket}, which the log shows as public (${read(input)!.from.replace(/`/g, "'")}): the AWS CLI signs every request and stops when it finds no credentials, although a public bucket needs none. ` +
      'Add `--no-sign-request` to the `aws s3` command (SDKs: an unsigned or anonymous client) rather than configuring credentials. ' +
      'If the bucket is not public after all, the machine needs credentials (an instance role, `aws configure`, or OIDC in CI).'
    )
  }
}
