// The leftmost match of an expression V8 cannot skip through (it opens with a look-behind or an
// optional group, so it is tried at every position of a record) found by jumping between the
// fixed strings every match holds: only the few positions just before one are tried.

/** An expression and the fixed strings every one of its matches holds near its start. */
export interface AnchoredSearch {
  /** The expression, sticky (`y`): it is tried at single positions. */
  sticky: RegExp
  /** Every match holds one of these. */
  anchors: readonly string[]
  /** How far after the match's start the anchor may begin, at most. */
  reach: number
}

export function anchoredSearch(
  source: string,
  flags: string,
  anchors: readonly string[],
  reach: number
): AnchoredSearch {
  return { sticky: new RegExp(source, flags.replace(/[gy]/g, '') + 'y'), anchors, reach }
}

/**
 * What `exec` of the same expression with the `g` flag and `lastIndex = from` returns: the match
 * starting leftmost at or after `from`. A match starting at s holds an anchor at s..s+reach, so
 * no match starts more than `reach` before the next anchor; each position is tried once, in order.
 */
export function execFrom(
  search: AnchoredSearch,
  text: string,
  from: number
): RegExpExecArray | null {
  let tried = from
  for (;;) {
    let anchor = -1
    for (const a of search.anchors) {
      const i = text.indexOf(a, tried)
      if (i !== -1 && (anchor === -1 || i < anchor)) anchor = i
    }
    if (anchor === -1) return null
    for (let s = Math.max(tried, anchor - search.reach); s <= anchor; s++) {
      search.sticky.lastIndex = s
      const m = search.sticky.exec(text)
      if (m) return m
    }
    tried = anchor + 1
  }
}
