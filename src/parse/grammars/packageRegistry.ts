// A package manager refused by an AWS CodeArtifact repository. npm, yarn, pip, poetry, uv, twine,
// Maven, Gradle and NuGet print only an HTTP status and the URL they fetched; the URL's host
// (`<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`) says the answer came from CodeArtifact.
// The status decides what failed: 401 is the token (absent, expired after its 12 hours, not sent),
// 403 is the token's principal lacking the repository permission. The IAM sentence a refused
// `aws codeartifact login` prints is the iam-sentence grammar's.
import { emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { mayMatch } from '../RecordLiterals.js'

const RULE = 'WD794'
const LITERAL = '.codeartifact.'
const ID = 'codeartifact-repository-status'

/**
 * A repository endpoint as printed: the domain-owner part may be masked (`xxx-xxxx`,
 * `my-domain-<<AWS-ACCOUNT>>`, `<domain>`), so it is anything but whitespace, quotes and slashes.
 * A mask may take the `.d` label with it (`https://<redacted-subdomain>.codeartifact.us-east-1.…`,
 * astral-sh/uv#2444); the service's own endpoint (`codeartifact.REGION.…`) has nothing before it.
 */
const ENDPOINT =
  /([^\s/'"`()[\]@]{1,120})\.(?:d\.)?codeartifact\.([a-z0-9-]{1,30})\.amazonaws\.com/g

/**
 * The status each client prints, one alternative per wording: npm (`statusCode 401`, `code
 * E401`, `401 Unauthorized - GET`), NuGet and .NET (`401 (Unauthorized)`), pip (`401 Error,
 * Credentials not correct`), requests/poetry/twine (`401 Client Error`, `HTTPError: 401`), uv
 * (`(401 Unauthorized)`), Gradle (`Received status code 401`), Maven (`status code: 401`), yarn
 * (`Request failed "401 Unauthorized"`), pip's `HTTP error 401`, pnpm (`ERR_PNPM_FETCH_401`,
 * `Unauthorized - 401`). Group 1, 2 or 3: the status. uv wraps its hint inside it (`(401` /
 * `Unauthorized)`, astral-sh/uv#13895); npm with no token for the registry asks for a login
 * instead (`need auth This command requires you to be logged in to https://…`, cdklabs/publib#1675):
 * no group, a 401.
 */
const STATUS =
  /\b(?:statusCode|status code:?|code E|Received status code|HTTPError:|HTTP error|status:?)[ \t]*(40[13])\b|\b(40[13])(?:[ \t]*(?:\r?\n[ \t]{0,12})?(?:Unauthorized|Forbidden|Client Error|Error,)|[ \t]*\((?:Unauthorized|Forbidden)\))|(?:\bERR_PNPM_FETCH_|\b(?:Unauthorized|Forbidden) - )(40[13])\b|\bneed auth This command requires you to be logged in\b/gi

/** How many lines either side of the endpoint's line its client prints the status on. */
const REACH_LINES = 3

function lineStartBefore(text: string, at: number, n: number): number {
  let from = text.lastIndexOf('\n', at - 1) + 1
  for (let k = 0; k < n && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1
  return from
}

function lineEndAfter(text: string, at: number, n: number): number {
  let to = text.indexOf('\n', at)
  for (let k = 0; k < n && to !== -1; k++) to = text.indexOf('\n', to + 1)
  return to === -1 ? text.length : to
}

/** The status nearest the endpoint within its reach, or null when its client printed none. */
function statusNear(text: string, at: number, end: number): RegExpExecArray | null {
  const from = lineStartBefore(text, at, REACH_LINES)
  const to = lineEndAfter(text, end, REACH_LINES)
  let best: RegExpExecArray | null = null
  let bestDistance = Infinity
  STATUS.lastIndex = from
  for (let m; (m = STATUS.exec(text)) && m.index < to;) {
    const distance = m.index < at ? at - m.index : m.index - end
    if (distance < bestDistance) {
      best = m
      bestDistance = distance
    }
  }
  return best
}

export const codeArtifactStatus: Grammar = {
  id: ID,
  rule: RULE,
  literals: [LITERAL],
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    if (!mayMatch([LITERAL], ctx.literals)) return out
    // One finding per status line: a client names the same endpoint on several lines around it.
    const seen = new Set<number>()
    ENDPOINT.lastIndex = 0
    for (let m; (m = ENDPOINT.exec(text));) {
      const status = statusNear(text, m.index, m.index + m[0].length)
      if (!status || seen.has(status.index)) continue
      seen.add(status.index)
      const code = status[1] ?? status[2] ?? status[3] ?? '401'
      const kind: FindingKind = code === '401' ? 'credentials' : 'denial'
      const d = emptyDenial(kind, ID, RULE)
      d.service = 'codeartifact'
      d.detail.endpoint = m[0]
      d.detail.cause = code === '401' ? 'codeartifact-token' : 'codeartifact-repository-access'
      const start = Math.min(m.index, status.index)
      const end = Math.max(m.index + m[0].length, status.index + status[0].length)
      out.push({ start, end, priority: PRIORITY.credentials, denial: d })
    }
    return out
  }
}
