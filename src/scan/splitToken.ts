// A value cut mid-token by a wrap: a terminal, an events table or a reporter's editor broke an
// ARN at a fixed width, with no space at the break, and the sentence goes on after its rest:
//   `User: arn:aws:sts::1:assumed-role/Stack-Writer-1TVU/DNSS`
//   `tack-Writer-XVqk is not authorized to perform: …`
// The break is no line end of the message: the two halves are one token.

/** An ARN (or what a reporter left of one) running into the end of the line, still open. */
const OPEN_ARN = /(?:^|[\s"'`(:])arn:\S*$/

/**
 * The start of the next line: the ARN's rest (one token with a letter or digit: a comment or quote
 * gutter such as `#` or `>` is no rest), then a word of the denial sentence that only ever
 * follows a principal or a resource.
 */
const REST_THEN_SENTENCE =
  /^(?!arn:|User:)(?=[^\s"'`]*[A-Za-z0-9])[^\s"'`]+[ \t]+(?:is[ \t]+not[ \t]+authorized\b|because[ \t]+no\b|with[ \t]+an[ \t]+explicit[ \t]+deny\b|on[ \t]+resource\b)/

/** Characters after which an ARN cannot end: the wrap fell inside a name. */
const OPEN_END = /[-/:_.]$/

/**
 * Lines this long are a width a terminal or table wraps at; a shorter line whose ARN ends on a
 * letter may be a message of its own that happens to end with an ARN.
 */
const MIN_WRAP_WIDTH = 60

/** Whether `line` ends inside a token that `next` continues (see the file comment). */
export function splitToken(line: string, next: string): boolean {
  if (line.length === 0 || next.length === 0) return false
  if (/\s/.test(line[line.length - 1]!) || /\s/.test(next[0]!)) return false
  if (line.length < MIN_WRAP_WIDTH && !OPEN_END.test(line)) return false
  // Only the last 2 KiB can hold the ARN (IAM ARNs are at most 2048 characters).
  return OPEN_ARN.test(line.slice(-2100)) && REST_THEN_SENTENCE.test(next.slice(0, 2100))
}
