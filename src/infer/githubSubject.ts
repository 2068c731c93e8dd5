// The `sub` a GitHub OIDC token carried, when the log shows it. Since GitHub's immutable subject
// claims (changelog 2026-04-23; default for repositories created or renamed on or after July 15,
// 2026) the default subject appends the owner's and the repository's numeric IDs to their names:
// `repo:octocat@123456/my-repo@456789:ref:refs/heads/main`. A trust policy listing only the name
// form never matches it, so the id form the log shows is what the proposed condition uses.
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** A subject in the id form, with its context part when printed. */
const ID_SUBJECT =
  /\brepo:([A-Za-z0-9][\w.-]*)@(\d+)\/([\w.-]+)@(\d+)((?::(?:ref:refs\/(?:heads|tags)\/[^\s"'`,;)\]}]+|environment:[^\s"'`,;)\]}]+|pull_request))?)/

/** Words that say the id form is in use without printing a subject (prose around the error). */
const ID_FORM_WORDS =
  /\bimmutable (?:subject|sub\b)|\bnumeric[- ]ID\b|repo:[^\s"'`]*@<?(?:OWNER_ID|REPO_ID)|숫자 ?ID|\bcorrect by every published example\b[^\n]{0,200}?\b(?:old|previous|legacy) (?:sub(?:ject)? )?form\b/i

/**
 * The job's `environment:` as the log names it (`environment: prod`, in prose or in the workflow):
 * an environment job presents `repo:OWNER/REPO:environment:NAME`, never a branch subject.
 */
const ENVIRONMENT = /(?:^|[\s`'"(])environment:[ \t]{0,3}[`'"]?([A-Za-z0-9][\w.-]{0,62})/m

/** The placeholder subject prefix in the id form. */
export const ID_FORM_PREFIX = 'repo:<OWNER>@<OWNER_ID>/<REPO>@<REPO_ID>'

/**
 * A name-form subject the log shows as presented: CloudTrail's `userName` of a WebIdentityUser, or
 * a decoded token's `sub` claim; never the trust policy's own `…githubusercontent.com:sub` key.
 */
const PRESENTED_SUBJECT =
  /(?:"?userName"?|(?<![\w.:-])"?sub"?)(?:\s{0,3}[:=]| as being| (?:is|was|shows as))\s{0,3}"?(repo:[^\s"'`/:*]{1,100}\/[^\s"'`:*]{1,100}:(?:ref:refs\/(?:heads|tags)\/[^\s"'`,;)\]}*]+|environment:[^\s"'`,;)\]}*]+|pull_request))/

export function githubSubjectOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  const m = ID_SUBJECT.exec(text)
  if (m) {
    return { value: m[0], from: 'the id-form subject the log prints' }
  }
  const presented = PRESENTED_SUBJECT.exec(text)
  if (presented) {
    return {
      value: presented[1]!,
      from: `the token's subject the log prints (${/userName/.test(presented[0]) ? 'CloudTrail userName' : 'its sub'})`
    }
  }
  if (ID_FORM_WORDS.test(text)) {
    return {
      value: ID_FORM_PREFIX,
      from: "the log's words about the numeric-ID (immutable) subject"
    }
  }
  return null
}

export function githubEnvironmentOf(ctx: LogContext): InferredValue | null {
  const m = ENVIRONMENT.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}\n${ctx.command ?? ''}`)
  // `environment: NAME`, `environment: ENV` read as docs or placeholders, not a job's.
  if (!m || /^(?:NAME|ENV|ENVIRONMENT|name)$/.test(m[1]!)) return null
  return { value: m[1]!, from: `"${m[0].trim().slice(0, 60)}" in the log` }
}
