// Signs in the log that the ECR repository exists and answered: an image pulled from it, a layer
// it already holds, read access to it stated. Then "the repository may not exist" is not the
// check to make first (src/diagnose/traps/ecrRepositoryMayNotExist.ts). Bounded patterns only.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

const REACHED: RegExp[] = [
  // docker push: BatchCheckLayerAvailability found the layer in the repository.
  /\bLayer already exists\b/,
  // docker pull / buildx: the repository served an image.
  /\bPull complete\b|\bStatus: (?:Downloaded newer image|Image is up to date) for \d{12}\.dkr\.ecr\./,
  // Prose: "has read-only access to 1234….dkr.ecr…/repo", "can pull from".
  /\b(?:has|have|with)[ \t]{1,3}(?:read-only|read|pull)[ \t]{1,3}access[ \t]{1,3}to\b|\bcan[ \t]{1,3}pull[ \t]{1,3}from\b/i
]

export function repositoryReachedOf(ctx: LogContext): InferredValue | null {
  const text = `${joinedContext(ctx)} ${ctx.command ?? ''}`
  for (const re of REACHED) {
    const m = re.exec(text)
    if (m)
      return { value: 'reached', from: `"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" in the log` }
  }
  return null
}
