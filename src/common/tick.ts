/** A value from the log put inside a Markdown code span: its backticks become quotes. */
export const tick = (s: string): string => s.replace(/`/g, "'")

/** A value from the log as a Markdown code span: in backticks, its own backticks made quotes. */
export const codeSpan = (s: string): string => `\`${tick(s)}\``
