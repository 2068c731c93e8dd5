// A decoded authorization message carries what the encoded form hid from the log: the session
// name (often an e-mail), tag keys and values, the request's whole context. A public comment
// shows only what the fix needs: action, resource, the role, and the policy type and statement
// that matched. The full decoded context stays in the job log and the `findings` output.
import { escapeRegExp } from '../common/escapeRegExp.js'
import { CONDITIONS_LEAD } from './decodedExplanation.js'
import type { Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'

/** Stands in for an assumed-role session name. */
export const HIDDEN_SESSION = '<session>'

const ASSUMED_ROLE = /^(arn:[^:\s]+:sts::[^:\s]*:assumed-role\/[^/\s]+\/)(\S+)$/

/** The condition-key sentence, to the end of its paragraph. */
function withoutConditions(text: string): string {
  const at = text.indexOf(CONDITIONS_LEAD)
  if (at < 0) return text
  const end = text.indexOf('\n\n', at)
  return (text.slice(0, at).trimEnd() + (end < 0 ? '' : text.slice(end))).trimEnd()
}

function publicFinding(f: Finding): Finding {
  if (f.decode?.status !== 'decoded') return f
  const decode = { ...f.decode }
  delete decode.conditions
  return { ...f, explanation: withoutConditions(f.explanation), decode }
}

/** Session names of decoded principals; the role they belong to is what a fix names. */
function sessions(report: Report): string[] {
  return report.findings.flatMap((f) => {
    if (f.decode?.status !== 'decoded' || !f.principal) return []
    const session = ASSUMED_ROLE.exec(f.principal)?.[2]
    return session ? [session] : []
  })
}

export function publicDecoded(report: Report): Report {
  const shown: Report = { ...report, findings: report.findings.map(publicFinding) }
  const names = sessions(report)
  if (names.length === 0) return shown
  // Whole names only (session names are [\w+=,.@-]), wherever the report repeats them.
  const pattern = new RegExp(
    `(?<![\\w+=,.@-])(?:${names.map(escapeRegExp).join('|')})(?![\\w+=,.@-])`,
    'g'
  )
  return JSON.parse(JSON.stringify(shown).replace(pattern, HIDDEN_SESSION)) as Report
}

/** Findings whose decoded context a public comment left out, for the job log. */
export function decodedContext(report: Report): Finding[] {
  return report.findings.filter((f) => f.decode?.status === 'decoded')
}
