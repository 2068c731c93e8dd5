// A masked segment named for the slot the catalog's ARN format puts in its place. After a type
// word, two or more slots in a row name different things: Lex's `bot-alias/${BotId}/${BotAliasId}`
// holds the bot's ID first, so `bot-alias/[ID]/[ID]` is no alias ID twice (heldout75 review h75-011).
import { serviceResourceTypes } from '../catalog/Catalog.js'

const SLOT = /^\$\{(\w+)\}$/

/** A format's resource part split as a printed one is (separators at the odd indexes). */
function pathPieces(format: string): string[] | null {
  const m = /^arn:\$\{Partition\}:[\w-]+:[^:]*:[^:]*:(.+)$/.exec(format)
  return m ? m[1]!.split(/([/:])/) : null
}

function fits(
  format: string[],
  printed: readonly string[],
  masked: (piece: string) => boolean
): boolean {
  if (format.length !== printed.length) return false
  return format.every((piece, i) =>
    i % 2 === 1
      ? piece === printed[i]
      : SLOT.test(piece) || (piece === printed[i] && !masked(piece))
  )
}

/**
 * The slot (`BotId`) at `index` of the printed path's pieces, when every ARN format of the service
 * shaped as the path agrees on it and it stands in a run of two or more slots; null otherwise.
 */
export function runSlotAt(
  service: string,
  pieces: readonly string[],
  index: number,
  masked: (piece: string) => boolean
): string | null {
  const names = new Set<string>()
  for (const format of Object.values(serviceResourceTypes(service)).flat()) {
    const path = pathPieces(format)
    if (!path || !fits(path, pieces, masked)) continue
    const slot = SLOT.exec(path[index]!)?.[1]
    const inRun = SLOT.test(path[index - 2] ?? '') || SLOT.test(path[index + 2] ?? '')
    if (!slot || !inRun) return null
    names.add(slot)
  }
  return names.size === 1 ? [...names][0]! : null
}

/** `BotAliasId` → `BOT_ALIAS_ID`. */
export function slotToken(slot: string): string {
  return slot.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
}

/** `BotAliasId` → `the bot alias ID`. */
export function slotWords(slot: string): string {
  const words = slot.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ')
  return `the ${words.map((w) => (w === 'Id' ? 'ID' : w.toLowerCase())).join(' ')}`
}
