// A Cognito identity pool's unauthenticated (guest) role acts for anyone who reaches the pool.
// Apps that let guests write events or call one function (the Amplify/Firehose recorder, a
// sign-up Lambda) still need that one grant, so it is drafted on the single resource the message
// names; never on "*" or a pattern, and never for an action that hands out more (iam:PassRole...).
import type { Finding } from '../model/Finding.js'
import { isSensitiveAction } from './sensitiveActions.js'

export function guestGrantable(f: Finding): boolean {
  const action = f.action ?? ''
  const resource = f.resource ?? ''
  return (
    /^[\w-]+:\w+$/.test(action) &&
    !isSensitiveAction(action) &&
    resource.startsWith('arn:') &&
    !resource.includes('*')
  )
}
