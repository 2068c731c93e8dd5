// A total budget for the GitHub API part of the step (comment lookups, posts, retries and
// rate-limit waits together): past it, the step stops waiting and ends with what it has written.

/** Comment publishing, retries included: each request also has its own 30 s idle timeout. */
export const PUBLISH_BUDGET_MS = 120_000

export async function beforeDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => T
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}
