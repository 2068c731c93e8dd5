// A Cognito identity pool's unauthenticated (guest) role acts for anyone who reaches the pool.
// Apps that let guests write events or call one function (the Amplify/Firehose recorder, a
// sign-up Lambda) still need that one grant, so it is drafted on the single resource the message
// names; never on "*" or a pattern (unless the action has no resource type), and never for an
// action that hands out more (iam:PassRole...).
import { onlyStarWithoutResource } from '../catalog/optionalInputTypes.js'
import type { Finding } from '../model/Finding.js'
import { isSensitiveAction } from './sensitiveActions.js'

export function guestGrantable(f: Finding): boolean {
  const action = f.action ?? ''
  const resource = f.resource ?? ''
  if (!/^[\w-]+:\w+$/.test(action) || isSensitiveAction(action)) return false
  // An action with no resource type (rekognition:CompareFaces, Transcribe streaming) has only "*":
  // that is as narrow as it gets, so it is drafted with the warning rather than withheld.
  if (!f.resource) return guestWildcardOnly(f)
  return resource.startsWith('arn:') && !resource.includes('*')
}

/**
 * The action the guest role was refused supports no resource-level permission, or the call named
 * none of its optional inputs (translate:TranslateText without a terminology): only "*" allows it.
 */
export function guestWildcardOnly(f: Finding): boolean {
  return !f.resource && !!f.action && onlyStarWithoutResource(f.action)
}
