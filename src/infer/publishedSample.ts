// A CloudFormation template opened from another party's "Launch Stack" button: the link (a console
// quick-create URL with `templateURL=`, or the button named in the words around) points at the
// sample owner's bucket, which only its owner can open (heldout11 review h11-058). Bounded
// quantifiers: untrusted text.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export const LAUNCH_STACK =
  /\bLaunch[ -]?Stack\b|#\/stacks\/(?:new|create|quickcreate)[^\s]{0,300}?[?&]templateURL=/i

export function publishedSampleOf(ctx: LogContext): InferredValue | null {
  const m = LAUNCH_STACK.exec(joinedContext(ctx))
  return m ? { value: 'launch-stack', from: `the log's \`${m[0].slice(0, 60)}\`` } : null
}
