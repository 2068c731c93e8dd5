// A denying policy whose name says it denies (`formation-deny-iam-write`, `DenyIamWrite`,
// `AWSDenyAll`): the Deny is what it was attached for, not a guardrail with a condition to meet
// (heldout18 review h18-092: a training account's user refused iam:CreateRole).

/** The name of such a policy, or null. AWS's quarantine policy has advice of its own. */
export function deliberateDenyName(policyArn: string | null): string | null {
  const name = /^arn:[\w-]+:iam::[^:]*:policy\/(?:[^/]*\/)*([^/\s]{1,128})$/.exec(
    policyArn ?? ''
  )?.[1]
  if (!name || /CompromisedKeyQuarantine/i.test(name)) return null
  return /(?:^|[-_.])deny(?:[-_.]|$)|(?:^|[A-Za-z0-9])Deny(?:[A-Z0-9_-]|$)/.test(name) ? name : null
}
