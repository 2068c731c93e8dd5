// Prose that explains an error in general rather than a run printing it: a tutorial's "when you
// call X, Bedrock returns AccessDeniedException with a message like …", a definition ("the error
// message "…" typically occurs …"), a pull request's "if you don't have it, you get `…`", a page
// introducing "the kind of log you might see". Each shape reads the sentence holding the
// candidate, or the line that leads in to the block holding it. None applies when the text says
// it happened to the writer (I, we, my, our) or names a real account: a question ("When I run
// deploy I get …") and a pasted run stay findings.
import type { Denial } from '../model/Denial.js'
import { LineLiterals } from './lineLiterals.js'
import { classifyCode } from './codes.js'

/** What a shape reads around a candidate. */
export interface ProseView {
  /** The candidate's sentence up to the candidate (empty when the candidate opens its line). */
  head: string
  /** The sentence after the candidate's quoted span (or after the candidate when unquoted). */
  tail: string
  /** The nearest prose line above, when the candidate opens its line or block; else ''. */
  lead: string
  /** The nearest Markdown heading above the candidate's line, or ''. */
  heading: string
  /** The sentence after the candidate's: on its line, else the next line's first (or ''). */
  next?: string
  /**
   * The message is a writer's fragment, short of the grammar AWS prints: `User is not authorized
   * to perform: …` with no principal after the label.
   */
  fragment?: boolean
  /** What follows the candidate on its line when no quote holds it, read for the IAM sentence. */
  after?: string
  /** The candidate's whole line. */
  line?: string
  /**
   * The sentence after the candidate's quoted span as `tail`, read even when the candidate's
   * sentence has no words before it (`Otherwise "AccessDenied: Access Denied" errors will …`).
   */
  beyond?: string
  /** The candidate's own text. */
  span?: string
  /** The header row of the Markdown table whose row holds the candidate, or ''. */
  table?: string
  /**
   * Whether the head holds one of these fixed strings (case-insensitively): an expression that
   * cannot match without one is not run. Absent, every expression runs.
   */
  has?: (literals: readonly string[]) => boolean
}

/**
 * One sentence shape: `holds` says whether the view is general prose about an error, `leads`
 * whether the lead-in above says so (the same for every candidate of a line: judged once).
 */
export interface ProseShape {
  id: string
  holds?(v: ProseView): boolean
  leads?(lead: string): boolean
}

/** Whether the head may hold one of `literals` (see `ProseView.has`). */
function may(v: ProseView, literals: readonly string[]): boolean {
  return v.has ? v.has(literals) : true
}

// What each head expression below cannot match without, one of each list (spelt as written in
// the expression, case-insensitively; `__tests__/properties/lineFacts.property.test.ts` holds
// them to it).
/** ERROR_NOUN's words. */
const NOUN_WORDS = ['error', 'message', 'exception', 'response', 'failure', 'denial']
/** The quote an ERROR_SUBJECT or EXAMPLE_INTRO opens. */
const QUOTE_MARKS = ['"', "'", '`', '“', '‘']
/** YOU_OCCASION's occasion, then its reader. */
const OCCASION_WORDS = ['when', 'if', 'once', 'unless', 'after', 'try', 'attempt']
const OCCASION_READERS = ['you', 'one', 'user']
/** EXAMPLE_INTRO's markers of an example. */
const EXAMPLE_WORDS = [
  'like',
  'such as',
  'similar to',
  'along the lines of',
  'e.g.',
  'for example',
  'for instance'
]
/** YOU_MEET's verbs. */
const MET_WORDS = [
  'bumped into',
  'run into',
  'ran into',
  'come across',
  'encountered',
  'stumbled',
  'faced'
]
/** GENERAL_MEETING's verbs and readers. */
const MEET_WORDS = [
  'encounter',
  'see',
  'get',
  'receive',
  'hit',
  'face',
  'meet',
  'run into',
  'come across',
  'bump into',
  'stumble'
]
const MEETING_READERS = [
  'you',
  'one',
  'user',
  'people',
  'developer',
  'engineer',
  'team',
  'customer'
]
/** NOMINAL_MEETING's verbs. */
const MEETING_WORDS = [
  'receiving',
  'getting',
  'seeing',
  'encountering',
  'hitting',
  'facing',
  'running into'
]
/** LOOKOUT's verbs and its colon. */
const LOOKOUT_WORDS = [
  'look',
  'watch',
  'search',
  'grep',
  'want',
  'need',
  'expect',
  'hope',
  'recogni'
]
const COLONS = [':', '：']

/** ERROR_SUBJECT on the head, asked only when the head holds its noun and quote. */
function errorSubject(v: ProseView): boolean {
  return may(v, NOUN_WORDS) && may(v, QUOTE_MARKS) && ERROR_SUBJECT.test(v.head)
}

/** Words naming an error as a thing talked about. */
const ERROR_NOUN = String.raw`(?:error|message|exception|response|failure|denial)s?`

