// The `sub` values a GitHub OIDC trust policy must accept, built from the workflow context.
// GitHub: environment takes precedence over ref and pull_request; ':' inside values is encoded
// as %3A; repositories created (or renamed) after July 2026 use `repo:OWNER@OWNER_ID/REPO@REPO_ID`.
import type { OidcContext } from './RemedyOptions.js'

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com'

const encode = (value: string): string => value.replace(/:/g, '%3A')

/** The `sub` part after the repository: `environment:…`, `pull_request` or `ref:…`. */
export function contextPart(ctx: OidcContext): string | null {
  if (ctx.environment) return `environment:${encode(ctx.environment)}`
  if (ctx.eventName === 'pull_request') return 'pull_request'
  if (ctx.ref) {
    const ref = ctx.ref.startsWith('refs/') ? ctx.ref : `refs/heads/${ctx.ref}`
    return `ref:${encode(ref)}`
  }
  return null
}

function prefixes(ctx: OidcContext): string[] {
  if (ctx.subjectPrefix) return [ctx.subjectPrefix.replace(/:$/, '')]
  if (!ctx.repository || !/^[^/\s]+\/[^/\s]+$/.test(ctx.repository)) return []
  const classic = `repo:${ctx.repository}`
  if (!ctx.repositoryOwnerId || !ctx.repositoryId) return [classic]
  const [owner, repo] = ctx.repository.split('/')
  return [`repo:${owner}@${ctx.repositoryOwnerId}/${repo}@${ctx.repositoryId}`, classic]
}

export interface OidcSubjects {
  subjects: string[]
  /** True when the context was missing and the subject holds placeholders. */
  placeholder: boolean
  notes: string[]
}

/**
 * The StringLike pattern that also accepts the presented subject's siblings (every branch, tag or
 * environment of the same repository), or null when the subject has no such part.
 */
export function subjectPattern(subject: string): string | null {
  const m = /^(.*):(ref:refs\/heads|ref:refs\/tags|environment):[^:]+$/.exec(subject)
  if (!m) return null
  return `${m[1]}:${m[2]}${m[2] === 'environment' ? ':' : '/'}*`
}

export function oidcSubjects(ctx: OidcContext | undefined): OidcSubjects {
  if (ctx?.subject) {
    const pattern = subjectPattern(ctx.subject)
    const what = pattern?.includes(':environment:')
      ? 'every environment'
      : pattern?.includes('refs/tags/')
        ? 'every tag'
        : 'every branch'
    return {
      subjects: [ctx.subject],
      placeholder: false,
      notes: [
        `The sub condition is the exact subject this job's OIDC token carries (\`${ctx.subject.replace(/`/g, '')}\`), so it already follows the repository's subject template and the job's environment; values are case-sensitive.`,
        ...(pattern
          ? [
              `To accept ${what} of the repository instead, use StringLike on \`token.actions.githubusercontent.com:sub\` with \`${pattern.replace(/`/g, '')}\` (broader: any workflow run for those refs can then assume the role).`
            ]
          : [])
      ]
    }
  }
  const part = ctx ? contextPart(ctx) : null
  const heads = ctx ? prefixes(ctx) : []
  if (!part || heads.length === 0) {
    return {
      subjects: [`${heads[0] ?? 'repo:<OWNER>/<REPO>'}:${part ?? 'ref:refs/heads/<BRANCH>'}`],
      placeholder: true,
      notes: [
        'The workflow context was not available, so the sub condition holds placeholders: use repo:OWNER/REPO:ref:refs/heads/BRANCH for a branch, :ref:refs/tags/TAG for a tag, :environment:NAME when the job has an environment (it takes precedence), or :pull_request for pull requests.'
      ]
    }
  }
  const subjects = heads.map((head) => `${head}:${part}`)
  const notes: string[] = []
  if (!ctx?.subjectPrefix && heads.length > 1) {
    notes.push(
      'Both subject forms are listed: repositories created or renamed after July 15, 2026 (or opted in) present the immutable repo:OWNER@OWNER_ID/REPO@REPO_ID form, older ones repo:OWNER/REPO. Keep only the one your repository uses (gh api repos/OWNER/REPO/actions/oidc/customization/sub).'
    )
  }
  return { subjects, placeholder: false, notes }
}
