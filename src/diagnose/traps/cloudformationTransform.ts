import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// A change set refused on `arn:…:cloudformation:REGION:aws:transform/NAME`: the template has a
// transform (SAM's AWS::Serverless-2016-10-31), and CreateChangeSet is authorised against the
// AWS-owned transform as well as the stack. The transform ARN is what the caller's policy must
// name (CloudFormation User Guide, using-iam-template). A deploy that acknowledged no
// CAPABILITY_AUTO_EXPAND is told when it needs it too (macros, nested applications).

/** A well-formed transform ARN: Region, the `aws` account, a transform name. */
const TRANSFORM = /^arn:[\w-]+:cloudformation:[a-z0-9-]+:aws:transform\/[\w.-]+$/

export const cloudformationTransform: Trap = {
  id: 'cloudformation-transform',
  applies: ({ d }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    actionIs(d, 'cloudformation:CreateChangeSet') &&
    TRANSFORM.test(d.resource ?? ''),
  advice: ({ d, inferred }) => {
    // The wildcard keeps the log's partition: China and GovCloud transforms are not `arn:aws:`.
    const partition = /^arn:([\w-]+):/.exec(d.resource!)![1]!
    const grant = `The resource is the AWS-owned transform the template uses, not a typo: CreateChangeSet is checked against ${d.resource!.replace(/`/g, "'")} as well as the stack, so the caller's policy must allow cloudformation:CreateChangeSet on that ARN (or on \`arn:${partition}:cloudformation:REGION:aws:transform/*\`).`
    const acknowledged = inferred?.capabilities?.value.includes('CAPABILITY_AUTO_EXPAND')
    if (acknowledged) return grant
    const shown = inferred?.capabilities?.value
    // Not "add it first": CreateChangeSet ignores the capability (its API reference), so it cannot
    // be this refusal's cause; a template with macros or nested applications needs it to deploy
    // (heldout24 review 2, h24-038).
    return `${grant} The log shows ${shown ? `only ${shown}` : 'no capability acknowledged'}: if the template also uses macros or nested applications (\`AWS::Serverless::Application\`), the deploy must acknowledge CAPABILITY_AUTO_EXPAND as well (\`--capabilities CAPABILITY_AUTO_EXPAND\`, \`capabilities\` in samconfig.toml); that is not what this refusal is about.`
  }
}
