// Carries out one job's comment plan against the API: looks up whether the comment is folded
// only when it would change, then creates, edits, deletes or minimises it.
import type { GitHubClient } from '../source/githubClient.js'
import {
  createComment,
  deleteComment,
  isMinimized,
  minimizeComment,
  updateComment,
  type ExistingComment,
  type IssueRef
} from './comments.js'
import {
  planComment,
  type CommentPosition,
  type CommentStep,
  type OnResolved
} from './commentPlan.js'

export interface LifecycleInput {
  existing: ExistingComment | null
  body: string | null
  resolvedBody: string
  onResolved: OnResolved
  position: CommentPosition
  findingsChanged: boolean
}

export interface LifecycleOutcome {
  /** What was done, for the log: `created`, `updated, minimized`...; '' for nothing. */
  done: string
  /** The comment that now shows this job's result; null when none does (deleted, or none). */
  comment: ExistingComment | null
}

export async function applyCommentLifecycle(
  client: GitHubClient,
  issue: IssueRef,
  input: LifecycleInput,
  warn: (message: string) => void
): Promise<LifecycleOutcome> {
  const { existing } = input
  const next = input.body ?? input.resolvedBody
  // GraphQL only when the comment would change: an unchanged comment costs one list call.
  const minimized = existing && existing.body !== next ? await isMinimized(client, existing) : false
  const steps: CommentStep[] = planComment({
    existing: existing && { body: existing.body, minimized },
    body: input.body,
    resolvedBody: input.resolvedBody,
    onResolved: input.onResolved,
    position: input.position,
    findingsChanged: input.findingsChanged
  })
  let comment = existing
  const done: string[] = []
  for (const step of steps) {
    if (step.do === 'create') comment = await createComment(client, issue, step.body)
    else if (step.do === 'update' && comment)
      comment = await updateComment(client, issue, comment, step.body)
    else if (step.do === 'delete' && comment) {
      await deleteComment(client, issue, comment)
      comment = null
    } else if (step.do === 'minimize' && comment) {
      try {
        await minimizeComment(client, comment)
      } catch (error) {
        // The edit already says it is resolved: folding is a courtesy, not worth a failure.
        warn(`whydenied could not minimise the resolved comment: ${String(error)}`)
        continue
      }
    }
    done.push(
      step.do === 'create' ? 'created' : step.do === 'minimize' ? 'minimized' : `${step.do}d`
    )
  }
  return { done: done.join(', '), comment: steps.length === 0 ? existing : comment }
}
