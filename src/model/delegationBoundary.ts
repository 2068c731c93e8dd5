// Delegation boundaries: a permissions boundary (or a Deny) that lets a role create roles and
// users only when they carry the boundary themselves. Read by the guard trap, the fix target and
// the notes alike (heldout17 review h17-005: widening such a boundary lets what it creates escape).
import type { Denial } from './Denial.js'

/** The actions that create an IAM role or user. */
export const CREATES_IDENTITY = /^iam:create(?:role|user)$/i

/** A refused create of a role or user by a Deny, or by a boundary that did not admit it. */
export function boundaryOnCreate(d: Pick<Denial, 'action' | 'deny' | 'layer'>): boolean {
  return (
    CREATES_IDENTITY.test(d.action ?? '') &&
    (d.deny === 'explicit' || d.layer === 'permissions-boundary')
  )
}

/** The boundary did not admit the create (no Deny): the request changes, never the boundary. */
export function boundaryAdmitsOnlyItself(d: Pick<Denial, 'action' | 'deny' | 'layer'>): boolean {
  return boundaryOnCreate(d) && d.deny !== 'explicit'
}
