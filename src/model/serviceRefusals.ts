// Refusals a service states in its own words for a cause no Allow in the caller's account fixes.
import type { Denial } from './Denial.js'

// (An account in no organization, AWSOrganizationsNotInUseException, is no refusal: silent.)
/** The refusal is Organizations' own sentence, not an IAM one: an Allow cannot be the answer. */
export const isOrganizationsOwnRefusal = (d: Denial): boolean =>
  d.grammar === 'organizations-access-denied'
