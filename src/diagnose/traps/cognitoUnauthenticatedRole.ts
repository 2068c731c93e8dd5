import type { Trap } from '../Trap.js'

// Cognito identity pools name their roles `Cognito_<pool>Unauth_Role` by default; the session name
// `CognitoIdentityCredentials` is what the SDKs' Cognito credential provider uses.
const UNAUTH_ROLE = /^Cognito_\w*Unauth_?Role$/i

/** Whatever the unauthenticated role may do, anyone on the internet may do: never grant blindly. */
export const cognitoUnauthenticatedRole: Trap = {
  id: 'cognito-unauthenticated-role',
  applies: ({ principal }) => principal?.type === 'role' && UNAUTH_ROLE.test(principal.name ?? ''),
  advice: ({ d }) =>
    "The caller is a Cognito identity pool's unauthenticated (guest) role: every permission it " +
    'gets is given to anyone who can reach the identity pool, without signing in. Grant it only on ' +
    'the one resource guests are meant to use; otherwise ' +
    `${d.action ? `move \`${d.action}\` behind` : 'move this call behind'} the authenticated ` +
    'role or a backend that checks the user.'
}
