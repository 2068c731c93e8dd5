// Signs that the refused ECR call was a push, and none that it was a pull: the push's own probes
// (BatchGetImage, BatchCheckLayerAvailability) then need the push set, not the pull set's
// GetDownloadUrlForLayer (heldout14 review, h14-089: a rules_oci push refused on BatchGetImage).
// One pattern per tool; bounded quantifiers only: the text is untrusted.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

const PUSHES: RegExp[] = [
  // `docker push …`, `podman push`, `crane push`, `buildah push`, `nerdctl push`
  /\b(?:docker|podman|crane|buildah|nerdctl|skopeo)[ \t]{1,3}(?:image[ \t]{1,3})?push\b/,
  // Docker's own output on a push, and its refusal; BuildKit's (`failed to push REPO:TAG: …`)
  /\bThe push refers to repository\b|\bpush access denied\b|\bfailed to push\b/,
  // `docker buildx build … --push`
  /\bbuildx[ \t]{1,3}build\b[^\n]{0,400}?[ \t]--push\b/,
  // Bazel's push targets (`bazel run //app:push`, rules_oci's `oci_push`)
  /\bbazel[ \t]{1,3}run[ \t]{1,3}\S{0,200}?[:_]push\b|\boci_push\b/
]

/** A pull in the same log: the probe may be the pull's, so the pull set stays. */
const PULLS =
  /\b(?:docker|podman|crane|nerdctl)[ \t]{1,3}(?:image[ \t]{1,3})?pull\b|\bpull access denied\b|\bPulling (?:from|fs layer)\b|\bFROM[ \t]{1,3}\d{12}\.dkr\.ecr\.|\bCannotPull/

export function ecrPushOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.command ?? ''}\n${joinedContext(ctx)}`
  if (PULLS.test(text)) return null
  for (const re of PUSHES) {
    const m = re.exec(text)
    if (m)
      return { value: 'push', from: `\`${m[0].replace(/\s+/g, ' ').slice(0, 80)}\` in the log` }
  }
  return null
}
