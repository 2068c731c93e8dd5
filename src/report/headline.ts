// The sentence above a report's fixes: how many failures, and what follows them. It promises only
// what the remedies hold: a change ready to apply, a draft with placeholders to fill in first, or
// no policy change at all (a credentials problem, a cause outside IAM, too little in the log).
import type { Finding } from '../model/Finding.js'
import type { FindingKind } from '../model/Denial.js'
import type { Remedy } from '../model/Remedy.js'
import type { Report } from '../model/Report.js'
import { credentialCause, credentialHeadline } from '../model/credentialCauses.js'
import { resourceCutShort } from '../model/cutResource.js'
import { codeSpan } from './markdown.js'
import { plural } from './labels.js'

/** What a finding is called in the count; kinds not listed are authorization failures. */
const NOUNS: { kinds: FindingKind[]; one: string; many: string }[] = [
  { kinds: ['credentials'], one: 'credentials problem', many: 'credentials problems' },
  // S3 answers NoSuchBucket whoever asks, ECR a missing repository only to a caller IAM let
  // through: neither hides a denial (heldout14 review, h14-071…073).
  { kinds: ['not-found'], one: '"not found" answer', many: '"not found" answers' },
  {
    kinds: ['denial', 'encoded', 'oidc'],
    one: 'authorization failure',
    many: 'authorization failures'
  }
]

function nounOf(kind: FindingKind): (typeof NOUNS)[number] {
  return NOUNS.find((n) => n.kinds.includes(kind)) ?? NOUNS[NOUNS.length - 1]!
}

/** "**2 AWS authorization failures** found." or, mixed, "**3 AWS errors** found: 2 … and 1 …." */
export function countSentence(findings: Finding[]): string {
  const groups = NOUNS.map((n) => ({
    n,
    count: findings.filter((f) => nounOf(f.kind) === n).length
  })).filter((g) => g.count > 0)
  if (groups.length <= 1) {
    const n = groups[0]?.n ?? NOUNS[NOUNS.length - 1]!
    return `**${plural(findings.length, `AWS ${n.one}`, `AWS ${n.many}`)}** found.`
  }
  // Authorization failures first: they are what the report is about.
  const parts = groups.reverse().map((g) => plural(g.count, g.n.one, g.n.many))
  const list = parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1]
  return `**${plural(findings.length, 'AWS error')}** found: ${list}.`
}

/** Plain-text count for the text format's last line: "2 AWS authorization failures". */
export function countPhrase(findings: Finding[]): string {
  return countSentence(findings)
    .replace(/\*\*/g, '')
    .replace(/ found[.:].*$/, '')
}

const PLACEHOLDER = /<[A-Z][A-Z0-9_]*>/g

/** The placeholders a remedy's statements hold (not only its renderings), in order. */
export function statementPlaceholders(r: Remedy): string[] {
  return [...new Set(JSON.stringify(r.statements).match(PLACEHOLDER) ?? [])]
}

type Kind = 'fix' | 'draft' | 'also' | 'credentials' | 'guidance'

function kindOf(r: Remedy): Kind {
  if (r.statements.length === 0 || r.alreadyPresent) {
    return r.target?.kind === 'credentials' ? 'credentials' : 'guidance'
  }
  // Required on the caller's side, but the owner's side decides: never counted as a fix.
  if (r.standing === 'also-needed') return 'also'
  return statementPlaceholders(r).length > 0 ? 'draft' : 'fix'
}

const MAX_NAMED = 3

function tokenList(remedies: Remedy[]): string {
  const tokens = [...new Set(remedies.flatMap(statementPlaceholders))]
  const named = tokens.slice(0, MAX_NAMED).map((t) => codeSpan(t))
  return named.join(', ') + (tokens.length > MAX_NAMED ? ', …' : '')
}

/** "This change" above the fix; "One change below" when the causes come first. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

function subjectOf(n: number, noun: string, lead: boolean): string {
  if (lead) return n === 1 ? `This ${noun}` : `These ${n} ${noun}s`
  return `${n === 1 ? `One ${noun}` : plural(n, noun)} below`
}

const actionOf = (f: Finding): string | null | undefined =>
  f.action ?? f.inferredAction ?? f.inferred?.action?.value

/** Layers where a Deny or a guardrail refuses: no Allow in the caller's policy overrides them. */
const GUARDRAILS = new Set<string>([
  'explicit-deny',
  'scp',
  'rcp',
  'permissions-boundary',
  'session-policy',
  'vpc-endpoint-policy'
])

const OWNER_SIDE =
  "the resource's owner decides whether you may use it, so check that side first (that it exists as named, in this Region and version, and is shared with you)"

