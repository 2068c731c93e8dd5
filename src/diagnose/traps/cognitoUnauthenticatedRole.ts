import { requiresWildcardResource } from '../../catalog/Catalog.js'
import { onlyStarWithoutResource, starReason } from '../../catalog/optionalInputTypes.js'
import type { Trap } from '../Trap.js'

// Cognito identity pools name their roles `Cognito_<pool>Unauth_Role` by default; Amplify names
// its own `amplify-<app>-<env>-<id>-unauthRole` (older CLIs `<project>-<stamp>-unauthRole`). The
// session name `CognitoIdentityCredentials` is what the SDKs' Cognito credential provider uses:
// with it, any role whose name says `unauth` is the pool's guest role. The two default names are
// the guest role whatever the session is called (a client's own AssumeRoleWithWebIdentity names
// its session as it likes).
const UNAUTH_ROLES = [/^Cognito_\w*Unauth_?Role$/i, /^amplify-[\w-]+-unauthRole$/]
const UNAUTH_WORD = /unauth/i
const COGNITO_SESSION = /^CognitoIdentityCredentials$/

/** Whatever the unauthenticated role may do, anyone on the internet may do: never grant blindly. */
export const cognitoUnauthenticatedRole: Trap = {
  id: 'cognito-unauthenticated-role',
  // Who gets the grant (anyone) matters before which grant: said first.
  lead: true,
  applies: ({ principal }) =>
    principal?.type === 'role' &&
    (UNAUTH_ROLES.some((re) => re.test(principal.name ?? '')) ||
      (UNAUTH_WORD.test(principal.name ?? '') &&
        COGNITO_SESSION.test(principal.sessionName?.trim() ?? ''))),
  advice: ({ d }) =>
    "The caller is a Cognito identity pool's unauthenticated (guest) role: every permission it " +
    'gets is given to anyone who can reach the identity pool, without signing in. ' +
    // An action with no resource type cannot be narrowed: the grant is the whole action.
    (d.action &&
    (requiresWildcardResource(d.action) || (!d.resource && onlyStarWithoutResource(d.action)))
      ? `\`${d.action}\` ${starReason(d.action)}, so a grant of it cannot be narrowed to one resource: ` +
        'give it to guests only if the app means anonymous users to call it (and pay for it); otherwise '
      : 'Grant it only on the one resource guests are meant to use; otherwise ') +
    `${d.action ? `move \`${d.action}\` behind` : 'move this call behind'} the authenticated ` +
    'role or a backend that checks the user.' +
    (d.layer === 'session' ? ` ${ENHANCED_FLOW_SCOPE_DOWN}` : '')
}

/**
 * A guest's session policy is Cognito's own (heldout140 review h140-009: Evidently refused "because
 * no session policy allows"): in the enhanced flow Cognito passes a fixed scope-down policy for
 * unauthenticated identities that admits a list of services only, whatever the role allows.
 */
const ENHANCED_FLOW_SCOPE_DOWN =
  "The session policy that refused is Cognito's, not one of yours: in the enhanced (simplified) authflow Cognito scopes every guest's credentials down to a fixed list of services, and a service outside it is refused whatever the unauthenticated role allows; no policy you edit changes that list. Call it from an authenticated identity or a backend, or, if guests must, use the basic (classic) authflow (`AllowClassicFlow` on the pool, then `GetOpenIdToken` and `sts:AssumeRoleWithWebIdentity` on the role), which passes no such policy."
