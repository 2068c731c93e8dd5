import type { Trap, TrapInput } from '../Trap.js'
import { updateCheck } from '../../model/updateChecks.js'

// A tool's own update check answered by its vendor's bucket (src/model/updateChecks.ts): the S3
// error is the vendor's, no policy of the user's decides it, and the run goes on past it.

function checkOf({ inferred }: TrapInput) {
  const id = inferred?.signals?.['tool-update-check']?.value
  return id ? updateCheck(id) : undefined
}

/** WD954: an S3 refusal printed by a tool's check for a newer version of itself. */
export const toolUpdateCheck: Trap = {
  id: 'tool-update-check',
  lead: true,
  noPolicy: true,
  applies: (x) => x.d.kind === 'denial' && !x.d.action && checkOf(x) !== undefined,
  advice: (x) => {
    const c = checkOf(x)!
    return (
      `This is ${c.tool}'s check for a newer version of itself: the S3 answer came from a server its makers run, not from your AWS account, so no policy of yours decides it and no change to your IAM helps. ` +
      `The check only warns and the run goes on; update ${c.tool}${c.skip ? ` or ${c.skip}` : ''}, and look further down the log for the error that stopped the job.`
    )
  }
}
