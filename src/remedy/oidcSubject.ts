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

export function oidcSubjects(ctx: OidcContext | undefined): OidcSubjects {
  if (ctx?.subject) {
    return {
      subjects: [ctx.subject],
      placeholder: false,
      notes: [
        "The sub is the one this job's OIDC token carries, so it already follows the repository's subject template and the job's environment."
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
