// A Lambda layer's ARN (`arn:aws:lambda:REGION:ACCOUNT:layer:NAME[:VERSION]`). A layer version is
// shared by its publisher with `add-layer-version-permission`, which grants lambda:GetLayerVersion
// alone, to an account, an organization or everyone (Lambda API reference,
// AddLayerVersionPermission): no other action on another account's layer can be allowed.
import { tick } from '../common/tick.js'
import { layerNameSlip, publisherOfAccount } from './publishedAccounts.js'

const LAYER_ARN = /^arn:[\w-]+:lambda:([a-z0-9-]*):([^:]*):layer:([^:]+)(?::(\d+))?$/

export interface LayerArn {
  region: string
  account: string
  name: string
  version: string | null
}

export function layerArnOf(arn: string | null): LayerArn | null {
  const m = arn ? LAYER_ARN.exec(arn) : null
  return m ? { region: m[1]!, account: m[2]!, name: m[3]!, version: m[4] ?? null } : null
}

/** The one action a layer's publisher can share. */
export const SHAREABLE_LAYER_ACTION = 'lambda:GetLayerVersion'

/**
 * An action no layer permission can allow, refused on another account's layer. A masked account
 * on either side still reads as another account's when the message blames the resource-based
 * policy: within its own account the caller's identity policy is what decides (h83-007,
 * `xxxxxxx` calling `yyyyyyyy`'s layer).
 */
export function unshareableOnLayer(
  action: string | null,
  crossAccount: boolean | null,
  layer: string | null
): boolean {
  if (!action || action.toLowerCase() === SHAREABLE_LAYER_ACTION.toLowerCase()) return false
  return crossAccount === true || (crossAccount === null && layer === 'resource')
}

/** Why the layer cannot exist as named (a published layer's slip), or null. */
export function misnamedLayer(resource: string | null): string | null {
  const parts = layerArnOf(resource)
  return parts ? layerNameSlip(parts.account, parts.name) : null
}

/**
 * What to check and who shares it, for an action refused on another account's layer. `layer` is
 * the refusing policy's kind as the message says it, null when it does not (an old-format message
 * may be the caller's own missing Allow: that comes first then, heldout28 review 2).
 */
export function layerShareNote(
  action: string,
  resource: string,
  layer: string | null = null
): string {
  const parts = layerArnOf(resource)!
  const arn = tick(resource)
  if (action.toLowerCase() !== SHAREABLE_LAYER_ACTION.toLowerCase()) {
    return (
      `\`${tick(action)}\` on another account's layer cannot be allowed: its publisher can share a version for \`${SHAREABLE_LAYER_ACTION}\` only. ` +
      `Use a version ARN the publisher lists (\`${arn}:VERSION\`) where the job names the layer, which needs just that action.`
    )
  }
  const version = parts.version ?? 'VERSION'
  const exists = `check that version ${tick(version)} exists in ${tick(parts.region || 'this Region')} (\`aws lambda get-layer-version-by-arn --arn ${arn}\`: a deleted version, or one published in another Region, is refused the same way)`
  const own =
    layer === 'resource'
      ? ''
      : layer === 'identity'
        ? `The caller's own policy refused it: allow \`${SHAREABLE_LAYER_ACTION}\` on the layer version (the statement below). `
        : `The message does not say which side refused: the caller's own \`${SHAREABLE_LAYER_ACTION}\` on the layer version (the statement below) is needed in any case, and is the usual gap. `
  const publisher = publisherOfAccount(parts.account)
  const slip = misnamedLayer(resource)
  if (slip) {
    return `This layer does not exist: ${slip}. Use the ARN its publisher lists for your Region and architecture; no policy change helps a name that is not published.`
  }
  if (publisher) {
    // Shared with every account already: a refusal is most often a version or Region the
    // publisher never published, so that comes before the caller's own Allow (h83-003).
    const then =
      layer === 'resource'
        ? ''
        : ` If it does, the caller's own \`${SHAREABLE_LAYER_ACTION}\` on the layer version is the gap (the statement below).`
    return `It is a published layer (${publisher}), shared with every account: first ${exists}, and use a version its publisher lists for your Region and runtime.${then}`
  }
  return (
    `${own}The layer is account ${tick(parts.account)}'s: ${exists}. ` +
    `Its publisher shares a version with \`aws lambda add-layer-version-permission --layer-name ${tick(parts.name)} --version-number ${tick(version)} --statement-id ID --action ${SHAREABLE_LAYER_ACTION} --principal ACCOUNT_ID\` (an account, an organization or \`*\`, never a role ARN).`
  )
}
