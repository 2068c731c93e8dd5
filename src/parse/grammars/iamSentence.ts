// The IAM denial sentence in all its forms:
//   [User[:]] PRINCIPAL is not authorized to perform[:] ACTION [on resource: RESOURCE]
//   [because no TYPE allows the A action | with an explicit deny [in a TYPE]] [: POLICY-ARN [(NAME)]]
//   [. Encoded authorization failure message: BLOB] [... authorization id: ID]
// and the short STS form `Not authorized to perform sts:AssumeRoleWithWebIdentity`.
import { classifyArn } from '../../catalog/fitResource.js'
import { lookupAction } from '../../catalog/Catalog.js'
import { emptyDenial } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import type { RecordLiterals } from '../RecordLiterals.js'
import { truncatedBlob } from '../blobCut.js'
import { codeAround, operationNear } from '../codeSlots.js'
import { MASK_WORDS } from '../../model/wrappedArn.js'
import { KNOWN_CODE_SOURCE } from '../codes.js'
import { isMarkOnly, withoutClosingEmphasis } from '../decoration.js'
import { quoteOpensRecord } from '../recordBoundary.js'
import { quotesARun } from '../runAttribution.js'
import {
  CUT_POLICY_TYPE_SOURCE,
  authPolicyOf,
  POLICY_TYPE_SOURCE,
  layerOf,
  layerOfCut
} from '../PolicyLayerPhrases.js'
import { serviceOfAction } from '../serviceHints.js'
import {
  ACTION_RE,
  ELIDED,
  PLACEHOLDER,
  VALUE_TOKEN,
  isLabel,
  readBlob,
  trimValue,
  unquote
} from '../tokens.js'

/** The words some services print in place of the ARN of the resource the call named. */
const SPECIFIED_RESOURCE = /^[ \t]+on the specified resource\b/

/** The short STS form (`Not authorized to perform …`, no subject): a reading of its own. */
const IAM_SHORT = { id: 'iam-short', rule: 'WD702' } as const

// `is` may be glued to the principal before it when a log lost the space (`…/i-0abcis not
// authorized`): then only an ARN stands before it.
// The look-behind stands after `is` so that it runs only where `is` is, not at every position.
// A tool that cuts the message after `not authorized to` (line end, nothing after), or after
// `not authorized` itself (CloudSploit's `… is not authorized"`, aquasecurity/cloudsploit#1708), leaves no
// `perform`: groups 2 and 3 are then undefined. Network Firewall drops the `to` (`user is not
// authorized perform iam:CreateServiceLinkedRole`, mattclay/aws-terminator#211): group 3, taken
// only before an action's `service:` prefix.
const PHRASE =
  /(\bis\s+|is(?<=arn:\S{1,2048}is)\s+)?not\s+authorized(?:\s+to(\s+perform\b:?|(?=[ \t]*(?:\r?\n|$)))|(\s+perform\b:?)(?=\s*[\x60'"]?[a-z0-9-]{2,40}:[A-Za-z*])|(?=["'\x60]?[ \t]*(?:\r?\n|$)))/gi
