// Prose that quotes an error is mostly about errors in general (`If you see "Not authorized to
// perform …"`), and is then no finding. A reporter quoting what their own run printed says so
// around the quote: `when we try to configure credentials we get the error '…'`, `deploy.yml を
// 実行すると … になり`. These phrases, one rule each, mark a quote as a run's error.

interface AttributionRule {
  /** Where the phrase stands: before the quote (same paragraph) or after it (same line). */
  side: 'before' | 'after'
  re: RegExp
}

const RULES: AttributionRule[] = [
  // First person receiving it: `we get the error`, `I'm getting this message`, `I ran into the error`.
  {
    side: 'before',
    re: /\b(?:we|I)(?:'m|'ve| am| are| have)?\s+(?:(?:always|still|now|then|keep|kept)\s+)?(?:get|got|gets|getting|receive|received|receiving|see|saw|seeing|hit|run into|ran into)\b[^\n]{0,40}?\b(?:error|message|exception|failure)s?\b/i
  },
  // The receiving verb right before the quote, its noun after it: `We were getting `…` error`.
  {
    side: 'before',
    re: /\b(?:we|I)(?:'m|'ve| am| are| was| were| have| had)?\s+(?:(?:always|still|now|then|keep|kept|been)\s+)?(?:get|got|gets|getting|receive|received|receiving|see|saw|seeing|hit|hitting)\s+(?:an?\s+|the\s+|this\s+)?[`'"“‘]?$/i
  },
  // The run itself failing with it: `the deploy job fails with`, `our workflow failed with`.
  {
    side: 'before',
    re: /\b(?:our|my|the)\s+(?:[\w-]+\s+)?(?:job|workflow|pipeline|build|deploy|deployment|run|step|action)\s+(?:fails|failed|is failing|keeps failing)\s+with\b/i
  },
  // A run that failed, its error led in right above or before the quote: `All workflows suddenly
  // started failing on the … step with the following error:` (aws-actions/configure-aws-credentials#900).
  // Past or ongoing only: `would have failed with` or `fails with` tell of no one run.
  {
    side: 'before',
    re: /(?<!\b(?:would|could|might|should|will|may)(?:\s+have)?\s+)\b(?:failed|(?:started|began|begun|keeps?|kept|is|are|was|were|been)\s+failing|broke|errored(?:\s+out)?|crashed)\b[^\n.!?]{0,120}?\bwith\s+(?:the\s+following|this|these|an?|the)\s+(?:\w+\s+)?(?:errors?|messages?|exceptions?|output)\s*[:：]\s*$/i
  },
  // After the quote, where it happened: `` `Error: …` errors occurring in the "Configure …" step``.
  {
    side: 'after',
    re: /^[^\n]{0,3}\s*errors?\s+(?:occurr?ing|occurr?ed|thrown|raised)\s+(?:in|at|during|on)\s+(?:the|our|my)\b/i
  },
  // Japanese: `…を実行すると` (when I run …), `…したところ` (when I did …), on the line before.
  { side: 'before', re: /を実行すると|を実行したところ|実行時に|実行した際/ },
  // Japanese after the quote: `…になり` / `…となり` (it ends in …), `…と表示され` (… is shown).
  { side: 'after', re: /^[^\n]{0,4}(?:になり|となり|になって|と表示され|と出力され|で失敗)/ }
]

/**
 * A troubleshooting entry titled with the error a run prints, whole and verbatim: `Error: "Not
 * authorized to perform sts:AssumeRoleWithWebIdentity"` (configure-aws-credentials' line has no
 * variable part, so the quote is that line as printed). A paraphrase (`"User is not authorized to
 * perform: …"`, no principal) is not what any run printed, and stays prose.
 */
const WHOLE_MESSAGE_TITLE =
  /^[ \t#>*_-]*(?:Error|ERROR):[ \t]*["“]Not authorized to perform sts:AssumeRoleWith(?:WebIdentity|SAML)\.?["”][*_ \t]*$/

/** The line of `text` that holds position `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const nl = text.indexOf('\n', at)
  return text.slice(start, nl === -1 ? text.length : nl)
}

/** How far before the quote its paragraph may say who printed it. */
const BEFORE_CHARS = 300

/**
 * Whether the prose around a quote that opens at `quoteAt` and closes at `closeAt` says a run of
 * the reporter's printed it. Bounded: one paragraph's tail before, one line after.
 */
export function quotesARun(text: string, quoteAt: number, closeAt: number): boolean {
  if (WHOLE_MESSAGE_TITLE.test(lineAt(text, quoteAt))) return true
  let from = Math.max(0, quoteAt - BEFORE_CHARS)
  const blank = text.slice(from, quoteAt).lastIndexOf('\n\n')
  if (blank !== -1) from += blank + 2
  const before = text.slice(from, quoteAt)
  const nl = text.indexOf('\n', closeAt)
  const after = text.slice(closeAt, nl === -1 ? text.length : Math.min(nl, closeAt + 120))
  return RULES.some((r) => r.re.test(r.side === 'before' ? before : after))
}
