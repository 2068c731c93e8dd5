// A known error code in a code slot, with no sentence to say more: S3's `Access Denied`, a HEAD
// request's `Forbidden`, EC2's `UnauthorizedOperation`, an expired token's code.
import { emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { KNOWN_CODE_SOURCE, classifyCode } from '../codes.js'
import { locate } from '../phraseRule.js'

/** Slots strong enough that a known code in them is a finding by itself. Group 1 = code. */
const STRONG_SLOTS: RegExp[] = [
  /An error occurred \(([^()\s]+)\)/g,
  /A client error \(([^()\s]+)\)/g,
  /api error ([A-Za-z][\w.]*):/g,
  /Error Code: ([^;)\n]+?)\s*[;)]/g,
  /<Code>([A-Za-z][\w.]*)<\/Code>/g,
  /"__type"\s*:\s*"(?:[^"#\n]*#)?([A-Za-z][\w.]*)"/g,
  /\bcode: '([A-Za-z][\w.]*)'/g,
  /"(?:[Cc]ode|error)"\s*:\s*"([A-Za-z][\w.]*)"/g,
  /Service returned error code ([A-Za-z][\w.]*)/g,
  /HandlerErrorCode: (AccessDenied)\b/g
]

// `CODE: message` is only a finding when the message is one AWS sends with it.
const PREFIX_SLOT = new RegExp(
  String.raw`(?<![\w-])(${KNOWN_CODE_SOURCE}|403 Forbidden)\]?:[ \t]*`,
  'g'
)
const AWS_MESSAGE =
  /^(?:Access Denied|Access denied|Forbidden|null\]|Not authorized|You are not authorized|Access to the resource|The ciphertext refers|The security token|The provided token|The request signature|The AWS Access Key Id|Signature expired|no valid providers|No OpenIDConnect|Incorrect token audience|User:?\s|User is not)/
const STATUS_NEXT = /^\s*\n?\s*status code: \d{3}/

function kindOf(code: string): FindingKind | null {
  switch (classifyCode(code)) {
    case 'authz':
      return 'denial'
    case 'credentials':
      return 'credentials'
    case 'not-found':
      return 'not-found'
    default:
      return null
  }
}

function candidate(
  text: string,
  start: number,
  end: number,
  code: string,
  kind: FindingKind,
  ctx: RecordContext
): Candidate {
  const d = emptyDenial(kind, 'bare-code')
  d.code = code
  const span = locate(text, start, end, 0, d, ctx)
  return {
    start: Math.min(start, span.start),
    end: Math.max(end, span.end),
    priority: kind === 'denial' ? PRIORITY.bareCode : PRIORITY.bareCode + 1,
    denial: d
  }
}

export const bareCode: Grammar = {
  id: 'bare-code',
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    for (const re of STRONG_SLOTS) {
      re.lastIndex = 0
      for (let m; (m = re.exec(text));) {
        const code = m[1]!.trim()
        const kind = kindOf(code)
        if (kind) out.push(candidate(text, m.index, m.index + m[0].length, code, kind, ctx))
      }
    }
    PREFIX_SLOT.lastIndex = 0
    for (let m; (m = PREFIX_SLOT.exec(text));) {
      const code = m[1]!
      const kind = kindOf(code)
      if (!kind) continue
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120)
      const unambiguous = kind !== 'denial' && code !== 'AuthFailure'
      if (unambiguous || AWS_MESSAGE.test(rest) || STATUS_NEXT.test(rest)) {
        out.push(candidate(text, m.index, m.index + m[0].length, code, kind, ctx))
      }
    }
    return out
  }
}