/** Why nothing is drafted for findings no change covers, as precisely as they allow. */
function whyNone(findings: Finding[], remedies: Remedy[]): string {
  if (remedies.some((r) => kindOf(r) === 'also'))
    return `${OWNER_SIDE}; the statement proposed for it is also needed on your side, but cannot fix it alone`
  // An endpoint policy that allows nothing (implicit) wants its owner's Allow (h27-030).
  if (
    remedies.length > 0 &&
    remedies.every((r) => r.target?.kind === 'vpc-endpoint-policy') &&
    findings.every((f) => f.deny !== 'explicit')
  )
    return "the VPC endpoint's policy allows nothing for it, and only that policy's owner can add the Allow (the statement is in the steps below)"
  if (remedies.length > 0 && remedies.every((r) => GUARDRAILS.has(r.target?.kind)))
    return "a Deny or a guardrail refuses it, and no Allow in the caller's policy overrides that"
  if (findings.length > 0 && findings.every((f) => f.kind === 'encoded' && !actionOf(f)))
    return 'the failing action is hidden in the encoded message, so decode it first'
  // Lambda's check names the calls, for a role the message does not name (heldout133 review
  // h133-001, h133-005: "no finding names the action" stood over a finding that names it).
  if (findings.length > 0 && findings.every((f) => f.inferred?.signals?.['lambda-role-check']))
    return "the calls it names are for the function's execution role, which the message does not name"
  // The SSM Agent's own calls: AWS's managed policy for its role, not a drafted statement
  // (heldout136 re-review: "the cause is outside IAM policies" stood over that policy's advice).
  if (findings.length > 0 && findings.every((f) => f.traps?.includes('ssm-agent-role')))
    return "the fix is the AWS managed policy for the SSM Agent's role, named below"
  if (findings.length > 0 && findings.every((f) => !actionOf(f)))
    return 'no finding names the action that was denied'
  return 'the cause is outside IAM policies, or the findings do not say enough to draft one'
}

/** What the credentials findings have in common, by cause: sent and refused, or never sent. */
function credentialsReason(findings: Finding[]): string {
  const reasons = new Set(
    findings
      .filter((f) => f.kind === 'credentials')
      .map((f) => credentialHeadline(credentialCause(f.detail?.cause, f.code)).reason)
  )
  return reasons.size === 1
    ? [...reasons][0]!
    : 'each is a problem with the credentials, not a policy'
}

const itThem = (n: number): string => (n === 1 ? 'it' : 'them')

/**
 * What follows the count. `lead`: the comment shows the fix right below (ends with ":"); the
 * summary shows the causes first ("below", ends with ".").
 */
