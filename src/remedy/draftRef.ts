// A note may point at another change of the same report ("see fix 2"). Drafts are numbered only
// once every finding has contributed, so a note holds a marker that buildRemedies resolves.

const MARK = '\u0001'

/** The marker for the draft `id`, resolved to its number by `resolveDraftRefs`. */
export function draftRef(id: string): string {
  return `${MARK}${id}${MARK}`
}

/** `fix N` for every marker (N counts the report's changes from 1); an unknown id keeps its id. */
export function resolveDraftRefs(note: string, ids: readonly string[]): string {
  if (!note.includes(MARK)) return note
  // Split on the mark: odd pieces are ids (a regular expression would need the control character).
  return note
    .split(MARK)
    .map((piece, i) => {
      if (i % 2 === 0) return piece
      const at = ids.indexOf(piece)
      return at < 0 ? piece : `fix ${at + 1}`
    })
    .join('')
}
