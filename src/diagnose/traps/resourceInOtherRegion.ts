// WD981: the refused resource is the one the log names, in another Region (src/infer/regionTwin.ts):
// the client called its own Region's endpoint with an ARN or ID of another Region's resource, and
// that Region has no such resource, or none shared with the caller (heldout30 review h30-015: a
// Serverless Application Repository app of us-east-1 asked of us-west-2). The Region is the fix.
import type { Trap } from '../Trap.js'

export const resourceInOtherRegion: Trap = {
  id: 'resource-in-other-region',
  lead: true,
  // Which policy refused the other Region's name does not matter: the job did not mean it.
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' && d.deny !== 'explicit' && inferred?.regionTwin !== undefined,
  advice: ({ d, inferred }) => {
    const twin = inferred!.regionTwin!
    const called = d.resource!.split(':')[3]
    return (
      `The log names this resource in ${twin.value} (\`${twin.from}\`), but the request went to ${called}'s endpoint, which looked up the same name there: a regional service finds a resource only in the Region it is called in, and another account's resource shared in one Region is not shared in the others. ` +
      `Call ${twin.value} (\`--region ${twin.value}\`, or the SDK client's Region) before changing any policy; a grant on the ${called} ARN would name a resource that is not the one the job means.`
    )
  }
}