export function followSentence(report: Report, lead: boolean): string {
  const { findings, remedies } = report
  const end = lead ? ':' : '.'
  const below = lead ? '' : ' below'
  const changes = remedies.filter((r) => ['fix', 'draft'].includes(kindOf(r)))
  const drafts = remedies.filter((r) => kindOf(r) === 'draft')
  const fixed = new Set(changes.flatMap((r) => r.findings))
  const rest = findings.length - [...fixed].filter((i) => i < findings.length).length
  const restRemedies = remedies.filter((r) => r.findings.some((i) => !fixed.has(i)))
  const credentialsOnly =
    restRemedies.length > 0 && restRemedies.every((r) => kindOf(r) === 'credentials')
  const others = findings.filter((_, i) => !fixed.has(i))
  const why = credentialsOnly
    ? 'the credentials are the problem, so no policy change helps'
    : whyNone(others, restRemedies)
  const alsoRemedies = remedies.filter((r) => kindOf(r) === 'also')
  const also = alsoRemedies.length
  if (changes.length === 0 && also > 0) {
    const it = itThem(findings.length)
    const these = also === 1 ? 'The statement' : 'The statements'
    // The owner's own statement (a layer's permission) is one of them when the message allows it.
    const side = alsoRemedies.every((r) => r.target?.owner === 'you')
      ? 'also needed on your side'
      : 'needed as well'
    return `No change on your side can fix ${it}: ${OWNER_SIDE}. ${these}${below} ${also === 1 ? 'is' : 'are'} ${side}, but cannot fix ${it} alone${end}`
  }
  if (changes.length === 0) {
    if (remedies.length === 0) return `No policy change is proposed: see the details${below}.`
    return credentialsOnly
      ? `No policy change can fix ${itThem(findings.length)}: ${credentialsReason(others)}. What to check${below}${end}`
      : `No policy change is proposed: ${why}. What to check instead${below}${end}`
  }
  const n = changes.length
  const covered = rest > 0 ? `${fixed.size} of them` : itThem(findings.length)
  // A guessed action with nothing printed about the caller or the reason: a candidate.
  const likely = changes.every((r) => r.standing === 'likely') ? 'likely ' : ''
  const verb = likely + (n === 1 ? 'fixes' : 'fix')
  let sentence: string
  // A name the log cut short: the draft stands for what the log hides, so it claims no fix.
  const cutDrafts = drafts.filter((r) =>
    r.findings.some((i) => findings[i] !== undefined && resourceCutShort(findings[i]))
  ).length
  // Every refusal the changes answer said to happen on some runs only: a missing Allow refuses
  // every run, so the changes come after what differs between runs (heldout82 review h82-035).
  const fixedFindings = [...fixed].filter((i) => findings[i] !== undefined).map((i) => findings[i]!)
  const intermittent =
    fixedFindings.length > 0 && fixedFindings.every((f) => f.inferred?.signals?.intermittent)
  if (intermittent) {
    sentence = `The text says ${itThem(fixedFindings.length)} ${fixedFindings.length === 1 ? 'happens' : 'happen'} on some runs only, which a missing Allow does not explain: check what differs between runs first; ${lowerFirst(subjectOf(n, 'change', lead))} ${n === 1 ? 'applies' : 'apply'} only if it fails on every run`
  } else if (drafts.length === n && cutDrafts === n) {
    const their = n === 1 ? 'its' : 'their'
    sentence = `${subjectOf(n, 'draft', lead)} ${n === 1 ? 'is' : 'are'} incomplete: the log shows only the start of a resource name, so fill in ${their} placeholders (${tokenList(drafts)}) from the job's own settings before applying`
  } else if (drafts.length === n) {
    const their = n === 1 ? 'its' : 'their'
    sentence = `${subjectOf(n, 'draft', lead)} ${verb} ${covered} once you replace ${their} placeholders (${tokenList(drafts)})`
  } else {
    sentence =
      `${subjectOf(n, 'change', lead)} ${verb} ${covered}` +
      (drafts.length > 0
        ? `; fill in the placeholders (${tokenList(drafts)}) of ${plural(drafts.length, 'draft')} first`
        : '')
  }
  // Some, not all, rest on a name the log cut short: the sentence says which part claims no fix.
  if (cutDrafts > 0 && cutDrafts < n)
    sentence += `; ${cutDrafts === 1 ? 'one rests' : `${cutDrafts} rest`} on a resource name the log cut short, so ${cutDrafts === 1 ? 'it is incomplete until its full name is' : 'they are incomplete until their full names are'} filled in from the job's own settings`
  // Some, not all, rest on a guessed action: the sentence says which part is a candidate.
  const guessed = likely ? 0 : changes.filter((r) => r.standing === 'likely').length
  if (guessed > 0)
    sentence += `; ${guessed === 1 ? 'one rests' : `${guessed} rest`} on a guessed action, so ${guessed === 1 ? 'it is a likely fix, not a certain one' : 'they are likely fixes, not certain ones'}`
  if (rest === 0) return sentence + end
  const none = also > 0 ? 'no change on your side can fix it' : 'no policy change is proposed'
  const other = `${sentence}. For the other ${rest === 1 ? 'one' : rest}, ${none}`
  // Findings no remedy answers at all: there is no reason to give beyond the details.
  return restRemedies.length === 0 ? `${other}.` : `${other}: ${why}${end}`
}

/** The whole intro: the count, then what follows. */
export function headline(report: Report, lead: boolean): string {
  return `${countSentence(report.findings)} ${followSentence(report, lead)}`
}

/** The comment's heading over the remedies: "The fix" only when one proposes a change. */
export function fixHeading(remedies: Remedy[]): string {
  const changes = remedies.filter((r) => ['fix', 'draft'].includes(kindOf(r)))
  if (changes.length === 0) return '#### What to check'
  return changes.every((r) => r.standing === 'likely') ? '#### The likely fix' : '#### The fix'
}

/** "Add to " over a remedy's target; "Also add to " when it cannot fix the finding alone. */
export function addVerb(r: Remedy): string {
  if (r.statements.length === 0) return ''
  return r.standing === 'also-needed' ? 'Also add to ' : 'Add to '
}

/** The remedy's link to its findings: what it does for them. */
export function remedyVerb(r: Remedy): string {
  if (r.statements.length === 0 || r.alreadyPresent) return 'For'
  if (r.standing === 'also-needed') return 'Also needed for'
  return r.standing === 'likely' ? 'Likely fixes' : 'Fixes'
}
