// A Region-deny SCP refusing Bedrock inference through a cross-Region inference profile (heldout13
// review, h13-130; aws-samples/sample-badgers#33; aws-solutions/aws-control-tower-customizations#211).
// The profile routes the call to its destination Regions (any commercial Region for `global.`, whose
// requests reach the region-less `arn:aws:bedrock:::foundation-model/…` with `aws:RequestedRegion`
// "unspecified"), so the SCP judges the destination, not the Region the job runs in: "run in an
// allowed Region" cannot help. Facts: AWS ML blog on global cross-Region inference (its SCP note),
// aws-samples/service-control-policy-examples#26 (a Region deny with a CRIS exception).
import type { Trap, TrapInput } from '../Trap.js'
import { tick } from '../Trap.js'

const REGIONLESS_MODEL = /^arn:aws[\w-]{0,12}:bedrock:::foundation-model\//

/** `global`, a geography (`us`, `eu`…), or null when the log names no profile. */
function profileOf({ d, inferred }: TrapInput): string | null {
  const named = inferred?.signals?.['bedrock-inference-profile']?.value
  if (named) return named
  return REGIONLESS_MODEL.test(d.resource ?? '') ? 'global' : null
}

export const bedrockCrossRegionInference: Trap = {
  id: 'bedrock-cross-region-inference',
  lead: true,
  applies: (input) =>
    input.d.layer === 'scp' && /^bedrock:/i.test(input.d.action ?? '') && profileOf(input) !== null,
  advice: (input) => {
    const profile = profileOf(input)!
    const said = input.inferred?.signals?.['bedrock-inference-profile']?.from
    const seen = said
      ? `the log names the inference profile \`${tick(said)}\``
      : 'the model ARN has no Region'
    const routing =
      profile === 'global'
        ? 'A global inference profile sends the request to any commercial Region, and the region-less foundation-model ARN is checked with `aws:RequestedRegion` = `unspecified`, which a Region allow-list never contains.'
        : `A geographic profile (\`${profile}.\`) sends the request to any of its destination Regions (\`aws bedrock get-inference-profile --inference-profile-identifier ID\` lists them), and the SCP checks each destination against its Region list.`
    return (
      `This is Bedrock cross-Region inference meeting a Region-deny SCP (${seen}). ${routing} ` +
      'Running the job in an allowed Region cannot help. Either use a model ID served in the allowed Regions (the in-Region model ID, or a geographic profile such as `us.` or `eu.` whose destination Regions the SCP allows, instead of `global.`), ' +
      "or ask the organization's administrators to allow the profile's destination Regions for Bedrock inference in the SCP (an exception on the Region Deny for `bedrock:InvokeModel*` when `bedrock:InferenceProfileArn` names an approved profile, and `unspecified` for a global one)."
    )
  }
}
