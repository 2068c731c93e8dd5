/** A value from the log put inside a Markdown code span: its backticks become quotes. */
export const tick = (s: string): string => s.replace(/`/g, "'")
