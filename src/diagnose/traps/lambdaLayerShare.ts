// Another account's Lambda layer (heldout28 review: h28-002, h28-003, h28-004). Its publisher
// shares a version with a layer-version permission, never a function policy, and only for
// lambda:GetLayerVersion: the caller's Allow is needed too, but the first checks are the version's
// existence in this Region and the publisher's share. Any other action on another account's layer
// (ListLayerVersions, ListLayers) cannot be allowed at all: the job has to name a version.
import type { Trap } from '../Trap.js'
import { layerArnOf, layerShareNote } from '../../model/lambdaLayers.js'

export const lambdaLayerShare: Trap = {
  id: 'lambda-layer-share',
  lead: true,
  applies: ({ d, crossAccount }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    // Another account's, or an unknown caller's (a public layer's usual refusal).
    crossAccount !== false &&
    d.action?.toLowerCase().startsWith('lambda:') === true &&
    layerArnOf(d.resource) !== null,
  advice: ({ d }) => layerShareNote(d.action!, d.resource!, d.layer)
}
