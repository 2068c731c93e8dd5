import type { Trap } from '../Trap.js'

// API Gateway answers `User is not authorized to access this resource` (with `an explicit deny`
// when the policy said Deny) from the policy a Lambda (custom) authorizer returned for the call's
// token, not from IAM: the authorizer's own decision, or its cached policy for the same token
// scoped to another method (API Gateway developer guide, "Output from an API Gateway Lambda
// authorizer"; craftship/codebox-npm#107).

/** WD991: a refusal from the policy an API Gateway Lambda authorizer returned. */
export const apigatewayAuthorizerDeny: Trap = {
  id: 'apigateway-authorizer-deny',
  lead: true,
  noPolicy: true,
  // Not an SDK call's answer (`when calling the PutObject operation: User is not authorized to
  // access this resource`): other services print the same sentence, and an authorizer answers HTTP.
  applies: ({ d }) =>
    d.grammar === 'apigw-authorizer' &&
    !d.operation &&
    (d.service === null || d.service === 'execute-api'),
  advice: () =>
    "API Gateway answered from the policy the API's Lambda authorizer returned for this request's token, not from IAM: no SCP, boundary or identity policy of yours decided it. Check, in order: " +
    'the token or header the client sent is the one the authorizer expects (its identity source: a missing or stale token, Basic credentials where a bearer token goes); ' +
    "what the authorizer returned (its CloudWatch logs): a Deny for this caller, or an Allow whose Resource names only the method of the first call while authorizer caching is on (the cached policy then refuses the API's other methods: allow `arn:aws:execute-api:REGION:ACCOUNT:API_ID/STAGE/*` or set the authorizer's TTL to 0); " +
    'and the API’s resource policy, when one is attached, for a Deny that matches the caller.'
}
