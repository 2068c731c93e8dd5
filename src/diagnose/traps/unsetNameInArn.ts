// A resource name that is a program's empty value (`stream/undefined`, `bucket/None`, `…/null`):
// the code built the ARN from a variable that was never set, so the request named a resource
// nobody meant (heldout22's unseen-logs review, u24-001: Amplify Analytics with no stream name,
// aws-amplify/amplify-cli#11631). Granting that ARN opens a name that should not exist, and the
// next call fails on the missing resource anyway: the configuration or code changes.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

/** A whole name segment that is how a language prints an unset value. */
export const UNSET_NAME = /[:/](undefined|null|None|nil|NaN|\[object Object\])(?=$|[/:])/

export const unsetNameInArn: Trap = {
  id: 'unset-name-in-arn',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.deny !== 'explicit' && UNSET_NAME.test(d.resource ?? ''),
  advice: ({ d }) => {
    const value = UNSET_NAME.exec(d.resource!)![1]!
    return (
      `The resource's name is \`${tick(value)}\` (\`${tick(d.resource!)}\`): the program built the ARN from a variable that was not set (how JavaScript, Python, Ruby or Go print an empty value), so the request named a resource nobody meant. ` +
      'Set the name where the tool reads it (its configuration, an environment variable, a call argument) and run again: no policy should name this ARN, and the call would fail next on a resource that does not exist.'
    )
  }
}
