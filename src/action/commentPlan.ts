// What to do with one job's comment, decided from facts already fetched: no API calls here, so
// every lifecycle case is a small table test. `commentLifecycle.ts` carries the steps out.
export type OnResolved = 'update' | 'minimize' | 'delete'
export type CommentPosition = 'update' | 'recreate'

export type CommentStep =
  | { do: 'create'; body: string }
  | { do: 'update'; body: string }
  | { do: 'delete' }
  | { do: 'minimize' }

export interface PlanInput {
  existing: { body: string; minimized: boolean } | null
  /** The comment to show; null when there is nothing to report (the job is clean). */
  body: string | null
  /** What the comment says once the job is clean. */
  resolvedBody: string
  onResolved: OnResolved
  position: CommentPosition
  /** Whether the findings differ from the comment's (not merely its wording or commit). */
  findingsChanged: boolean
}

export function planComment(p: PlanInput): CommentStep[] {
  const { existing, body } = p
  if (!existing) return body === null ? [] : [{ do: 'create', body }]
  const next = body ?? p.resolvedBody
  if (existing.body === next) return []
  // A folded comment is out of the reader's sight: new findings get a new comment, and a clean
  // run leaves it alone (someone hid it on purpose, or we did when it was resolved).
  if (existing.minimized) return body === null ? [] : [{ do: 'create', body }]
  if (body !== null) {
    return p.position === 'recreate' && p.findingsChanged
      ? [{ do: 'delete' }, { do: 'create', body }]
      : [{ do: 'update', body }]
  }
  if (p.onResolved === 'delete') return [{ do: 'delete' }]
  if (p.onResolved === 'minimize') return [{ do: 'update', body: next }, { do: 'minimize' }]
  return [{ do: 'update', body: next }]
}
