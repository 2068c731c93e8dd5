// CloudFormation (or a deploy tool) making a Lambda function from a zip in a bucket that is not the
// caller's: a vendor's or a solution's distribution bucket, or none when the template's bucket
// name resolved empty for this Region. S3 answers 403 for a key that is missing or private there,
// and no Allow in the caller's account reaches another party's object (heldout14 review: h14-061,
// aws-solutions/aws-waf-security-automations#3; h14-062, SWO-GS/retro-tag#11).
import type { Trap } from '../Trap.js'

export const lambdaCodeSourceBucket: Trap = {
  id: 'lambda-code-source-bucket',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' && d.deny !== 'explicit' && Boolean(inferred?.codeSource),
  advice: ({ inferred }) => {
    const target = inferred!.codeSource!.value
    const slash = target.indexOf('/')
    const bucket = target.slice(0, slash)
    const key = target.slice(slash + 1)
    const where =
      bucket === ''
        ? `The function's code \`${key}\` was looked up with no bucket name (the path starts with \`/\`): the template's bucket mapping or parameter has no value for this Region or version.`
        : `The function's code \`${key}\` is read from \`${bucket}\`, a distribution bucket that is not yours: the zip is missing or private there (S3 answers 403, not 404, for a missing key in a bucket you may not list).`
    return `${where} Deploy in a Region and version the publisher still serves, or copy the zip to a bucket of your own in the stack's Region and point the template at it. An identity Allow only matters when the bucket is yours.`
  }
}