// Markdown emphasis may open before the action (`perform: **ec2:RunInstances**`): group 1.
const ACTION_TOKEN = new RegExp(String.raw`\(?([*_]{1,3}(?=[A-Za-z0-9]))?(${VALUE_TOKEN})`, 'y')
// A hard wrap joined back without its line break glues the resource to the colon. Without a
// colon the value follows on the same line: a message cut after `on resource` (the author's copy
// ends there) does not take the next line (`Azure:`, another section's heading) as its resource.
// Firehose's console message breaks the line after `on resource`, with no colon, before the ARN
// (`Role ... is not authorized to perform: kinesis:DescribeStream on resource` / `arn:aws:…`, a
// project's notes quoting it): across a line break only an ARN is the value.
const ON_RESOURCE = /\s+on\s+resource(?::\s*|[ \t]+|[ \t]*\r?\n[ \t]*(?=arn:))/y
/** `on "arn:…"`: a writer's quoted ARN after `on`, the `resource:` label dropped. */
const QUOTED_ON = /^\s+on\s+"arn:[^"\s]{1,1024}"/
// A reporter's editor may turn the closing mark curly (`"arn:aws:s3:::<BUCKET>” with …`,
// slingdata-io/sling-cli#571).
const QUOTED = /"([^"”\n]*)["”]/y
/**
 * A value in SES's quotes (`arn:…', 'arn:…', or `arn:…` when Markdown took the last mark): the
 * closing mark is followed by what ends a value (space, bracket, punctuation, an escaped or plain
 * quote, the line's end), so an apostrophe inside an address (`o'brien@…`) stays in it.
 */
const QUOTED_TICK = new RegExp(
  String.raw`\\?[\`'‘]((?:${PLACEHOLDER}|[^\s\`'’]|'(?=\w))+)[\`'’](?=[\s)\].,;:"\\\`*]|$)`,
  'y'
)
/**
 * A quoted ARN the log cut at its line's end, the closing quote lost with the rest: what is
 * printed stands when it is a well-formed ARN so far (partition, service, Region and account
 * slots, then something), never a bare `arn:aws:glue:eu-we`.
 */
const QUOTED_CUT = /"(arn:aws[\w-]*:[a-z0-9-]+:[\w-]*:[^\s":]*:[^\s"]+?)[ \t]*(?=\r?\n|$)/y
// IAM names a resource by its type and name; an instance profile's type in two words (`on
// resource: instance profile skypilot-v1`, skypilot-org/skypilot#3366; nchammas/flintrock#269).
// A hard wrap may fall between the type and the name (`on resource: user \nmy-prod-…-owner`,
// torchbox/buckup#13): the type alone is no resource, so the name is on the next line.
// IAM's listing calls name the path they list (`on resource: policy path /`, aws/aws-sam-cli#394).
const TYPED = new RegExp(
  // Across the break, not the next line's sentence (`on resource:group` / `In this case, Mateo asks
  // …`, the WorkMail guide's example): a capitalised word then a lower-case one is prose.
  String.raw`(role|user|group|policy path|policy|instance[- ]profile|oidc-provider|saml-provider|server-certificate|mfa)(?: |[ \t]*\r?\n[ \t]*)(?!because\b|with\b|[A-Z][a-z]{0,20} [a-z])(${VALUE_TOKEN})`,
  'y'
)
const PLAIN = new RegExp(VALUE_TOKEN, 'y')
// A writer's stray quote may stand before the reason (`…cluster/" with an explicit deny`,
// deepfence/ThreatMapper#1427).
const GAP = /[\s.…"'`]*/y
// Spaces in the phrases match any whitespace: a wrapped reason keeps its line breaks.
const IMPLICIT = new RegExp(
  // The action may be left out (`allows the action`) by a reporter shortening the message, and a
  // space lost after `no` (`because noresource-based policy allows`).
  String.raw`because\s+(?:no\s*|the\s+)(${POLICY_TYPE_SOURCE})\s+allows\s+the\s+(?:(\S+?)\s+)?action`,
  'iy'
)
/**
 * The implicit reason with the paste stopping right after its policy type (`because no
 * resource-based policy \``, h11-166), or inside the action after it (`because no session policy
 * allows the bedrock:I`, a terminal box cut by the stored copy, anthropics/claude-code#541): the
 * rest is lost, the type is printed, so the layer is known. A Markdown table cell ends its line with
 * `<br>` (`… allows …\`<br>②`, a Korean lab log, h154-023).
 */
const IMPLICIT_CUT = new RegExp(
  String.raw`because\s+no\s*(${POLICY_TYPE_SOURCE})(?:[ \t]+allows(?:[ \t]+the(?:[ \t]+[^\s│|"'\x60]{1,120})?)?)?(?=[ \t]*(?:\.{3}|…)?[ \t]*[\\"'\x60│|]*[ \t]*(?:\r?\n|$|<br\s*\/?>))`,
  'iy'
)
/**
 * The same with the paste stopping inside the policy type's last word (`because no
 * identity-based p`, h20a-024): the words before it name the layer all the same.
 */
const IMPLICIT_CUT_TYPE = new RegExp(
  String.raw`because\s+no\s*(${CUT_POLICY_TYPE_SOURCE})(?:[ \t]+[a-z]{1,9})?(?=[ \t]*(?:\.{3}|…)?[ \t]*[\\"'\x60│|]*[ \t]*(?:\r?\n|$))`,
  'iy'
)
/** The other ending written beside the explicit one: `/ no identity-based policy allows ...`. */
const EITHER_ENDING =
  /\s*(?:\/|\bor\b)\s*(?:because\s+)?no\s+[\w -]{1,40}?polic(?:y|ies)\s+allows?\b(?:\s+th(?:is|e)\s+(?:[\w:*-]+\s+)?action)?/y

const EXPLICIT = new RegExp(
  // A writer's emphasis may open inside it (`with *an explicit deny*`, awsdocs/amazon-ecr-user-guide#13;
  // `with an **explicit deny in a service control policy**`, heldout137 h137-021).
  String.raw`with\s+[*_]{0,2}an\s+[*_]{0,2}explicit\s+deny(?:\s+in\s+(?:an?|the)\s+(${POLICY_TYPE_SOURCE}))?`,
  'iy'
)
/**
 * `with an explicit deny or missing permission: sts:TagSession`: the ending some services print
 * for a second action the call needed (STS for session tags passed to AssumeRole, stackengine.dev's
 * CodeBuild page). It says neither a Deny nor which policy, only the action: no explicit deny is
 * read (heldout14 review, h14-151).
 */
const OR_MISSING_PERMISSION = /\s+or\s+missing\s+permission:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)/iy
/**
 * KMS's own ending (`… on this resource because the resource does not exist in this Region, no
 * resource-based policies allow access, or a resource-based policy explicitly denies access`): it
 * names the resource side, the key's Region or account and its key policy, without saying which
 * (heldout11 review, h11-091). Decrypt names no key, only `the resource associated with this
 * ciphertext` (heldout14 review, h14-044). Layer and deny stay unset; the detail carries it.
 */
const RESOURCE_SIDE =
  /(?:on\s+(?:this\s+resource|the\s+resource\s+associated\s+with\s+this\s+ciphertext)\s+)?because\s+the\s+resource\s+does\s+not\s+exist\s+in\s+this\s+Region,?\s+no\s+resource-based\s+policies\s+allow\s+access,?\s+or\s+a\s+resource-based\s+policy\s+explicitly\s+denies\s+access/iy
// S3's newer wording names the setting twice (`because public access control lists (ACLs) are
// blocked by the BlockPublicAcls block public access setting`, heldout170 h170-069).
const S3_BLOCK =
  /because (public ACLs are prevented by the BlockPublicAcls setting|public policies are prevented by the BlockPublicPolicy setting|public access control lists \(ACLs\) are blocked by the BlockPublicAcls block public access setting|public (?:bucket )?policies are blocked by the BlockPublicPolicy block public access setting|this bucket has blocked upload requests that specify Server Side Encryption with Customer provided keys|public (?:ACLs|policies)(?=[ \t]*(?:\r?\n|$|[.`'"])))/iy
/** A reason clause's opening words, where a resource's value would stand. */
const REASON_OPENING_SOURCE = String.raw`with an explicit deny\b|because (?:no|the)\s`
/** The resource label with the reason clause where its value stands. */
const EMPTY_ON = new RegExp(String.raw`^[ \t]*on[ \t]+resource:[ \t]*(?=${REASON_OPENING_SOURCE})`)

/** The same, at the start of a value (see readResource). */
const REASON_OPENING = new RegExp(`^(?:${REASON_OPENING_SOURCE})`)

/** The setting a message cut after `because public ACLs` names (a notes file's copy, heldout156 h156-097). */
const S3_BLOCK_CUT: Record<string, string> = {
  'public acls': 'public ACLs are prevented by the BlockPublicAcls setting',
  'public policies': 'public policies are prevented by the BlockPublicPolicy setting'
}
const POLICY_REF = new RegExp(
  // Also an ARN whose head a reporter elided: `…policy: .../p-9m8f47yd`. The name in brackets is
  // never the SDK's own suffix (`(Service: Ec2, Status Code: 403, Request ID: …)`, heldout15
  // review, h15-070), which would otherwise be shown as the policy's name.
  String.raw`:\s*((?:arn|(?:\.{3}|…)(?=[^\s.]))(?:<[^<>\n]{1,80}>|[^\s()<]|<)*)(?:\s+\((?![^()\n]*\b(?:Service|Status Code|Request ID)\s*:)([^()\n]{1,128})\))?`,
  'y'
)
const ENCODED = /[\s.]*Encoded authorization failure message:\s*/y

/**
 * The denying policy's ARN (and name) a reason clause ends with, read at `at` (right after
 * `…explicit deny in a service control policy`); also for the clause printed alone (WD774).
 */
export function policyRefAt(
  text: string,
  at: number
): { arn: string; name: string | null; end: number } | null {
  const ref = sticky(POLICY_REF, text, at)
  if (!ref) return null
  const arn = trimValue(ref[1]!)
  const end = at + ref[0].length
  // A hard wrap right after a separator (`…:policy/` / `o-nuzfir8dhd/service_control_policy/p-…`,
  // a write-up's CloudTrail message, h153-038): the next line's token is the rest of the ARN.
  const rest = !ref[2] && /[/:]$/.test(arn) ? sticky(POLICY_REST_BELOW, text, end) : null
  if (rest) return { arn: arn + rest[1]!, name: null, end: end + rest[0].length }
  return { arn, name: ref[2] ?? null, end }
}
const POLICY_REST_BELOW = /[ \t]*\r?\n[ \t]*([\w+=,.@/:-]{1,256})/y
const TRUSTED_ACCESS =
  /[ \t]*\(Your organization must first enable trusted access with (AWS [A-Z][\w ]{1,60}?)\.?\)/y
const AUTHZ_ID =
  /call the GetRequestAuthorizationDetails API with the following authorization id:\s*([0-9a-z]+)/y
const AUTHZ_ID_GAP = /[\s.]*Go to \S+ for complete details, or /y

// `User` as a word of its own: not the `User` of a role named `assumed-role/User-eu-west-2`, nor
// the first word of a writer's placeholder (`User: [User ARN] is not authorized`, h152-041).
const BY_ACCOUNT = /^(User with accountId: ?\S+?)\s*$/
const USER_WORD = /(?<![\w/:.<[{-])User(?![\w-])(?::|(?=\s))/g
/**
 * A name joined from capitalised parts (`PostConfirmation`, `sendMailFn`): a Lambda function or
 * role a log names without `User:`, never an English word (`User`, `Caller`), nor an error code
 * or class (`AccessDenied`, `AuthorizationError`). The first part may be an acronym: the session
 * CloudFormation acts in with a stack's role, which its stack events print alone
 * (`AWSCloudFormation is not authorized to perform: iam:CreateRole …`).
 */
const COMPOUND_NAME = new RegExp(
  String.raw`^(?!(?:${KNOWN_CODE_SOURCE})$)(?!\w*(?:Exception|Error)$)(?:[A-Za-z][a-z0-9]+|[A-Z]{2,})(?:[A-Z][a-z0-9]+)+$`
)
// `#` masks too (`aws:iam::########:user/Name`, a blog's obfuscated `sam sync` event), never first.
const PRINCIPALISH = /^(?:arn\b|[\w+=,.@*<>{}-]*[-_/:.@=*<>{}][\w+=,.@*/:<>{}#-]*$)/
/**
 * A subject masked whole (`xxxxxxx is not authorized to perform: …`, a CloudFormation event quoted
 * with its principal hidden): the principal as printed, though no `User:` names it.
 */
const MASKED_SUBJECT = /^(?:x{3,}|X{3,}|\*{3,})$/
/**
 * A subject the writer cut with an elision mark (`bk-runner-queue-small-pr-Role ... is not
 * authorized`, ray-project/ray#65567; `Role ... is not authorized`, a project's notes quoting
 * Firehose): the name and the mark, as printed. The name must read as one (a compound or a word
 * that names a principal's kind), not prose trailing off or a label (`AccessDenied: ... is not
 * authorized`, the writer's mark standing for the whole subject: heldout95 h95-035).
 */
const ELIDED_SUBJECT =
  /(?:^|[\s`'"(])((?:[\w+=,.@/:-]*[-_/.@=][\w+=,.@/:-]*(?<!:)|Role|User|Principal) (?:\.{3}|…))$/

/**
 * True when the text ends with a quote that prose opened (a straight quote opens when it is
 * unpaired). A quote that opens a Markdown record (a code span starting a table cell, a heading
 * or a line) holds the message as printed, not prose about it (see `quoteOpensRecord`).
 */
function opensQuote(text: string, rest: string): boolean {
  const last = text.at(-1)
  if (last !== '“' && last !== '‘' && last !== '"' && last !== "'" && last !== '`') return false
  if (quoteOpensRecord(text.slice(0, -1), last, rest)) return false
  if (last === '“' || last === '‘') return true
  // SES and other Query-protocol services quote values `like this': the apostrophe closes the
  // value before it, it opens nothing.
  if (last === "'" && BACKTICK_QUOTED_END.test(text)) return false
  // An apostrophe inside a word (`I'm`) pairs with nothing.
  const quotes = last === "'" ? text.replace(/(?<=\w)'(?=\w)/g, '') : text
  return quotes.split(last).length % 2 === 0
}

/**
 * An apostrophe closing a value at the end of the text: one a backtick opened, or an ARN whose
 * opening mark the reporter's copy left out (aws/aws-sdk-js#3641 starts at `arn:…'`).
 */
const BACKTICK_QUOTED_END = /(?:`[^`'\s]+|(?:^|\s)arn:\S+)'$/

/** Where the quote `open` that holds the text at `from` closes: on its line, else the line's end. */
function quoteClose(text: string, from: number, open: string): number {
  const close = open === '“' ? '”' : open === '‘' ? '’' : open
  const nl = text.indexOf('\n', from)
  const end = nl === -1 ? text.length : nl
  const at = text.slice(from, end).indexOf(close)
  return at === -1 ? end : from + at + 1
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(text)
}

interface Subject {
  principal: string | null
  start: number
  ok: boolean
}

/**
 * How far before the phrase its subject may start. IAM ARNs are at most 2048 characters; a bound
 * keeps hostile input (the phrase repeated over a megabyte-long line) linear.
 */
const MAX_SUBJECT = 2048

/** The text after the last whitespace (what `split(/\s+/).pop()` gives, without the split). */
function lastToken(s: string): string {
  let i = s.length
  while (i > 0 && !/\s/.test(s[i - 1]!)) i--
  return s.slice(i)
}

const PRINCIPAL_TOKEN = new RegExp(String.raw`^(?:${PLACEHOLDER}|\S)+`)

/**
 * A value whose head a reporter elided and whose name they kept (`User: ... web-app-docker-admin`,
 * `on resource: ... function:resume-parser`): the mark and the name are one value as printed.
 */
const ELIDED_HEAD = /^(?:\.{3}|…)[ \t]+(?!because\b|with\b|is\b|on\b)[^\s"<>]+/
const ELIDED_REST = /[ \t]+(?!because\b|with\b|and\b|\(Service)[^\s"<>]+/y

/** A whole ARN: partition, service, region, account and a resource part. */
const COMPLETE_ARN = /^arn:[^:\s]+:[^:\s]+:[^:\s]*:[^:\s]*:\S+$/i

/**
 * A principal ends at whitespace: what follows (`user/ci token=ghp_…`, a tool's key=value tail)
 * is not part of it and may be a secret. Only an ARN broken by a stray space (`arn: aws:iam::…`,
 * seen in real logs) keeps the rest.
 */
function principalOf(subject: string): string {
  // A placeholder is one token, spaces and all: `<My Role>`, `[accnt id]`.
  const first = ELIDED_HEAD.exec(subject)?.[0] ?? PRINCIPAL_TOKEN.exec(subject)?.[0] ?? ''
  // A wrap right after the account's colon (`arn:aws:iam::123456: │` / `│ user/…`, a terminal
  // box, kubernetes-sigs/cluster-api-provider-aws#2166): the next line's token is the rest.
  const headCut = IAM_ARN_HEAD_ONLY.test(first)
    ? ARN_REST_BELOW.exec(subject.slice(first.length))
    : null
  if (headCut) return first + headCut[1]!.replace(/\s+/g, '')
  if (/^arn\b/i.test(first) && !COMPLETE_ARN.test(first)) return subject
  // A console that wraps by inserting spaces splits the ARN between name characters (`…/cd-paas
  // -dev-Role/…`): the pieces up to the phrase are name fragments, never a plain word or a
  // key=value tail.
  if (COMPLETE_ARN.test(first) && WRAPPED_PIECES.test(subject.slice(first.length))) return subject
  // An ARN never ends with its separator: a retyped `assumed-role/R/ Session` keeps its name.
  // Also where a reflowed line put runs of spaces everywhere (`assumed-role/   ROLE/SESSION   is
  // not authorized`, prowler-cloud/prowler#8250, heldout167 review h167-075): the role and session
  // go on after the spaces.
  if (
    COMPLETE_ARN.test(first) &&
    first.endsWith('/') &&
    /^[ \t]+[\w+=,.@-]+(?:\/[\w+=,.@-]+)?[ \t]*$/.test(subject.slice(first.length))
  )
    return subject.trimEnd()
  // A writer's wrap right after the separator (`…:assumed-role/` / `ROLE/session` / `is not
  // authorized…`): the next line is the rest of the ARN, joined as one (h16-048).
  const wrapped =
    COMPLETE_ARN.test(first) && first.endsWith('/')
      ? ARN_REST_BELOW.exec(subject.slice(first.length))
      : null
  if (wrapped) return first + wrapped[1]!.replace(/\s+/g, '')
  // A session ARN always ends in its session: one cut inside the role's name by a terminal box
  // (`…assumed-role/eksctl-…-NodeInstanceRole-r5wn6T6 │` / `│ DFOpd/i-0a6f…`, awslabs/
  // s3-tables-catalog#20) goes on with the next line's token, which holds the session.
  const sessionCut = SESSIONLESS_ROLE.test(first)
    ? ARN_REST_BELOW.exec(subject.slice(first.length))
    : null
  const sessionRest = sessionCut?.[1]!.replace(/\s+/g, '')
  if (
    sessionRest &&
    /^(?:[\w+=,.@-]|<[\w-]{1,40}>)*\/(?:[\w+=,.@-]|<[\w-]{1,40}>)+$/.test(sessionRest)
  )
    return first + sessionRest
  // A reporter's mask in words after the name (`user/user name`, `role/role name here`,
  // aws/aws-sdk-php#941): part of the value as printed; only these words, never a free tail.
  if (COMPLETE_ARN.test(first) && MASK_WORDS.test(subject.slice(first.length))) return subject
  return first
}

/** An assumed role's ARN without its session: `arn:aws:sts::1:assumed-role/NAME`. */
const SESSIONLESS_ROLE = /^arn:[\w-]{1,20}:sts::[^:\s]{0,40}:assumed-role\/[\w+=,.@-]+$/

/** An IAM or STS ARN cut after its account field: `arn:aws:iam::123456789012:`. */
const IAM_ARN_HEAD_ONLY = /^arn:[\w-]{1,20}:(?:iam|sts)::[^:\s]{1,40}:$/

/** The rest of an ARN a line break cut after its separator: one token of name characters. */
// Up to two lines of it: a console wrapping at each slash (`…:assumed-role/` / `ROLE/` / `SESSION`).
// A reporter's placeholder may stand in it (`AgentUitestage-<ID>/BedrockAgentCore-<session-id>`).
const ARN_REST_BELOW = /^((?:[ \t]*\r?\n[ \t]*(?:[\w+=,.@/-]|<[\w-]{1,40}>){1,256}){1,2})\s*$/

/** One to three pieces of an IAM name (no `=`, not a plain word): what a wrap left after a space. */
const WRAPPED_PIECES = /^(?:[ \t](?=[\w+,.@/-]*[-_/.@0-9])[\w+,.@/-]+){1,3}$/

/** An ARN closing its line, in quotes or bare (group 2). */
const ARN_ENDING_LINE = /(["'`‘“]?)(arn:[^\s'"`’”]+)\1[ \t]*\r?\n$/

/** What stands before `is not authorized`: `User: P`, `User P`, a bare principal, or nothing. */
function readSubject(text: string, phraseAt: number, hasIs: boolean, floor: number): Subject {
  const reach = Math.max(floor, phraseAt - MAX_SUBJECT)
  let lineStart = reach + text.slice(reach, phraseAt).lastIndexOf('\n') + 1
  // A phrase that starts its line continues the line above: `User: P` / `is not authorized…`
  // (a log wrapped at a word), or `User:` / `P` / `is not authorized…` (up to two lines back).
  let from = lineStart
  for (let k = 0; k < 2 && hasIs && from > reach; k++) {
    // Lines of one token each: an ARN a console wrapped at its slashes (`…:assumed-role/` /
    // `NAME/` / `SESSION is not authorized`, h129-124).
    if (!/^(?:[ \t]*\S+[ \t]*\r?\n)*\s*\S*\s*$/.test(text.slice(from, phraseAt))) break
    from = text.lastIndexOf('\n', from - 2) + 1
    if (from < reach) break
    if (/(?<![\w/:.-])User(?![\w-])/.test(text.slice(from, Math.min(phraseAt, from + 300)))) {
      lineStart = from
      break
    }
  }
  const before = text.slice(lineStart, phraseAt)
  const trimmed = before.trimEnd()
  // The phrase opens its line and the line above ends with an ARN, quoted or not (`federated user
  // 'arn:aws:sts::…'` / `is not authorized…`): that ARN is the subject, whatever words lead to it.
  if (hasIs && trimmed === '' && lineStart > reach) {
    const above = text.slice(Math.max(reach, text.lastIndexOf('\n', lineStart - 2) + 1), lineStart)
    const arn = ARN_ENDING_LINE.exec(above)
    if (arn) return { principal: arn[2]!, start: lineStart - above.length + arn.index, ok: true }
  }
  const lineEnd = text.indexOf('\n', phraseAt)
  const rest = text.slice(phraseAt, lineEnd === -1 ? text.length : lineEnd)
  // Quoted prose: `the error “is not authorized to perform: …”` documents a denial, it is not one.
  const quoteAt = lineStart + trimmed.length - 1
  const aboutErrors = () => !quotesARun(text, quoteAt, quoteClose(text, phraseAt, trimmed.at(-1)!))
  if (hasIs && opensQuote(trimmed, rest) && aboutErrors())
    return { principal: null, start: phraseAt, ok: false }
  if (!hasIs) {
    // Prose quoting the short form: `this error message > 'not authorized to perform: …`.
    if (opensQuote(trimmed, rest) && aboutErrors())
      return { principal: null, start: phraseAt, ok: false }
    // A first person (`I'm not authorized to perform iam:PassRole`, the heading of every AWS
    // service's troubleshooting page): no message AWS prints speaks so.
    if (/\bI(?:'m|’m|\s+am)\s*$/.test(trimmed))
      return { principal: null, start: phraseAt, ok: false }
    // `You are not authorized to perform this operation` is the EC2 grammar's; `You are not
    // authorized to perform: athena:GetTableMetadata` (Athena) names its action.
    const start = /\b(?:You\s+)?(?:are|am)\s*$/i.exec(trimmed)
    return { principal: null, start: start ? lineStart + start.index : phraseAt, ok: true }
  }
  let userAt = -1
  let userLen = 0
  USER_WORD.lastIndex = 0
  for (let m; (m = USER_WORD.exec(before));) {
    userAt = m.index
    userLen = m[0].length
  }
  if (userAt >= 0) {
    // CloudWatch Logs names the caller by account alone (`User with accountId: N is not
    // authorized…`, aws/aws-cli#4422): the whole subject, as printed, is the principal.
    const byAccount = BY_ACCOUNT.exec(before.slice(userAt))
    if (byAccount) return { principal: byAccount[1]!, start: lineStart + userAt, ok: true }
    const subject = withoutClosingEmphasis(
      principalOf(unquote(before.slice(userAt + userLen).trim())),
      before.slice(0, userAt)
    )
    return { principal: subject || null, start: lineStart + userAt, ok: true }
  }
  // A writer's placeholder with spaces inside (`<full user arn> is not authorized…`, h72-034): the
  // whole of it, not its last word.
  const spaced = SPACED_PLACEHOLDER.exec(trimmed)
  if (spaced) {
    return {
      principal: spaced[1]!,
      start: lineStart + trimmed.length - spaced[1]!.length,
      ok: true
    }
  }
  // A service named as the subject, before its last word is taken for a name (`AWS CodeBuild is not
  // authorized to perform: ecr:BatchGetImage`, awslabs/aws-codebuild-jenkins-plugin#18; `CREATE_PRIVATE_LINK_FAILED: AWS Firehose is not authorized
  // to perform: kafka:CreateVpcConnection`, hashicorp/terraform-provider-aws#48946): its name, as printed.
  const service = SERVICE_SUBJECT.exec(trimmed)
  if (service) {
    return {
      principal: service[1]!,
      start: lineStart + trimmed.length - service[1]!.length,
      ok: true
    }
  }
  const elided = ELIDED_SUBJECT.exec(trimmed)
  if (elided) {
    return {
      principal: elided[1]!,
      start: lineStart + trimmed.length - elided[1]!.length,
      ok: true
    }
  }
  const token = lastToken(trimmed)
  // A bare principal may open a quoted value: `{"Message":"arn:aws:sts::…` in a JSON body.
  const principal = unquote(token).replace(/^.*["'`“‘]/, '')
  if (
    principal &&
    (PRINCIPALISH.test(principal) ||
      COMPOUND_NAME.test(principal) ||
      MASKED_SUBJECT.test(principal)) &&
    // Punctuation alone is what a wrap left of the principal (`:` under a folded ARN, h15-095).
    /[\p{L}\p{N}*?<[{]/u.test(principal)
  ) {
    return { principal, start: lineStart + trimmed.length - token.length, ok: true }
  }
  // A writer's placeholder subject opening the quoted message: `"The IAM Entity is not authorized…`.
  const named = TITLE_SUBJECT.exec(trimmed)
  if (named) return { principal: named[1]!, start: lineStart + named.index + 1, ok: true }
  return { principal: null, start: phraseAt, ok: true }
}

/**
 * Two to four capitalised words right after an opening quote, then the phrase: a placeholder a
 * writer typed where the principal stands (AWS prints an ARN or a name there, never Title Case
 * words). Not `User` alone (a label) nor a sentence (`"This user…`: lower-case words).
 */
/** `<full user arn>`: angle brackets around words, at the end of the text before the phrase. */
const SPACED_PLACEHOLDER = /(?:^|[\s:"'`(])(<[A-Za-z][\w-]*(?:[ \t]+[\w-]+){1,8}>)$/

/** `AWS Firehose`, `Amazon SageMaker`: a service's product name, up to three capitalised words. */
// CloudWatch's alarm history names itself without either word (`CloudWatch Alarms is not authorized
// to perform: SNS:Publish on resource:…`, a notebook quoting it, h129-142).
// Amazon Managed Service for Prometheus' alert manager names itself `AMP` (`Notify for alerts
// failed, AMP is not authorized to perform: SNS:Publish …`, its troubleshooting page, heldout170
// review h170-040).
const SERVICE_SUBJECT =
  /(?:^|[\s:(])((?:AWS|Amazon)[ \t]+[A-Z][A-Za-z0-9]*(?:[ \t]+[A-Z][A-Za-z0-9]*){0,2}|CloudWatch[ \t]+Alarms|AMP)$/

const TITLE_SUBJECT = /["“'`]((?:[A-Z][A-Za-z]*[ \t]+){1,3}[A-Z][A-Za-z]*)$/

/**
 * A known error code glued to the end of a value, its colon after it: text run together where a
 * page dropped the line breaks between messages (`sts:AssumeRoleWithWebIdentityAccessDenied: User:
 * …`). The code opens the next message; group 1 is the value as printed.
 */
const GLUED_CODE = new RegExp(String.raw`^(.*?[a-z0-9.…*])(?:${KNOWN_CODE_SOURCE}):$`)

/** How much of `raw` (a token as matched) is the value, a glued next message's code cut off. */
function withoutGluedCode(raw: string): string {
  return GLUED_CODE.exec(raw)?.[1] ?? raw
}

/**
 * English words where the resource stands (`on resource: is a common error message`): a writer's
 * sentence about the message, which AWS always ends with an ARN or a name.
 */
const PROSE_WORD =
  /^(?:is|are|was|were|the|an?|that|this|these|those|which|it|its|and|or|but|if|when|where|while|can|could|may|might|will|would|should|must|has|have|had|does|do|to|of|in|for|from|by|as)$/i

/**
 * What Pulumi writes where a program passed an Output as a string (`on resource: Calling [toJSON]
 * on an [Output<T>] is not supported.`, pulumi/pulumi-eks#418): the value as printed, whole.
 */
const PULUMI_OUTPUT = /Calling \[toJSON\] on an \[Output<T>\] is not supported\./y

/** `readResource`'s answer when an English word stands where the resource does. */
const PROSE = 'prose'

function readResource(
  text: string,
  pos: number,
  colonForm = false
): { resource: string; end: number; cut?: boolean } | typeof PROSE | null {
  const on = sticky(ON_RESOURCE, text, pos)
  if (!on) return null
  // A page's doubled label (`on resource: resource: arn:aws:greengrass:…`, the Greengrass V1
  // developer guide's IAM troubleshooting page): the value is the ARN after it.
  const doubled = /^resource:[ \t]{1,3}(?=arn:)/.exec(
    text.slice(pos + on[0].length, pos + on[0].length + 16)
  )
  const at = pos + on[0].length + (doubled ? doubled[0].length : 0)
  // After `perform:` AWS always writes `on resource: VALUE`; without that colon the words are the
  // writer's (`… on resource xxxx`, the ARN masked away with its colon): only an ARN, or the
  // elision mark the writer cut it to (`on resource ...`), stands for the value.
  if (colonForm && !on[0].includes(':') && !/^(?:arn:|\.{3}|…)/i.test(text.slice(at, at + 4)))
    return null
  const quoted = sticky(QUOTED, text, at)
  if (quoted) return { resource: quoted[1]!, end: at + quoted[0].length }
  const ticked = sticky(QUOTED_TICK, text, at)
  if (ticked) return { resource: ticked[1]!, end: at + ticked[0].length }
  const cut = sticky(QUOTED_CUT, text, at)
  if (cut) return { resource: cut[1]!, end: at + cut[0].length, cut: true }
  const typed = sticky(TYPED, text, at)
  if (typed) return { resource: `${typed[1]} ${trimValue(typed[2]!)}`, end: at + typed[0].length }
  const output = sticky(PULUMI_OUTPUT, text, at)
  if (output) return { resource: output[0], end: at + output[0].length }
  const plain = sticky(PLAIN, text, at)
  if (!plain) return null
  // The reason clause where the value stands (`on resource: with an explicit deny`, the ARN
  // stripped by a writer, heldout170 h170-061): no resource was printed; the reason is read on.
  if (/^(?:with|because)$/.test(plain[0]) && REASON_OPENING.test(text.slice(at, at + 40)))
    return null
  // Across a line break, a label (`Azure:`) opens the next section: the message named no resource.
  if (on[0].includes('\n') && isLabel(plain[0])) return null
  if (PROSE_WORD.test(plain[0])) return PROSE
  // A tool's bracketed note where the value stands (`on resource (code AccessDeniedException).`,
  // Symfony's mailer transports): the message named no resource.
  if (/^\([A-Za-z]+$/.test(plain[0])) return null
  // The Java SDK's tail glued to the value, its space lost to a reporter's reflow
  // (`on resource:*(Service:AWSCognitoIdentityProviderService;`, aws-amplify/amplify-js#146).
  let value = withoutGluedCode(plain[0]).replace(/(?<=.)\(Service:.*$/, '')
  // A writer's elision that swallowed the space before the reason (`…:eu-central-1:...with an
  // explicit deny`, percona/percona-backup-mongodb#1340): the reason's first word is not the value's.
  const glued = /^(.+?(?:\.{3}|…))(?:with|because)$/.exec(value)
  if (
    glued &&
    /^[ \t]+(?:an explicit deny|no [\w-]+ policy)\b/.test(
      text.slice(at + value.length, at + value.length + 40)
    )
  )
    return { resource: glued[1]!, end: at + glued[1]!.length }
  const named = /^(?:\.{3}|…)$/.test(value) ? sticky(ELIDED_REST, text, at + value.length) : null
  if (named) value += named[0]
  // An account written as a quoted phrase (`arn:aws:iam::"another account number":role/x`): the
  // quotes belong to the ARN, whose rest follows.
  const phrase = /::$/.test(value) ? sticky(QUOTED_ACCOUNT, text, at + value.length) : null
  if (phrase) {
    const rest = sticky(PLAIN, text, at + value.length + phrase[0].length)
    const tail = rest ? rest[0] : ''
    return {
      resource: value + phrase[0] + trimValue(tail),
      end: at + value.length + phrase[0].length + tail.length
    }
  }
  // A whole ARN closing its line, one indented token on the next and the reason clause opening the
  // line after: a pretty-printer wrapping at a fixed width cut the name there (`…:memory/bugfix` /
  // `   agentMemory-<ID>` / `because no …`, h166-043). AWS prints nothing between them.
  const beforeReason =
    /^arn:/.test(value) && COMPLETE_ARN.test(value)
      ? sticky(WRAPPED_BEFORE_REASON, text, at + value.length)
      : null
  if (beforeReason) {
    return {
      resource: value + beforeReason[1]!,
      end: at + value.length + beforeReason[0].length
    }
  }
  // An ARN the line's end broke inside its slots: the next line's first token continues it when
  // the two fill every slot (see ARN_LINE_REST).
  const broken =
    /^arn:/.test(value) && !WHOLE_ARN.test(value)
      ? sticky(ARN_LINE_REST, text, at + value.length)
      : null
  if (broken && WHOLE_ARN.test(value + broken[1]!)) {
    return { resource: trimValue(value + broken[1]!), end: at + value.length + broken[0].length }
  }
  // A resource type's word a terminal broke at the line's end (`…:XXXXXXXXXXXX:reposit ` /
  // `ory/cdk-hnb659fds-container-assets-…`, yxliaoyx/AWS-OnDemand-Server-Discord-Interaction#4):
  // joined only when the joined ARN is one of the service's formats and the broken one is none.
  const typeBroken =
    /^arn:/.test(value) && TYPE_ONLY.test(value)
      ? sticky(TYPE_WORD_REST, text, at + value.length)
      : null
  if (typeBroken && !classifyArn(value) && classifyArn(value + typeBroken[1]!)) {
    return {
      resource: trimValue(value + typeBroken[1]!),
      end: at + value.length + typeBroken[0].length
    }
  }
  // A whole ARN whose path a writer broke after a slash at the line's end (`…:package/` /
  // `supply-chain/terraform-modules/…/vpc-module`, a lab's hard-wrapped expected output): a
  // resource never ends in its path's separator, so the next line's first token goes on with it.
  const slashed =
    /^arn:/.test(value) && /[\w-]\/$/.test(value) && WHOLE_ARN.test(value)
      ? sticky(ARN_LINE_REST, text, at + value.length)
      : null
  if (slashed && /^[\w.-]/.test(slashed[1]!)) {
    return { resource: trimValue(value + slashed[1]!), end: at + value.length + slashed[0].length }
  }
  // An API's stage ARN whose method and path a writer's wrap put on the next line (`…:3hfbt7ivk0/
  // production` / `/POST/@connections/{connectionId}",`, a blog's CloudWatch error): the route
  // starts with an HTTP method, which no other line does.
  const routed =
    /^arn:[\w-]+:execute-api:/.test(value) && WHOLE_ARN.test(value)
      ? sticky(ROUTE_LINE_REST, text, at + value.length)
      : null
  if (routed) {
    return { resource: trimValue(value + routed[1]!), end: at + value.length + routed[0].length }
  }
  // A whole ARN whose name ends in a hyphen at the line's end: a writer's wrap inside the name
  // (`…:aws-mp-entitlement-` / `notification-XXXXXXXX (Service: AmazonSNS;`, aws-samples/aws-
  // marketplace-serverless-saas-integration#11). The next line, not indented, starts with the rest.
  const hyphened =
    /^arn:/.test(value) && /[A-Za-z0-9]-$/.test(value) && WHOLE_ARN.test(value)
      ? sticky(HYPHEN_WRAP_REST, text, at + value.length)
      : null
  if (hyphened) {
    return { resource: value + hyphened[1]!, end: at + value.length + hyphened[0].length }
  }
  // A mask with a space inside (`arn:aws:iam::XXXX XXXX:role/x`): an ARN short of its five
  // colons goes on past one space, unless a keyword of the sentence follows.
  for (let k = 0; k < 3 && /^arn:/.test(value) && count(value, ':') < 5; k++) {
    const more = sticky(MASK_REST, text, at + value.length)
    if (!more) break
    value += more[0]
  }
  // A resource type a reporter retyped with a space inside (`…:delivery streams/NAME`): an ARN
  // whose resource part is a bare type word goes on to the next piece when that one holds the
  // `/name` (S3 ARNs have no type: a bucket name is never continued).
  if (TYPE_ONLY.test(value)) {
    const more = sticky(TYPE_REST, text, at + value.length)
    if (more) value += more[0]
  }
  // A name with spaces (a Glue job `job/Copy parking zone to raw`) or an ARN a console wrapped
  // with a space (`role/cd-paas-ser vice-dev-Role`): the value runs on to the reason clause when
  // a few plain words on the same line are all that stand between them.
  const spaced =
    /^arn:/.test(value) && !/[.,;:!?]$/.test(value)
      ? sticky(WORDS_TO_REASON, text, at + value.length)
      : null
  if (spaced) value += spaced[1]!
  // AWS prints no punctuation between the resource and its reason clause: dots standing there
  // are the value's own (a masked `+358....`), not a sentence's end. Nor before the Java SDK's
  // `(Service: …)` tail: an elision there is all the author's (`eu-west-1:....`).
  const dots = /\.+$/.exec(value)
  const after = at + value.length
  if (
    dots &&
    (sticky(REASON_NEXT, text, after) || (dots[0].length >= 3 && sticky(SDK_TAIL, text, after)))
  ) {
    const head = value.slice(0, -dots[0].length)
    // An ARN cut after a colon keeps it: the colon is the ARN's (`arn:aws:kms:...`).
    const kept = /^arn:\S*:$/.test(head) ? head : trimValue(head)
    if (kept) return { resource: kept + dots[0], end: at + value.length }
  }
  // A closing bracket with none opened before it on the line is part of the value as printed.
  const lineStart = text.lastIndexOf('\n', at) + 1
  const bracket = value.endsWith(']') && !text.slice(lineStart, at + value.length - 1).includes('[')
  // Markdown emphasis around the message (`***Error … on resource: …/x***`) closes after it.
  // Emphasis opened right before an ARN (`on resource: **arn:…**`) is no part of it either.
  // Punctuation inside the emphasis goes too (SES's `…identity/example.com'**`, its opening
  // backtick lost, heldout146).
  const trimmed = trimValue(value)
  const unemphasised = closedEmphasis(trimmed, text, lineStart, at)
  const resource = (unemphasised === trimmed ? trimmed : trimValue(unemphasised)).replace(
    /^(?:\*{1,3}|_{1,3})(?=arn:)/,
    ''
  )
  if (!resource || isMarkOnly(resource)) return null
  const end = at + value.length
  return {
    resource: bracket && value.startsWith(resource + ']') ? resource + ']' : resource,
    end,
    ...(cutInCodeSpan(text, lineStart, at, end) ? { cut: true } : {})
  }
}

/** Italics opened at the start of the value's line or of one of the EMPHASIS_LINES lines above. */
function italicsOpenAbove(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1
  for (let i = 0; i <= EMPHASIS_LINES; i++) {
    if (/^[ \t>]*\*(?=[A-Za-z])/.test(text.slice(start, start + 20))) return true
    if (start === 0) return false
    start = text.lastIndexOf('\n', start - 2) + 1
  }
  return false
}

/** Bold a writer opened is looked for this many lines above the value's own line. */
const EMPHASIS_LINES = 3

/**
 * The value without the emphasis that closes after it: opened on its own line, or bold (two marks
 * or more) opened a few lines above (`**Error` / blank line / `Message: User: … delivery
 * streams/APP**`, aws/aws-cli#4443, found trying the CLI on unseen logs). A single mark above
 * (`*remote.State`) never takes a wildcard's `*`.
 */
function closedEmphasis(value: string, text: string, lineStart: number, at: number): string {
  const own = withoutClosingEmphasis(value, text.slice(lineStart, at))
  if (own !== value || !/([*_~])\1+$/.test(value)) return own
  let start = lineStart
  for (let i = 0; i < EMPHASIS_LINES && start > 0; i++)
    start = text.lastIndexOf('\n', start - 2) + 1
  const wider = withoutClosingEmphasis(value, text.slice(start, at))
  return value.length - wider.length >= 2 ? wider : value
}

/**
 * A value that ends its line inside a Markdown code span the writer opened on that line and never
 * closed (`` `An error occurred … job-definition/shred-unstructured-fr``, h12-030): the paste
 * stopped there, perhaps mid-name, the closing mark lost with the rest. A fence (```) opens a
 * block, not a span (h3-123); a mark in the value closes the span (h9-006: `…role/LambdaPreview\``).
 */
const SPAN_MARK = /(?<!`)`(?!`)/g

function cutInCodeSpan(text: string, lineStart: number, at: number, end: number): boolean {
  if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8))) return false
  if (text.slice(at, end).includes('`')) return false
  const opened = (text.slice(lineStart, at).match(SPAN_MARK)?.length ?? 0) % 2 === 1
  return opened && !text.slice(end).includes('`')
}

/** The reason clause right after a value: `because no …`, `with an explicit deny`. */
const REASON_NEXT = /\s+(?:because\s+(?:no|the)\s|with\s+[*_]{0,2}an\s+explicit\s+deny\b)/y

/** The Java SDK's tail after the message: `(Service: AmazonKinesisFirehose; Status Code: 400; …`. */
const SDK_TAIL = /\s+\(Service: [^;()\n]{1,60}[;,] Status Code: \d{3}\b/y

/** One to three words, then `on resource`: what a writer typed where the action stands. */
const WORDS_FOR_ACTION = /(?:[A-Za-z]+[ \t]+){0,2}[A-Za-z]+(?=[ \t]+on[ \t]+resource\b)/y
/** One CamelCase word of two humps or more (`GetHostedZone`): an API's name, not a writer's words. */
const BARE_API_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/

// The rest of an action cut by a hard wrap: the next line starts with it, no indent.
const WRAPPED_REST = /\r?\n([a-z0-9-]*:[A-Za-z0-9*]+)(?=[\s.,;'"]|$)/y
// The rest of an action's name on the next line, the line going on as the sentence does.
const WRAPPED_NAME_REST =
  /\r?\n([a-z][A-Za-z0-9]{0,80})(?=[ \t]+on[ \t]+resource\b|[ \t]+because\b|[ \t.,;'"]*(?:\r?\n|$))/y

// The action's name after a space a console's wrap put behind the colon: an IAM action name.
const SPACED_REST = /[ \t]([A-Z][A-Za-z0-9]*\*?)(?=[\s.,;]|$)/y

/** An ARN (not S3's) whose resource part is a lower-case type word and nothing else. */
const TYPE_ONLY = /^arn:[^:\s]+:(?!s3:)[a-z0-9-]+:[^:\s]*:[^:\s]*:[a-z][a-z-]*$/
/** What an ARN may hold (partition, service, Region, account and resource slots): no space. */
const ARN_CHARS = String.raw`[\w+=,.@/:*-]`
/** An ARN with every slot filled (`arn:P:S:R:A:resource`). */
const WHOLE_ARN = new RegExp(String.raw`^arn:[^:]+:[^:]+:[^:]*:[^:]*:${ARN_CHARS}+$`)
/**
 * The first token of the next line, after its indent, when a narrow column (every line indented
 * to one column, aws-samples/sample-serverless-mcp-servers#7) or a terminal broke an ARN inside
 * its slots at the line's end (`arn:aws:lambda:us-east-` / `1:580247275435:layer:…`). Never a
 * word of the sentence (`arn:aws:s3:::` / `because no …` is no bucket), nor the timestamp that
 * opens the next log line after a message cut there.
 */
const ARN_LINE_REST = new RegExp(
  String.raw`\r?\n[ \t]*(?!(?:because|with|and|or)\b|\d{4}-\d\d-\d\d[T ])(${ARN_CHARS}+)(?=[\s"'\x60),]|$)`,
  'y'
)
/** One indented token alone on the next line, the reason clause opening the line after it. */
const WRAPPED_BEFORE_REASON =
  /[ \t]*\r?\n[ \t]+((?:[\w+=,.@/:*-]|<[\w-]{1,40}>){1,256})(?=[ \t]*\r?\n[ \t]*(?:because[ \t]+(?:no|the)[ \t]|with[ \t]+an[ \t]+explicit[ \t]+deny\b))/y
/** The next line's first token, spaces before the break allowed: a type word's rest (see `readResource`). */
const TYPE_WORD_REST = new RegExp(
  String.raw`[ \t]*\r?\n[ \t]*([a-z][a-z-]*[/:]${ARN_CHARS}+)(?=[\s"'\x60),]|$)`,
  'y'
)
/** A name's rest after a hyphen the line's end cut: unindented, ending in a space, `(` or the line's end. */
/** An execute-api route on the next line: `/METHOD/path`, up to a quote, comma or space. */
const ROUTE_LINE_REST =
  /[ \t]*\r?\n[ \t]*(\/(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY|\*)\/[^\s"'`,]*)/y
const HYPHEN_WRAP_REST =
  /[ \t]*\r?\n(?!(?:because|with|and|or)\b)([A-Za-z0-9][\w.+=@-]{0,200})(?=[ \t(]|\r?$)/my
/** The rest, ending the message: its line ends or the reason clause follows. */
const TYPE_REST =
  /[ \t](?!(?:and|or)\/)[a-z][a-z-]*\/[^\s"'`<>]+(?=[*_.,]*(?:[ \t]*(?:\r?\n|$)|\s+(?:because|with)\b))/y

const QUOTED_ACCOUNT = /"[^"\n:]{1,40}":/y

const MASK_REST = new RegExp(String.raw`[ ](?!because\b|with\b|and\b|\(Service)${VALUE_TOKEN}`, 'y')

/**
 * Up to eight plain words (no quote, bracket or sentence punctuation, none a word of the sentence
 * itself) and then, on the same line, the reason clause: group 1 is the words with their spaces.
 */
const WORDS_TO_REASON =
  /((?:[ \t](?!(?:because|with|and|or|on|is|for|when|User)\b)[^\s"'`<>()[\]{},;]+){1,8})(?=[ \t]+(?:because[ \t]+(?:no|the)[ \t]|with[ \t]+an[ \t]+explicit[ \t]+deny\b))/y

function count(s: string, ch: string): number {
  let n = 0
  for (const c of s) if (c === ch) n++
  return n
}

// A message that ends after `perform:`: its line ends, then a code fence, a blank line or the end.
// The quote the author's paste opened may close first (`` `…User: ARN is not authorized to
// perform` ``): the paste stops there all the same.
// An elision there is the reporter's cut too (`…is not authorized to perform ...`, hashicorp/vault#8926).
const ENDS_AT_PHRASE =
  /^[ \t]*(?:\.{3}|…)?[ \t]*[`'"”’]{0,3}[ \t]*(?:$|\n[ \t]*(?:`{3,}|~{3,})?[ \t]*(?:\n|$))/

/**
 * A reporter pasted the message up to `perform:` and no further (`User: ARN is not authorized to
 * perform:` then the closing fence): who was refused is known, the action is not.
 */
function endedAtPhrase(
  text: string,
  subject: Subject,
  end: number,
  floor: number,
  literals: RecordLiterals | undefined
): Candidate {
  const d = emptyDenial('denial', 'iam-sentence', 'WD701')
  d.principal = subject.principal
  const around = codeAround(text, subject.start, end, floor, literals)
  d.code = around.code
  d.operation = operationNear(text, subject.start, end, floor, literals)
  return {
    start: Math.min(around.start, subject.start),
    core: subject.start,
    end: around.end,
    priority: PRIORITY.sentence,
    denial: d
  }
}

/** `Not Authorized to Perform` with its capitals, not `NOT AUTHORIZED` (a tool's upper case). */
const TITLE_CASE_PHRASE = /\bAuthorized\b[^\n]*\bPerform\b/

function parseAt(
  text: string,
  m: RegExpExecArray,
  floor: number,
  literals: RecordLiterals | undefined
): Candidate | null {
  const hasIs = Boolean(m[1])
  // A headline's Title Case (`Is Not Authorized to Perform iam:PassRole on Resource: Decoding …`):
  // AWS prints the phrase in lower case (or a tool in upper case, kept).
  if (TITLE_CASE_PHRASE.test(m[0])) return null
  const subject = readSubject(text, m.index, hasIs, floor)
  if (!subject.ok) return null

  let pos = m.index + m[0].length
  const namesPrincipal = hasIs && /^arn:/i.test(subject.principal ?? '')
  // Cut after `not authorized to`: who was refused is still known, never what. Cut right after
  // `not authorized` only in a printed message, never in code building one (an f-string's
  // `{ACCOUNT_ID}`).
  if (!m[2] && !m[3]) {
    const lineOf = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)
    if (!/\bto\b/.test(m[0]) && /\bf["']|\{[A-Za-z_]\w*\}/.test(lineOf)) return null
    return namesPrincipal ? endedAtPhrase(text, subject, pos, floor, literals) : null
  }
  if (namesPrincipal && ENDS_AT_PHRASE.test(text.slice(pos, pos + 80)))
    return endedAtPhrase(text, subject, pos, floor, literals)
  // A box's gutter on the line the action wrapped to goes too (sops: `caused by: AccessDenied: Not
  // authorized to perform` / `      | sts:AssumeRoleWithWebIdentity`, isindir/sops-secrets-operator#23).
  pos += /^(?:[ \t]*\r?\n[ \t]*[|│][ \t]*|\s*)/.exec(text.slice(pos, pos + 200))![0].length
  const tokenMatch = sticky(ACTION_TOKEN, text, pos)
  if (!tokenMatch) return null
  // A next message glued to the action (`…WebIdentityAccessDenied: User: …`) is not part of it.
  const unglued = withoutGluedCode(tokenMatch[2]!)
  if (unglued !== tokenMatch[2]) {
    tokenMatch[0] = tokenMatch[0].slice(
      0,
      tokenMatch[0].length - tokenMatch[2]!.length + unglued.length
    )
    tokenMatch[2] = unglued
  }
  const emphasis = tokenMatch[1] ?? ''
  // Emphasis a note put around the whole message (`**Erro: \`denied: … ecr:InitiateLayerUpload\`**`)
  // closes after the action, outside any quote around it.
  const lineHead = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos)
  let token = trimValue(withoutClosingEmphasis(trimValue(tokenMatch[2]!), lineHead))
  // The emphasis run that opened before the action closes after it.
  if (emphasis && token.endsWith(emphasis)) token = trimValue(token.slice(0, -emphasis.length))
  // Emphasis opened on an earlier line of the note (`**Assuming role with OIDC` / `Error: … not
  // authorized to perform sts:AssumeRoleWithWebIdentity**`, configure-aws-credentials#1293): no
  // action has an underscore, a tilde or two stars, so such a closing run is never part of it.
  const closing = /(?:\*{2,3}|_{1,3}|~{1,2})$/.exec(token)
  if (closing && ACTION_RE.test(token.slice(0, closing.index)))
    token = token.slice(0, closing.index)
  // One star after a catalog action closes italics a paste opened at a line's start a few lines
  // up (`*ClientError: … AssumeRole` / `operation: Not authorized to perform sts:AssumeRole*`, an
  // email, Netflix/security_monkey#766): AWS prints the action it refused, never a wildcard.
  else if (
    /[A-Za-z]\*$/.test(token) &&
    lookupAction(token.slice(0, -1)) !== null &&
    italicsOpenAbove(text, pos)
  )
    token = token.slice(0, -1)
  token = token.replace(/^\(|\)$/g, '')
  // SES prints the action in quotes (`ses:SendRawEmail', 'ses:SendRawEmail'): the opening mark
  // is not part of it (the closing one went with trimValue).
  token = token.replace(/^\\?[`'‘](?=[A-Za-z0-9])/, '')
  // An elision after a whole action is where the author cut the message (`perform: s3:GetObject…`):
  // no action ends in dots, so the mark is not part of it.
  const elided = ELIDED.exec(token)
  if (elided && ACTION_RE.test(token.slice(0, elided.index))) token = token.slice(0, elided.index)
  // An action wrapped mid-word (`perform: cloudforma` / `tion:DescribeStacks`) is one action.
  const wrapped = /^[a-z0-9-]+$/.test(token)
    ? sticky(WRAPPED_REST, text, tokenMatch.index + tokenMatch[0].length)
    : null
  if (wrapped && ACTION_RE.test(token + trimValue(wrapped[1]!))) {
    token += trimValue(wrapped[1]!)
    tokenMatch[0] += wrapped[0]
  }
  // The same wrap inside the action's name (`perform: eks:De` / `leteCluster`, aws/aws-cdk#24174):
  // only when the catalog knows the joined action and not the cut one.
  const nameWrapped =
    !wrapped && /^[a-z0-9-]+:[A-Za-z0-9]+$/.test(token)
      ? sticky(WRAPPED_NAME_REST, text, tokenMatch.index + tokenMatch[0].length)
      : null
  if (nameWrapped && !lookupAction(token) && lookupAction(token + nameWrapped[1]!)) {
    token += nameWrapped[1]!
    tokenMatch[0] += nameWrapped[0]
  }
  // A console that wraps by inserting a space split the action after its colon (`perform: iam:
  // PassRole on resource`): one action, kept as printed.
  const spaced =
    /^[a-z0-9-]+$/.test(token) && tokenMatch[2]!.endsWith(':')
      ? sticky(SPACED_REST, text, tokenMatch.index + tokenMatch[0].length)
      : null
  if (spaced) {
    token = `${tokenMatch[2]!} ${spaced[1]!}`
    tokenMatch[0] += spaced[0]
  }
  const isAction = ACTION_RE.test(spaced ? token.replace(': ', ':') : token)
  // A reporter's mask stands for the action as a placeholder does (`perform: xxxxxxxxxx`, pulumi/pulumi-aws#2149).
  const isPlaceholder = /^<[^<>]+>$/.test(token) || MASKED_SUBJECT.test(token)
  // A body cut short inside the action (`…perform: sts (truncated...)`, Guzzle) still names who
  // was refused; the action is unknown.
  const after = tokenMatch.index + tokenMatch[0].length
  // A subject masked whole (`User:****** is not authorized to perform: null`, aws/aws-cli#7189) is
  // a principal as printed, as an ARN is.
  const cut =
    (namesPrincipal || (hasIs && /^(?:\*{3,}|x{3,}|X{3,})$/.test(subject.principal ?? ''))) &&
    /^[a-z0-9-]+$/.test(token) &&
    /^[ \t]*(?:\(truncated|\.{3}|…|\r?\n|$)/.test(text.slice(after, after + 16))
  // Words standing for the action, the sentence going on (`perform API action on resource: …`):
  // a placeholder the writer typed; the action is unknown, the rest is read.
  const typed = isAction || isPlaceholder || cut ? null : sticky(WORDS_FOR_ACTION, text, pos)
  if (!isAction && !(hasIs && isPlaceholder) && !cut && !(hasIs && typed)) return null
  // Prose that quotes the sentence ends the action with a closing quote; AWS's own message after
  // its error prefix (`…when calling the AssumeRole operation: Not authorized…'`) ends a string.
  const lead = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)
  // SES's own quoting (`ses:SendRawEmail', a backtick then an apostrophe: its SMTP and SDK
  // messages, a bot's incident note quoting one without its subject) is the message's, not prose's.
  const sesQuoted =
    /^\\?`[^`'\s]+'[.,]*$/.test(tokenMatch[2]!) &&
    // …unless prose opened a quote of its own before the sentence (`The docs say 'the caller is…`).
    !/['"“‘]/.test(lead)
  if (
    /[”"']$/.test(tokenMatch[2]!.replace(/[.,]+$/, '')) &&
    !sesQuoted &&
    !subject.principal &&
    !/\boperation:\s*$/.test(lead) &&
    !quotesARun(text, m.index, tokenMatch.index + tokenMatch[0].length)
  )
    return null
  pos += typed ? typed[0].length : tokenMatch[0].length

  const d = hasIs
    ? emptyDenial('denial', 'iam-sentence', 'WD701')
    : emptyDenial('denial', IAM_SHORT.id, IAM_SHORT.rule)
  d.principal = subject.principal
  // An API name printed without its service prefix (`perform: GetHostedZone on resource:
  // arn:aws:route53:::…`, opnsense/plugins#2161) is the action as printed; the resource's ARN
  // gives the prefix when a fix is drafted.
  d.action = isAction ? token : typed && BARE_API_NAME.test(typed[0]) ? typed[0] : null
  if (d.action) d.service = serviceOfAction(d.action)

  const resource = readResource(text, pos, (m[2] ?? m[3])!.endsWith(':'))
  let quotedOn: RegExpExecArray | null
  let emptyOn: RegExpExecArray | null
  if (resource === PROSE) return null
  // Typed words for the action hold only before a real resource: `…perform action on resource
  // because context` is a documentation page describing the format, not a message.
  if (typed && !/^(?:arn:|<|\[|\{)/.test(resource?.resource ?? '')) return null
  // A single capital letter for both who and what (`User: A is not authorized to perform:
  // iam:PassRole on resource: B`, a pull request explaining the message, heldout130 h130-057) is a
  // writer's variable, never a name AWS prints.
  if (/^[A-Z]$/.test(subject.principal ?? '') && /^[A-Z]$/.test(resource?.resource ?? ''))
    return null
  if (resource) {
    d.resource = resource.resource
    // What follows the cut is unknown: the value may stop short of the ARN that was refused.
    if (resource.cut) d.detail.resourceCut = 'line-end'
    pos = resource.end
  } else if ((emptyOn = EMPTY_ON.exec(text.slice(pos, pos + 40)))) {
    // `on resource: with an explicit deny`: the label with no value (see readResource).
    pos += emptyOn[0].length
  } else if ((quotedOn = QUOTED_ON.exec(text.slice(pos, pos + 1100)))) {
    // A writer's retyping, `on "arn:…"` with no `resource:` label (heldout146, Spanish project
    // notes): not the message's resource slot, but the reason after it is still the message's.
    pos += quotedOn[0].length
  } else if (SPECIFIED_RESOURCE.test(text.slice(pos, pos + 40))) {
    // EFS and others hide the ARN the call named (`… on the specified resource`): the call was
    // scoped to one, so "*" is not the only Resource that allows it (heldout18 review h18-086).
    d.detail.resourceHidden = 'specified'
  }

  let end = pos
  const gap = sticky(GAP, text, pos)!
  const reasonAt = pos + gap[0].length
  const implicit =
    sticky(IMPLICIT, text, reasonAt) ??
    sticky(IMPLICIT_CUT, text, reasonAt) ??
    sticky(IMPLICIT_CUT_TYPE, text, reasonAt)
  const explicit = implicit ? null : sticky(EXPLICIT, text, reasonAt)
  const s3Block = implicit || explicit ? null : sticky(S3_BLOCK, text, reasonAt)
  const resourceSide =
    implicit || explicit || s3Block ? null : sticky(RESOURCE_SIDE, text, reasonAt)
  if (implicit) {
    d.deny = 'implicit'
    d.layer = layerOf(implicit[1]!) ?? layerOfCut(implicit[1]!)
    const authPolicy = authPolicyOf(implicit[1]!)
    if (authPolicy) d.detail.authPolicy = authPolicy
    end = reasonAt + implicit[0].length
    // The reason may name another action than the call (`perform: ec2:CreateVpcEndpoint … because
    // no identity-based policy allows the vpce:AllowMultiRegion action`, a permission-only action
    // the call needs; heldout58 review h58-001): that one is missing.
    const reason = implicit[2]?.replace(/[.,;]+$/, '')
    if (
      reason &&
      d.action &&
      /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(reason) &&
      reason.toLowerCase() !== d.action.toLowerCase()
    )
      d.detail.reasonAction = reason
  } else if (
    explicit &&
    !explicit[1] &&
    sticky(OR_MISSING_PERMISSION, text, reasonAt + explicit[0].length)
  ) {
    const missing = sticky(OR_MISSING_PERMISSION, text, reasonAt + explicit[0].length)!
    d.detail.missingPermission = missing[1]!
    end = reasonAt + explicit[0].length + missing[0].length
  } else if (explicit) {
    d.deny = 'explicit'
    d.layer = explicit[1] ? layerOf(explicit[1]) : null
    const authPolicy = explicit[1] ? authPolicyOf(explicit[1]) : null
    if (authPolicy) d.detail.authPolicy = authPolicy
    end = reasonAt + explicit[0].length
    // A page quoting the message's two endings at once (`with an explicit deny / no
    // identity-based policy allows this action`) says neither for sure: both checks are given.
    const both = sticky(EITHER_ENDING, text, end)
    if (both) {
      // Kept explicit: no Allow is pasted while a Deny may match; the explanation gives both checks.
      d.detail.denyAmbiguous = 'explicit-or-implicit'
      end += both[0].length
    }
  } else if (s3Block) {
    d.detail.s3BlockPublicAccess = S3_BLOCK_CUT[s3Block[1]!.toLowerCase()] ?? s3Block[1]!
    end = reasonAt + s3Block[0].length
  } else if (resourceSide) {
    d.detail.resourceSide = 'region-or-resource-policy'
    end = reasonAt + resourceSide[0].length
  }
  if (implicit || explicit) {
    const ref = policyRefAt(text, end)
    if (ref) {
      d.policyArn = ref.arn
      if (ref.name) d.policyName = ref.name
      end = ref.end
    }
  }
  const encoded = sticky(ENCODED, text, end)
  if (encoded) {
    const at = end + encoded[0].length
    const { blob, end: blobEnd } = readBlob(text, at)
    // A blob the writer masked or left a placeholder for (`<omitted>`, `****`) still counts; the
    // marker with nothing after it (or the status line) is a plain denial.
    const masked = blob ? null : truncatedBlob('', text.slice(at, at + 96))
    if (blob) {
      d.kind = 'encoded'
      d.encodedMessage = blob
      end = blobEnd
    } else if (masked === 'cut' || masked === 'masked') {
      d.kind = 'encoded'
      d.detail.encodedTruncated = masked
      end = at
    }
  }
  // Organizations' reason for a service's delegated call (`… perform: account:ListRegions (Your
  // organization must first enable trusted access with AWS Account Management.)`,
  // awslabs/aws-deployment-framework#764): no IAM policy is missing.
  const trusted = sticky(TRUSTED_ACCESS, text, end)
  if (trusted) {
    d.detail.trustedAccess = trusted[1]!
    end += trusted[0].length
  }
  const idGap = sticky(AUTHZ_ID_GAP, text, end)
  const authz = sticky(AUTHZ_ID, text, idGap ? end + idGap[0].length : end)
  if (authz) {
    d.authorizationId = authz[1]!
    end = authz.index + authz[0].length
  }

  const around = codeAround(text, subject.start, end, floor, literals)
  d.code = around.code
  d.operation = operationNear(text, subject.start, end, floor, literals)
  return {
    start: Math.min(around.start, subject.start),
    core: subject.start,
    end: around.end,
    priority: PRIORITY.sentence,
    denial: d
  }
}

export const iamSentence: Grammar = {
  id: 'iam-sentence',
  rule: 'WD701',
  variants: [IAM_SHORT],
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    let floor = 0
    PHRASE.lastIndex = 0
    for (let m; (m = PHRASE.exec(text));) {
      const c = parseAt(text, m, floor, ctx.literals)
      if (!c) continue
      out.push(c)
      floor = c.end
      if (PHRASE.lastIndex < c.end) PHRASE.lastIndex = c.end
    }
    return out
  }
}
