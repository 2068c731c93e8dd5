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

/** The open ARN is the sentence's resource. */
const RESOURCE_OPEN = /\bon[ \t]+resource:?[ \t]*["'`]?arn:\S*$/
/** The next line starts a sentence of its own: a token, then `is not authorized`. */
const SUBJECT_NEXT = /^[^\s"'`]+[ \t]+is[ \t]+not[ \t]+autho/

/** Characters after which an ARN cannot end: the wrap fell inside a name. */
const OPEN_END = /[-/:_.]$/

/**
 * Lines this long are a width a terminal or table wraps at; a shorter line whose ARN ends on a
 * letter may be a message of its own that happens to end with an ARN.
 */
const MIN_WRAP_WIDTH = 60

/**
 * Words of the denial sentence a wrap may cut (`… is not autho` / `rized to perform: …`): the
 * line ends with a head of one and the next starts with its tail, so the two are one word.
 */
const SENTENCE_WORDS = ['authorized', 'perform', 'resource', 'because', 'explicit', 'identity']
const WORD_HEAD = /(?:^|[^A-Za-z])([A-Za-z]{2,9})$/

function splitWord(line: string, next: string): boolean {
  const head = WORD_HEAD.exec(line)?.[1]
  if (!head) return false
  return SENTENCE_WORDS.some(
    (w) =>
      w.length > head.length &&
      w.startsWith(head) &&
      next.startsWith(w.slice(head.length)) &&
      !/[A-Za-z]/.test(next[w.length - head.length] ?? '')
  )
}

/** The rest of an ARN that a wrap cut at a separator: `…/branches/deploy` / `/dev (RequestId: …`. */
const ARN_TAIL = /^[/:][\w.+=@-]+(?:[/:][\w.+=@-]+)*(?=[\s"'`)(,]|$)/

/** Whether `line` ends inside a token that `next` continues (see the file comment). */
export function splitToken(line: string, next: string): boolean {
  if (line.length === 0 || next.length === 0) return false
  if (/\s/.test(line[line.length - 1]!) || /\s/.test(next[0]!)) return false
  if (line.length < MIN_WRAP_WIDTH && !OPEN_END.test(line)) return false
  if (line.length >= MIN_WRAP_WIDTH && splitWord(line, next)) return true
  // Only the last 2 KiB can hold the ARN (IAM ARNs are at most 2048 characters).
  const tail = line.slice(-2100)
  if (!OPEN_ARN.test(tail)) return false
  const rest = next.slice(0, 2100)
  // A resource's rest goes on to its reason clause, never to `is not authorized`: that is the
  // next sentence's subject (`…/consumer/my-consumer` / `xxx is not authorized …`, aws/aws-cdk#22184).
  if (RESOURCE_OPEN.test(tail) && SUBJECT_NEXT.test(rest)) return false
  return (
    REST_THEN_SENTENCE.test(rest) ||
    (line.length >= MIN_WRAP_WIDTH && (ARN_TAIL.test(rest) || restThenCutSentence(rest)))
  )
}

/** The ARN's rest, then the sentence's `is not autho` cut by the next wrap. */
function restThenCutSentence(rest: string): boolean {
  const m =
    /^(?!arn:|User:)(?=[^\s"'`]*[A-Za-z0-9])[^\s"'`]+[ \t]+is[ \t]+not[ \t]+([A-Za-z]{2,9})$/.exec(
      rest
    )
  return !!m && 'authorized'.startsWith(m[1]!)
}
