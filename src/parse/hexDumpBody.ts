// The Go SDK v1 dumps an error body it could not parse as hex (`UnmarshalError: failed to unmarshal
// error message 00000000  3c 4d 69 73 … |<MissingAuthenti|`, grafana/grafana#32531): the bytes
// still name the error. Read from the hex columns, never the printable sidebar (it shows `.` for
// newlines and may be cut by the writer).

/** One dump row: an 8-digit offset, then up to sixteen two-digit bytes. */
const ROW = /\b[0-9a-f]{8}((?:[ \t]{1,2}[0-9a-f]{2}){1,16})/g

/** Longest dump read, in characters of text: a body, not a whole log. */
const DUMP_REACH = 4096

/** The dumped bytes after `from`, as text (latin1), or '' when no dump starts there. */
export function hexDumpText(text: string, from: number): string {
  const slice = text.slice(from, from + DUMP_REACH)
  let bytes = ''
  ROW.lastIndex = 0
  let last = 0
  for (let m = ROW.exec(slice); m; m = ROW.exec(slice)) {
    // Rows follow one another, their sidebar (`|…|`) or a line break between them.
    if (bytes && m.index - last > 40) break
    for (const pair of m[1]!.trim().split(/[ \t]+/))
      bytes += String.fromCharCode(parseInt(pair, 16))
    last = m.index + m[0].length
  }
  return bytes
}

/**
 * The error code a dumped body names: the XML root of a Query/REST-XML error (`<MissingAuthentication
 * TokenException>`), its `<Code>`, or a JSON body's `__type`. Null when none.
 */
export function hexDumpCode(text: string, from: number): string | null {
  const body = hexDumpText(text, from)
  if (!body) return null
  const code =
    /<Code>([A-Za-z][\w.]{2,80})<\/Code>/.exec(body)?.[1] ??
    /"__type"\s*:\s*"(?:[\w.]+#)?([A-Za-z][\w.]{2,80})"/.exec(body)?.[1] ??
    /^\s*<([A-Z][A-Za-z]{2,80}(?:Exception|Error|Denied|Token))>/.exec(body)?.[1]
  return code ?? null
}