/** An occasion addressed to any reader: `When you call …`, `If you don't have it, …`. */
// Or a tutorial's second person opening the sentence (`You try to assume an IAM role and get
// AccessDenied: …`, tutorials.dodatech.com): the reader's occasion, not a run of the writer's.
const YOU_OCCASION =
  /\b(?:when|whenever|if|once|unless|after)\s+(?:you|one|users?|someone)\b(?!'re getting)|^\W{0,3}you\s+(?:try|attempt)\s+to\b/i

/**
 * A sentence promising the error its colon introduces (aws/amazon-ecr-credential-helper#288: `if
 * you run "docker build" …, you will get the error: "no basic auth credentials"`): an issue's
 * reproduction quoting what its run printed, as the lead-in `you will get an error:` is (see
 * SAMPLE_LEAD), not an error named in general.
 */
const PROMISED =
  /\byou will (?:get|see|receive)\s+(?:the|this|an?)\s+(?:following\s+)?(?:error|message|exception)\s*:\s*["'`“]?\s*$/i

/** PROMISED's word (a list made once: the head's facts are kept by list). */
const WILL = ['will']

function promised(v: ProseView): boolean {
  return may(v, WILL) && PROMISED.test(v.head)
}

/** What the occasion leads to: `you get`, `Bedrock returns`, `you see the error`. */
const OUTCOME =
  /\b(?:get|gets|see|sees|receive|receives|encounter|encounters|hit|hits|return|returns|throw|throws|raise|raises|will (?:get|see|receive|fail))\b/i

/** An error introduced as one example of its kind: `a generic message like "`, `e.g., "`. */
const EXAMPLE_INTRO = new RegExp(
  String.raw`(?:\b${ERROR_NOUN}(?:\s+\w+)?\s+(?:like|such as|similar to|along the lines of)|\be\.g\.|\bfor example|\bfor instance|\bsomething like)[,:]?\s*(?:[("'\`“‘][^"'\`“”‘’]*)?$`,
  'i'
)

/** `The error message "` / `this exception \``: the error as the subject of a sentence. */
const ERROR_SUBJECT = new RegExp(
  String.raw`\b(?:the|this|that|an?)\s+(?:\w+\s+)?${ERROR_NOUN}(?:\s+message)?\s*[:,]?\s*["'\`“‘][^"'\`“”‘’]*$`,
  'i'
)

/** What a definition says of the error after it: `typically occurs`, `means`, `is returned when`. */
const DEFINES =
  /^\s*[,)]?\s*(?:\w+ly\s+)?(?:occurs|happens|appears|means|indicates|signifies|suggests|shows up|is (?:thrown|raised|returned|caused|common|usually|typically|often|generally|a |an |the )|can (?:occur|happen|appear|mean|be)|may (?:occur|happen|appear|mean|be)|will (?:occur|appear|be))\b/i

/** Any reader meeting the error: `chances are you've bumped into`, `you have probably seen`. */
const YOU_MEET =
  /\b(?:chances are|you(?:'ve| have| may have| might have| will| may| might| probably| likely)?)\s+(?:\w+\s+)?(?:bumped into|run into|ran into|come across|encountered|stumbled (?:up)?on|faced)\b/i

/**
 * A lead-in presenting what follows as a sample of its kind: `the following type of error
 * message:`, `the kind of app log you might see`, `something like this`, `suppose` (Korean
 * `…다고 하자`, Japanese `…とします`, Chinese `假设`). Not `for example, the role is getting this
 * error:` nor `you will get an error:`: troubleshooting notes lead in to a run's error so; nor
 * `something like this happens:`, a run's error told as it came (aws/aws-sdk-ruby#1064).
 */
// A failure that can happen (`a new table can fail with:`, a Terraform file's header comment)
// introduces a sample too.
const SAMPLE_LEAD =
  /\b(?:(?:kind|type|sort) of (?:\w+ ){0,3}(?:error|message|log|output|exception|response)|something like (?:this|that)\b(?! (?:happens|happened|occurs|occurred|appears|appeared|shows up|showed up|comes up|came up)\b)|(?:can|could|may|might) (?:\w+ ){0,2}fail with[ \t]*[:：]|suppose\b|imagine\b)|다고 하자|とします|假设/i

/**
 * A lead-in naming a list of fragments a tool matches (`looks for one or more of these log
 * fragments:`): a determiner and a plural, so `the failure signature:` is no such lead-in.
 */
const FRAGMENT_LEAD =
  /\b(?:these|the following|any of)\b[^:\n]*\b(?:fragments|patterns|keywords|substrings|signatures|strings|phrases|matchers)\b[^\n]*:\s*$/i

/**
 * An issue template's section for what should have happened. Not `Expected result:` / `output`:
 * a workshop step shows there the refusal its command prints.
 */
const EXPECTED_HEADING = /^\s*(?:#{1,6}\s*|\*\*)\s*Expected\s+behaviou?r\b/i

/**
 * A runbook's or README's section listing the errors one may meet (`**Common Errors:**`, `## 🚨
 * Common Error Messages`, `### Known issues`): the messages under it are samples, each item its
 * own. Not `Troubleshooting`: notes on a run quote its real error under that.
 */
const ERROR_LIST_HEADING =
  /^\s*(?:#{1,6}\s*|\*\*)[^\w\n]*(?:Common|Typical|Frequent|Usual|Known|Possible)\s+(?:\w+\s+)?(?:errors?|error messages|issues|problems|failures|pitfalls)\b/i

/** What a heading `proseLine` looks for must hold: asked of the text above before the heading is. */
const SECTION_WORDS = /Expected|Common|Typical|Frequent|Usual|Known|Possible/i

/** Readers in general: `you`, `one`, `users`, `many developers`, `most people`. */
const GENERIC_READER = String.raw`(?:(?:many|most|some|lots of|a lot of)\s+(?:\w+\s+)?(?:users|people|developers|engineers|teams|customers)|users|people|developers|engineers|teams)`

/** Meeting an error: `encounter`, `run into`, `hit`, `see`, `get`, `receive`. */
const MEET_VERB = String.raw`(?:encounter|see|get|receive|hit|face|meet|run into|come across|bump into|stumble (?:up)?on)s?`

/**
 * An error met in general, not once: a reader who might meet it (`you might encounter the
 * error:`), or readers at large who do (`many users encounter the error:`). Present or modal,
 * never past: a past tense tells of one run. The noun is the writer's, not a quoted body's key
 * (`you will get \`"Message": "User: anonymous is not authorized…"\``, serverless/serverless#5071).
 */
const GENERAL_MEETING = new RegExp(
  String.raw`(?:\b(?:you|one)\s+(?:might|may|could|can|will|would|often|sometimes|usually)\s+(?:also\s+)?${MEET_VERB}|\b${GENERIC_READER}\s+(?:(?:might|may|could|can|will|often|sometimes|usually|typically|commonly|frequently)\s+)?(?:also\s+)?${MEET_VERB})\b[^.!?]{0,80}\b${ERROR_NOUN}\b(?!["'])[^.!?]*$`,
  'i'
)

/** Meeting the error as a topic, with no one doing it: `the issue of receiving the error "`. */
const NOMINAL_MEETING = new RegExp(
  String.raw`\b(?:of|about|on)\s+(?:\w+\s+)?(?:receiving|getting|seeing|encountering|hitting|facing|running into)\s+(?:the|this|that|an?)\s+(?:\w+\s+)?${ERROR_NOUN}\b[^.!?]*$`,
  'i'
)

/** What an error usually has as its cause, said after it: `…, is typically caused by`. */
const GENERAL_CAUSE =
  /\b(?:is|are)\s+(?:typically|usually|commonly|often|generally|mostly|normally|most often)\s+(?:caused|due|triggered|the result|a sign)\b/i

/**
 * A quoted message named as what would follow in general: `Otherwise "AccessDenied: Access Denied"
 * errors will end up in the log` (Chocobozzz/PeerTube#4861, h138-020). A run's line says what
 * happened, not what errors will.
 */
const FORESEEN =
  /^["'`”’]?\s*(?:errors?|exceptions?|messages?|failures?)\s+(?:will|would|may|might|can|could)\s+(?:end up|appear|show up|occur|happen|be (?:logged|raised|thrown|returned|printed|shown))\b/i

/**
 * A sentence foretelling the error it quotes (`Image push will fail with error \`no basic auth
 * credentials\``, a pull request's description, aws-containers/appmeshworkshop#9): what would
 * happen, not what a run printed.
 */
const FORETOLD =
  /\b(?:will|would)\s+(?:fail|break|error out)\s+with(?:\s+(?:the|an|this))?\s+(?:error|message|exception)s?\s*:?\s*["'`“]?\s*$/i

/** Whether `span` stands in the text of a Markdown link (`[… span …](https://…)`) on `line`. */
function linkTitle(line: string, span: string): boolean {
  const at = span === '' ? -1 : line.indexOf(span)
  if (at === -1) return false
  const open = line.lastIndexOf('[', at)
  if (open === -1 || line.lastIndexOf(']', at) > open) return false
  return /^[^[\]\n]{0,400}\]\(https?:\/\/[^\s()]{1,400}\)/.test(line.slice(at))
}

/** A Markdown heading opening with a quote, perhaps after `Error:`: the heading is the message. */
const BOLD_QUOTED_LINE =
  /^\s{0,3}(?:[-*+][ \t]{1,3})?\*\*(?:[^"“*\n]{1,24}[:：][ \t]*)?["“][^\n]{1,300}["”]\*\*[ \t]*$/
const QUOTED_HEADING = /^\s{0,3}#{1,6}[ \t]+(?:[*_]{0,2}Error:?[*_]{0,2}[ \t]*)?["'`“]/

/** The sentence after a quoted fragment defining it: `This error means …`, `It occurs when …`. */
const DEFINED_NEXT =
  /^\s*(?:this|that|it|the)\s+(?:(?:error|message|exception|failure)\s+)?(?:\w+ly\s+)?(?:means|occurs|happens|indicates|appears|is (?:thrown|raised|returned|caused))\b/i

/**
 * A writer pointing at what to look for in output: `# Look for:`, `Symptom to recognise:`, `You
 * want to see, in the error, …:`, `grep for`. Output a run printed is not introduced so.
 */
const LOOKOUT =
  /\b(?:look\s+(?:out\s+)?for|watch\s+(?:out\s+)?for|search\s+for|grep\s+for|(?:want|need|expect|hope)\s+to\s+see|to\s+recogni[sz]e)\b[^.!?\n]{0,80}[:：]\s*["'`“‘]?\s*$/i

/**
 * General wording closing a CJK sentence that quotes an error: possibility or frequency
 * (`…かもしれません`, `…ことがあります`, `可能会…`, `…수 있습니다`), never a past tense of one run.
 */
const CJK_GENERAL =
  /かもしれ(?:ません|ない)|ことが(?:あります|ある|多い)|場合があります|がちです|可能会|常常|经常|通常会|수\s*있습니다|수\s*있다|경우가\s*(?:있습니다|많습니다)/

/** Where a CJK rule reads: the sentence after the quote, the whole sentence, or the next one. */
type CjkPlace = 'tail' | 'sentence' | 'next'

/**
 * CJK wording that makes a quoted message a sample of its kind, one rule each (data, read by the
 * `cjk-general` shape). Each holds only in CJK prose and never beside a past tense of one run.
 */
const CJK_RULES: { place: CjkPlace; re: RegExp }[] = [
  // Possibility or frequency closing the sentence (see CJK_GENERAL).
  { place: 'tail', re: CJK_GENERAL },
  // The message as one example of its kind, right after it: `「…」といった…メッセージ`,
  // `… 같은 메시지로`, `…之类的错误`, `…などのエラー`.
  {
    place: 'tail',
    re: /^[\s.…」』"”'’`)）\]]*(?:といった|などの|のような|みたいな|(?:와|과)?\s*같은|등의|之类的?|这样的|这类|等(?:错误|报错|信息|消息))/
  },
  // Readers at large, or the error called common: `多くの開発者を悩ませます`, `许多开发者会遇到一个
  // 常见的错误`, `많은 개발자가`, `よくある`, `흔히`.
  {
    place: 'sentence',
    re: /多くの(?:開発者|ユーザー|エンジニア|人)|よくある|(?:许多|很多|无数)(?:开发者|用户|人)|(?:可能会?|经常|常常|往往)遇到|常见的?(?:错误|问题|報錯|报错)|많은\s*(?:개발자|사용자|분)|흔(?:한|히)|자주\s*(?:발생하는|보는|만나는|겪는)/
  },
  // The sentence defining the message: `…は、…場合に発生するエラーです`, `… 때 발생하는 오류입니다`,
  // `…时出现的错误`.
  {
    place: 'tail',
    re: /(?:場合|とき|時|際)に(?:発生|表示|出力)(?:する|される)(?:エラー|メッセージ)です|(?:때|경우)\s*(?:발생하는|나타나는|표시되는)\s*(?:에러|오류|메시지)입니다|时(?:出现|返回|抛出|发生)的(?:错误|报错)/
  },
  // The next sentence defining the message: `このエラーは、…が原因です`, `이 메시지는 … 의미합니다`,
  // `这个错误表示…`.
  {
    place: 'next',
    re: /^[^。！？.]*?(?:この|その|이|그|这个?|该|此)\s*(?:エラー|メッセージ|에러|오류|메시지|错误|報錯|报错|消息|信息)[^。！？]*?(?:意味します|意味する|を示して|が原因|原因です|의미합니다|뜻합니다|나타냅니다|때문입니다|表示|意味着|说明|是由)/
  }
]

/**
 * A past tense of one run around the quote: `…が出ました`, `…弾かれた。`, `…실패했습니다`, `…出现了`
 * (not `といった`, "such as").
 */
const CJK_PAST =
  /ました|でした|だった|(?<![てで]|といっ)た(?:[。、！]|$)|했습니다|했어요|했다|났습니다|났어요|었습니다|았습니다|었어요|았어요|떴습니다|떴어요|了/

/** Letters of the CJK scripts: the candidate sits in CJK prose. */
const CJK_LETTER = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/

/**
 * A run's shape around the message: a timestamp or log level opening its line (or Packer's and
 * Vagrant's `==> amazon-ebs: ` step prefix), a request id, a stack frame or a status line after it. Such a block is output, whatever the prose above says.
 */
const RUN_SHAPE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|==> [\w.-]+: |[EWIF]\d{4} \d{2}:\d{2}|##\[error\]|\s*at\s+\S+\s+\(|File "[^"]+", line \d+|\$\s)|\b(?:request id|RequestId|Request ID)\s*[:=]\s*[0-9a-f-]{8,}|\bexit(?:ed with)? code\b|\bstatus code:?\s*\d{3}\b/im

/**
 * The sentence used as a noun's modifier, the noun after it: `Nature of Not authorized to perform
 * iam:PassRole error`, `… iam:PassRole error - Tips to fix it ?`. AWS ends the sentence with the
 * action, a resource or a reason, never with `error`.
 */
const NAMED_AS_ERROR =
  /^\s*(?:error|exception|issue|problem)s?(?=\s*(?:$|[-–—?.,;!)]|\s(?:in|on|when|while|with|and|is|occurs|tips|fix|solution|explained)\b))/i

/**
 * A reStructuredText literal block's marker closing the prose above it (`… silently denied
 * with::`, `… see an error like::`): what follows is a docstring's or a manual's sample.
 */
const REST_LITERAL_LEAD = /(?:^|[\s(])[A-Za-z]+::\s*$/
const LOG_TAG_ONLY = /^\s*[A-Z]{3,12}::\s*$/

/**
 * A page's list of what one may see, flattened onto one line: `Symptoms - \`terraform init\`
 * fails: "…" - Error: "NoSuchBucket: …" - Error: "InvalidClientTokenId: …"`. One quoted message
 * after the label is a note on a run (`**Symptom:** \`Could not assume role …\``); several,
 * each its own item, are the possibilities.
 */
const SYMPTOM_LABEL =
  /^\s*(?:#{1,6}\s*)?(?:Symptoms?|Common (?:errors|symptoms)|Possible errors)\s*[-–—:]\s/i
const QUOTED_ITEM = /\s[-–—•]\s+(?:Error:\s*)?["'`“]/g
/**
 * A table header that hedges its causes (`| Error message | Likely cause | Refer to |`) or lists
 * symptoms beside their cause or fix: a page of what may go wrong. A team's table of the errors it
 * hit and the permission each missed (`| Error | Missing Permission | Solution |`) stays read.
 */
// Also an error beside its causes (`| Error | Cause | Fix |`, a runbook's table of abbreviated
// messages, heldout170 h170-025): what may cause it, not what a run met.
const TROUBLESHOOTING_HEADER =
  /^(?=.*\berrors?\b)(?=.*\bcauses?\b)|\b(?:likely|probable|possible|potential|common)\s+causes?\b|\bfailed\s+layer\b|^(?=.*\berror(?: message)?\b)(?=.*\b(?:meaning|what it means|indicates)\b)|^(?=.*\b(?:symptom|problem|issue)s?\b)(?=.*\b(?:cause|fix|solution|resolution)s?\b)/i

export const PROSE_SHAPES: ProseShape[] = [
  {
    // https://errorfix.dev/errors/aws-eks-auth.html: "When you see the error error: You must be
    // logged in …"; rails/rails#40886: "If you don't have it, you get `Aws::S3::Errors::AccessDenied`".
    id: 'you-occasion',
    holds: (v) => {
      if (!may(v, OCCASION_WORDS) || !may(v, OCCASION_READERS)) return false
      const m = YOU_OCCASION.exec(v.head)
      return m !== null && OUTCOME.test(v.head.slice(m.index)) && !promised(v)
    }
  },
  {
    // theneuralbase.com (Bedrock): "returns AccessDeniedException with a generic message like "User: …"".
    id: 'example-intro',
    holds: (v) => may(v, EXAMPLE_WORDS) && EXAMPLE_INTRO.test(v.head)
  },
  {
    // linuxdatahub.com: "The error message "AccessDenied: Not authorized …" typically occurs in …".
    id: 'definition',
    holds: (v) => DEFINES.test(v.tail) && errorSubject(v)
  },
  {
    // talkin.icu (CDK): "chances are you've bumped into a really common … error message: "…"".
    id: 'you-meet',
    holds: (v) =>
      may(v, MET_WORDS) && YOU_MEET.test(v.head) && new RegExp(ERROR_NOUN, 'i').test(v.head)
  },
  {
    // repost.aws knowledge center: "The failure generates the following type of error message:".
    id: 'sample-lead-in',
    leads: (lead) => lead !== '' && SAMPLE_LEAD.test(lead)
  },
  {
    // noobaa/noobaa-core#10060: an issue's "### Expected behavior" describes what should be
    // printed; the run's own output stands under "Actual behavior".
    id: 'expected-section',
    holds: (v) => EXPECTED_HEADING.test(v.heading)
  },
  {
    // github-file:find_string#21277350302 (h12-148): a Loki runbook's `**Common Errors:**`, its
    // numbered items each an example `Error: AccessDenied: User: arn:aws:sts::xxx …`.
    id: 'error-list-section',
    holds: (v) => ERROR_LIST_HEADING.test(v.heading),
    // The heading further up than the record reaches, kept by the scanner over the list's items.
    leads: (lead) => lead !== '' && ERROR_LIST_HEADING.test(lead)
  },
  {
    // faultline-cli.pages.dev: "Faultline looks for one or more of these log fragments:".
    id: 'fragment-list',
    leads: (lead) => lead !== '' && FRAGMENT_LEAD.test(lead)
  },
  {
    // taourl.com (OIDC): "…, you might encounter the error: "Error: Not authorized to perform …"";
    // kouhan.cn (EKS): "many users encounter the error: You must be logged in to the server …".
    id: 'general-meeting',
    holds: (v) =>
      may(v, MEET_WORDS) &&
      may(v, NOUN_WORDS) &&
      may(v, MEETING_READERS) &&
      GENERAL_MEETING.test(v.head) &&
      !promised(v),
    // A lead-in promising the error (`Without this permission you will get an error:`) shows
    // the one a run printed; one saying it might be met (`You might see this error …:`) does not.
    leads: (lead) =>
      lead !== '' &&
      !/\b(?:will|would)\b/i.test(lead) &&
      GENERAL_MEETING.test(lead.replace(/[:：]\s*$/, ''))
  },
  {
    // openillumi.com (ECR): "The common development issue of receiving the error "denied: …" when
    // pushing …, is typically caused by a … mismatch."
    id: 'nominal-meeting',
    holds: (v) =>
      (may(v, MEETING_WORDS) && may(v, NOUN_WORDS) && NOMINAL_MEETING.test(v.head)) ||
      (GENERAL_CAUSE.test(v.tail) && errorSubject(v))
  },
  {
    // aws-containers/appmeshworkshop#9 (h166-058): `… will fail with error \`no basic auth credentials\``.
    id: 'foretold-error',
    holds: (v) => FORETOLD.test(v.head)
  },
  {
    // Chocobozzz/PeerTube#4861 (h138-020): a pull request's `Otherwise "AccessDenied: Access
    // Denied" errors will end up in the log.`
    id: 'foreseen-errors',
    holds: (v) => FORESEEN.test(v.beyond ?? v.tail)
  },
  {
    // A link's text quoting an error, as an issue's title in a reading list (`* [Sending segment
    // batch failed with: NoCredentialProviders: no valid provider #59](https://github.com/…)`,
    // course notes, heldout145): the page it links to holds the run, this line only names it.
    id: 'link-title',
    holds: (v) => linkTitle(v.line ?? '', v.span ?? '')
  },
  {
    // An explainer's heading quoting a shortened message, defined by the sentence after it:
    // `**Error: "User is not authorized to perform: ecr:GetAuthorizationToken"**` / `This error
    // means …`. A heading quoting the message as runs print it is a troubleshooting entry.
    id: 'defined-fragment',
    holds: (v) => v.fragment === true && DEFINED_NEXT.test(v.next ?? '')
  },
  {
    // A troubleshooting page's heading that is the message, quoted and shortened (`### Error: "User
    // is not authorized to perform: sms-voice:SendTextMessage"` over its checks,
    // github-file:find_string#24522602339; `### "User is not authorized to perform:
    // elasticbeanstalk:CreateApplication"` over its `**Symptom:**`, github-file:find_string#60341109276).
    // Or a whole line in bold, a short label before the quote (`**问题: "User is not authorized to
    // perform: iot:CreateThing"**` over its cause and fix, heldout169 h169-012).
    id: 'quoted-heading',
    holds: (v) =>
      v.fragment === true &&
      (QUOTED_HEADING.test(v.line ?? '') || BOLD_QUOTED_LINE.test(v.line ?? ''))
  },
  {
    // oneuptime.com (OpenTofu): "# Look for: User: arn:aws:iam::... is not authorized to perform: …";
    // an SCP guide: "You want to see, in the error, the phrase that proves the SCP fired:".
    id: 'lookout',
    holds: (v) => may(v, LOOKOUT_WORDS) && may(v, COLONS) && LOOKOUT.test(v.head),
    leads: (lead) => lead !== '' && LOOKOUT.test(lead)
  },
  {
    // ibmimedia.com (h7-152): the heading "Nature of Not authorized to perform iam:PassRole error"
    // above the run it explains; the same site's title "… iam:PassRole error - Tips to fix it ?".
    id: 'named-error',
    holds: (v) => NAMED_AS_ERROR.test(v.after ?? '')
  },
  {
    // github-file:find_string#54522167022 (h2-039): a docstring's "… silently denied with::" above
    // the indented message; reST manuals lead in so to their samples ("see an error like::").
    id: 'rest-literal-lead',
    // A lone capitalised tag (`ERROR:: `) is a wrapper's prefix on every line of a log
    // (hashicorp/terraform#17056, an ECS task's stderr), not prose leading into a sample.
    leads: (lead) => lead !== '' && REST_LITERAL_LEAD.test(lead) && !LOG_TAG_ONLY.test(lead)
  },
  {
    // fixwikihub.com (h7-103): "Symptoms - … - Error: "NoSuchBucket: …" - Error: "InvalidClientTokenId:
    // …" - Error: "AccessDenied: Access Denied"", a troubleshooting page's list run onto one line.
    id: 'symptom-list',
    holds: (v) =>
      v.line !== undefined &&
      SYMPTOM_LABEL.test(v.line) &&
      (v.line.match(QUOTED_ITEM)?.length ?? 0) >= 2
  },
  {
    // A troubleshooting table's row: its header names the error and what causes or fixes it (`|
    // Symptom | Likely Cause | Fix |`, a Snowflake pipeline's README; `| Error message | Likely cause
    // | Refer to |`, Grafana's CloudWatch troubleshooting page; `| Error message | Failed layer |`,
    // an Athena guide; `| CD problem | Fix |`, a deploy README). Its cells quote errors, none of which
    // a run printed.
    id: 'troubleshooting-table',
    holds: (v) => v.table !== undefined && v.table !== '' && TROUBLESHOOTING_HEADER.test(v.table)
  },
  {
    // openillumi.com (CDK, Japanese): "「Need to perform AWS calls for account xxx, …」というエラーに
    // 遭遇し、…経験は…多いかもしれません。"
    // openillumi.com (h7-137): "「You are not authorized … message: KDmm…」といった、…メッセージを目に
    // すると"; beautifulsoup.dev (h7-175): "… 같은 메시지로 막히면"; blog.gitcode.com (h7-107):
    // "许多开发者会遇到一个常见的错误:"…""; fixlog.shop (h7-128): "… 메시지는 ‘…’입니다. 이 메시지는 …
    // 의미합니다."
    id: 'cjk-general',
    holds: (v) => {
      const sentence = v.head + v.tail
      if (!CJK_LETTER.test(sentence) || CJK_PAST.test(sentence)) return false
      if (codedPaste(v)) return false
      return CJK_RULES.some((r) =>
        r.re.test(r.place === 'tail' ? v.tail : r.place === 'sentence' ? sentence : (v.next ?? ''))
      )
    }
  }
]

/**
 * A whole message as a service prints it, its known code first, quoted right after a colon
 * lead-in (`…认证错误:"MissingAuthenticationToken: Request is missing Authentication Token"`,
 * blog.gitcode.com, h14-154): the error pasted, not a phrase named (`错误:"Incorrect token
 * audience"`, h7-107, stays general).
 */
function codedPaste(v: ProseView): boolean {
  const code = /^([A-Z][A-Za-z]+):[ \t]+$/.exec(v.span ?? '')?.[1]
  return (
    code !== undefined &&
    classifyCode(code) !== null &&
    /[:：]\s*["“「『]$/.test(v.head) &&
    /^[A-Z]?[a-z]+(?:\s+\w+){2}/.test(v.line?.slice(v.line.indexOf(v.span!) + v.span!.length) ?? '')
  )
}

/** Each gated head expression with what it needs, for the test that holds the one to the other. */
export const HEAD_NEEDS: readonly { re: RegExp; needs: readonly (readonly string[])[] }[] = [
  { re: YOU_OCCASION, needs: [OCCASION_WORDS, OCCASION_READERS] },
  { re: EXAMPLE_INTRO, needs: [EXAMPLE_WORDS] },
  { re: ERROR_SUBJECT, needs: [NOUN_WORDS, QUOTE_MARKS] },
  { re: YOU_MEET, needs: [MET_WORDS] },
  { re: GENERAL_MEETING, needs: [MEET_WORDS, NOUN_WORDS, MEETING_READERS] },
  { re: NOMINAL_MEETING, needs: [MEETING_WORDS, NOUN_WORDS] },
  { re: LOOKOUT, needs: [LOOKOUT_WORDS, COLONS] }
]

/** Shapes read from a lead-in above a block: a run's shape inside the block outweighs them. */
const LEAD_SHAPES = new Set([
  'sample-lead-in',
  'fragment-list',
  'lookout',
  'general-meeting',
  'rest-literal-lead'
])

/** The AWS CLI's (botocore's) whole error line: `An error occurred (Code) when calling the X operation: message`. */
const CLI_ERROR_LINE =
  /^\s*(?:[\w.]+(?:Error|Exception): )?An error occurred \([\w.]+\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: \S/

/** The writer speaking of their own run: then the error is theirs, whatever the wording. */
const FIRST_PERSON =
  /(?<![\w'-])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Uu]s)(?![\w'-])|私|我/

/**
 * Accounts AWS documentation uses in examples, and one digit twelve times (`333333333333`):
 * a text built around one is a sample, not a run.
 */
const EXAMPLE_ACCOUNT = /^(?:123456789012|111122223333|444455556666|(\d)\1{11})$/

/** Whether `s` names a twelve-digit account that is not a documentation example. */
function namesRealAccount(s: string): boolean {
  for (const m of s.matchAll(/(?<!\d)\d{12}(?!\d)/g)) if (!EXAMPLE_ACCOUNT.test(m[0])) return true
  return false
}

/**
 * Where the sentence holding line[col] starts: after the last `. ` / `? ` / `! ` (or their CJK
 * forms) before it that ends a sentence (not `e.g. `, `i.e. `, `etc. ` or an elision `... `).
 */
function sentenceStart(ends: SentenceEnd[], col: number): number {
  let start = 0
  for (const e of ends) {
    if (e.at >= col) break
    // Read on the line up to `col` alone: a western end needs the next word before `col`; a
    // CJK end's trailing spaces are cut at `col`.
    if (e.cjk) start = Math.min(e.end, col)
    else if (e.end < col) start = e.end
  }
  return start
}

/** Where the sentence holding line[col] starts, the ends read afresh (for tests). */
export function sentenceStartIn(line: string, col: number): number {
  return sentenceStart(sentenceEnds(line), col)
}

/** A sentence end on a line: where its mark is, and where the next sentence starts. */
interface SentenceEnd {
  at: number
  end: number
  cjk: boolean
}

const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|cf)|\.\.)[.!?]["')\]]*\s+(?=\S)|[。！？]\s*/g

/**
 * Every sentence end of a line, found once: candidates of one line share them (a line of
 * refusal phrases holds dozens, and reading the line up to each one was quadratic in its length).
 * No mark, quote or space of one end can start another, so the ends of the line up to any
 * column are these ends read up to that column.
 */
function sentenceEnds(line: string): SentenceEnd[] {
  const out: SentenceEnd[] = []
  for (const m of line.matchAll(SENTENCE_END)) {
    const cjk = m[0][0] === '。' || m[0][0] === '！' || m[0][0] === '？'
    out.push({ at: m.index, end: m.index + m[0].length, cjk })
  }
  return out
}

/** Where the sentence from `from` ends on the line. */
function sentenceEnd(line: string, from: number): number {
  const m = /(?<!\b(?:e\.g|i\.e|etc|vs|cf)|\.\.)[.!?](?=\s|$)|[。！？]/.exec(line.slice(from))
  return m ? from + m.index + 1 : line.length
}

/** The end of the quoted span a candidate at `col` sits in, when the head opened one. */
function quoteEnd(line: string, head: string, col: number): number {
  const open = /["'`“‘](?=\s*$)/.exec(head)?.[0] ?? /["'`“‘][^"'`“‘”’]*$/.exec(head)?.[0][0]
  if (!open) return -1
  const close = open === '“' ? '”' : open === '‘' ? '’' : open
  return line.indexOf(close, col + 1)
}

/** Markup-only or blank: a fence, `<pre>`, a rule; skipped when looking for the lead-in. */
const NO_PROSE = /^\s*(?:```\w*|~~~\w*|<\/?pre>|<\/?code>|-{3,}|\*{3,})?\s*$/

/** How many lines above a block's first line its lead-in may stand (list items between). */
const LEAD_REACH = 12

/** The longest line a list item may be: a longer one ends the list a lead-in introduced. */
const LIST_ITEM = 80

/** A code fence: the sample a lead-in introduces often stands in one. */
const FENCE = /^\s*(?:```|~~~)/

/** A line that may end a lead-in: a colon, or a sentence of CJK prose (`…있다고 하자.`). */
const LEAD_END = /[:：]\s*$|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][.。]?\s*$/

/**
 * The nearest prose line above line `lines[k]`, across blank, fence and list-item lines, and from
 * inside a fenced block across the block's own lines: '' when the lines run out first (the
 * lead-in may stand above the text), null when a line ends the search.
 */
function leadIn(lines: string[], k: number): string | null {
  let from = k - 1
  // Inside a fenced block (an odd number of fences above): its lines are the sample's own.
  const fences: number[] = []
  for (let j = from; j >= 0; j--) if (FENCE.test(lines[j]!)) fences.push(j)
  if (fences.length % 2 === 1 && from - fences[0]! <= LEAD_REACH) from = fences[0]! - 1
  for (let j = from, seen = 0; j >= 0; j--, seen++) {
    if (seen >= LEAD_REACH) return null
    const line = lines[j]!
    if (NO_PROSE.test(line)) continue
    // A lead-in ends in a colon (or a CJK sentence end); a line that does not is the block's own.
    if (LEAD_END.test(line)) return line
    // Short lines of a list or a block: keep looking above them.
    if (line.length <= LIST_ITEM) continue
    return null
  }
  return ''
}

/**
 * Whether `line` presents the lines after it as samples or fragments (see `leadIn`), or heads a
 * list of errors one may meet.
 */
export function isLeadIn(line: string): boolean {
  return (
    (/[:：]\s*$/.test(line) && (SAMPLE_LEAD.test(line) || FRAGMENT_LEAD.test(line))) ||
    ERROR_LIST_HEADING.test(line)
  )
}

/** Whether `line` may stand in a list under a lead-in (blank, or a short item). */
export function continuesList(length: number): boolean {
  return length <= LIST_ITEM
}

/** How much of the text above a candidate is read for its lead-in. */
const ABOVE = 4096

/** What `generalProseAt` reads of a line and the text above it, the same for every candidate on it. */
export interface ProseLine {
  line: string
  ends: SentenceEnd[]
  /** The lead-in found above (see `leadIn`); null when the line is a lead-in itself. */
  found: string | null
  heading: string
  /** Where the gates' fixed strings stand on the line (see `ProseView.has`). */
  literals: LineLiterals
  /** Each shape's `leads` verdict, by the lead-in it read (one per line, or the record's). */
  leads: Map<string, boolean[]>
  /** The header row of the Markdown table the line is a row of, or ''. */
  table: string
  /** Whether the line and the two after it have a run's shape (see RUN_SHAPE). */
  runShape?: boolean
}

function proseLine(text: string, start: number, end: number): ProseLine {
  const line = text.slice(start, end)
  const aboveText = text.slice(Math.max(0, start - ABOVE), start)
  // The last element is the empty text after the newline ending the line above.
  const above = aboveText.split('\n').slice(0, -1)
  return {
    line,
    ends: sentenceEnds(line),
    // A line that is itself a lead-in (ends in a colon) introduces what follows, not itself.
    found: /[:：]\s*$/.test(line) ? null : leadIn(above, above.length),
    heading: SECTION_WORDS.test(aboveText) ? headingAbove(above) : '',
    literals: new LineLiterals(line),
    leads: new Map(),
    table: TABLE_ROW.test(line) ? tableHeader(above) : ''
  }
}

// A row holds two pipes at least: the record may have taken the pipe every line starts with off
// as a gutter (src/scan/quotePrefixes.ts), and the line's end its last.
// One bar is enough: the scanner takes a table's outer `| ` for a gutter when its rows follow one
// another and drops it (`\`…\` | Glue Data Catalog (IAM)`); the rule line below the header
// (TABLE_RULE) is what makes it a table.
const TABLE_ROW = /^[^|\n]*\|/
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/

/** The header row of the Markdown table whose rows end the lines `above`, or ''. */
function tableHeader(above: string[]): string {
  for (let k = above.length - 1; k >= 1 && TABLE_ROW.test(above[k]!); k--) {
    if (TABLE_RULE.test(above[k]!)) return TABLE_ROW.test(above[k - 1]!) ? above[k - 1]! : ''
  }
  return ''
}

/**
 * The prose shape the candidate at text[at] sits in, or null. `span` is the candidate's own text,
 * read with its fields for a real account. `lines` keeps what was read of each line of this
 * `text` (by its start) for the next candidate on it.
 */
export function generalProseAt(
  text: string,
  at: number,
  d: Denial,
  span: string,
  carried: string | null = null,
  lines?: Map<number, ProseLine>
): string | null {
  if (namesRealAccount(span) || [d.principal, d.resource].some((v) => v && namesRealAccount(v)))
    return null
  const start = text.lastIndexOf('\n', at - 1) + 1
  let facts = lines?.get(start)
  if (!facts) {
    let end = text.indexOf('\n', at)
    if (end === -1) end = text.length
    facts = proseLine(text, start, end)
    lines?.set(start, facts)
  }
  const { line, found, heading } = facts
  const col = at - start
  const from = sentenceStart(facts.ends, col)
  const head = line.slice(from, col)
  const words = /[A-Za-z]{2,}\s+[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(head)
  let tail = ''
  const close = quoteEnd(line, head, col)
  const past = close > col ? close + 1 : Math.min(line.length, col + span.length)
  const beyond = line.slice(past, sentenceEnd(line, past))
  // A message opening its line is read on into the CJK sentence it is the subject of
  // (`AccessDeniedException: … は、…場合に発生するエラーです。`).
  if (words || CJK_LETTER.test(line.slice(col, col + 400))) tail = beyond
  // Lines ran out: the lead-in the scanner saw above the record, if the list runs on to here.
  const lead = (found === '' ? carried : found) ?? ''
  // Not after a refusal code (`AccessDeniedException: User is not authorized to perform
  // lambda:InvokeFunction`, tech-reader.blog): the message as a service relays it, code and all.
  const fragment =
    d.principal === null &&
    /^\W{0,3}User\s+(?:is\s+)?not\s+authorized/.test(span) &&
    !CODE_BEFORE.test(line.slice(0, col))
  // The next sentence defines a writer's fragment, or a message quoted in CJK prose.
  const next =
    fragment || CJK_LETTER.test(head + tail)
      ? nextSentence(text, line, start, at + span.length)
      : ''
  // Unquoted only: a quote closed before `error` (`fails with a \`Error: Not authorized …\` error`)
  // holds a run's message as printed, told by its reporter.
  const after =
    /authorized\s+to\s+perform/i.test(span) && quoteEnd(line, head, col) === -1
      ? line.slice(Math.min(line.length, col + span.length))
      : ''
  const literals = facts.literals
  const has = (needs: readonly string[]) => literals.anyWithin(needs, from, col)
  const view: ProseView = {
    head,
    tail,
    lead,
    heading,
    next,
    fragment,
    after,
    line,
    span,
    has,
    beyond,
    table: facts.table
  }
  let leads = facts.leads.get(lead)
  if (!leads) {
    leads = PROSE_SHAPES.map((s) => s.leads?.(lead) ?? false)
    facts.leads.set(lead, leads)
  }
  const verdicts = leads
  const shape =
    PROSE_SHAPES.find((s, i) => verdicts[i] || (s.holds?.(view) ?? false))?.id ??
    // The scanner keeps a list's heading over its items and samples only (long lines inside a
    // fenced sample included, which end the search for a lead-in here): the record is under it.
    (carried !== null && ERROR_LIST_HEADING.test(carried) ? 'error-list-section' : null)
  // The writer's own run (read after the shape: most candidates have none, and this reads the
  // whole head again).
  if (!shape || FIRST_PERSON.test(head + tail + lead)) return null
  // Readers told they might meet errors "such as the ones below:" (h15-092, Atlassian's knowledge
  // base) are shown the lines a run printed when the block's line is the CLI's whole error, code,
  // operation and message: a pasted run, not a phrase named inline (`you might encounter the
  // error "Not authorized to perform …"`, h6-004, stays general).
  if (shape === 'general-meeting' && found !== '' && found !== null && CLI_ERROR_LINE.test(line))
    return null
  // A block a lead-in introduces is output when it has a run's shape (timestamps, request ids).
  if (LEAD_SHAPES.has(shape)) {
    facts.runShape ??= RUN_SHAPE.test(blockAround(text, start))
    if (facts.runShape) return null
  }
  return shape
}

/** The sentence after the one ending at or after `from`: on the line, else the next line's first. */
function nextSentence(text: string, line: string, lineStart: number, from: number): string {
  const col = Math.min(line.length, Math.max(0, from - lineStart))
  const end = sentenceEnd(line, col)
  const rest = line.slice(end).trim()
  if (rest) return rest
  const after = text.slice(lineStart + line.length + 1, lineStart + line.length + 400)
  return /^\s*([^\n]*)/.exec(after)?.[1] ?? ''
}

/** The candidate's line and the two after it (where a run prints its status or stack). */
function blockAround(text: string, lineStart: number): string {
  let end = lineStart
  for (let k = 0; k < 3 && end !== -1; k++) end = text.indexOf('\n', end + 1)
  return text.slice(lineStart, end === -1 ? text.length : end)
}

/** A refusal code right before the candidate, as services print it (`AccessDeniedException: `). */
const CODE_BEFORE =
  /\b(?:AccessDenied(?:Exception)?|UnauthorizedOperation|Unauthorized(?:Exception)?|Forbidden(?:Exception)?)\s*:\s*$/

/** A Markdown heading, or a line that is only bold text (how issue templates head sections). */
const HEADING = /^ {0,3}(?:#{1,6}[ \t]|\*\*[^*\n]+\*\*:?\s*$)/

/**
 * The nearest heading among `above` (nearest last), or ''. A `#` line inside a fenced block is a
 * shell comment (`# CLI/SDK errors` over a sample), not a heading.
 */
function headingAbove(above: string[]): string {
  let heading = ''
  let fenced = false
  for (const line of above) {
    if (FENCE.test(line)) fenced = !fenced
    else if (!fenced && HEADING.test(line)) heading = line
  }
  return heading
}
