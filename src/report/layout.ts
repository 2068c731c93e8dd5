// Fits a Markdown document into a size budget without ever cutting inside a construct:
// the document is a list of self-contained blocks (a whole list item, a whole <details> with
// its code blocks), and whole blocks are left out, last sections first in priority order.

export interface Block {
  text: string
  /** Findings (indexes into Report.findings) whose cause this block states. */
  causes?: number[]
}

export interface Section {
  heading?: string
  items: Block[]
  /** Always kept (intro, footer): their size is reserved before anything else. */
  required?: boolean
  /** Keep a prefix only (numbered lists must not skip numbers). */
  prefixOnly?: boolean
}

export type Measure = (s: string) => number

export interface Layout {
  text: string
  /** Blocks left out to respect the budget. */
  omittedBlocks: number
  /** Findings whose cause line was left out. */
  omittedCauses: number
}

const SEP = '\n\n'

export const utf16Length: Measure = (s) => s.length

/** UTF-8 bytes, without Buffer/TextEncoder (keeps the core free of platform globals). */
export const utf8Length: Measure = (s) => {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

function blocksOf(section: Section): string[] {
  // A heading with nothing under it is left out.
  return section.heading === undefined || section.items.length === 0
    ? section.items.map((b) => b.text)
    : [section.heading, ...section.items.map((b) => b.text)]
}

/**
 * Lays the sections out within `budget` (as measured). `note(omittedCauses)` is appended when
 * something had to be left out; its size is reserved up front.
 */
export function layout(
  sections: Section[],
  budget: number,
  measure: Measure,
  note: (omittedCauses: number) => string
): Layout {
  const all = sections.flatMap(blocksOf)
  const full = all.join(SEP)
  if (measure(full) <= budget) return { text: full, omittedBlocks: 0, omittedCauses: 0 }

  const totalCauses = new Set(sections.flatMap((s) => s.items.flatMap((b) => b.causes ?? []))).size
  const sep = measure(SEP)
  // The note's wording differs when no cause was dropped: reserve the longer one.
  let left = budget - Math.max(measure(note(totalCauses)), measure(note(0))) - sep
  for (const s of sections) {
    if (s.required) for (const b of blocksOf(s)) left -= measure(b) + sep
  }

  const kept: Block[][] = sections.map(() => [])
  let omittedBlocks = 0
  sections.forEach((section, i) => {
    if (section.required) {
      kept[i] = section.items
      return
    }
    let headingCost = section.heading === undefined ? 0 : measure(section.heading) + sep
    let stopped = false
    for (const block of section.items) {
      const cost = measure(block.text) + sep + headingCost
      if (!stopped && cost <= left) {
        kept[i]!.push(block)
        left -= cost
        headingCost = 0
      } else {
        omittedBlocks++
        if (section.prefixOnly) stopped = true
      }
    }
  })

  const shown = new Set(kept.flatMap((blocks) => blocks.flatMap((b) => b.causes ?? [])))
  const omittedCauses = totalCauses - shown.size
  // The note goes after the last section that lost something, before a trailing footer.
  const lastOptional = sections.map((s) => !s.required).lastIndexOf(true)
  const out: string[] = []
  sections.forEach((section, i) => {
    const blocks = kept[i]!
    if (blocks.length > 0 || section.required) out.push(...blocksOf({ ...section, items: blocks }))
    if (i === lastOptional) out.push(note(omittedCauses))
  })
  if (lastOptional < 0) out.push(note(omittedCauses))
  return { text: out.join(SEP), omittedBlocks, omittedCauses }
}
