import { deliberateDenyName } from '../../model/deliberateDeny.js'
import { tick, type Trap } from '../Trap.js'

// An explicit Deny in a policy named for denying (`formation-deny-iam-write`): it was attached to
// keep this caller from such calls, so "meet its condition" and "narrow it" are the wrong first
// advice (heldout18 review h18-092). The way forward is a principal allowed to make the call.
export const deliberateDenyPolicy: Trap = {
  id: 'deliberate-deny-policy',
  lead: true,
  applies: ({ d }) => d.deny === 'explicit' && deliberateDenyName(d.policyArn) !== null,
  advice: ({ d }) =>
    `The denying policy's name (\`${tick(deliberateDenyName(d.policyArn)!)}\`) says what it is for: it denies calls like ${d.action ?? 'this one'} to whoever it is attached to, most likely with no condition a different request would meet. ` +
    'Whoever attached it meant this caller not to make the call: run the step as a principal that may (a role or pipeline an administrator provides for it, or a resource they create for you), or ask the account administrators. Removing or narrowing the Deny undoes what it was attached to prevent.'
}
