// A resource another party publishes: a public sample's "Launch Stack" template in the sample
// owner's bucket, an AWS-owned or vendor account's layer (Lambda Insights, Datadog). Whether the
// caller may read it is decided on the owner's side (the object public, the layer version shared
// and existing), so that check leads; the caller's own Allow is needed too but cannot fix it
// alone (heldout11 review h11-058).
import type { Trap, TrapInput } from '../Trap.js'
import { AWS_OWNED_ACCOUNTS, PUBLISHER_ACCOUNTS } from '../../model/publishedAccounts.js'
import { parseArn } from '../../model/Arn.js'
import { layerArnOf, SHAREABLE_LAYER_ACTION } from '../../model/lambdaLayers.js'

function publisherOf(x: TrapInput): string | null {
  const account = parseArn(x.d.resource ?? '')?.account ?? ''
  return AWS_OWNED_ACCOUNTS[account] ?? PUBLISHER_ACCOUNTS[account] ?? null
}

/**
 * Another account's layer version, refused by its layer-version policy (heldout150 review h150-071,
 * h150-077: a vendor's and a stranger's layer): only its owner can share it, so the version and the
 * share come first, whoever publishes it.
 */
function othersLayer(x: TrapInput): boolean {
  return (
    x.d.layer === 'resource' &&
    x.crossAccount !== false &&
    layerArnOf(x.d.resource) !== null &&
    x.d.action?.toLowerCase() === SHAREABLE_LAYER_ACTION.toLowerCase()
  )
}

export const ownerSideResource: Trap = {
  id: 'owner-side-resource',
  lead: true,
  applies: (x) =>
    x.d.kind === 'denial' &&
    x.d.deny !== 'explicit' &&
    // The message says the caller's own identity policy refused: the publisher's side answered
    // (heldout16 review h16-087, an AWS-owned ECR registry every account may pull from).
    x.d.layer !== 'identity' &&
    (x.inferred?.publishedSample?.value === 'launch-stack' ||
      publisherOf(x) !== null ||
      othersLayer(x)) &&
    // A layer in a message that names no side: the caller's own Allow is as likely the gap, which
    // the layer's trap says (heldout28 review 2: h28-002, h28-004).
    (layerArnOf(x.d.resource) === null || x.d.layer === 'resource'),
  advice: (x) => {
    const publisher = publisherOf(x)
    const layer = layerArnOf(x.d.resource)
    if (publisher === null && layer) {
      // The version check and the share command follow, in the layer's own advice.
      return (
        `The layer is account ${layer.account}'s, not yours: only its owner can share it, so no change on your side fixes this alone. ` +
        "A vendor's layer: use the ARN its documentation lists for your Region, runtime and architecture. Someone else's private layer: ask its owner to share that version with your account, or publish your own copy of the layer in your account and use that. " +
        'Your identity must allow the action as well, but that alone cannot fix it.'
      )
    }
    if (publisher === null)
      return (
        'The template comes from another party\'s "Launch Stack" link: it sits in the sample owner\'s bucket, and only the owner can let CloudFormation read it (the object public, or a bucket policy allowing the read). ' +
        "Check the link's templateURL opens (the sample may have moved or been deleted) and tell the owner, or download the template and create the stack from your own copy. " +
        "Your identity's s3:GetObject is needed as well, but cannot fix a bucket its owner keeps private."
      )
    return (
      `The resource is published from another account (${publisher}): whether you may use it is set by its publisher, not by your policies. ` +
      'Check it exists as named first (the Region, the name and the version: a version not yet published, or not in this Region, is refused the same way) and use one the publisher documents. ' +
      'Your identity must allow the action as well, but that alone cannot fix it.'
    )
  }
}
