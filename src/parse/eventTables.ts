// Fixed-width event tables (`sam deploy`, `aws cloudformation deploy` in some front ends): each
// cell wraps inside its own column, so a denial in the ResourceStatusReason column is laid over
// many lines with other columns' padding in between. De-tabling reads that column back into one
// sentence for the grammars:
//
//   CREATE_FAILED   AWS::IAM::Role   HelloWorldFunctionRole   API: iam:CreateRole
//                                                             User: arn:aws:iam::833
//                                                             914180760:user/netocod
//                                                             er is not authorized
//
// A cell that fills its column was cut inside a word (the next piece continues it without a
// space); a shorter one ended at a space.

/** A table row whose status-reason cell was read whole: where it stands, and the joined text. */
export interface EventRow {
  start: number
  end: number
  reason: string
}

/**
 * A row: status, resource type, logical ID, then the reason cell (group 2 starts the reason
 * column). Some front ends prefix each output line with `,` (VS Code's output channel).
 */
const ROW =
  /^(,?[ \t]*(?:CREATE|UPDATE|DELETE|IMPORT|ROLLBACK|UPDATE_ROLLBACK|IMPORT_ROLLBACK)_[A-Z_]+[ \t]{2,}(?:AWS|Custom|Alexa)::\S+[ \t]{2,}\S+[ \t]{2,})(\S.*?)[ \t]*$/

/** How far a continuation cell may stand from the column (a `,` prefix shifts a line by one). */
const SLACK = 2

/** Rows the table holds at most, and continuation lines per row: hostile input stays linear. */
const MAX_CONTINUATION = 200

/** The reason-column cell of a continuation line, '' for a line of another column, null past the row. */
function cellAt(line: string, column: number): string | null {
  if (line.trim() === '' || /^,?\s*-{10,}\s*$/.test(line) || ROW.test(line)) return null
  const first = line.search(/[^\s,]/)
  // Text from the line's start is a row or output of its own, even when its cells overflow.
  if (first === -1 || first <= 1) return null
  // Only padding before the column: the line continues this row's reason (or another column).
  if (first >= column - SLACK && first <= column + SLACK) return line.slice(first).trimEnd()
  if (first > column + SLACK) return null
  // Another column wrapped too: its text stands before the reason column.
  for (let at = column - SLACK; at <= column + SLACK; at++) {
    if (/[ \t]/.test(line[at - 1] ?? '') && /\S/.test(line[at] ?? ''))
      return line.slice(at).trimEnd()
  }
  return ''
}

/**
 * Joins a column's pieces. The table wraps at spaces and hyphens, and cuts inside a word only
 * when the word is longer than the column: a piece runs on into the next without a space when it
 * ends in `-`, or fills the column with the start of a word that, joined, is too long for it.
 */
function joinCells(cells: string[]): string {
  const pieces = cells.filter(Boolean)
  const width = Math.max(...pieces.map((c) => c.length))
  let out = pieces[0] ?? ''
  for (let k = 1; k < pieces.length; k++) {
    const prev = pieces[k - 1]!
    const cell = pieces[k]!
    const word = lastWord(prev) + cell.split(' ', 1)[0]!
    const cut = prev.length === width && word.length > width
    out += cut || prev.endsWith('-') ? cell : ' ' + cell
  }
  return out
}

function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1)
}

/** Every event-table row in `text` whose reason cell wraps over more than one line. */
export function eventRows(text: string): EventRow[] {
  const rows: EventRow[] = []
  if (!text.includes('::')) return rows
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const m = ROW.exec(text.slice(lineStart, lineEnd))
    if (!m) {
      lineStart = lineEnd + 1
      continue
    }
    const column = m[1]!.length
    const cells = [m[2]!]
    let end = lineEnd
    let next = lineEnd + 1
    for (let k = 0; k < MAX_CONTINUATION && next < text.length; k++) {
      let nextEnd = text.indexOf('\n', next)
      if (nextEnd === -1) nextEnd = text.length
      const cell = cellAt(text.slice(next, nextEnd), column)
      if (cell === null) break
      cells.push(cell)
      end = nextEnd
      next = nextEnd + 1
    }
    if (cells.length > 1) {
      rows.push({ start: lineStart, end, reason: joinCells(cells) })
    }
    lineStart = end + 1
  }
  return rows
}
