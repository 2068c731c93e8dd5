// The AWS CLI's s3 commands list the bucket before anything else: a refused listing under
// `fatal error:` is the first step of a sync, a recursive copy or an `ls`, and granting it alone
// fails at the next step. With no command in the log, name the steps each direction takes
// (issue 17, heldout11 review h11-022); src/infer/s3Transfer.ts drafts them when it is shown.
import type { Trap } from '../Trap.js'

export const cliListingFirst: Trap = {
  id: 'cli-listing-first',
  applies: ({ d, inferred }) =>
    d.deny !== 'explicit' && Boolean(inferred?.signals?.['cli-listing-first']),
  advice: ({ inferred }) => {
    const sync = inferred!.signals!['cli-listing-first']!.value === 'sync'
    return (
      "`fatal error:` is how the AWS CLI's s3 commands (`aws s3 ls`, `sync`, and `cp`, `mv` or `rm` with `--recursive`) report a refused call, and their first call lists the bucket (ListObjectsV2, authorised as `s3:ListBucket` on the bucket ARN). " +
      (sync
        ? 'The log says sync but does not show its command line, so the direction is unknown: '
        : 'The log does not show the command, so what follows the listing is unknown: ') +
      'a sync or recursive copy to the bucket then puts each file (`s3:PutObject` on `arn:aws:s3:::BUCKET/PREFIX/*`, and `s3:DeleteObject` there with `--delete`); one from the bucket gets each key (`s3:GetObject` on the same pattern). ' +
      'Allow the listing together with the step the command takes next, or the next run fails one call later.'
    )
  }
}
